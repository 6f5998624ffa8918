"""The site's image model: every photo carries its caption, credit, date, place and usage note.

Cameras name files like "DSC_20250307_KALTIM_GUBERNUR_KUNJUNGAN_KERJA_..._0001.JPG": long,
and different only at the end. Wagtail 8 cuts long names from the end (originals to fit a
100-character path, renditions to 60 characters), which makes such names identical. The
upload paths below keep the end of the original's name and put the photo's id in front of
each rendition's name, so every file stays distinct and traceable to its photo even on a
storage that overwrites files of the same name.
"""

import os

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image

from api.fields import PHOTO_API_FIELDS
# Wagtail trims "original_images/<name>" to 94 characters; a shorter name is never trimmed again.
MAX_ORIGINAL_NAME_LENGTH = 70
KEPT_END_LENGTH = 24


def shorten_keeping_end(filename, max_length):
    """Cut a long file name in the middle, keeping its start and the end where cameras count."""
    if len(filename) <= max_length:
        return filename
    stem, extension = os.path.splitext(filename)
    room = max_length - len(extension) - 1
    end = stem[-KEPT_END_LENGTH:]
    return f"{stem[: room - len(end)]}_{end}{extension}"


class Photo(AbstractImage):
    caption = models.TextField(
        _("caption"),
        blank=True,
        help_text=_("What the photo shows, who is in it and where. Shown under the photo and in the press kit."),
    )
    credit = models.CharField(
        _("photographer credit"),
        max_length=255,
        blank=True,
        help_text=_("Name of the photographer or agency, e.g. 'Biro Adpim Setdaprov Kaltim / Budi'."),
    )
    date_taken = models.DateField(_("date taken"), null=True, blank=True)
    region = models.ForeignKey(
        "regions.Region",
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    usage_note = models.TextField(
        _("licence or usage note"),
        blank=True,
        help_text=_("Terms for reuse by the press and the public, e.g. 'Free for editorial use with credit'."),
    )
    leaders = models.ManyToManyField(
        "leaders.LeaderPage",
        verbose_name=_("leaders shown"),
        blank=True,
        related_name="photos",
    )

    admin_form_fields = Image.admin_form_fields + (
        "caption",
        "credit",
        "date_taken",
        "region",
        "usage_note",
        "leaders",
    )
    api_fields = PHOTO_API_FIELDS

    class Meta(AbstractImage.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    def get_upload_to(self, filename):
        return super().get_upload_to(shorten_keeping_end(filename, MAX_ORIGINAL_NAME_LENGTH))


class PhotoRendition(AbstractRendition):
    image = models.ForeignKey(Photo, on_delete=models.CASCADE, related_name="renditions")

    def get_upload_to(self, filename):
        return super().get_upload_to(f"{self.image_id}-{filename}")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
