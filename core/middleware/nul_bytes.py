"""Reject request paths that contain a NUL byte before any view or lookup sees them."""

from django.http import HttpResponseBadRequest
from django.utils.translation import gettext as _


class RejectNulBytesMiddleware:
    """Answer 400 for a path with a NUL byte.

    PostgreSQL raises an error for a NUL byte in a query parameter, and several 404
    handlers (Wagtail's redirects, the withdrawal notice) look the path up in the database.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path_info:
            message = _("The address contains an invalid character.")
            return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
        return self.get_response(request)
