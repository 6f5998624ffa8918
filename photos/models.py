"""The site's image model: every photo carries its caption, credit, date, place and usage note."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image

from api.fields import PHOTO_API_FIELDS


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


class PhotoRendition(AbstractRendition):
    image = models.ForeignKey(Photo, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
