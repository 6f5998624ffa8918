"""Title suggestions for the search box, with the same database fallback as the search."""

import logging

from wagtail.search.backends import get_search_backend

from . import engine, filters
from .query import extract_words, parse_query

logger = logging.getLogger("potret.search")

MAX_SUGGESTIONS = 8
MIN_PREFIX_LENGTH = 2


def autocomplete_ids(pages, text, backend_name):
    backend = get_search_backend(backend_name)
    return [page.pk for page in backend.autocomplete(text, pages)[: MAX_SUGGESTIONS * 3]]


def suggest(raw, locale):
    """Return ([{"title", "url"}], fell_back) for the pages whose titles start like `raw`."""
    text = " ".join(extract_words(parse_query(raw).text))
    if len(text) < MIN_PREFIX_LENGTH:
        return [], False

    models = filters.models_for(None)
    content_types = [filters.content_type_for(model) for model in models]
    pages = engine.candidate_pages(content_types, locale)
    fell_back = False
    if engine.engine_configured() and not engine.engine_marked_down():
        try:
            ids = autocomplete_ids(pages, text, "default")
        except Exception:
            logger.exception("Search engine failed on autocomplete; using the database backend")
            engine.mark_engine_down()
            ids, fell_back = autocomplete_ids(pages, text, "database"), True
    else:
        fell_back = engine.engine_configured()
        ids = autocomplete_ids(pages, text, "database" if fell_back else "default")

    visible = filters.filtered_ids(models, locale, {}, within=ids)
    pages = filters.specific_pages(ids, visible)[:MAX_SUGGESTIONS]
    return [{"title": page.title, "url": page.url} for page in pages], fell_back
