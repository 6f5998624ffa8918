"""Corrections and minor fixes to published stories and speeches, and their public change notes.

A change to a live activity story or speech is marked by an editor before it passes review:
a correction carries a note that readers see on the page (date and note, newest first), a
minor fix carries none. The mark waits, unpublished, until the change goes live.

Speeches are corrected, never rewritten. Readers cite a speech by paragraph number, so a
change may not add or remove paragraphs, and any change to the words of a paragraph is a
correction with a note. A minor fix to a speech may touch only the other fields (title,
date, venue, topics and the like).
"""

import logging

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from .models import ChangeKind, ChangeNote

logger = logging.getLogger("potret.editorial")

MARK_LOG_ACTION = "editorial.mark_change"


def is_story_or_speech(page):
    from activities.models import ActivityPage
    from speeches.models import SpeechPage

    return issubclass(page.specific_class, (ActivityPage, SpeechPage))


def pending_change_note(page):
    return ChangeNote.objects.filter(page_id=page.pk, published_at__isnull=True).order_by("-created_at").first()


def needs_change_mark(page):
    """Whether a change to `page` must be marked before review passes: a live story or speech without a mark."""
    return page.live and is_story_or_speech(page) and pending_change_note(page) is None


def public_change_notes(page):
    """Return the page's published correction notes, newest first; feeds and templates call this."""
    return ChangeNote.objects.filter(
        page_id=page.pk, kind=ChangeKind.CORRECTION, published_at__isnull=False
    ).order_by("-published_at", "-pk")


def with_correction_flag(pages):
    """Annotate each page with `has_public_corrections`, so a page without any skips the notes query."""
    notes = ChangeNote.objects.filter(page_id=OuterRef("pk"), kind=ChangeKind.CORRECTION, published_at__isnull=False)
    return pages.annotate(has_public_corrections=Exists(notes))


def attach_public_change_notes(pages):
    """Load the public correction notes of `pages` in one query, for EventPage.public_change_notes()."""
    texts_by_page = {page.pk: [] for page in pages}
    for note in public_change_notes_of_pages(texts_by_page):
        texts_by_page[note.page_id].append(note.note)
    for page in pages:
        page._public_change_notes = texts_by_page[page.pk]
    return pages


def public_change_notes_of_pages(page_ids):
    return ChangeNote.objects.filter(
        page_id__in=list(page_ids), kind=ChangeKind.CORRECTION, published_at__isnull=False
    ).order_by("-published_at", "-pk")


def _paragraphs(speech):
    return [str(block.value) for block in speech.text if block.block_type == "paragraph"]


def check_speech_change(page, kind):
    """Raise ValidationError when the latest draft of a live speech rewrites it instead of correcting it.

    NOTE: the check runs when the change is marked. An edit made after the mark, in the
    approval step, is not checked again; the approver reviews it in the revision comparison.
    """
    from speeches.models import SpeechPage

    if not (page.live and issubclass(page.specific_class, SpeechPage)):
        return

    live_paragraphs = _paragraphs(page.specific)
    draft_paragraphs = _paragraphs(page.specific.get_latest_revision_as_object())
    if len(live_paragraphs) != len(draft_paragraphs):
        raise ValidationError(
            _(
                "A published speech keeps its paragraphs, because readers cite them by number: "
                "the published text has %(published)s paragraphs and the draft has %(draft)s. "
                "Restore the paragraph count and describe the correction in the change note."
            )
            % {"published": len(live_paragraphs), "draft": len(draft_paragraphs)},
            code="paragraph_count",
        )
    if kind == ChangeKind.MINOR and live_paragraphs != draft_paragraphs:
        raise ValidationError(
            _("The draft changes the words of the speech, so it is a correction: choose correction and write the note."),
            code="speech_words",
        )


def validate_change_mark(page, kind, note):
    if not page.live:
        # A first publication has no earlier version to correct, so a note would mislead readers.
        raise ValidationError(_("Only a change to a published page is marked; this page is not live."), code="not_live")
    if kind not in ChangeKind.values:
        raise ValidationError(_("Choose correction or minor fix."), code="kind")
    if kind == ChangeKind.CORRECTION and not note.strip():
        raise ValidationError(_("A correction needs a change note for readers."), code="note")
    check_speech_change(page, kind)


@transaction.atomic
def mark_change(page, user, kind, note):
    """Record the editor's mark for the pending change to `page`, replacing an earlier unpublished mark."""
    note = note.strip() if kind == ChangeKind.CORRECTION else ""
    validate_change_mark(page, kind, note)

    ChangeNote.objects.filter(page_id=page.pk, published_at__isnull=True).delete()
    change_note = ChangeNote.objects.create(page_id=page.pk, kind=kind, note=note, user=user)
    log(instance=page.specific, action=MARK_LOG_ACTION, user=user, data={"kind": kind, "note": note})
    logger.info("Marked change page_id=%s kind=%s user_id=%s", page.pk, kind, getattr(user, "pk", None))
    return change_note


def publish_pending_change_notes(page):
    """Make the page's waiting marks public; called when a revision of the page goes live."""
    count = ChangeNote.objects.filter(page_id=page.pk, published_at__isnull=True).update(published_at=timezone.now())
    if count:
        logger.info("Published change notes page_id=%s count=%s", page.pk, count)
    return count
