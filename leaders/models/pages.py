from django.conf import settings
from django.db import models
from django.db.models import prefetch_related_objects
from django.db.models import F
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from api.fields import CHANNEL_API_FIELDS, LEADER_API_FIELDS
from core.localized import in_locale
from core.models import BasePage, SpecificChildRoutingMixin
from core.visibility import public_only


class LeaderIndexPage(SpecificChildRoutingMixin, BasePage):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["leaders.LeaderPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("leader index page")

    def child_route_model(self):
        return LeaderPage

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["leaders"] = public_only(LeaderPage.objects.child_of(self)).order_by("title")
        return context


class LeaderPage(BasePage):
    """A person who holds or held a provincial leadership office."""

    full_name = models.CharField(
        _("full name with titles"),
        max_length=255,
        blank=True,
        help_text=_("As written in official documents, e.g. 'Dr. H. Rudy Mas'ud, S.E., M.E.'. The page title is the short name."),
    )
    name_variants = models.CharField(
        _("other spellings"),
        max_length=255,
        blank=True,
        help_text=_("Comma-separated spellings and nicknames found in texts, e.g. 'Rudi Mas'ud, Harum'. Used by the import and search."),
    )
    portrait = models.ForeignKey(
        "photos.Photo",
        verbose_name=_("portrait"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    biography = RichTextField(_("biography"), blank=True, features=["bold", "italic", "link", "ol", "ul", "h2", "h3"])

    search_fields = BasePage.search_fields + [
        index.SearchField("full_name"),
        index.SearchField("name_variants"),
        index.SearchField("biography"),
        index.AutocompleteField("full_name"),
    ]

    content_panels = BasePage.content_panels + [
        FieldPanel("full_name"),
        FieldPanel("name_variants"),
        FieldPanel("portrait"),
        FieldPanel("biography"),
        InlinePanel("channels", label=_("official channels")),
    ]
    parent_page_types = ["leaders.LeaderIndexPage"]
    subpage_types = []
    api_fields = LEADER_API_FIELDS

    class Meta:
        verbose_name = _("leader page")
        verbose_name_plural = _("leader pages")

    def name_variant_list(self):
        return [name.strip() for name in self.name_variants.split(",") if name.strip()]

    def source_page(self):
        """Return the page in the default locale, which owns the terms of office.

        The page, its metadata and the API all need it, so it is looked up once per object.
        """
        if not hasattr(self, "_source_page"):
            translations = LeaderPage.objects.filter(translation_key=self.translation_key)
            source = translations.filter(locale__language_code=settings.LANGUAGE_CODE).first()
            self._source_page = self if source is None or source.pk == self.pk else source
        return self._source_page

    # Not named `terms`: Term.leader's reverse accessor of that name replaces any method of it.
    def terms_of_office(self):
        """Return the source page's terms with their offices, newest first, read once per object."""
        if not hasattr(self, "_terms_of_office"):
            terms = self.source_page().terms.select_related("office")
            terms = list(terms.order_by(F("start_bound").desc(nulls_last=True)))
            offices = in_locale({term.office for term in terms}, self.locale_id)
            for term in terms:
                term.office_in_locale = offices[term.office_id]
            self._terms_of_office = terms
        return self._terms_of_office

    def current_terms(self, date):
        """Return the terms that may have run on `date`, like Term.objects.covering, without a query."""
        terms = [term for term in self.terms_of_office() if term.covers(date)]
        return sorted(terms, key=lambda term: term.kind)

    def get_context(self, request, *args, **kwargs):
        from .archive import leader_archive

        context = super().get_context(request, *args, **kwargs)
        prefetch_related_objects([self], "channels")
        context["terms"] = self.terms_of_office()
        context["channels"] = list(self.channels.all())
        context["archive"] = leader_archive(self.source_page())
        return context


class LeaderChannel(Orderable):
    page = ParentalKey(LeaderPage, on_delete=models.CASCADE, related_name="channels")
    label = models.CharField(_("label"), max_length=80, help_text=_("e.g. 'Instagram', 'Official website'."))
    url = models.URLField(_("address"), max_length=500)

    panels = [FieldPanel("label"), FieldPanel("url")]
    api_fields = CHANNEL_API_FIELDS

    class Meta(Orderable.Meta):
        verbose_name = _("official channel")
        verbose_name_plural = _("official channels")
