"""Speeches (sambutan, pidato, amanat) kept as numbered, citable paragraphs."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from api.fields import SPEECH_API_FIELDS
from core.blocks import SpeechTextBlock
from core.models import EventIndexPage, EventPage


class SpeechIndexPage(EventIndexPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["speeches.SpeechPage"]

    class Meta:
        verbose_name = _("speech index page")

    @property
    def child_model(self):
        return SpeechPage

    @staticmethod
    def filter_by_leader(entries, leader):
        listed = SpeechLeader.objects.filter(leader=leader).values("page_id")
        return entries.filter(Q(speaker=leader) | Q(pk__in=listed))


class TextKind(models.TextChoices):
    TRANSCRIPT = "transcript", _("Transcript as delivered")
    PREPARED = "prepared", _("Prepared text")
    SUMMARY = "summary", _("Summary")


class SpeechPage(EventPage):
    speaker = models.ForeignKey(
        "leaders.LeaderPage",
        verbose_name=_("speaker"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="speeches",
    )
    speaker_role = models.CharField(
        _("speaker's role as written"),
        max_length=255,
        blank=True,
        help_text=_("e.g. 'Gubernur Kaltim', or 'Inspektur upacara' when reading a minister's address."),
    )
    event_name = models.CharField(
        _("event"),
        max_length=255,
        blank=True,
        help_text=_("The occasion, e.g. 'Upacara Peringatan Hari Pahlawan 2025'."),
    )
    text_kind = models.CharField(_("kind of text"), max_length=20, choices=TextKind.choices, default=TextKind.TRANSCRIPT)
    text = StreamField(
        SpeechTextBlock(),
        verbose_name=_("text"),
        blank=True,
        help_text=_("One block per paragraph. Paragraphs are numbered on the page and can be linked one by one."),
    )
    video = models.URLField(_("video address"), max_length=500, blank=True)
    media = models.ForeignKey(
        "wagtailmedia.Media",
        verbose_name=_("video or audio file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    original_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("original document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    search_fields = EventPage.search_fields + [
        index.SearchField("text"),
        index.SearchField("event_name"),
        index.RelatedFields("speaker", [index.SearchField("title")]),
        index.FilterField("speaker"),
        index.FilterField("locale_id"),
    ]

    content_panels = EventPage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("speaker"), FieldPanel("speaker_role"), FieldPanel("event_name"), FieldPanel("text_kind")],
            heading=_("Speaker and occasion"),
        ),
        *EventPage.event_panels,
        InlinePanel("leader_links", label=_("other leaders present")),
        FieldPanel("topics"),
        FieldPanel("text"),
        MultiFieldPanel(
            [FieldPanel("video"), FieldPanel("media"), FieldPanel("original_document")],
            heading=_("Recording and original"),
        ),
    ]
    parent_page_types = ["speeches.SpeechIndexPage"]
    subpage_types = []
    api_fields = SPEECH_API_FIELDS

    class Meta:
        verbose_name = _("speech")
        verbose_name_plural = _("speeches")

    def numbered_blocks(self):
        """Yield (number, block) for the text, numbering paragraphs only, from 1."""
        number = 0
        for block in self.text:
            if block.block_type == "paragraph":
                number += 1
                yield number, block
            else:
                yield None, block

    def leaders_present(self):
        """Return the links of other leaders present, with their pages fetched in the same query."""
        return self.leader_links.select_related("leader")

    def leaders(self):
        present = [link.leader for link in self.leaders_present()]
        return ([self.speaker] if self.speaker else []) + present

    def get_context(self, request, *args, **kwargs):
        from .citation import build_citations

        context = super().get_context(request, *args, **kwargs)
        context["leader_links"] = list(self.leader_links.all().select_related("leader"))
        context["permalink"] = self.get_full_url(request) or ""
        context["citations"] = build_citations(self, context["permalink"], context["regions"])
        return context


class SpeechLeader(Orderable):
    """Another leader present when the speech was given, with the role the text gives them."""

    page = ParentalKey(SpeechPage, on_delete=models.CASCADE, related_name="leader_links")
    leader = models.ForeignKey(
        "leaders.LeaderPage",
        verbose_name=_("leader"),
        on_delete=models.CASCADE,
        related_name="speech_links",
    )
    role_as_written = models.CharField(_("role as written"), max_length=255, blank=True)

    panels = [FieldPanel("leader"), FieldPanel("role_as_written")]

    class Meta(Orderable.Meta):
        verbose_name = _("leader present")
        verbose_name_plural = _("leaders present")
