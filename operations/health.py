"""Status checks for the database and the search engine, reported without hosts or credentials."""

import logging

from django.conf import settings
from django.db import DatabaseError, connection
from wagtail.search.backends import InvalidSearchBackendError, get_search_backend

logger = logging.getLogger("potret.health")

OK = "ok"
UNAVAILABLE = "unavailable"


def check_database():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        logger.error("Health check: database unavailable error=%s", type(error).__name__)
        return {"status": UNAVAILABLE, "vendor": connection.vendor}
    return {"status": OK, "vendor": connection.vendor}


def check_search(database_status):
    """Ping the default search backend; the database backend is as healthy as the database."""
    configured = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
    kind = configured.rsplit(".", 1)[-1]
    try:
        backend = get_search_backend()
    except InvalidSearchBackendError as error:
        logger.error("Health check: search backend cannot be loaded error=%s", error)
        return {"status": UNAVAILABLE, "backend": kind}
    client = getattr(backend, "client", None) or getattr(backend, "es", None)
    if client is None:
        return {"status": database_status, "backend": kind}

    try:
        reachable = bool(client.ping())
    except Exception as error:  # noqa: BLE001  (each client library raises its own transport errors)
        logger.error("Health check: search engine unavailable error=%s", type(error).__name__)
        reachable = False
    return {"status": OK if reachable else UNAVAILABLE, "backend": kind}


def collect_status():
    database = check_database()
    search = check_search(database["status"])
    if database["status"] != OK:
        overall = UNAVAILABLE
    elif search["status"] != OK:
        overall = "degraded"
    else:
        overall = OK
    return {"status": overall, "database": database, "search": search}
