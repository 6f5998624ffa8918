"""Facet counts turned into links that a template can list: label, count, parameter value."""

from dataclasses import dataclass

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


def labels_for(name, keys):
    """Return {key: (label, parameter value)} for the counted keys of one facet."""
    if name == "type":
        return {key: (TYPE_LABELS[key], key) for key in keys}
    if name == "year":
        return {key: (str(key), str(key)) for key in keys}
    model = {"leader": LeaderPage, "region": Region, "topic": Topic}[name]
    label_field = "title" if model is LeaderPage else "name"
    rows = model.objects.filter(pk__in=list(keys)).values_list("pk", label_field, "slug")
    return {pk: (label, slug) for pk, label, slug in rows}


def describe_facets(facets, values):
    """Return [(title, name, [FacetOption])], most frequent first, years newest first."""
    described = []
    for name, title in FACET_TITLES.items():
        counts = facets.get(name)
        if not counts:
            continue
        labels = labels_for(name, counts.keys())
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
