"""Upload checks for the admin's image and document forms, with messages in the editor's language.

Wagtail's image field already opens each upload with Willow and checks the extension
against the detected format, the file size (WAGTAILIMAGES_MAX_UPLOAD_SIZE) and the pixel
count (WAGTAILIMAGES_MAX_IMAGE_PIXELS, which also catches Pillow's decompression bomb
errors). These forms replace its messages with ones from this app's catalogue, because
Wagtail 8.0 ships Indonesian only as `id_ID`, which Django never loads for the `id` language.
Documents get a content check on top of WAGTAILDOCS_EXTENSIONS, so a renamed executable
or HTML page cannot pass as a PDF or a text file.
"""

import os
import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.documents.forms import BaseDocumentForm

from photos.forms import PhotoForm

IMAGE_ERROR_MESSAGES = {
    "invalid_image": _("The file is not an image that can be opened. Upload a JPEG, PNG, GIF, WebP or AVIF photo."),
    "invalid_image_known_format": _(
        "The file is named .%(extension)s but contains a %(image_format)s image. Save it in the format its name says."
    ),
    "file_too_large": _("The file is too large (%(file_size)s). The maximum size is %(max_filesize)s."),
    "file_too_many_pixels": _(
        "The image has too many pixels (%(num_pixels)s). The maximum is %(max_pixels_count)s pixels; scale it down first."
    ),
}

# Leading bytes of each allowed document type. Office Open XML and OpenDocument files are
# ZIP archives, distinguished by the members that _zip_matches checks.
PDF_MAGIC = b"%PDF-"
RTF_MAGIC = b"{\\rtf"
ZIP_MAGIC = b"PK\x03\x04"
SNIFF_BYTES = 8192
ZIP_MEMBERS = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "pptx": "ppt/presentation.xml",
}
OPENDOCUMENT_MIMETYPES = {"odt": b"application/vnd.oasis.opendocument.text"}
TEXT_FORBIDDEN_MARKERS = (b"<script", b"<html", b"<!doctype html", b"<svg", b"<iframe")


class SafeImageForm(PhotoForm):
    """The photo form (alt text required) with checks of the file's type, size and pixel count."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is None:
            return

        field.error_messages.update(IMAGE_ERROR_MESSAGES)
        supported = getattr(field, "supported_formats_text", "")
        field.error_messages["invalid_image_extension"] = _(
            "This file type is not accepted for images (SVG and other formats are refused). Accepted formats: %(formats)s."
        ) % {"formats": supported}
        field.error_messages["file_too_large_unknown_size"] = _(
            "The file is too large. The maximum size is %(max_filesize)s."
        ) % {"max_filesize": getattr(field, "max_upload_size_text", "")}
        field.to_python = _reject_unreadable_images(field)


def _reject_unreadable_images(field):
    """Wrap the field's to_python so a file Pillow cannot decode becomes a form error.

    Willow (Wagtail 8.0) recognises a format from the first bytes and decodes lazily, so a
    truncated or corrupt body raises PIL.UnidentifiedImageError, OSError or SyntaxError
    during the size checks, which Wagtail does not catch.
    """
    original_to_python = field.to_python

    def to_python(data):
        try:
            return original_to_python(data)
        except ValidationError:
            raise
        except (OSError, ValueError, SyntaxError, EOFError, PILImage.DecompressionBombError) as error:
            raise ValidationError(field.error_messages["invalid_image"], code="invalid_image") from error

    return to_python


class SafeDocumentForm(BaseDocumentForm):
    def _post_clean(self):
        # Wagtail's Document.clean() checks the extension of instance.file, which is empty
        # once clean_file() has rejected the upload, and would add a second, misleading error.
        file_errors = list(self.errors.get("file", []))
        super()._post_clean()
        if file_errors:
            self._errors["file"] = self.error_class(file_errors)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload or not hasattr(upload, "read"):
            return upload

        extension = os.path.splitext(upload.name)[1].lower().lstrip(".")
        if not content_matches_extension(upload, extension):
            raise ValidationError(
                _("The content of %(name)s does not match its .%(extension)s extension, so it was rejected."),
                code="document_content_mismatch",
                params={"name": os.path.basename(upload.name), "extension": extension},
            )
        return upload


def content_matches_extension(upload, extension):
    """Return whether the bytes of `upload` are a file of the type its extension names."""
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    head = upload.read(SNIFF_BYTES)
    try:
        if extension == "pdf":
            return head.startswith(PDF_MAGIC)
        if extension == "rtf":
            return head.startswith(RTF_MAGIC)
        if extension == "txt":
            return _is_plain_text(head)
        if extension in ZIP_MEMBERS or extension in OPENDOCUMENT_MIMETYPES:
            upload.seek(0)
            return head.startswith(ZIP_MAGIC) and _zip_matches(upload, extension)
        # An extension allowed by settings but unknown here is left to the extension check.
        return True
    finally:
        upload.seek(position)


def _is_plain_text(head):
    if b"\x00" in head:
        return False
    lowered = head.lower()
    if any(marker in lowered for marker in TEXT_FORBIDDEN_MARKERS):
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the sniffing boundary is still text.
        return error.start >= len(head) - 3
    return True


def _zip_matches(upload, extension):
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if extension in OPENDOCUMENT_MIMETYPES:
                return "mimetype" in names and archive.read("mimetype").strip() == OPENDOCUMENT_MIMETYPES[extension]
            return ZIP_MEMBERS[extension] in names
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return False
