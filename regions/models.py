"""Places where activities happen: the province's regencies and cities, and places outside it."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Region(TranslatableMixin, index.Indexed, models.Model):
    class Kind(models.TextChoices):
        REGENCY = "regency", _("Regency (kabupaten)")
        CITY = "city", _("City (kota)")
        PROVINCE = "province", _("Province")
        OTHER = "other", _("Other place")

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, allow_unicode=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    in_province = models.BooleanField(
        _("in the province"),
        default=False,
        help_text=_("Tick for the province's own regencies and cities."),
    )
    aliases = models.CharField(
        _("other names"),
        max_length=255,
        blank=True,
        help_text=_("Comma-separated abbreviations and spellings used in texts, e.g. 'Kukar, Tenggarong'."),
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["-in_province", "name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name, allow_unicode=True)[:120]
        super().save(*args, **kwargs)

    def alias_list(self):
        return [alias.strip() for alias in self.aliases.split(",") if alias.strip()]
