"""Activity stories (narasi kegiatan) and the index page that lists them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from api.fields import ACTIVITY_API_FIELDS
from core.blocks import StoryBodyBlock
from core.models import EventIndexPage, EventPage


class ActivityIndexPage(EventIndexPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["activities.ActivityPage"]

    class Meta:
        verbose_name = _("activity index page")

    @property
    def child_model(self):
        return ActivityPage

    def filter_by_leader(self, entries, leader):
        return entries.filter(leader_links__leader=leader)


class ActivityPage(EventPage):
    body = StreamField(StoryBodyBlock(), verbose_name=_("body"), blank=True)

    search_fields = EventPage.search_fields + [
        index.SearchField("body"),
        index.RelatedFields("leader_links", [index.RelatedFields("leader", [index.SearchField("title")])]),
        index.FilterField("locale_id"),
    ]

    content_panels = EventPage.content_panels + EventPage.event_panels + [
        InlinePanel("leader_links", label=_("leaders present"), min_num=0),
        FieldPanel("topics"),
        FieldPanel("body"),
    ]
    parent_page_types = ["activities.ActivityIndexPage"]
    subpage_types = []
    api_fields = ACTIVITY_API_FIELDS

    class Meta:
        verbose_name = _("activity story")
        verbose_name_plural = _("activity stories")

    def leaders_present(self):
        """Return the leader links with their pages fetched in the same query."""
        return self.leader_links.select_related("leader")

    def leaders(self):
        return [link.leader for link in self.leaders_present()]


class ActivityLeader(Orderable):
    """A leader present at an activity, with the role the story gives them."""

    page = ParentalKey(ActivityPage, on_delete=models.CASCADE, related_name="leader_links")
    leader = models.ForeignKey(
        "leaders.LeaderPage",
        verbose_name=_("leader"),
        on_delete=models.CASCADE,
        related_name="activity_links",
    )
    role_as_written = models.CharField(
        _("role as written"),
        max_length=255,
        blank=True,
        help_text=_("The role the text gives at that moment, e.g. 'Wakil Gubernur Kaltim' or 'Gubernur terpilih'."),
    )

    panels = [FieldPanel("leader"), FieldPanel("role_as_written")]

    class Meta(Orderable.Meta):
        verbose_name = _("leader present")
        verbose_name_plural = _("leaders present")
