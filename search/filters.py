"""Database-side filters over activity and speech pages, and the listing of the pages that pass them."""

import datetime
from typing import NamedTuple

from django.db.models import CharField, Q, Value

from activities.models import ActivityLeader, ActivityPage
from core.visibility import public_only
from leaders.models import LeaderPage
from regions.models import Region
from speeches.models import SpeechLeader, SpeechPage
from topics.models import Topic

from .forms import TYPE_ACTIVITY, TYPE_SPEECH

MODELS_BY_TYPE = {TYPE_ACTIVITY: ActivityPage, TYPE_SPEECH: SpeechPage}
TYPE_BY_MODEL = {model: name for name, model in MODELS_BY_TYPE.items()}
LEADER_LINK_MODELS = {ActivityPage: ActivityLeader, SpeechPage: SpeechLeader}


def models_for(content_type):
    if content_type in MODELS_BY_TYPE:
        return [MODELS_BY_TYPE[content_type]]
    return list(MODELS_BY_TYPE.values())


class ListedPage(NamedTuple):
    """Model and event date of a listed page id, read without loading the page."""

    model: type
    event_date: datetime.date | None


def visible_pages(model, locale):
    pages = public_only(model.objects.all())
    return pages.filter(locale=locale) if locale is not None else pages


def pages_with_slug(name, slug):
    """Return the leaders, regions or topics (filter `name`) with `slug`, ordered so the first is the one to use."""
    if name == "leader":
        return LeaderPage.objects.live().filter(slug=slug).order_by("path")
    found = {"region": Region, "topic": Topic}[name].objects.filter(slug=slug)
    return found if found.ordered else found.order_by("pk")


def translation_ids(name, slug):
    """Return a query of (name, id) rows: the first item with `slug` and all its translations."""
    found = pages_with_slug(name, slug)
    first_key = found.values("translation_key")[:1]
    translations = found.model.objects.filter(translation_key__in=first_key).order_by()
    return translations.values_list(Value(name, output_field=CharField()), "id")


def resolve_slugs(values):
    """Return {filter name: ids of the item and its translations} for the leader, region and topic slugs.

    One query for all three, a UNION ALL of one part per slug given. A name with an unknown slug is absent.
    """
    parts = [translation_ids(name, values[name]) for name in ("leader", "region", "topic") if values.get(name)]
    if not parts:
        return {}
    ids = {}
    for name, item_id in parts[0].union(*parts[1:], all=True):
        ids.setdefault(name, []).append(item_id)
    return ids


def resolve_filters(values):
    """Turn slugs into ids; return (filters, unknown field names)."""
    filters = resolve_slugs(values)
    unknown = [name for name in ("leader", "region", "topic") if values.get(name) and name not in filters]

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
        # A subquery of the links, not a join, because OR-ing a join with the speaker made
        # PostgreSQL scan every speech with its links, once per facet part that reads this filter.
        links = LEADER_LINK_MODELS[model].objects.filter(leader__in=filters["leader"]).values("page")
        by_leader = Q(id__in=links)
        if model is SpeechPage:
            by_leader |= Q(speaker__in=filters["leader"])
        pages = pages.filter(by_leader)
    if "region" in filters:
        pages = pages.filter(regions__in=filters["region"])
    if "topic" in filters:
        pages = pages.filter(topics__in=filters["topic"])
    if "date_from" in filters:
        pages = pages.filter(event_date__gte=filters["date_from"])
    if "date_to" in filters:
        pages = pages.filter(event_date__lte=filters["date_to"])
    return pages.distinct()


def filtered_pages(model, locale, filters, within=None):
    """Return the visible pages of `model` that pass `filters`, optionally within the given ids."""
    pages = visible_pages(model, locale)
    if within is not None:
        pages = pages.filter(id__in=list(within))
    return apply_filters(pages, model, filters)


def filtered_ids(models, locale, filters, within=None):
    """Return {page id: ListedPage} for the visible pages of `models` that pass `filters`.

    One query for all models: a UNION ALL of one part per model, each tagged with its type name.
    """
    parts = [
        filtered_pages(model, locale, filters, within)
        .order_by()
        .values_list("id", Value(TYPE_BY_MODEL[model], output_field=CharField()), "event_date")
        for model in models
    ]
    rows = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    return {page_id: ListedPage(MODELS_BY_TYPE[kind], event_date) for page_id, kind, event_date in rows}


def ids_by_model(ids, listed):
    """Return {model: [ids]} for those of `ids` that are in `listed`, in the order of `ids`."""
    grouped = {}
    for page_id in ids:
        if page_id in listed:
            grouped.setdefault(listed[page_id].model, []).append(page_id)
    return grouped


def specific_pages(ids, listed):
    """Return the specific pages for those of `ids` that are in `listed`, in the order of `ids`.

    `listed` maps each id to its ListedPage, so each model present costs one query and no
    content type lookup is needed.
    """
    by_id = {}
    for model, model_ids in ids_by_model(ids, listed).items():
        by_id.update((page.pk, page) for page in model.objects.filter(id__in=model_ids))
    return [by_id[page_id] for page_id in ids if page_id in by_id]


def content_type_for(model):
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(model)
