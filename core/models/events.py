import datetime
import re

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from core.dates import combine_local, format_local_datetime
from core.sharing import share_links

from core.visibility import public_only

from .base import BasePage
from .routing import SpecificChildRoutingMixin

PAGE_SIZE = 12
SLUG_PATTERN = re.compile(r"[-\w]{1,255}")


class EventPage(BasePage):
    """A dated piece of content about a leader's public activity (a story or a speech)."""

    event_date = models.DateField(
        _("date of the event"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Date in WITA. Leave empty only when the source gives no date; the page is then flagged for review."),
    )
    event_time = models.TimeField(
        _("time of the event"),
        null=True,
        blank=True,
        help_text=_("Local time in WITA (UTC+8), if known."),
    )
    venue = models.CharField(
        _("venue"),
        max_length=255,
        blank=True,
        help_text=_("Building or place, e.g. 'Pendopo Lamin Etam'. The regency or city goes in 'regions'."),
    )
    regions = ParentalManyToManyField("regions.Region", verbose_name=_("regions"), blank=True, related_name="+")
    topics = ParentalManyToManyField("topics.Topic", verbose_name=_("topics"), blank=True, related_name="+")

    search_fields = BasePage.search_fields + [
        index.FilterField("event_date"),
        index.SearchField("venue"),
        index.RelatedFields("regions", [index.SearchField("name")]),
        index.RelatedFields("topics", [index.SearchField("name")]),
    ]

    event_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("event_date"), FieldPanel("event_time")]),
                FieldPanel("venue"),
                FieldPanel("regions"),
            ],
            heading=_("When and where"),
        ),
    ]

    class Meta:
        abstract = True

    @property
    def event_start(self):
        """The event's start as an aware datetime in WITA, or None when the date is unknown."""
        return combine_local(self.event_date, self.event_time)

    def public_change_notes(self):
        """Return the texts of the page's public correction notes, newest first (used by the feeds)."""
        texts = getattr(self, "_public_change_notes", None)
        if texts is None:
            from editorial.changes import public_change_notes

            texts = [note.note for note in public_change_notes(self)]
        return texts

    def event_datetime_label(self):
        return format_local_datetime(self.event_date, self.event_time)

    def localized_snippets(self, relation):
        """Return the page's regions or topics in the page's language, read once per object.

        A page links the snippets its editor chose, usually in Indonesian. Where a snippet has a
        translation in the page's locale, readers see that one, otherwise the linked one.
        """
        cache = self.__dict__.setdefault("_localized_snippets", {})
        if relation not in cache:
            linked = getattr(self, relation)
            # values_list also works on modelcluster's in-memory relation of a page in preview.
            keys = linked.values_list("translation_key", flat=True)
            candidates = linked.model.objects.filter(translation_key__in=keys).filter(
                Q(locale_id=self.locale_id) | Q(id__in=linked.values_list("id", flat=True))
            )
            chosen = {}
            for snippet in candidates:
                if snippet.translation_key not in chosen or snippet.locale_id == self.locale_id:
                    chosen[snippet.translation_key] = snippet
            cache[relation] = [snippet for snippet in candidates if chosen[snippet.translation_key] is snippet]
        return cache[relation]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["regions"] = self.localized_snippets("regions")
        context["topics"] = self.localized_snippets("topics")
        context["share_links"] = share_links(self.get_full_url(request) or "", self.title)
        return context


class EventIndexPage(SpecificChildRoutingMixin, BasePage):
    """An index page that lists its children newest first, filtered by leader and year."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    max_count_per_parent = 1

    # Each subclass sets the page model it lists.
    child_model = None

    class Meta:
        abstract = True

    @staticmethod
    def filter_by_leader(entries, leader):
        """Return the entries that name `leader`, without repeating any (no join, so no DISTINCT)."""
        raise NotImplementedError

    def child_route_model(self):
        return self.child_model

    def child_route_queryset(self):
        from editorial.changes import with_correction_flag

        return with_correction_flag(super().child_route_queryset())

    def get_entries(self):
        return (
            public_only(self.child_model.objects.child_of(self))
            .select_related("locale")
            .order_by(F("event_date").desc(nulls_last=True), "-first_published_at")
        )

    def filter_entries(self, entries, request):
        """Apply the `leader` and `year` query parameters; invalid values are ignored and reported."""
        from leaders.models import LeaderPage

        filters = {"leader": None, "year": None, "invalid": []}
        leader_slug = request.GET.get("leader", "").strip()
        if leader_slug:
            # Only a well-formed slug reaches the database; PostgreSQL rejects NUL bytes with an error.
            leader = None
            if SLUG_PATTERN.fullmatch(leader_slug):
                leader = LeaderPage.objects.live().filter(slug=leader_slug).first()
            if leader:
                source = leader.source_page()
                entries = self.filter_by_leader(entries, source)
                filters["leader"] = leader
            else:
                filters["invalid"].append("leader")

        year_text = request.GET.get("year", "").strip()
        if year_text:
            if year_text.isdigit() and 1900 <= int(year_text) <= 2999:
                year = int(year_text)
                entries = entries.filter(
                    event_date__gte=datetime.date(year, 1, 1), event_date__lte=datetime.date(year, 12, 31)
                )
                filters["year"] = year
            else:
                filters["invalid"].append("year")
        return entries, filters

    def years(self):
        dates = public_only(self.child_model.objects.child_of(self)).exclude(event_date=None)
        return [d.year for d in dates.dates("event_date", "year", order="DESC")]

    def paginate(self, entries, request):
        paginator = Paginator(entries, PAGE_SIZE)
        try:
            return paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            return paginator.page(1)
        except EmptyPage:
            return paginator.page(paginator.num_pages)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        entries, filters = self.filter_entries(self.get_entries(), request)
        context["entries"] = self.paginate(entries, request)
        context["filters"] = filters
        context["years"] = self.years()
        return context
