"""Template tags for the language switcher, hreflang alternates and per-language photo text."""

from django import template
from django.utils.translation import get_language
from wagtail.models import Page

from ..alternates import FALLBACK_FLAG, page_alternates, switcher_links
from ..models import PhotoText

register = template.Library()


def _current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) and page.pk else None


@register.inclusion_tag("core/includes/language_switcher_links.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    if request is None:
        return {"links": [], "show_fallback_notice": False}
    language = (get_language() or "id").split("-")[0]
    return {
        "links": switcher_links(request, _current_page(context), current_language=language),
        "show_fallback_notice": request.GET.get(FALLBACK_FLAG) == "1",
    }


@register.simple_tag(takes_context=True)
def hreflang_alternates(context):
    """Return [(hreflang, url)] for the page in context, or an empty list outside pages."""
    page = _current_page(context)
    if page is None:
        return []
    return page_alternates(page, context.get("request"))


@register.simple_tag
def photo_text(photo):
    """Return the photo's caption and alt text in the active language (see PhotoText.for_photo)."""
    if photo is None:
        return None
    return PhotoText.for_photo(photo)
