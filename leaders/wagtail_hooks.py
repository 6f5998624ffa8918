"""Admin screens for offices and terms of office, grouped under one menu item."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Office, Term


class OfficeViewSet(SnippetViewSet):
    model = Office
    icon = "group"
    menu_label = _("Offices")
    list_display = ["name", "short_name", "rank"]
    search_fields = ["name", "short_name"]


class TermViewSet(SnippetViewSet):
    model = Term
    icon = "date"
    menu_label = _("Terms of office")
    list_display = ["leader", "office", "kind", "period_label"]
    list_filter = ["office", "kind"]
    ordering = ["office__rank", "-start_bound"]


class OfficeGroup(SnippetViewSetGroup):
    items = (OfficeViewSet, TermViewSet)
    menu_icon = "group"
    menu_label = _("Offices and terms")
    menu_name = "offices"


register_snippet(OfficeGroup)
