"""Bookkeeping of the archive import: the source record behind each imported page."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportedRecord(models.Model):
    """The fingerprint of the source record a page was last imported from.

    A re-import compares the incoming record with this fingerprint first: an unchanged
    record leaves the page alone, so edits made in the admin survive.
    """

    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="imported_record",
    )
    record_id = models.CharField(_("record id"), max_length=255, blank=True)
    fingerprint = models.CharField(
        _("fingerprint"),
        max_length=64,
        help_text=_("SHA-256 of the source record as last imported."),
    )
    imported_at = models.DateTimeField(_("last imported"), auto_now=True)

    class Meta:
        verbose_name = _("imported record")
        verbose_name_plural = _("imported records")

    def __str__(self):
        return self.record_id or str(self.page_id)
