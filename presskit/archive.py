"""A story's photos as one ZIP, written while it is sent.

zipfile has written to unseekable streams since Python 3.5: it needs write() and tell(),
and instead of seeking back to patch a member's header it writes a data descriptor after
the member. So the archive never sits whole in memory or on disk, because each chunk goes
to the client as soon as zipfile has written it.
"""

import io
import logging
import zipfile

from django.utils import timezone
from django.utils.translation import gettext as _

from core.dates import WITA, format_local_date

from .filenames import photo_filename

logger = logging.getLogger("potret.presskit")

CHUNK_SIZE = 64 * 1024


class ChunkSink(io.RawIOBase):
    """A write-only stream that keeps what it is given until drained, and counts bytes for tell()."""

    def __init__(self):
        super().__init__()
        self._chunks = []
        self._position = 0

    def writable(self):
        return True

    def write(self, data):
        self._chunks.append(bytes(data))
        self._position += len(data)
        return len(data)

    def tell(self):
        return self._position

    def drain(self):
        chunks, self._chunks = self._chunks, []
        yield from chunks


def _zip_time(photo):
    local = timezone.localtime(photo.created_at, WITA) if photo.created_at else timezone.now().astimezone(WITA)
    # The ZIP format cannot store dates before 1980.
    return max(local.timetuple()[:6], (1980, 1, 1, 0, 0, 0))


def caption_entry(photo, filename, missing=False):
    """Return the block of the captions file that describes one photo."""
    lines = [filename]
    if missing:
        lines.append(_("The original file is missing from the server; it could not be included."))
    lines.append(_("Caption: %(caption)s") % {"caption": photo.caption or photo.title})
    if photo.credit:
        lines.append(_("Credit: %(credit)s") % {"credit": photo.credit})
    if photo.date_taken:
        lines.append(_("Date taken: %(date)s") % {"date": format_local_date(photo.date_taken)})
    if photo.region:
        lines.append(_("Place: %(place)s") % {"place": photo.region.name})
    if photo.usage_note:
        lines.append(_("Usage: %(note)s") % {"note": photo.usage_note})
    return "\n".join(lines)


def captions_text(page_title, page_url, entries):
    header = _("Photos of “%(title)s”\n%(url)s") % {"title": page_title, "url": page_url}
    return "\n\n".join([header, *entries]) + "\n"


def _copy_member(archive, sink, photo, name):
    """Write one photo's original into the archive, yielding chunks as they are produced."""
    info = zipfile.ZipInfo(name, date_time=_zip_time(photo))
    # JPEG and WebP are compressed already; deflating them again costs CPU and saves little.
    info.compress_type = zipfile.ZIP_STORED
    with photo.file.open("rb") as source, archive.open(info, "w") as target:
        for chunk in iter(lambda: source.read(CHUNK_SIZE), b""):
            target.write(chunk)
            yield from sink.drain()


def stream_story_zip(page_title, page_url, photos):
    """Yield the bytes of a ZIP with each photo's original and a captions file."""
    sink = ChunkSink()
    entries = []
    with zipfile.ZipFile(sink, "w") as archive:
        for position, photo in enumerate(photos, start=1):
            name = photo_filename(photo, position)
            storage = photo.file.storage
            if not storage.exists(photo.file.name):
                logger.warning("Original missing for photo_id=%s file=%s", photo.pk, photo.file.name)
                entries.append(caption_entry(photo, name, missing=True))
                continue
            yield from _copy_member(archive, sink, photo, name)
            entries.append(caption_entry(photo, name))
        archive.writestr(_("photo-captions.txt"), captions_text(page_title, page_url, entries), zipfile.ZIP_DEFLATED)
        yield from sink.drain()
    yield from sink.drain()
