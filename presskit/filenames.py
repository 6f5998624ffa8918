"""File names for downloads: ASCII, short, and unique within one archive.

Camera names such as "DSC_20250307_KALTIM_..._0001.JPG" differ only at the end and titles
may be in any script, so names are built from the slugified title, cut to a fixed length,
and end in the photo's id, which keeps them unique and traceable.
"""

import os

from django.utils.text import slugify

MAX_STEM_LENGTH = 60


def extension_of(photo):
    extension = os.path.splitext(photo.file.name)[1].lower()
    return extension if extension and len(extension) <= 6 else ".jpg"


def photo_filename(photo, position=None):
    """Return e.g. "03-gubernur-meninjau-jembatan-412.jpg" for the photo with id 412."""
    stem = slugify(photo.title)[:MAX_STEM_LENGTH].strip("-") or "foto"
    name = f"{stem}-{photo.pk}{extension_of(photo)}"
    return f"{position:02d}-{name}" if position is not None else name


def story_zip_filename(page):
    stem = slugify(page.slug)[:MAX_STEM_LENGTH].strip("-") or "kegiatan"
    return f"{stem}-{page.pk}-foto.zip"
