"""What a leader page lists of a leader's stories and speeches, and the links to the full archive.

The activity and speech index pages filter by `?leader=<slug>&year=YYYY`, so the leader page
links one address per content type and year instead of listing everything itself.
"""

from dataclasses import dataclass, field

from django.db.models import F, Q

LATEST_COUNT = 5


@dataclass
class ArchiveSection:
    """One content type on the leader page: the latest entries and the years with entries."""

    index_page: object
    latest: list
    years: list = field(default_factory=list)


def _newest_first(queryset):
    return queryset.order_by(F("event_date").desc(nulls_last=True), "-first_published_at")


def _section(index_model, entries):
    index_page = index_model.objects.live().public().first()
    years = [date.year for date in entries.exclude(event_date=None).dates("event_date", "year", order="DESC")]
    return ArchiveSection(index_page=index_page, latest=list(_newest_first(entries)[:LATEST_COUNT]), years=years)


def leader_archive(leader):
    """Return the activity and speech sections for `leader`, a page in the default locale."""
    from activities.models import ActivityIndexPage, ActivityPage
    from speeches.models import SpeechIndexPage, SpeechPage

    activities = ActivityPage.objects.live().public().filter(leader_links__leader=leader).distinct()
    speeches = SpeechPage.objects.live().public().filter(Q(speaker=leader) | Q(leader_links__leader=leader)).distinct()
    return {
        "activities": _section(ActivityIndexPage, activities),
        "speeches": _section(SpeechIndexPage, speeches),
    }
