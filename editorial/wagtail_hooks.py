"""Wagtail admin hooks: editorial URLs, buttons, report, log actions and the delete/move/publish guards."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.log_actions import LogFormatter

from . import views
from .changes import MARK_LOG_ACTION, is_story_or_speech, pending_change_note
from .models import ChangeKind
from .roles import ADMINISTRATORS, APPROVERS, can_mark_change, can_withdraw, in_group, is_administrator
from .withdrawals import REINSTATE_LOG_ACTION, WITHDRAW_LOG_ACTION

app_name = "editorial"
urlpatterns = [
    path("withdraw/<int:page_id>/", views.withdraw, name="withdraw"),
    path("mark-change/<int:page_id>/", views.mark, name="mark_change"),
    path("reports/approvals/", views.ApprovalsReportView.as_view(), name="approvals_report"),
    path(
        "reports/approvals/results/",
        views.ApprovalsReportView.as_view(results_only=True),
        name="approvals_report_results",
    ),
]


@hooks.register("register_admin_urls")
def register_editorial_urls():
    return [path("editorial/", include((urlpatterns, app_name), namespace=app_name))]


class WithdrawButton(PageMenuItem):
    label = gettext_lazy("Withdraw")
    icon_name = "warning"
    url_name = "editorial:withdraw"
    priority = 62

    def is_shown(self, user):
        return can_withdraw(user, self.page)


class MarkChangeButton(PageMenuItem):
    label = gettext_lazy("Mark change")
    icon_name = "edit"
    url_name = "editorial:mark_change"
    priority = 64

    def is_shown(self, user):
        page = self.page.specific_deferred
        return page.live and page.has_unpublished_changes and is_story_or_speech(page) and can_mark_change(user, page)


@hooks.register("register_page_header_buttons")
def editorial_header_buttons(page, user, view_name, next_url=None):
    yield WithdrawButton(page=page)
    yield MarkChangeButton(page=page)


@hooks.register("register_page_listing_more_buttons")
def editorial_listing_more_buttons(page, user, next_url=None):
    yield WithdrawButton(page=page)


def _is_delete_or_move(button):
    url = getattr(button, "url", None) or ""
    return "/delete/" in url or "/move/" in url


@hooks.register("construct_page_listing_buttons")
def hide_delete_and_move(buttons, page, user, context=None):
    """Hide the delete and move buttons, which the hooks below reject for everyone but administrators."""
    if is_administrator(user):
        return

    buttons[:] = [button for button in buttons if not _is_delete_or_move(button)]
    for button in buttons:
        # The "more" dropdown builds its list once (a cached property), so filtering it in place sticks.
        if hasattr(button, "dropdown_buttons"):
            button.dropdown_buttons[:] = [item for item in button.dropdown_buttons if not _is_delete_or_move(item)]


class ApprovalsReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser or in_group(request.user, APPROVERS, ADMINISTRATORS)


@hooks.register("register_reports_menu_item")
def register_approvals_report_menu_item():
    return ApprovalsReportMenuItem(
        gettext_lazy("Approvals per person and month"),
        reverse("editorial:approvals_report"),
        name="approvals-per-month",
        icon_name="tick",
        order=850,
    )


class WithdrawalLogFormatter(LogFormatter):
    label = gettext_lazy("Withdraw")

    def format_message(self, log_entry):
        return _("Withdrawn with a public notice. Reason: %(reason)s") % {"reason": log_entry.data.get("reason", "")}


class ChangeMarkLogFormatter(LogFormatter):
    label = gettext_lazy("Mark change")

    def format_message(self, log_entry):
        if log_entry.data.get("kind") == ChangeKind.CORRECTION:
            return _("Change marked as a correction. Note: %(note)s") % {"note": log_entry.data.get("note", "")}
        return _("Change marked as a minor fix")


@hooks.register("register_log_actions")
def register_editorial_log_actions(actions):
    actions.register_action(WITHDRAW_LOG_ACTION)(WithdrawalLogFormatter)
    actions.register_action(REINSTATE_LOG_ACTION, gettext_lazy("Reinstate"), gettext_lazy("Withdrawal lifted on republication"))
    actions.register_action(MARK_LOG_ACTION)(ChangeMarkLogFormatter)


def _deny_unless_administrator(request):
    if not is_administrator(request.user):
        raise PermissionDenied


# Deletion is refused to non-administrators by operations.wagtail_hooks, which also logs it.


@hooks.register("before_move_page")
def only_administrators_move(request, page, destination):
    # A move changes the public address that readers and citations use, so it is an administrator's decision.
    _deny_unless_administrator(request)


@hooks.register("before_bulk_action")
def only_administrators_bulk_move(request, action_type, objects, action_class_instance):
    if action_type == "move":
        _deny_unless_administrator(request)


@hooks.register("before_edit_page")
def keep_unmarked_republication_as_draft(request, page):
    """Turn a direct publish of an unmarked change to a live story or speech into a draft save.

    The change must be marked as a correction or a minor fix first; the editor's work is
    kept as a draft revision so nothing is lost, and a warning message names the next step.
    """
    if request.method != "POST" or not request.POST.get("action-publish"):
        return None
    if not (page.live and is_story_or_speech(page)) or pending_change_note(page) is not None:
        return None

    request.POST = request.POST.copy()
    del request.POST["action-publish"]
    messages.warning(
        request,
        _(
            "Saved as a draft, not published: a change to a published story or speech is first marked "
            "as a correction or a minor fix (\"Mark change\" in the page's menu)."
        ),
    )
    return None


@hooks.register("before_edit_page")
def restart_resubmission_at_first_step(request, page):
    """Make a resubmission after a send-back start the workflow again at its first step.

    Wagtail 8 resumes a sent-back workflow at the step that sent it back, so a change asked
    for by the approver would skip the editor's review. Cancelling the old workflow state
    here makes the editor view start a new one from the editor's review.
    """
    if request.method != "POST" or not request.POST.get("action-submit"):
        return None

    state = page.current_workflow_state
    if state is not None and state.status == state.STATUS_NEEDS_CHANGES:
        state.cancel(user=request.user)
    return None
