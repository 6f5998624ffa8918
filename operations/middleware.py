"""Request logging and the anonymous page cache."""

import logging
import time
import traceback

from django.conf import settings
from django.utils.datastructures import MultiValueDictKeyError

from . import page_cache, views

request_logger = logging.getLogger("potret.requests")


class FailedRequestLogMiddleware:
    """Log one structured line for every response with a 4xx or 5xx status.

    The query string is left out because search terms and tokens may travel in it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.monotonic()
        response = self.get_response(request)
        if response.status_code >= 400:
            self._log(request, response, started)
        return response

    def _log(self, request, response, started):
        user = getattr(request, "user", None)
        user_id = user.pk if user is not None and user.is_authenticated else None
        level = logging.ERROR if response.status_code >= 500 else logging.WARNING
        request_logger.log(
            level,
            "Request failed status=%s method=%s path=%s",
            response.status_code,
            request.method,
            request.path,
            extra={
                "event": "request_failed",
                "status_code": response.status_code,
                "method": request.method,
                "path": request.path,
                "user_id": user_id,
                "duration_ms": round((time.monotonic() - started) * 1000, 1),
            },
        )


class AnonymousPageCacheMiddleware:
    """Serve public GET and HEAD requests from anonymous visitors out of the "pages" cache.

    Placed after AuthenticationMiddleware. A visitor counts as anonymous when the request
    carries no session cookie, so a hit touches neither the session store nor the database,
    and cached pages keep being served while the database restarts. The cache is cleared on
    every publish, unpublish, move and delete (see signals.py).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not page_cache.is_cacheable_request(request):
            return self.get_response(request)

        key = page_cache.key_for(request)
        cached = page_cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached

        response = self.get_response(request)
        if page_cache.is_cacheable_response(request, response):
            page_cache.store(key, response)
            response["X-Page-Cache"] = "miss"
        return response


class PermissionsPolicyMiddleware:
    """Add the Permissions-Policy header, which Django's SecurityMiddleware does not set."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = getattr(settings, "PERMISSIONS_POLICY", "")
        if policy:
            response.headers.setdefault("Permissions-Policy", policy)
        return response


class MalformedFormDataMiddleware:
    """Return a 400 page instead of a 500 when a form post lacks fields that a browser always sends.

    Wagtail 8.0's StreamField widget reads `<name>-count` and `<name>-N-deleted` straight
    from the POST data and raises MultiValueDictKeyError or ValueError when they are absent
    or not numbers. No browser sends such a post, so it is malformed input, not a bug.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if request.method != "POST" or not _raised_while_reading_form_data(exception):
            return None
        request_logger.warning(
            "Malformed form data method=%s path=%s error=%s",
            request.method,
            request.path,
            type(exception).__name__,
            extra={"event": "malformed_form", "path": request.path, "status_code": 400},
        )
        return views.bad_form_data(request)


def _raised_while_reading_form_data(exception):
    if isinstance(exception, MultiValueDictKeyError):
        return True
    if not isinstance(exception, ValueError):
        return False
    frames = traceback.extract_tb(exception.__traceback__)
    return any(frame.name == "value_from_datadict" for frame in frames)
