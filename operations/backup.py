"""Backup and restore of the database and the media files, checked by a manifest.

A backup is a folder holding `contenttypes.json.gz` and `database.json.gz` (Django's
dumpdata, which loads into SQLite and PostgreSQL alike), `media/` (every file in the default
storage, copied through the storage API so S3-compatible storage works too) and
`manifest.json` (row counts per model, SHA-256 and size of every file). Restore checks
every checksum before it touches the database, loads the dump into a freshly flushed
database, copies the media back, rebuilds the search index and compares the row counts.
The dump holds password hashes and personal data: keep backups as private as the database.
"""

import datetime
import gzip
import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction

logger = logging.getLogger("potret.backup")

FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
CONTENT_TYPES_NAME = "contenttypes.json.gz"
DATABASE_NAME = "database.json.gz"
MEDIA_FOLDER = "media"
CHUNK_BYTES = 1024 * 1024

# Rows that expire on their own (sessions, login attempts, editing sessions) or that are
# rebuilt after a restore (the database search index).
EXCLUDED_MODELS = (
    "sessions.Session",
    "wagtailsearch.IndexEntry",
    "wagtailsearch.SQLiteFTSIndexEntry",
    "modelsearch.IndexEntry",
    "modelsearch.SQLiteFTSIndexEntry",
    "wagtailadmin.EditingSession",
    "axes.AccessAttempt",
    "axes.AccessLog",
    "axes.AccessFailureLog",
)

# Headline counts that the restore test and the operator check first.
SUMMARY_MODELS = {
    "pages": "wagtailcore.Page",
    "revisions": "wagtailcore.Revision",
    "images": settings.WAGTAILIMAGES_IMAGE_MODEL,
    "documents": "wagtaildocs.Document",
    "terms": "leaders.Term",
    "users": "auth.User",
}

FTS_TABLES = ("wagtailsearch_indexentry_fts", "modelsearch_indexentry_fts")

# Rows that `migrate` creates for models added after the backup was taken; their counts
# may grow on restore.
MIGRATE_CREATED_MODELS = ("contenttypes.ContentType", "auth.Permission")

# A fresh, migrated database contains Wagtail's root page and its welcome page.
PAGES_IN_FRESH_DATABASE = 2


class BackupError(Exception):
    """Raised when a backup cannot be written or a restore cannot proceed. The message gives the reason."""


@dataclass
class RestoreResult:
    manifest: dict
    counts: dict


def excluded_labels():
    labels = []
    for label in EXCLUDED_MODELS:
        try:
            apps.get_model(label)
        except (LookupError, ImproperlyConfigured):
            continue
        labels.append(label)
    return labels


def included_models():
    excluded = {apps.get_model(label) for label in excluded_labels()}
    return [model for model in apps.get_models() if model not in excluded and not model._meta.proxy]


def count_rows():
    return {model._meta.label: model._default_manager.count() for model in included_models()}


def summary_counts(counts):
    return {name: counts.get(apps.get_model(label)._meta.label, 0) for name, label in SUMMARY_MODELS.items() if _exists(label)}


def _exists(label):
    try:
        apps.get_model(label)
    except LookupError:
        return False
    return True


def sha256_of_file(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK_BYTES), b""):
            digest.update(chunk)
    return digest.hexdigest()


def list_storage_files(storage, folder=""):
    """Return every file name below `folder` in `storage`, walking sub-folders."""
    directories, files = storage.listdir(folder)
    names = [f"{folder}/{name}" if folder else name for name in files]
    for directory in directories:
        names.extend(list_storage_files(storage, f"{folder}/{directory}" if folder else directory))
    return sorted(names)


