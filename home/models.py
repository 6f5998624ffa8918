"""The home page: latest activities and speeches, and who holds each office today."""

from django.db.models import F
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from core.dates import local_today
from core.models import BasePage, MixedChildRoutingMixin
from core.visibility import public_only

LATEST_COUNT = 6


class HomePage(MixedChildRoutingMixin, BasePage):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def latest(self, model):
        return (
            public_only(model.objects.descendant_of(self))
            .select_related("locale")
            .order_by(F("event_date").desc(nulls_last=True), "-first_published_at")[:LATEST_COUNT]
        )

    def current_office_holders(self):
        """Return (office, terms) pairs for the offices held today in WITA."""
        from leaders.models import Office, Term

        today = local_today()
        terms = list(Term.objects.covering(today).filter(leader__live=True).select_related("office", "leader"))
        by_office = {}
        for term in terms:
            by_office.setdefault(term.office_id, []).append(term)
        offices = Office.objects.filter(pk__in=by_office).order_by("rank")
        return [(office, by_office[office.pk]) for office in offices]

    def get_context(self, request, *args, **kwargs):
        from activities.models import ActivityPage
        from speeches.models import SpeechPage

        context = super().get_context(request, *args, **kwargs)
        context["latest_activities"] = self.latest(ActivityPage)
        context["latest_speeches"] = self.latest(SpeechPage)
        context["office_holders"] = self.current_office_holders()
        context["index_pages"] = self.index_pages()
        return context

    def index_pages(self):
        """Return the live child index pages by model name, for the "see all" links."""
        children = public_only(self.get_children()).select_related("content_type")
        return {child.content_type.model: child for child in children}
