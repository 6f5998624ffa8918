"""Admin guards: only administrators (superusers and the Administrator group) delete pages and their revisions.

Wagtail keeps every revision when a page is edited, published or unpublished; revisions
disappear only when their page is deleted or when `purge_revisions` runs. Both paths are
closed to editors here or need shell access, and Wagtail's audit log records each page
deletion with the user (action "wagtail.delete").
"""

import logging

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page

from editorial.roles import is_administrator

from . import two_factor

logger = logging.getLogger("potret.audit")

DELETE_REFUSED_MESSAGE = _("Only an administrator can delete pages, because deleting a page also deletes all its revisions.")


def _refuse_delete(request, page_ids):
    logger.warning(
        "Page deletion refused user_id=%s page_ids=%s",
        request.user.pk,
        ",".join(str(page_id) for page_id in page_ids),
        extra={"event": "delete_refused", "user_id": request.user.pk},
    )
    messages.error(request, DELETE_REFUSED_MESSAGE)


@hooks.register("before_delete_page")
def allow_page_deletion_only_to_administrators(request, page):
    if is_administrator(request.user):
        return None
    _refuse_delete(request, [page.pk])
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_bulk_action")
def allow_bulk_page_deletion_only_to_administrators(request, action_type, objects, action_class_instance):
    if action_type != "delete" or is_administrator(request.user):
        return None
    if not issubclass(action_class_instance.model, Page):
        return None
    _refuse_delete(request, [obj.pk for obj in objects])
    return redirect("wagtailadmin_explore_root")


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("2fa/verify/", two_factor.verify, name="two_factor_verify"),
        path("2fa/setup/", two_factor.setup, name="two_factor_setup"),
        path("2fa/disable/", two_factor.disable, name="two_factor_disable"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_menu_item(request):
    return {
        "url": reverse("two_factor_setup"),
        "label": _("Two-factor authentication"),
        "help_text": _("Require a code from an authenticator app after your password."),
    }
