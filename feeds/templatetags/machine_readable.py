"""Template tags for the <head>: sharing metadata, JSON-LD and feed discovery links."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page

from feeds.metadata import describe_page
from feeds.structured_data import json_ld_script

register = template.Library()


@register.simple_tag(takes_context=True)
def page_metadata(context):
    """Return the PageMetadata of the context's `page`, or None on views that show no page."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or request is None:
        return None
    return describe_page(page.specific, request)


@register.filter
def json_ld(data):
    return json_ld_script(data) if data else ""


def feed_link(title, url_name, **kwargs):
    return [
        {"title": f"{title} (RSS)", "type": "application/rss+xml", "url": reverse(url_name, kwargs=kwargs | {"feed_format": "rss"})},
        {"title": f"{title} (Atom)", "type": "application/atom+xml", "url": reverse(url_name, kwargs=kwargs | {"feed_format": "atom"})},
    ]


@register.simple_tag(takes_context=True)
def feed_links(context):
    """Return the feeds that fit the current page: all content, plus its leader or its content type."""
    from activities.models import ActivityIndexPage, ActivityPage
    from leaders.models import LeaderPage
    from speeches.models import SpeechIndexPage, SpeechPage

    links = feed_link(_("Activities and speeches"), "feeds:all")
    page = context.get("page")
    if isinstance(page, LeaderPage):
        title = _("Activities and speeches of %(leader)s") % {"leader": page.title}
        links += feed_link(title, "feeds:leader", leader_slug=page.slug)
    elif isinstance(page, (ActivityIndexPage, ActivityPage)):
        links += feed_link(_("Activities"), "feeds:kind", kind="activities")
    elif isinstance(page, (SpeechIndexPage, SpeechPage)):
        links += feed_link(_("Speeches"), "feeds:kind", kind="speeches")
    return links
