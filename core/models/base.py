"""The abstract base page that every content page of the site extends.

What lives here: fields every page needs (listing summary, social image, the import
source address and the review flag). What does not: fields of one content type, which
stay in that type's app.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from core.visibility import view_restrictions_of


class BasePage(Page):
    listing_summary = models.TextField(
        _("listing summary"),
        blank=True,
        help_text=_("One or two sentences shown in lists and search results. Left empty, the start of the body is used."),
    )
    social_image = models.ForeignKey(
        "photos.Photo",
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on social media."),
    )
    source_url = models.URLField(
        _("source address"),
        max_length=1000,
        blank=True,
        db_index=True,
        help_text=_("Address of the original publication when the page was imported. The import matches pages by it."),
    )
    needs_review = models.BooleanField(
        _("needs review"),
        default=False,
        help_text=_("Set by the import when something is missing, e.g. the date; clear it once checked."),
    )
    review_note = models.CharField(_("review note"), max_length=255, blank=True)

    search_fields = Page.search_fields + [index.SearchField("listing_summary")]

    promote_panels = Page.promote_panels + [
        MultiFieldPanel(
            [FieldPanel("listing_summary"), FieldPanel("social_image")],
            heading=_("Listing and sharing"),
        ),
    ]
    settings_panels = Page.settings_panels + [
        MultiFieldPanel(
            [FieldPanel("source_url"), FieldPanel("needs_review"), FieldPanel("review_note")],
            heading=_("Source and review"),
        ),
    ]

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        return view_restrictions_of(self)
