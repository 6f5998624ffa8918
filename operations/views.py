"""The health endpoint and the error page that turns a database outage into a 503."""

import sys

from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .health import OK, UNAVAILABLE, check_database, collect_status

RETRY_AFTER_SECONDS = 30
# admin_shutdown, crash_shutdown, cannot_connect_now (PostgreSQL 15 appendix A, error codes).
OUTAGE_SQLSTATES = {"57P01", "57P02", "57P03"}


@never_cache
@require_GET
def health(request):
    status = collect_status()
    http_status = 503 if status["status"] == UNAVAILABLE else 200
    return JsonResponse(status, status=http_status)


def server_error(request, template_name="500.html"):
    """Render the page for an unhandled error. An unreachable database gets a 503 page that asks to retry.

    Rendered without a request context, because the context processors (site settings,
    the user) would query the database that may be the cause.
    """
    error = sys.exc_info()[1]
    if is_database_outage(error):
        body = loader.render_to_string("operations/503.html")
        response = HttpResponse(body, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response

    body = loader.render_to_string("operations/500.html")
    return HttpResponseServerError(body)





def is_database_outage(error):
    """Return whether `error` comes from a lost or refused database connection.

    A PostgreSQL error with SQLSTATE class 08 (connection exception), 57P01-57P03 (server
    shutting down or starting) or none at all (the connection attempt failed) counts, even
    when the server is back by the time this runs. Other database errors count only while
    the database is unreachable, so a bad query on a working database stays a 500.
    """
    if isinstance(error, InterfaceError):
        return True
    if not isinstance(error, DatabaseError):
        return False
    sqlstate = getattr(error.__cause__, "sqlstate", "")
    if isinstance(error, OperationalError) and connection.vendor == "postgresql":
        if sqlstate is None or sqlstate.startswith("08") or sqlstate in OUTAGE_SQLSTATES:
            return True
    return check_database()["status"] != OK


def bad_form_data(request):
    body = loader.render_to_string("operations/400_form.html", request=None)
    return HttpResponse(body, status=400)
