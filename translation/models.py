"""Per-language caption and alt text of a photo.

The Photo image model is not translatable (one file, one set of renditions for every
language), so its reader-facing text lives here: one PhotoText per photo and locale. A signal
keeps the Indonesian one equal to the photo's own caption and alt text (the `description`
field of Wagtail images). Translators translate it with wagtail-localize like any other
snippet, and sync it after the Indonesian caption changes.
"""

from django.conf import settings
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin


class PhotoText(TranslatableMixin, models.Model):
    photo = models.ForeignKey(
        "photos.Photo",
        verbose_name=_("photo"),
        on_delete=models.CASCADE,
        related_name="texts",
    )
    caption = models.TextField(_("caption"), blank=True)
    alt_text = models.CharField(
        _("alternative text"),
        max_length=255,
        blank=True,
        help_text=_("What a reader who cannot see the photo needs to know, in one sentence."),
    )

    panels = [FieldPanel("photo", read_only=True), FieldPanel("caption"), FieldPanel("alt_text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("photo caption")
        verbose_name_plural = _("photo captions")
        unique_together = [("translation_key", "locale"), ("photo", "locale")]

    def __str__(self):
        return self.caption[:60] or self.photo.title

    @classmethod
    def for_photo(cls, photo, locale=None):
        """Return the photo's text in `locale` (default: the active one), else the default locale's.

        The result's `language_code` names its language, so a template can mark an
        Indonesian caption on an English page with lang="id". Languages are compared by code,
        and texts prefetched with `prefetch_photo_texts` are used as they are, so a page with
        many photos costs no query per photo.
        """
        wanted = locale.language_code if locale else (translation.get_language() or settings.LANGUAGE_CODE)
        texts = {text.locale.language_code: text for text in cls._texts_of(photo)}
        text = texts.get(wanted) or texts.get(wanted.split("-")[0]) or texts.get(settings.LANGUAGE_CODE)
        if text is None:
            text = cls(photo=photo, caption=photo.caption)
            text.language_code = settings.LANGUAGE_CODE
        else:
            text.language_code = text.locale.language_code
        # An empty alt attribute marks an image as decorative, so fall back to Wagtail's
        # default alt text (the description, else the title) rather than leave it empty.
        text.alt_text = text.alt_text or photo.default_alt_text
        return text

    @classmethod
    def _texts_of(cls, photo):
        if "texts" in getattr(photo, "_prefetched_objects_cache", {}):
            return photo.texts.all()
        return cls.objects.filter(photo=photo).select_related("locale")


def prefetch_photo_texts(photos):
    """Load the texts of all `photos` in one query, for PhotoText.for_photo."""
    queryset = PhotoText.objects.select_related("locale")
    prefetch_related_objects(list(photos), models.Prefetch("texts", queryset=queryset))
