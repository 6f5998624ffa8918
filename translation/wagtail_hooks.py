"""Admin hooks: the translators' menu and queue, review submission, and the locale guard."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail.models import Locale, TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.models import Translation

from . import views
from .drafts import submit_translation
from .models import PhotoText
from .permissions import is_translator
from .views import report_submission

register_snippet(PhotoText)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("translation/", views.work_queue, name="translation_work_queue"),
        path("translation/pages/<int:page_id>/submit/", views.submit_for_review, name="translation_submit_for_review"),
    ]


class TranslationQueueMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtail_localize.submit_translation")


@hooks.register("register_admin_menu_item")
def register_work_queue_menu_item():
    return TranslationQueueMenuItem(
        gettext_lazy("Translation work"),
        reverse("translation_work_queue"),
        icon_name="wagtail-localize-language",
        order=250,
    )


def _enabled_translation(page):
    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()


@hooks.register("register_page_listing_more_buttons")
def submit_for_review_button(page, user, next_url=None):
    if page.locale_id == Locale.get_default().pk or not page.permissions_for_user(user).can_edit():
        return
    if _enabled_translation(page) is None:
        return
    yield Button(
        _("Submit translation for review"),
        reverse("translation_submit_for_review", args=[page.pk]),
        icon_name="tasks",
        priority=61,
    )


@hooks.register("before_edit_page", order=-1)
def publish_translation_through_workflow(request, page):
    """Turn the translation editor's "Publish" into a draft submitted to the page's workflow.

    Runs before wagtail-localize's own `before_edit_page` hook, which would publish at once.
    """
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = _enabled_translation(page)
    if translation is None:
        return None

    lock = page.get_lock()
    if lock is not None and lock.for_user(request.user):
        messages.error(request, lock.get_message(request.user))
        return redirect("wagtailadmin_pages:edit", page.pk)

    state = submit_translation(translation, user=request.user)
    report_submission(request, page, state)
    return redirect("wagtailadmin_pages:edit", page.pk)


def _reject_default_locale(request, instance):
    if isinstance(instance, TranslatableMixin) and is_translator(request.user) and instance.locale_id == Locale.get_default().pk:
        raise PermissionDenied(_("Translators may change only the English versions."))


@hooks.register("before_edit_snippet")
def guard_snippet_edit(request, instance):
    _reject_default_locale(request, instance)


@hooks.register("before_delete_snippet")
def guard_snippet_delete(request, instances):
    for instance in instances:
        _reject_default_locale(request, instance)


@hooks.register("before_create_snippet")
def guard_snippet_create(request, model):
    if not issubclass(model, TranslatableMixin) or not is_translator(request.user):
        return
    if request.GET.get("locale", Locale.get_default().language_code) == Locale.get_default().language_code:
        raise PermissionDenied(_("Translators may change only the English versions."))
