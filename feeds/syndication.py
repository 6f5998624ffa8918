"""RSS 2.0 and Atom 1.0 feeds of activity stories and speeches in the reader's language.

One feed class serves every variant: all content, one content type, one leader, or one
leader and one type. The URL supplies `kind` and `leader_slug`; `get_object` turns them
into a FeedSubject, so the shared Feed instance keeps no per-request state.
"""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from wagtail.models import Locale

from editorial.changes import attach_public_change_notes

from .entries import (
    ENTRY_KINDS,
    attach_topics_in_locale,
    entry_leaders,
    entry_summary,
    latest_entries,
    public_correction_notes,
)
from .xml import clean_value

FEED_LENGTH = 30


class CleanTextMixin:
    """Strip XML-invalid characters from every feed and item field before writing."""

    def __init__(self, *args, **kwargs):
        super().__init__(*[clean_value(arg) for arg in args], **{k: clean_value(v) for k, v in kwargs.items()})

    def add_item(self, *args, **kwargs):
        super().add_item(*[clean_value(arg) for arg in args], **{k: clean_value(v) for k, v in kwargs.items()})


class CleanRssFeed(CleanTextMixin, Rss201rev2Feed):
    pass


class CleanAtomFeed(CleanTextMixin, Atom1Feed):
    pass


@dataclass
class FeedSubject:
    locale: Locale
    kinds: tuple
    leader: object = None


def find_leader(slug, locale):
    """Return the live leader page with `slug`, in `locale` when translated; raise Http404 otherwise."""
    from leaders.models import LeaderPage

    leaders = LeaderPage.objects.live().public().filter(slug=slug)
    leader = leaders.filter(locale=locale).first() or leaders.first()
    if leader is None:
        raise Http404("No leader with this slug.")
    return leader.get_translation_or_none(locale) or leader


def index_page_url(kind, locale):
    from activities.models import ActivityIndexPage
    from speeches.models import SpeechIndexPage

    model = {"activities": ActivityIndexPage, "speeches": SpeechIndexPage}[kind]
    index = model.objects.live().filter(locale=locale).first()
    return index.get_url() if index else None


class EntriesRssFeed(Feed):
    feed_type = CleanRssFeed

    def get_object(self, request, kind=None, leader_slug=None):
        locale = Locale.get_active()
        kinds = (kind,) if kind else ENTRY_KINDS
        leader = find_leader(leader_slug, locale) if leader_slug else None
        return FeedSubject(locale=locale, kinds=kinds, leader=leader)

    def title(self, subject):
        names = {"activities": _("Activities"), "speeches": _("Speeches")}
        scope = names[subject.kinds[0]] if len(subject.kinds) == 1 else _("Activities and speeches")
        if subject.leader:
            return _("%(scope)s of %(leader)s · Potret Pimpinan") % {"scope": scope, "leader": subject.leader.title}
        return _("%(scope)s · Potret Pimpinan") % {"scope": scope}

    def description(self, subject):
        if subject.kinds == ("activities",):
            return _("The latest activity stories of the provincial leaders, newest first.")
        if subject.kinds == ("speeches",):
            return _("The latest speeches of the provincial leaders, newest first.")
        return _("The latest activity stories and speeches of the provincial leaders, newest first.")

    def link(self, subject):
        if subject.leader:
            return subject.leader.get_url()
        if len(subject.kinds) == 1:
            url = index_page_url(subject.kinds[0], subject.locale)
            if url:
                return url
        return f"/{subject.locale.language_code}/"

    def items(self, subject):
        pages = list(latest_entries(subject.kinds, subject.locale, leader=subject.leader, limit=FEED_LENGTH))
        attach_topics_in_locale(pages, subject.locale)
        return attach_public_change_notes(pages)

    def item_title(self, page):
        return page.title

    def item_description(self, page):
        summary = format_html("<p>{}</p>", entry_summary(page))
        notes = public_correction_notes(page)
        if not notes:
            return summary
        label = _("Correction:")
        return summary + format_html_join("", "<p><strong>{}</strong> {}</p>", ((label, note) for note in notes))

    def item_link(self, page):
        return page.get_url()

    def item_pubdate(self, page):
        return page.event_start or page.first_published_at

    def item_updateddate(self, page):
        return page.last_published_at

    def item_author_name(self, page):
        speaker = getattr(page, "speaker", None)
        return speaker.title if speaker else None

    def item_categories(self, page):
        leaders = [leader.title for leader in entry_leaders(page)]
        return leaders + [topic.name for topic in page.topics_in_locale]


class EntriesAtomFeed(EntriesRssFeed):
    feed_type = CleanAtomFeed

    def subtitle(self, subject):
        return self.description(subject)


FEEDS = {"rss": EntriesRssFeed(), "atom": EntriesAtomFeed()}


def entries_feed(request, feed_format, **kwargs):
    """Serve the feed in `feed_format` ("rss" or "atom") for the URL's kind and leader."""
    return FEEDS[feed_format](request, **kwargs)
