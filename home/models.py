"""The home page: latest activities and speeches, and who holds each office today."""

from django.db.models import F
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from core.dates import local_today
from core.localized import in_locale
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
        """Return (office, terms) pairs for the offices held today in WITA, in this page's language.

        Each term's `office_in_locale` and `leader_in_locale` are the translations of its office
        and leader page in the home page's locale where they exist.
        """
        from leaders.models import LeaderPage, Term

        today = local_today()
        terms = list(Term.objects.covering(today).filter(leader__live=True).select_related("office", "leader"))
        offices = in_locale({term.office for term in terms}, self.locale_id)
        leaders = in_locale({term.leader for term in terms}, self.locale_id, public_only(LeaderPage.objects.all()))
        by_office = {}
        for term in terms:
            term.office_in_locale = offices[term.office_id]
            term.leader_in_locale = leaders[term.leader_id]
            by_office.setdefault(term.office_id, []).append(term)
        ranked = sorted(by_office.values(), key=lambda group: group[0].office.rank)
        return [(group[0].office_in_locale, group) for group in ranked]

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
