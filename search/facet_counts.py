"""Facet counts of the listed pages in one query: content type, year, leader, region and topic.

Content type and year come from what `filters.filtered_ids` already returned. The rest is one
UNION ALL of (facet name, key, number of distinct pages) rows, one part per model and facet.
"""

from collections import Counter

from django.db.models import CharField, Count, F, Q, Value

from activities.models import ActivityLeader
from speeches.models import SpeechLeader, SpeechPage

from .filters import TYPE_BY_MODEL

FACET_NAMES = ("type", "year", "leader", "region", "topic")


def counted(rows, name, key, page):
    """Return `rows` as (facet name, key, distinct pages) grouped by `key`."""
    return (
        rows.order_by()
        .annotate(facet=Value(name, output_field=CharField()), key=F(key))
        .values_list("facet", "key")
        .annotate(total=Count(page, distinct=True))
    )


def snippet_parts(model, scope):
    pages = model.objects.filter(id__in=scope)
    return [counted(pages.filter(**{f"{name}s__isnull": False}), name, f"{name}s", "id") for name in ("region", "topic")]


def leader_parts(model, scope):
    """Return the parts that count pages per leader, a speech once even when its speaker is also listed."""
    if model is not SpeechPage:
        return [counted(ActivityLeader.objects.filter(page__in=scope), "leader", "leader", "page")]

    speakers = SpeechPage.objects.filter(id__in=scope).exclude(speaker=None)
    # A listed leader who also gave the speech is already counted through `speakers`.
    listed = SpeechLeader.objects.filter(page__in=scope).filter(Q(page__speaker=None) | ~Q(page__speaker=F("leader")))
    return [counted(speakers, "leader", "speaker", "id"), counted(listed, "leader", "leader", "page")]


def count_facets(ids, listed, scopes):
    """Count the pages `ids` per content type, year, leader, region and topic.

    `listed` maps each id to its filters.ListedPage. `scopes` maps each model to the ids of its
    pages among `ids`, as a list or as a values("id") queryset, which each part reads as a subquery.
    """
    facets = {name: Counter() for name in FACET_NAMES}
    for page_id in ids:
        page = listed[page_id]
        facets["type"][TYPE_BY_MODEL[page.model]] += 1
        if page.event_date is not None:
            facets["year"][page.event_date.year] += 1

    parts = []
    for model, scope in scopes.items():
        parts += snippet_parts(model, scope) + leader_parts(model, scope)
    if parts:
        for name, key, total in parts[0].union(*parts[1:], all=True):
            facets[name][key] += total
    return facets
