"""Public, read-only endpoints: pages (stories, speeches, leaders) and the photos they show."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models import CharField
from django.db.models.functions import Cast
from django.utils.translation import gettext as _
from wagtail.api.querysets import get_public_pages_queryset
from wagtail.api.v2.filters import (
    AncestorOfFilter,
    ChildOfFilter,
    DescendantOfFilter,
    FieldsFilter,
    OrderingFilter,
    SearchFilter,
    TranslationOfFilter,
)
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, ReferenceIndex

from .filters import EventDateFilter, KnownLocaleFilter, LeaderFilter
from .parameters import check_offset, reject_unsafe_values

PUBLIC_PAGE_TYPES = ("activities.ActivityPage", "speeches.SpeechPage", "leaders.LeaderPage")


class ValidatedParametersMixin:
    """Turn bad query values into 400 responses with a message instead of database errors."""

    def check_query_parameters(self, queryset):
        reject_unsafe_values(self.request.GET)
        check_offset(self.request.GET)
        super().check_query_parameters(queryset)

    def filter_queryset(self, queryset):
        try:
            return super().filter_queryset(queryset)
        except (ValidationError, ValueError) as error:
            # Django raises ValidationError while building a filter on, e.g., a date field.
            message = " ".join(getattr(error, "messages", [str(error)]))
            raise BadRequestError(_("A filter value is not valid: %(error)s") % {"error": message}) from error


def public_page_models():
    from django.apps import apps

    return [apps.get_model(label) for label in PUBLIC_PAGE_TYPES]


class PublicPagesAPIViewSet(ValidatedParametersMixin, PagesAPIViewSet):
    """Live, public activity stories, speeches and leader pages of every locale."""

    filter_backends = [
        FieldsFilter,
        ChildOfFilter,
        AncestorOfFilter,
        DescendantOfFilter,
        LeaderFilter,
        EventDateFilter,
        OrderingFilter,
        TranslationOfFilter,
        KnownLocaleFilter,
        SearchFilter,  # last, because search results cannot be filtered further
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(
        ["leader", "event_date_from", "event_date_to"]
    )

    def get_queryset(self):
        self.check_type_parameter()
        queryset = super().get_queryset()
        if queryset.model is Page:
            queryset = queryset.type(*public_page_models())
        # Every listed item shows its locale; joining it avoids one query per item.
        return queryset.select_related("locale")

    def check_type_parameter(self):
        requested = self.request.GET.get("type")
        if requested is None:
            return
        allowed = {label.lower() for label in PUBLIC_PAGE_TYPES}
        unknown = [name for name in requested.split(",") if name.strip().lower() not in allowed]
        if unknown:
            raise BadRequestError(
                _("type must be one or more of %(types)s, not '%(value)s'.")
                % {"types": ", ".join(PUBLIC_PAGE_TYPES), "value": requested[:100]}
            )


class PublicPhotosAPIViewSet(ValidatedParametersMixin, ImagesAPIViewSet):
    """Photos shown on at least one live, public page, with caption and credit.

    Photos of a draft or an embargoed story stay out until the story is published: the
    reference index records which page uses which photo (Wagtail updates it when a page is
    saved), and only references from live, public pages count.
    """

    # Tags cost one query per photo (taggit's names() ignores prefetching), so listings leave
    # them out unless asked for with ?fields=tags.
    listing_default_fields = [
        name for name in ImagesAPIViewSet.listing_default_fields if name != "tags"
    ] + ["caption", "credit"]
    nested_default_fields = ImagesAPIViewSet.nested_default_fields + ["caption", "credit"]

    def get_queryset(self):
        queryset = super().get_queryset()
        live_page_ids = (
            get_public_pages_queryset(self.request)
            .annotate(id_text=Cast("pk", CharField()))
            .values("id_text")
        )
        used_photo_ids = ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=live_page_ids,
            to_content_type=ContentType.objects.get_for_model(queryset.model),
        ).values("to_object_id")
        return queryset.annotate(id_text=Cast("pk", CharField())).filter(id_text__in=used_photo_ids)
