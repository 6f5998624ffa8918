"""Database-side filters and facet counts over a set of matched activity and speech pages."""

import datetime
from collections import Counter

from django.db.models import Count
from django.db.models.functions import ExtractYear

from activities.models import ActivityPage
from leaders.models import LeaderPage
from regions.models import Region
from speeches.models import SpeechPage
from topics.models import Topic

from .forms import TYPE_ACTIVITY, TYPE_SPEECH

MODELS_BY_TYPE = {TYPE_ACTIVITY: ActivityPage, TYPE_SPEECH: SpeechPage}
TYPE_BY_MODEL = {model: name for name, model in MODELS_BY_TYPE.items()}


def models_for(content_type):
    if content_type in MODELS_BY_TYPE:
        return [MODELS_BY_TYPE[content_type]]
    return list(MODELS_BY_TYPE.values())


def visible_pages(model, locale):
    pages = model.objects.live().public()
    return pages.filter(locale=locale) if locale is not None else pages


def leader_ids_for(slug):
    """Return the ids of a leader page and all its translations, or None when the slug is unknown."""
    leader = LeaderPage.objects.live().filter(slug=slug).first()
    if leader is None:
        return None
    return list(LeaderPage.objects.filter(translation_key=leader.translation_key).values_list("id", flat=True))


def snippet_ids_for(snippet_model, slug):
    snippet = snippet_model.objects.filter(slug=slug).first()
    if snippet is None:
        return None
    return list(snippet_model.objects.filter(translation_key=snippet.translation_key).values_list("id", flat=True))


def resolve_filters(values):
    """Turn slugs into ids; return (filters, unknown field names)."""
    filters, unknown = {}, []
    lookups = {
        "leader": leader_ids_for,
        "region": lambda slug: snippet_ids_for(Region, slug),
        "topic": lambda slug: snippet_ids_for(Topic, slug),
    }
    for name, lookup in lookups.items():
        if values.get(name):
            ids = lookup(values[name])
            if ids is None:
                unknown.append(name)
            else:
                filters[name] = ids

    year = values.get("year")
    if year:
        filters["date_from"] = datetime.date(year, 1, 1)
        filters["date_to"] = datetime.date(year, 12, 31)
    if values.get("date_from"):
        filters["date_from"] = max(values["date_from"], filters.get("date_from", values["date_from"]))
    if values.get("date_to"):
        filters["date_to"] = min(values["date_to"], filters.get("date_to", values["date_to"]))
    return filters, unknown


def apply_filters(pages, model, filters):
    if "leader" in filters:
        leader_pages = pages.filter(leader_links__leader__in=filters["leader"])
        if model is SpeechPage:
            leader_pages = leader_pages | pages.filter(speaker__in=filters["leader"])
        pages = leader_pages
    if "region" in filters:
        pages = pages.filter(regions__in=filters["region"])
    if "topic" in filters:
        pages = pages.filter(topics__in=filters["topic"])
    if "date_from" in filters:
        pages = pages.filter(event_date__gte=filters["date_from"])
    if "date_to" in filters:
        pages = pages.filter(event_date__lte=filters["date_to"])
    return pages.distinct()


def filtered_ids(models, locale, filters, within=None):
    """Return the set of visible page ids of `models` that pass `filters`, optionally within given ids."""
    ids = set()
    for model in models:
        pages = visible_pages(model, locale)
        if within is not None:
            pages = pages.filter(id__in=list(within))
        ids.update(apply_filters(pages, model, filters).values_list("id", flat=True))
    return ids


def dated_ids(models, ids):
    """Return {page id: event date or None} for the given ids."""
    dates = {}
    for model in models:
        dates.update(model.objects.filter(id__in=list(ids)).values_list("id", "event_date"))
    return dates


def count_facets(models, ids):
    """Count matched pages per content type, year, leader, region and topic."""
    ids = list(ids)
    facets = {name: Counter() for name in ("type", "year", "leader", "region", "topic")}
    for model in models:
        pages = model.objects.filter(id__in=ids)
        facets["type"][TYPE_BY_MODEL[model]] += pages.count()

        years = pages.exclude(event_date=None).annotate(year=ExtractYear("event_date")).values("year")
        for row in years.annotate(total=Count("id")):
            facets["year"][row["year"]] += row["total"]

        for name in ("region", "topic"):
            rows = pages.exclude(**{f"{name}s": None}).values(f"{name}s").annotate(total=Count("id", distinct=True))
            for row in rows:
                facets[name][row[f"{name}s"]] += row["total"]

        leader_pairs = set(pages.exclude(leader_links=None).values_list("id", "leader_links__leader"))
        if model is SpeechPage:
            leader_pairs |= set(pages.exclude(speaker=None).values_list("id", "speaker"))
        facets["leader"].update(leader for _page, leader in leader_pairs)
    return facets


def specific_pages(ids):
    """Return the specific pages for `ids`, in the order of `ids`."""
    from wagtail.models import Page

    by_id = {page.pk: page for page in Page.objects.filter(id__in=list(ids)).specific()}
    return [by_id[page_id] for page_id in ids if page_id in by_id]


def content_type_for(model):
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(model)
