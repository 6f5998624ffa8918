"""Locale helpers for public views that list content per language (search, feeds, API).

A feed or API endpoint under i18n_patterns gets its language from the address prefix; one
outside it (an API at /api/...) can take a `lang` query parameter. Either way it should list
only live pages of that one locale, so an English reader never gets Indonesian items mixed in.
"""

from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Locale


def supported_language(code):
    """Return `code` reduced to a configured language ("en-us" -> "en"), or None."""
    if not code:
        return None
    code = code.strip().lower().split("-")[0]
    return code if code in dict(settings.LANGUAGES) else None


def locale_for_language(code=None):
    """Return the Locale for `code` (default: the active language), else the default Locale.

    Never raises for an unknown or missing code, so a bad `lang` parameter cannot cause a 500.
    """
    code = supported_language(code) or supported_language(get_language())
    if code:
        locale = Locale.objects.filter(language_code=code).first()
        if locale is not None:
            return locale
    return Locale.get_default()


def live_pages_in_locale(queryset, locale=None):
    """Filter a page queryset to live, public pages of `locale` (default: the active one)."""
    return queryset.live().public().filter(locale=locale or locale_for_language())
