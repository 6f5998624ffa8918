"""Filter backends for the pages endpoint: leader, event date range and locale.

Each backend validates its parameter and raises BadRequestError (a 400 with a message)
for a value it cannot use, before any query runs.
"""

from django.db.models import Q
from django.utils.translation import gettext as _
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Locale, Page

from .parameters import parse_date, parse_positive_integer


def require_entry_queryset(queryset, parameter):
    """Reject a filter on event fields when the `type` parameter selected leader pages."""
    from activities.models import ActivityPage
    from speeches.models import SpeechPage

    if queryset.model not in (Page, ActivityPage, SpeechPage):
        raise BadRequestError(
            _("%(name)s applies only to activity stories and speeches, not to %(type)s.")
            % {"name": parameter, "type": queryset.model._meta.label}
        )


def entry_ids_with_leader(translation_key):
    """Q for activities and speeches that name the leader, in any of the leader's translations."""
    from activities.models import ActivityLeader
    from speeches.models import SpeechLeader, SpeechPage

    activities = ActivityLeader.objects.filter(leader__translation_key=translation_key).values("page_id")
    speeches_present = SpeechLeader.objects.filter(leader__translation_key=translation_key).values("page_id")
    speeches_given = SpeechPage.objects.filter(speaker__translation_key=translation_key).values("pk")
    return Q(pk__in=activities) | Q(pk__in=speeches_present) | Q(pk__in=speeches_given)


class LeaderFilter(BaseFilterBackend):
    """?leader=<id>: activities and speeches of one leader, given by the id of any of its leader pages."""

    def filter_queryset(self, request, queryset, view):
        from leaders.models import LeaderPage

        text = request.GET.get("leader")
        if text is None:
            return queryset
        leader_id = parse_positive_integer("leader", text)
        require_entry_queryset(queryset, "leader")
        leader = LeaderPage.objects.live().public().filter(pk=leader_id).first()
        if leader is None:
            raise BadRequestError(_("leader: no published leader page has the id %(id)d.") % {"id": leader_id})
        return queryset.filter(entry_ids_with_leader(leader.translation_key))


class EventDateFilter(BaseFilterBackend):
    """?event_date_from= and ?event_date_to=: an inclusive range of event dates in WITA."""

    def filter_queryset(self, request, queryset, view):
        start_text = request.GET.get("event_date_from")
        end_text = request.GET.get("event_date_to")
        if start_text is None and end_text is None:
            return queryset

        require_entry_queryset(queryset, "event_date_from" if start_text is not None else "event_date_to")
        start = parse_date("event_date_from", start_text) if start_text is not None else None
        end = parse_date("event_date_to", end_text) if end_text is not None else None
        if start and end and end < start:
            raise BadRequestError(_("event_date_to must not come before event_date_from."))

        return queryset.filter(self.date_condition(queryset.model, start, end))

    @staticmethod
    def date_condition(model, start, end):
        # A Page queryset mixes types, so the dates are reached through each entry type's table.
        prefixes = ["activitypage__", "speechpage__"] if model is Page else [""]
        condition = Q()
        for prefix in prefixes:
            bounds = {}
            if start:
                bounds[f"{prefix}event_date__gte"] = start
            if end:
                bounds[f"{prefix}event_date__lte"] = end
            condition |= Q(**bounds)
        return condition


class KnownLocaleFilter(BaseFilterBackend):
    """?locale=id or ?locale=en; an unknown language code is a 400, not an empty 404."""

    def filter_queryset(self, request, queryset, view):
        code = request.GET.get("locale")
        if code is None:
            return queryset
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            codes = ", ".join(Locale.objects.order_by("language_code").values_list("language_code", flat=True))
            raise BadRequestError(
                _("locale must be one of %(codes)s, not '%(value)s'.") % {"codes": codes, "value": code[:20]}
            )
        return queryset.filter(locale=locale)
