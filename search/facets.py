"""Facet counts turned into links that a template can list: label, count, parameter value."""

from dataclasses import dataclass

from django.db.models import CharField, Value
from django.utils.translation import gettext_lazy as _

from leaders.models import LeaderPage
from regions.models import Region
from topics.models import Topic

from .forms import TYPE_ACTIVITY, TYPE_SPEECH

FACET_TITLES = {
    "type": _("Content type"),
    "leader": _("Leader"),
    "year": _("Year"),
    "region": _("Region"),
    "topic": _("Topic"),
}
TYPE_LABELS = {TYPE_ACTIVITY: _("Activity stories"), TYPE_SPEECH: _("Speeches")}
MAX_OPTIONS = 15


@dataclass
class FacetOption:
    label: str
    value: str
    count: int
    selected: bool


def label_rows(name, keys):
    """Return a query of (facet name, key, label, slug) rows for the counted keys of one facet."""
    model = {"leader": LeaderPage, "region": Region, "topic": Topic}[name]
    label_field = "title" if model is LeaderPage else "name"
    rows = model.objects.filter(pk__in=list(keys)).order_by()
    return rows.values_list(Value(name, output_field=CharField()), "pk", label_field, "slug")


def facet_labels(facets):
    """Return {facet name: {key: (label, parameter value)}} for the counted keys of every facet.

    Leaders, regions and topics are read in one query, a UNION ALL of one part per facet.
    """
    labels = {name: {} for name in facets}
    if facets.get("type"):
        labels["type"] = {key: (TYPE_LABELS[key], key) for key in facets["type"]}
    if facets.get("year"):
        labels["year"] = {key: (str(key), str(key)) for key in facets["year"]}

    parts = [label_rows(name, facets[name].keys()) for name in ("leader", "region", "topic") if facets.get(name)]
    if parts:
        for name, pk, label, slug in parts[0].union(*parts[1:], all=True):
            labels[name][pk] = (label, slug)
    return labels


def describe_facets(facets, values):
    """Return [(title, name, [FacetOption])], most frequent first, years newest first."""
    described = []
    all_labels = facet_labels(facets)
    for name, title in FACET_TITLES.items():
        counts = facets.get(name)
        if not counts:
            continue
        labels = all_labels[name]
        selected = str(values.get(name) or "")
        options = [
            FacetOption(label=labels[key][0], value=labels[key][1], count=count, selected=labels[key][1] == selected)
            for key, count in counts.items()
            if key in labels
        ]
        if name == "year":
            options.sort(key=lambda option: option.value, reverse=True)
        else:
            options.sort(key=lambda option: (-option.count, option.label))
        described.append((title, name, options[:MAX_OPTIONS]))
    return described
