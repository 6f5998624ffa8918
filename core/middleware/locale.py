"""Locale middleware: Indonesian admin by default, and the API's 404 responses left alone."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation

# Addresses outside i18n_patterns that never take a language prefix.
UNPREFIXED_PATHS = ("/api/",)
ADMIN_PATH = "/admin/"


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware with two changes for this site.

    The admin starts in the site's language, not the browser's: Django would follow the
    Accept-Language header on unprefixed paths, so an editor with an English browser got an
    English admin. A language chosen with Django's set_language view (the cookie) still
    applies, and Wagtail applies each user's own preference in its admin views.

    Second, Django 5.2 replaces a 404 on an unprefixed path with a redirect to /<language>/<path>
    whenever that path resolves, and Wagtail's catch-all page pattern resolves every path.
    An API client asking for a missing page would then get an HTML page instead of the
    JSON 404.
    """

    def process_request(self, request):
        if not request.path_info.startswith(ADMIN_PATH):
            return super().process_request(request)
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED_PATHS):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)
