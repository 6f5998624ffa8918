"""What a leader page lists of a leader's stories and speeches, and the links to the full archive.

The activity and speech index pages filter by `?leader=<slug>&year=YYYY`, so the leader page
links one address per content type and year instead of listing everything itself. The years
of both content types come from one query, to keep the page within its query budget.
"""

from dataclasses import dataclass, field

from django.db.models import F, Value
from django.db.models.functions import ExtractYear
from wagtail.models import Page

from core.visibility import public_only

LATEST_COUNT = 5


@dataclass
class ArchiveSection:
    """One content type on the leader page: the latest entries and the years with entries."""

    index_page: object
    latest: list
    years: list = field(default_factory=list)


def _newest_first(queryset):
    return queryset.order_by(F("event_date").desc(nulls_last=True), "-first_published_at")


def _years_by_kind(entries_by_kind):
    """Return {kind: [year, ...]} newest first for several querysets of dated pages, in one query."""
    parts = [
        entries.exclude(event_date=None)
        .annotate(kind=Value(kind), year=ExtractYear("event_date"))
        .values_list("kind", "year")
        .order_by()
        .distinct()
        for kind, entries in entries_by_kind.items()
    ]
    years = {kind: [] for kind in entries_by_kind}
    for kind, year in parts[0].union(*parts[1:]):
        years[kind].append(year)
    return {kind: sorted(values, reverse=True) for kind, values in years.items()}


def _index_pages(*models):
    """Return {model: its first live index page} with one query."""
    from django.contrib.contenttypes.models import ContentType

    types = ContentType.objects.get_for_models(*models)
    pages = Page.objects.live().filter(content_type__in=types.values()).order_by("path")
    found = {}
    for page in pages:
        model = next(model for model, content_type in types.items() if content_type.pk == page.content_type_id)
        found.setdefault(model, page)
    return found


def leader_archive(leader):
    """Return the activity and speech sections for `leader`, a page in the default locale."""
    from activities.models import ActivityIndexPage, ActivityPage
    from speeches.models import SpeechIndexPage, SpeechPage

    entries = {
        "activities": public_only(ActivityIndexPage.filter_by_leader(ActivityPage.objects.all(), leader)),
        "speeches": public_only(SpeechIndexPage.filter_by_leader(SpeechPage.objects.all(), leader)),
    }
    years = _years_by_kind(entries)
    index_pages = _index_pages(ActivityIndexPage, SpeechIndexPage)
    index_models = {"activities": ActivityIndexPage, "speeches": SpeechIndexPage}
    return {
        kind: ArchiveSection(
            index_page=index_pages.get(index_models[kind]),
            latest=list(_newest_first(queryset).select_related("locale")[:LATEST_COUNT]),
            years=years[kind],
        )
        for kind, queryset in entries.items()
    }
