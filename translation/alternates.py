"""Addresses of a page in each language: hreflang alternates and the language switcher's targets.

Only live, public translations count, so a draft English translation never shows up as an
alternate or as a switcher target.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import Resolver404, resolve, translate_url
from django.utils.http import urlencode
from wagtail.models import Page

from core.visibility import public_only, tree_paths

# Query flag put on the switcher's fallback address; the switcher include shows a notice for it.
FALLBACK_FLAG = "untranslated"


@dataclass
class LanguageLink:
    language_code: str
    name: str
    url: str
    is_current: bool
    is_fallback: bool = False


def language_family(page):
    """Return the live, public pages that translate the page or one of its ancestors.

    One query serves the hreflang links, the switcher and its fallbacks, so it is kept on the
    page object for the rest of the response.
    """
    cached = getattr(page, "_language_family", None)
    if cached is None:
        keys = Page.objects.filter(path__in=tree_paths(page, from_depth=2)).values("translation_key")
        family = public_only(Page.objects.filter(translation_key__in=keys)).select_related("locale")
        cached = list(family.order_by("-depth"))
        page._language_family = cached
    return cached


def live_translations(page):
    """Return {language_code: page} for the page and its live, public translations."""
    return {
        translation.locale.language_code: translation
        for translation in language_family(page)
        if translation.translation_key == page.translation_key
    }


def page_alternates(page, request=None):
    """Return [(hreflang, absolute url)] for a page, with x-default on the default locale's page.

    A page live in one language only gets no alternates at all: there is nothing to point to.
    """
    translations = live_translations(page)
    alternates = []
    for code, _name in settings.LANGUAGES:
        translation = translations.get(code)
        if translation is not None:
            alternates.append((code, translation.get_full_url(request)))
    if len(alternates) < 2:
        return []

    default = translations.get(settings.LANGUAGE_CODE)
    if default is not None:
        alternates.append(("x-default", default.get_full_url(request)))
    return alternates


def switcher_links(request, page=None, current_language=None):
    """Return one LanguageLink per configured language for the current page or view."""
    links = []
    translations = live_translations(page) if page is not None else {}
    for code, name in settings.LANGUAGES:
        is_current = code == current_language
        if page is None:
            links.append(LanguageLink(code, name, _translated_view_url(request, code, is_current), is_current))
        elif code in translations:
            links.append(LanguageLink(code, name, translations[code].get_url(request), is_current))
        else:
            links.append(LanguageLink(code, name, fallback_url(page, code, request), is_current, is_fallback=True))
    return links


def _translated_view_url(request, language_code, is_current):
    """Return the current non-page address in `language_code`, or that language's root.

    Without a page in the context, a path that Wagtail's catch-all serve view matches is a
    page that was not found, so only the language's root is a safe target. Django's
    translate_url also returns a path that does not resolve unchanged, in the current language.
    """
    path = request.get_full_path()
    if is_current:
        return path
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return f"/{language_code}/"
    if match.url_name == "wagtail_serve":
        return f"/{language_code}/"

    url = translate_url(path, language_code)
    return f"/{language_code}/" if url == path else url


def fallback_url(page, language_code, request=None):
    """Return the nearest live ancestor's translation in `language_code`, flagged as a fallback.

    For an untranslated activity story that is the English activities index; when even the
    home page has no live translation, the language's root address.
    """
    for translation in language_family(page):
        if translation.translation_key != page.translation_key and translation.locale.language_code == language_code:
            return f"{translation.get_url(request)}?{urlencode({FALLBACK_FLAG: 1})}"
    return f"/{language_code}/?{urlencode({FALLBACK_FLAG: 1})}"
