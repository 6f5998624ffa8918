"""Import an archive file (JSON Lines) of activity stories and speeches, and optionally leaders.json.

Each record is imported in its own transaction (a savepoint inside --dry-run's outer
transaction), so a bad record is reported with its line number and skipped while the
rest is imported. Pages are keyed by their source address in the default locale.

Re-import rule: a record whose fingerprint (SHA-256 of the record) matches the one
stored at the last import is left alone, even if editors changed the page since. A
changed record overwrites only the fields the import owns (listed in archive.pages)
and keeps everything editors added. When its values equal the stored ones, no
revision is saved. A live page with an unpublished draft gets the update as a new
draft, so the import does not publish an editor's pending work.
"""

import contextlib
import logging

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils.translation import gettext as _
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from core.site_tree import ensure_site_tree

from .leaders_import import import_leaders, load_leaders_file
from .models import ImportedRecord
from .pages import PAGE_MODELS, apply_incoming, parent_for, resolve_incoming, stored_values
from .records import RecordError, decode_line, parse_record
from .report import ImportReport

logger = logging.getLogger("potret.archive")

__all__ = ["ArchiveFileError", "import_archive", "load_leaders_file"]


class ArchiveFileError(Exception):
    """The archive file cannot be read at all; the message is translated."""


def read_archive_lines(path):
    """Return the lines of the archive file as bytes, so each line is decoded (and rejected) on its own."""
    try:
        with open(path, "rb") as handle:
            return handle.read().splitlines()
    except FileNotFoundError:
        raise ArchiveFileError(_("Archive file not found: %(path)s") % {"path": path}) from None
    except OSError as error:
        raise ArchiveFileError(_("Cannot read the archive file %(path)s: %(error)s") % {"path": path, "error": error}) from None


def find_existing_page(record, locale):
    """Return the page with the record's source address, of either kind, or None."""
    for model in PAGE_MODELS.values():
        page = model.objects.filter(locale=locale, source_url=record.source_url).first()
        if page:
            return page
    return None


def remember_fingerprint(page, record):
    ImportedRecord.objects.update_or_create(
        page=page, defaults={"fingerprint": record.fingerprint, "record_id": record.record_id}
    )


def create_page(record, incoming, tree, *, publish):
    page = PAGE_MODELS[record.kind](source_url=record.source_url, live=publish)
    apply_incoming(page, incoming, record.kind)
    # Wagtail 8 rebuilds a page's reference index on every post_save of the page and of
    # each leader link. Building it once after the last save gives the same entries.
    with disable_reference_index_auto_update():
        parent_for(record.kind, tree).add_child(instance=page)
        revision = page.save_revision(log_action=True)
        if publish:
            revision.publish()
    ReferenceIndex.create_or_update_for_object(page)
    remember_fingerprint(page, record)
    logger.info("Created page_id=%s record_id=%s line=%s", page.pk, record.record_id, record.line)
    return page


def update_page(page, record, incoming, *, publish):
    """Save a new revision with the incoming values; return False when they equal the stored ones."""
    latest = page.get_latest_revision_as_object()
    if stored_values(latest, record.kind) == incoming.comparable(record.kind):
        remember_fingerprint(page, record)
        return False
    apply_incoming(latest, incoming, record.kind)
    pending_draft = page.live and page.has_unpublished_changes
    with disable_reference_index_auto_update():
        revision = latest.save_revision(log_action=True)
        if publish and not pending_draft:
            revision.publish()
    ReferenceIndex.create_or_update_for_object(page.specific_class.objects.get(pk=page.pk))
    remember_fingerprint(page, record)
    logger.info("Updated page_id=%s record_id=%s line=%s", page.pk, record.record_id, record.line)
    return True


def import_record(record, tree, report, *, publish):
    """Create, update or leave the page of one valid record, and count the outcome."""
    existing = find_existing_page(record, tree.home.locale)
    if existing and existing.specific_class is not PAGE_MODELS[record.kind]:
        raise RecordError(
            _("A page of another kind already has this source address (page id %(page_id)s).") % {"page_id": existing.pk}
        )
    stored = ImportedRecord.objects.filter(page=existing).first() if existing else None
    if stored and stored.fingerprint == record.fingerprint:
        report.records.unchanged += 1
        return

    incoming = resolve_incoming(record, tree, publish=publish)
    if existing is None:
        create_page(record, incoming, tree, publish=publish)
        written = True
        report.records.created += 1
    else:
        written = update_page(existing.specific, record, incoming, publish=publish)
        if written:
            report.records.updated += 1
        else:
            report.records.unchanged += 1
    report.leaders.created += len(incoming.created_leaders)
    if written and incoming.needs_review:
        report.records.flagged += 1


def import_line(raw_line, line, tree, report, *, publish):
    if not raw_line.strip():
        report.blank_lines.append(line)
        return
    try:
        record = parse_record(decode_line(raw_line), line)
        with transaction.atomic():
            import_record(record, tree, report, publish=publish)
    except RecordError as error:
        report.reject(report.records, line, error.reason)
    except ValidationError as error:
        report.reject(report.records, line, " ".join(error.messages))
    except DatabaseError as error:
        logger.exception("Database error on line=%s", line)
        report.reject(report.records, line, _("Database error: %(error)s") % {"error": error})


def import_archive(path, leaders_path=None, *, dry_run=False, as_drafts=False, progress=None):
    """Import the archive file at `path` (and leaders.json first, if given); return an ImportReport.

    Raises ArchiveFileError or LeadersFileError when a file cannot be read at all, before
    anything is written. `progress(done, total)` is called after each line.
    """
    lines = read_archive_lines(path)
    leader_entries = load_leaders_file(leaders_path) if leaders_path else []
    report = ImportReport(dry_run=dry_run)
    publish = not as_drafts
    logger.info("Import started path=%s lines=%s dry_run=%s as_drafts=%s", path, len(lines), dry_run, as_drafts)

    outer = transaction.atomic() if dry_run else contextlib.nullcontext()
    with outer:
        tree = ensure_site_tree()
        import_leaders(leader_entries, tree, report, publish=publish)
        for line, raw_line in enumerate(lines, start=1):
            import_line(raw_line, line, tree, report, publish=publish)
            if progress:
                progress(line, len(lines))
        if dry_run:
            transaction.set_rollback(True)

    logger.info(
        "Import finished path=%s created=%s updated=%s unchanged=%s rejected=%s flagged=%s",
        path, report.records.created, report.records.updated, report.records.unchanged,
        report.records.rejected, report.records.flagged,
    )
    return report
