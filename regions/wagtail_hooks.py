from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Region


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    menu_label = _("Regions")
    list_display = ["name", "kind", "in_province"]
    list_filter = ["kind", "in_province"]
    search_fields = ["name", "aliases"]


register_snippet(RegionViewSet)
