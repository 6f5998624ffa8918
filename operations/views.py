"""The health endpoint and the error page that turns a database outage into a 503."""

import sys

from django.db import DatabaseError
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .health import OK, UNAVAILABLE, check_database, collect_status

RETRY_AFTER_SECONDS = 30


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
    # Only an unreachable database is an outage; a bad query on a working one is a bug (500).
    if isinstance(error, DatabaseError) and check_database()["status"] != OK:
        body = loader.render_to_string("operations/503.html")
        response = HttpResponse(body, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response

    body = loader.render_to_string("operations/500.html")
    return HttpResponseServerError(body)





def bad_form_data(request):
    body = loader.render_to_string("operations/400_form.html", request=None)
    return HttpResponse(body, status=400)
