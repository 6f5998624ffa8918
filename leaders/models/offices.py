"""Offices (jabatan) and terms of office (masa jabatan).

An office outlives the people who hold it, and one person holds several offices over
time, so a Term joins one office to one leader for a period. Dates are often known only
to the year or month, so each boundary carries a precision, and the bounds of what the
dates allow are stored beside them: `start_bound`/`end_bound` are the widest reading
(used for "who held office X on date D") and `certain_start`/`certain_end` the narrowest
(used to reject definitive terms that certainly overlap).
"""

import calendar
import datetime

from django.core.exceptions import ValidationError
from django.contrib.admin import display as admin_display
from django.db import models
from django.db.models import Q
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index

from core.dates import format_local_date


class Office(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120, help_text=_("e.g. 'Gubernur', 'Sekretaris Daerah'."))
    short_name = models.CharField(_("abbreviation"), max_length=40, blank=True, help_text=_("e.g. 'Wagub', 'Sekda'."))
    slug = models.SlugField(_("slug"), max_length=120, allow_unicode=True)
    rank = models.PositiveSmallIntegerField(
        _("order"),
        default=100,
        help_text=_("Lower numbers are listed first, e.g. on the home page."),
    )

    search_fields = [index.SearchField("name"), index.SearchField("short_name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("office")
        verbose_name_plural = _("offices")
        ordering = ["rank", "name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name, allow_unicode=True)[:120]
        super().save(*args, **kwargs)

    def source_office(self):
        return self.get_translation_or_none(Locale.get_default()) or self

    def holders_on(self, date):
        """Return the terms of this office that may cover `date`, definitive ones first."""
        # Terms point at the office in the default locale; its translations share the translation key.
        terms = Term.objects.covering(date).filter(office__translation_key=self.translation_key)
        return terms.select_related("leader")


class TermKind(models.TextChoices):
    DEFINITIVE = "definitive", _("Definitive")
    PJ = "pj", _("Acting (Penjabat, Pj)")
    PLT = "plt", _("Acting (Pelaksana Tugas, Plt)")
    PLH = "plh", _("Acting for the day-to-day (Pelaksana Harian, Plh)")


class DatePrecision(models.TextChoices):
    DAY = "day", _("Exact day")
    MONTH = "month", _("Month only")
    YEAR = "year", _("Year only")


def _period_bounds(date, precision):
    """Return the first and last day of the day, month or year that `date` stands for."""
    if precision == DatePrecision.YEAR:
        return datetime.date(date.year, 1, 1), datetime.date(date.year, 12, 31)
    if precision == DatePrecision.MONTH:
        last_day = calendar.monthrange(date.year, date.month)[1]
        return date.replace(day=1), date.replace(day=last_day)
    return date, date


class TermQuerySet(models.QuerySet):
    def covering(self, date):
        """Terms that may have run on `date`: an unknown start or an open end is no limit."""
        return self.filter(
            Q(start_bound__isnull=True) | Q(start_bound__lte=date),
            Q(end_bound__isnull=True) | Q(end_bound__gte=date),
        ).order_by("kind", "-start_bound")


class Term(models.Model):
    office = models.ForeignKey(Office, verbose_name=_("office"), on_delete=models.PROTECT, related_name="terms")
    leader = models.ForeignKey(
        "leaders.LeaderPage",
        verbose_name=_("leader"),
        on_delete=models.CASCADE,
        related_name="terms",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=TermKind.choices, default=TermKind.DEFINITIVE)
    start_date = models.DateField(_("start"), null=True, blank=True, help_text=_("Leave empty when unknown."))
    start_precision = models.CharField(
        _("start precision"), max_length=10, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    end_date = models.DateField(_("end"), null=True, blank=True, help_text=_("Leave empty while in office or when unknown."))
    end_precision = models.CharField(
        _("end precision"), max_length=10, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    note = models.TextField(_("note"), blank=True, help_text=_("Sources and details of the appointment, e.g. the decree number."))

    # Derived from the dates and their precision on save; see the module docstring.
    start_bound = models.DateField(null=True, editable=False, db_index=True)
    end_bound = models.DateField(null=True, editable=False, db_index=True)
    certain_start = models.DateField(null=True, editable=False)
    certain_end = models.DateField(null=True, editable=False)

    objects = TermQuerySet.as_manager()

    panels = [
        FieldPanel("office"),
        FieldPanel("leader"),
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_precision")]),
        FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_precision")]),
        FieldPanel("note"),
    ]

    class Meta:
        verbose_name = _("term of office")
        verbose_name_plural = _("terms of office")
        ordering = ["office__rank", "-start_bound"]

    def __str__(self):
        return f"{self.title()}: {self.leader} ({self.period_label()})"

    def title(self):
        """Return the title in the active language, e.g. 'Pj Gubernur' or 'Acting Governor'.

        A page in another locale may set `office_in_locale` to the office's translation.
        """
        office = getattr(self, "office_in_locale", None) or self.office
        formats = {
            TermKind.PJ: gettext("Acting %(office)s"),
            TermKind.PLT: gettext("Acting %(office)s (Plt)"),
            TermKind.PLH: gettext("Day-to-day acting %(office)s (Plh)"),
        }
        title_format = formats.get(self.kind)
        return title_format % {"office": office} if title_format else str(office)

    def covers(self, date):
        """Return whether the term may have run on `date`: an unknown start or an open end is no limit."""
        started = self.start_bound is None or self.start_bound <= date
        not_ended = self.end_bound is None or self.end_bound >= date
        return started and not_ended

    @property
    def is_acting(self):
        return self.kind != TermKind.DEFINITIVE

    @admin_display(description=_("period"))
    def period_label(self):
        start = self._boundary_label(self.start_date, self.start_precision) or "?"
        end = self._boundary_label(self.end_date, self.end_precision) or "…"
        return f"{start} – {end}"

    @staticmethod
    def _boundary_label(date, precision):
        if date is None:
            return ""
        if precision == DatePrecision.YEAR:
            return str(date.year)
        if precision == DatePrecision.MONTH:
            return date.strftime("%m/%Y")
        return format_local_date(date)

    def compute_bounds(self):
        self.start_bound = self.certain_start = None
        self.end_bound = self.certain_end = None
        if self.start_date:
            self.start_date = _period_bounds(self.start_date, self.start_precision)[0]
            self.start_bound, self.certain_start = _period_bounds(self.start_date, self.start_precision)
        if self.end_date:
            self.end_date = _period_bounds(self.end_date, self.end_precision)[0]
            self.certain_end, self.end_bound = _period_bounds(self.end_date, self.end_precision)
        if self.start_date is None:
            # With the start unknown, the narrowest reading starts on the last certain day.
            self.certain_start = self.certain_end

    def clean(self):
        super().clean()
        self.compute_bounds()
        if self.start_bound and self.end_bound and self.end_bound < self.start_bound:
            raise ValidationError({"end_date": _("The end of a term cannot come before its start.")})
        if self.kind == TermKind.DEFINITIVE and self.office_id:
            clash = self.overlapping_definitive_terms().first()
            if clash:
                raise ValidationError(
                    _(
                        "%(leader)s already holds the definitive term %(period)s as %(office)s. Two definitive "
                        "terms of one office cannot overlap: record one of them as acting (Pj, Plt, Plh) or "
                        "correct the dates."
                    )
                    % {"leader": clash.leader, "period": clash.period_label(), "office": clash.office}
                )

    def overlapping_definitive_terms(self):
        """Definitive terms of the same office that certainly share at least one day with this one.

        A boundary known only to the year or month overlaps only where even its narrowest
        reading does, so "2008–2018" and "2018–2023" can follow each other. A term with no
        dates at all clashes with nothing.
        """
        others = Term.objects.filter(office_id=self.office_id, kind=TermKind.DEFINITIVE).exclude(pk=self.pk)
        if self.certain_start is None:
            return others.none()
        others = others.filter(certain_start__isnull=False)
        if self.certain_end:
            others = others.filter(certain_start__lte=self.certain_end)
        others = others.filter(Q(certain_end__isnull=True) | Q(certain_end__gte=self.certain_start))
        return others.select_related("leader", "office")

    def save(self, *args, **kwargs):
        self.compute_bounds()
        super().save(*args, **kwargs)