def create_backup(output_dir):
    """Write a backup into `output_dir` (created, must be empty) and return its manifest."""
    output = Path(output_dir)
    if output.exists() and any(output.iterdir()):
        raise BackupError(f"Backup folder {output} is not empty; choose a new folder.")
    output.mkdir(parents=True, exist_ok=True)

    counts = count_rows()
    # Primary keys are kept as they are, content types included: natural keys would refer
    # to pages by URL path and break on audit entries of deleted pages. Content types get
    # their own file because Wagtail's Page.__init__ looks up (and creates) the content
    # type of every page that loaddata builds, so they must be in place first.
    call_command("dumpdata", "contenttypes", output=str(output / CONTENT_TYPES_NAME), verbosity=0)
    call_command(
        "dumpdata",
        exclude=[*excluded_labels(), "contenttypes"],
        output=str(output / DATABASE_NAME),
        verbosity=0,
    )
    media = _copy_media_out(output / MEDIA_FOLDER)

    manifest = {
        "format_version": FORMAT_VERSION,
        "created_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "database_vendor": connection.vendor,
        "database": [_file_entry(output, name) for name in (CONTENT_TYPES_NAME, DATABASE_NAME)],
        "media": media,
        "summary": summary_counts(counts),
        "counts": counts,
    }
    (output / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
    logger.info("Backup written path=%s media_files=%s", output, len(media))
    return manifest


def _file_entry(folder, name):
    path = folder / name
    return {"name": name, "sha256": sha256_of_file(path), "bytes": path.stat().st_size}


def _copy_media_out(media_root):
    entries = []
    if not _storage_root_exists():
        return entries
    for name in list_storage_files(default_storage):
        target = media_root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        with default_storage.open(name, "rb") as source, open(target, "wb") as handle:
            for chunk in source.chunks(CHUNK_BYTES):
                handle.write(chunk)
        entries.append({"path": name, "sha256": sha256_of_file(target), "bytes": target.stat().st_size})
    return entries


def _storage_root_exists():
    try:
        default_storage.listdir("")
    except FileNotFoundError:
        return False
    return True


def read_manifest(backup_dir):
    path = Path(backup_dir) / MANIFEST_NAME
    if not path.is_file():
        raise BackupError(f"{path} is missing: {backup_dir} is not a backup folder.")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise BackupError(f"{path} is not valid JSON: {error}.") from None
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(f"{path} has format_version={manifest.get('format_version')!r}; this version reads {FORMAT_VERSION}.")
    return manifest


def verify_checksums(backup_dir, manifest):
    """Raise BackupError naming the first file that is missing or whose SHA-256 differs."""
    backup = Path(backup_dir)
    expected = [(backup / entry["name"], entry["sha256"]) for entry in manifest["database"]]
    expected += [(backup / MEDIA_FOLDER / entry["path"], entry["sha256"]) for entry in manifest["media"]]
    for path, checksum in expected:
        if not path.is_file():
            raise BackupError(f"{path} is listed in the manifest but missing from the backup.")
        if sha256_of_file(path) != checksum:
            raise BackupError(f"{path} does not match its SHA-256 checksum in the manifest; the backup is damaged.")


def database_has_content():
    from django.contrib.auth import get_user_model
    from wagtail.models import Page

    return get_user_model().objects.exists() or Page.objects.count() > PAGES_IN_FRESH_DATABASE


def restore_backup(backup_dir, force=False):
    """Load a backup into the configured database and storage, then check its counts."""
    manifest = read_manifest(backup_dir)
    verify_checksums(backup_dir, manifest)

    call_command("migrate", interactive=False, verbosity=0)
    if database_has_content() and not force:
        raise BackupError(
            "The database already contains users or pages. Restore only into an empty database, or pass --force to replace its content."
        )

    dumps = [Path(backup_dir) / entry["name"] for entry in manifest["database"]]
    for dump in dumps:
        _decompress_check(dump)
    _empty_database()
    for dump in dumps:
        call_command("loaddata", str(dump), verbosity=0)
        ContentType.objects.clear_cache()
    # A second migrate adds content types and permissions for models newer than the backup.
    call_command("migrate", interactive=False, verbosity=0)
    _copy_media_in(Path(backup_dir) / MEDIA_FOLDER, manifest["media"])
    _rebuild_search_index()

    counts = count_rows()
    _compare_counts(manifest["counts"], counts)
    logger.info("Backup restored path=%s", backup_dir)
    return RestoreResult(manifest=manifest, counts=counts)


def _empty_database():
    """Delete every row, including the content types that flush recreates with new ids."""
    call_command("flush", interactive=False, verbosity=0)
    with transaction.atomic():
        Permission.objects.all().delete()
        ContentType.objects.all().delete()
    ContentType.objects.clear_cache()


def _rebuild_search_index():
    """Rebuild the search index from scratch.

    Wagtail's post_save receivers index rows while loaddata runs, with content that is not
    complete yet, so the entries they wrote are dropped first.
    """
    with transaction.atomic():
        for label in ("wagtailsearch.IndexEntry", "modelsearch.IndexEntry"):
            if _exists(label):
                apps.get_model(label).objects.all().delete()
        _empty_sqlite_search_tables()
    call_command("update_index", verbosity=0)


def _empty_sqlite_search_tables():
    """Empty the SQLite FTS5 tables of the search index, which flush leaves alone.

    They are unmanaged models (Wagtail 8.0, django-modelsearch), and a leftover row makes
    update_index fail with "constraint failed" when it reuses the row id.
    """
    if connection.vendor != "sqlite":
        return
    existing = set(connection.introspection.table_names())
    with connection.cursor() as cursor:
        for table in FTS_TABLES:
            if table in existing:
                cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")


def _decompress_check(path):
    try:
        with gzip.open(path, "rb") as handle:
            handle.read(1)
    except (OSError, EOFError) as error:
        raise BackupError(f"{path} is not a readable gzip file: {error}.") from None


def _copy_media_in(media_root, entries):
    for entry in entries:
        name = entry["path"]
        if default_storage.exists(name):
            default_storage.delete(name)
        with open(media_root / name, "rb") as handle:
            saved = default_storage.save(name, File(handle, name=name))
        if saved != name:
            raise BackupError(f"Media file {name} was stored as {saved}; check the storage settings.")


def _compare_counts(expected, actual):
    differences = [
        f"{label}: backup {count}, restored {actual.get(label)}"
        for label, count in expected.items()
        if label in actual and actual[label] != count and label not in MIGRATE_CREATED_MODELS
    ]
    if differences:
        raise BackupError("Row counts differ after restore: " + "; ".join(differences))
