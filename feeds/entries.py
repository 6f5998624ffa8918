"""Queries for the dated content (activity stories and speeches) that feeds and the API list.

Leaders are matched by `translation_key`, so a story links to a leader whether its leader
field points at the Indonesian page or at a translation of it.
"""

import datetime

from django.db.models import F, Q
from django.utils.html import strip_tags
from django.utils.text import Truncator

# The URL and API names of the content types, in the order the site lists them.
ENTRY_KINDS = ("activities", "speeches")
SUMMARY_WORDS = 60


def entry_model(kind):
    from activities.models import ActivityPage
    from speeches.models import SpeechPage

    return {"activities": ActivityPage, "speeches": SpeechPage}[kind]


def activities_with_leader(queryset, translation_key):
    from activities.models import ActivityLeader

    linked = ActivityLeader.objects.filter(leader__translation_key=translation_key).values("page_id")
    return queryset.filter(pk__in=linked)


def speeches_with_leader(queryset, translation_key):
    """Speeches the leader gave, or attended as another leader present."""
    from speeches.models import SpeechLeader

    linked = SpeechLeader.objects.filter(leader__translation_key=translation_key).values("page_id")
    return queryset.filter(Q(speaker__translation_key=translation_key) | Q(pk__in=linked))


def published_entries(kind, locale=None):
    """Live, public pages of one kind, newest event first, with what a feed item shows."""
    model = entry_model(kind)
    queryset = model.objects.live().public()
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    if kind == "speeches":
        queryset = queryset.select_related("speaker")
    return queryset.prefetch_related("topics", "leader_links__leader").order_by(
        F("event_date").desc(nulls_last=True), F("first_published_at").desc(nulls_last=True)
    )


def latest_entries(kinds, locale, leader=None, limit=30):
    """Return the newest `limit` entries of the given kinds, merged newest first.

    Each kind is queried with its own limit, so the cost stays a few queries per kind
    whatever the archive's size.
    """
    entries = []
    for kind in kinds:
        queryset = published_entries(kind, locale)
        if leader is not None:
            filter_by_leader = activities_with_leader if kind == "activities" else speeches_with_leader
            queryset = filter_by_leader(queryset, leader.translation_key)
        entries.extend(queryset[:limit])

    entries.sort(key=newest_first_key, reverse=True)
    return entries[:limit]


def attach_topics_in_locale(pages, locale):
    """Set `topics_in_locale` on each page: its topics in the feed's locale where translated, by name.

    One query serves all pages, and none runs when every topic is in that locale already.
    """
    from core.localized import in_locale

    topics = {topic for page in pages for topic in page.topics.all()}
    translated = in_locale(topics, locale.pk) if locale is not None else {topic.pk: topic for topic in topics}
    for page in pages:
        page.topics_in_locale = sorted((translated[topic.pk] for topic in page.topics.all()), key=lambda topic: topic.name)
    return pages


def newest_first_key(page):
    """Sort key that puts later events first and pages without a date last."""
    oldest = datetime.datetime.min.replace(tzinfo=datetime.UTC)
    return (
        page.event_date is not None,
        page.event_date or datetime.date.min,
        page.first_published_at or oldest,
    )


def entry_leaders(page):
    """Leaders of an entry without duplicates: the speaker first, then the leaders present."""
    leaders = [page.speaker] if getattr(page, "speaker", None) else []
    for link in page.leader_links.all():
        if link.leader.pk not in {leader.pk for leader in leaders}:
            leaders.append(link.leader)
    return leaders


def entry_text(page):
    """Plain text of an entry's body (stories) or numbered paragraphs (speeches)."""
    stream = getattr(page, "body", None) or getattr(page, "text", None) or []
    parts = []
    for block in stream:
        if block.block_type != "paragraph":
            continue
        value = block.value
        parts.append(strip_tags(value.source if hasattr(value, "source") else str(value)))
    return "\n\n".join(part.strip() for part in parts if part.strip())


def entry_summary(page, words=SUMMARY_WORDS):
    """Return the listing summary, or failing that the first `words` words of the text."""
    summary = (getattr(page, "listing_summary", "") or page.search_description or "").strip()
    if summary:
        return summary
    return Truncator(entry_text(page)).words(words)


def public_correction_notes(page):
    """Return the public correction notes of a page as a list of strings.

    The editorial workflow may give pages a `public_change_notes()` method returning
    text or an iterable of notes; each note's str() is its public text. Pages without
    that method have no notes.
    """
    method = getattr(page, "public_change_notes", None)
    if not callable(method):
        return []
    notes = method()
    if not notes:
        return []
    if isinstance(notes, str):
        return [notes]
    return [str(note) for note in notes if str(note).strip()]
