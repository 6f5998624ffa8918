"""Locale middleware that leaves the API's 404 responses alone."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

# Addresses outside i18n_patterns that never take a language prefix.
UNPREFIXED_PATHS = ("/api/",)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, without its redirect of unprefixed 404s for the API.

    Django 5.2 replaces a 404 on an unprefixed path with a redirect to /<language>/<path>
    whenever that path resolves, and Wagtail's catch-all page pattern resolves every path.
    An API client asking for a missing page would then get an HTML page instead of the
    JSON 404.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED_PATHS):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)
