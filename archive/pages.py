"""Turn a validated archive record into the fields of an ActivityPage or SpeechPage.

The import owns these fields: title, event date, regions, the linked leaders (and for a
speech the speaker), the body text and the review flag and note. Every other field
(topics, venue, time, photos, listing summary, event name, recordings) belongs to the
editors and is never written by a re-import.
"""

from dataclasses import dataclass, field
from html import escape

from django.conf import settings
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.rich_text import RichText

from activities.models import ActivityLeader, ActivityPage
from speeches.models import SpeechLeader, SpeechPage

from .lookups import ensure_leader, ensure_regions

REVIEW_NOTE_LIMIT = 255


@dataclass
class IncomingPage:
    """The import-owned values of one page, with the leader and region rows already resolved."""

    title: str
    event_date: object
    needs_review: bool
    review_note: str
    regions: list
    leaders: list  # (LeaderPage, role as written), in the order of the record
    blocks: list  # (block type, raw value) for the body or speech text
    created_leaders: list = field(default_factory=list)

    def comparable(self, kind):
        values = {
            "title": self.title,
            "event_date": self.event_date,
            "needs_review": self.needs_review,
            "review_note": self.review_note,
            "regions": sorted(region.pk for region in self.regions),
            "blocks": self.blocks,
        }
        if kind == "speech":
            speaker, speaker_role = self.leaders[0] if self.leaders else (None, "")
            values["speaker"] = (speaker.pk if speaker else None, speaker_role)
            values["leaders"] = [(leader.pk, role) for leader, role in self.leaders[1:]]
        else:
            values["leaders"] = [(leader.pk, role) for leader, role in self.leaders]
        return values


def review_note(record):
    """Return the note telling editors what the source lacks, in the site's default language (LANGUAGE_CODE)."""
    with translation.override(settings.LANGUAGE_CODE):
        notes = []
        if record.event_date is None:
            notes.append(_("The source gives no date; add it only if another source states it."))
        if record.title_derived:
            notes.append(_("The title was written by the archive, not taken from the source."))
        if record.excerpt_only:
            notes.append(_("The text is only the opening of the source article."))
        return " ".join(notes)[:REVIEW_NOTE_LIMIT]


def paragraph_html(paragraph):
    lines = [escape(line.strip()) for line in paragraph.splitlines() if line.strip()]
    return "<p>" + "<br/>".join(lines) + "</p>"


def body_blocks(record):
    if record.kind == "speech":
        return [("paragraph", paragraph) for paragraph in record.paragraphs]
    return [("paragraph", paragraph_html(paragraph)) for paragraph in record.paragraphs]


def resolve_incoming(record, tree, *, publish):
    """Build the import-owned values of `record`, creating missing leaders and regions."""
    locale = tree.leaders.locale
    leaders, created = [], []
    for mention in record.leaders:
        leader, is_new = ensure_leader(mention.name, tree.leaders, publish=publish)
        leaders.append((leader, mention.role))
        if is_new:
            created.append(leader)
    return IncomingPage(
        title=record.title,
        event_date=record.event_date,
        needs_review=record.event_date is None,
        review_note=review_note(record),
        regions=ensure_regions(record.places, locale),
        leaders=leaders,
        blocks=body_blocks(record),
        created_leaders=created,
    )


def stored_values(page, kind):
    """Return the import-owned values of a page (or revision object) in IncomingPage.comparable form."""
    stream = page.text if kind == "speech" else page.body
    values = {
        "title": page.title,
        "event_date": page.event_date,
        "needs_review": page.needs_review,
        "review_note": page.review_note,
        "regions": sorted(region.pk for region in page.regions.all()),
        "blocks": [(block["type"], block["value"]) for block in stream.raw_data],
        "leaders": [(link.leader_id, link.role_as_written) for link in page.leader_links.all()],
    }
    if kind == "speech":
        values["speaker"] = (page.speaker_id, page.speaker_role)
    return values


def apply_incoming(page, incoming, kind):
    """Write the import-owned values onto `page` without saving it."""
    page.title = incoming.title
    page.draft_title = incoming.title
    page.event_date = incoming.event_date
    page.needs_review = incoming.needs_review
    page.review_note = incoming.review_note
    page.regions = incoming.regions
    if kind == "speech":
        speaker, speaker_role = incoming.leaders[0] if incoming.leaders else (None, "")
        page.speaker = speaker
        page.speaker_role = speaker_role
        page.leader_links = [
            SpeechLeader(leader=leader, role_as_written=role, sort_order=number)
            for number, (leader, role) in enumerate(incoming.leaders[1:])
        ]
        page.text = incoming.blocks
    else:
        # modelcluster saves the links without a sort order, and rows without one come back
        # in any order on PostgreSQL, so the record's order is written out.
        page.leader_links = [
            ActivityLeader(leader=leader, role_as_written=role, sort_order=number)
            for number, (leader, role) in enumerate(incoming.leaders)
        ]
        page.body = [(block_type, RichText(value)) for block_type, value in incoming.blocks]


PAGE_MODELS = {"activity": ActivityPage, "speech": SpeechPage}
FALLBACK_SLUG = "arsip"


def parent_for(kind, tree):
    return tree.speeches if kind == "speech" else tree.activities


def fallback_slug(record, parent):
    """Return a free slug under `parent` for a title that slugifies to nothing, e.g. only punctuation.

    Wagtail derives the slug from the title on save and leaves it empty in that case,
    which would fail validation, so the record id (or "arsip") is used instead.
    """
    base = slugify(record.record_id, allow_unicode=True)[:80] or FALLBACK_SLUG
    siblings = set(parent.get_children().values_list("slug", flat=True))
    slug, number = base, 1
    while slug in siblings:
        number += 1
        slug = f"{base}-{number}"
    return slug
