"""Build WAGTAILSEARCH_BACKENDS from SEARCH_BACKEND and SEARCH_URL.

`database` (the default) uses Wagtail's database backend: SQLite FTS5 or PostgreSQL full
text search. The engine names map to the backends that Wagtail 8.0 ships (through
django-modelsearch); each needs its client package at the matching major version.
"""

from django.core.exceptions import ImproperlyConfigured

ENGINE_BACKENDS = {
    "opensearch2": "wagtail.search.backends.opensearch2",
    "opensearch3": "wagtail.search.backends.opensearch3",
    "elasticsearch8": "wagtail.search.backends.elasticsearch8",
    "elasticsearch9": "wagtail.search.backends.elasticsearch9",
}
DATABASE_BACKEND = "wagtail.search.backends.database"


def build_search_backends(backend_name, url, index_prefix, timeout):
    """Return the WAGTAILSEARCH_BACKENDS dict for one configured engine."""
    name = (backend_name or "database").strip().lower()
    if name == "database":
        return {"default": {"BACKEND": DATABASE_BACKEND}}

    if name not in ENGINE_BACKENDS:
        choices = ", ".join(["database", *ENGINE_BACKENDS])
        raise ImproperlyConfigured(f"SEARCH_BACKEND={backend_name!r} is not supported; choose one of: {choices}.")
    if not url:
        raise ImproperlyConfigured(f"SEARCH_BACKEND={name} needs SEARCH_URL, for example http://127.0.0.1:9200.")

    return {
        "default": {
            "BACKEND": ENGINE_BACKENDS[name],
            "URLS": [url],
            "INDEX": f"{index_prefix}wagtail",
            "TIMEOUT": timeout,
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        },
        # The fallback for pages when the engine is unreachable.
        "database": {"BACKEND": DATABASE_BACKEND},
    }
