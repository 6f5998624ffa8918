"""Activity stories (narasi kegiatan) and the index page that lists them."""

from django.db import models
from django.db.models import F, Prefetch, Q, prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from api.fields import ACTIVITY_API_FIELDS
from core.blocks import StoryBodyBlock, photo_instances_in_stream, photos_in_stream
from translation.models import prefetch_photo_texts
from core.models import EventIndexPage, EventPage
from core.visibility import public_only


RELATED_COUNT = 3


class ActivityIndexPage(EventIndexPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["activities.ActivityPage"]

    class Meta:
        verbose_name = _("activity index page")

    @property
    def child_model(self):
        return ActivityPage

    @staticmethod
    def filter_by_leader(entries, leader):
        return entries.filter(pk__in=ActivityLeader.objects.filter(leader=leader).values("page_id"))


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
        """Return the leader links with their pages, from the prefetch of get_context when there was one."""
        if "leader_links" in getattr(self, "_prefetched_objects_cache", {}):
            return self.leader_links.all()
        return self.leader_links.select_related("leader")

    def leaders(self):
        return [link.leader for link in self.leaders_present()]

    def photos(self):
        """Return the photos of the body in reading order, with renditions and texts fetched in bulk.

        The same photo may appear in several blocks as separate objects, so the prefetch
        covers every object the templates will render.
        """
        instances = photo_instances_in_stream(self.body)
        prefetch_related_objects(instances, "renditions")
        prefetch_photo_texts(instances)
        return photos_in_stream(self.body)

    def related_stories(self, leader_ids, topic_ids, limit=RELATED_COUNT):
        """Return the newest other live stories that share a leader or a topic with this one."""
        if not leader_ids and not topic_ids:
            return []
        # Subqueries, not joins: a join repeats a story once per shared link, and removing the
        # repeats with DISTINCT makes the database compare whole rows, bodies included.
        with_leader = ActivityLeader.objects.filter(leader__in=leader_ids).values("page_id")
        with_topic = ActivityPage.topics.through.objects.filter(topic__in=topic_ids).values("activitypage_id")
        shared = Q(pk__in=with_leader) | Q(pk__in=with_topic)
        candidates = public_only(ActivityPage.objects.filter(shared)).exclude(pk=self.pk)
        newest = candidates.order_by(F("event_date").desc(nulls_last=True), "-first_published_at")
        return list(newest.select_related("locale")[:limit])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prefetch_related_objects(
            [self], Prefetch("leader_links", queryset=ActivityLeader.objects.select_related("leader"))
        )
        links = list(self.leaders_present())
        context["leader_links"] = links
        context["photos"] = self.photos()
        context["related_stories"] = self.related_stories(
            [link.leader_id for link in links], [topic.pk for topic in context["topics"]]
        )
        return context


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
