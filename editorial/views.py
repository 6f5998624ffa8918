"""Admin views for withdrawing a page, marking a change, and the approvals report."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, TaskState

from core.dates import WITA

from .changes import mark_change, pending_change_note
from .forms import ChangeMarkForm, WithdrawalForm
from .models import EditorReviewTask
from .roles import ADMINISTRATORS, APPROVERS, can_mark_change, can_withdraw, in_group
from .withdrawals import withdraw_page


def _explore_url(page):
    return reverse("wagtailadmin_explore", args=(page.get_parent().pk,))


def withdraw(request, page_id):
    page = get_object_or_404(Page, id=page_id).specific
    if not can_withdraw(request.user, page):
        raise PermissionDenied

    form = WithdrawalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            withdraw_page(page, request.user, form.cleaned_data["reason"])
        except ValidationError as error:
            form.add_error("reason", error)
        else:
            messages.success(request, _("'%(title)s' was withdrawn. Its address now shows the notice.") % {"title": page.title})
            return redirect(_explore_url(page))

    context = {"page": page, "form": form, "translations": page.get_translations().live()}
    return TemplateResponse(request, "editorial/admin/withdraw.html", context)


def _review_task_state(page, user):
    """Return the in-progress editor review task state of `page` that `user` may act on, or None."""
    state = page.current_workflow_task_state
    if state is None:
        return None
    task = state.task.specific
    if not isinstance(task, EditorReviewTask) or not task.get_actions(page, user):
        return None
    return state


def mark(request, page_id):
    page = get_object_or_404(Page, id=page_id).specific
    if not can_mark_change(request.user, page):
        raise PermissionDenied

    pending = pending_change_note(page)
    initial = {"kind": pending.kind, "note": pending.note} if pending else {}
    form = ChangeMarkForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            mark_change(page, request.user, data["kind"], data["note"])
        except ValidationError as error:
            form.add_error("note" if error.code == "note" else None, error)
        else:
            return _after_mark(request, page, data["comment"])

    context = {"page": page, "form": form, "task_state": _review_task_state(page, request.user)}
    return TemplateResponse(request, "editorial/admin/mark_change.html", context)


def _after_mark(request, page, comment):
    task_state = _review_task_state(page, request.user)
    if task_state is None:
        messages.success(request, _("The change to '%(title)s' is marked.") % {"title": page.title})
        return redirect("wagtailadmin_pages:edit", page.pk)

    # Pass the review step through the task itself, so Wagtail logs it and starts the next step.
    task_state.task.specific.on_action(task_state, request.user, "approve", comment=comment)
    messages.success(
        request, _("The change to '%(title)s' is marked and passed to the next step.") % {"title": page.title}
    )
    return redirect("wagtailadmin_explore", page.get_parent().pk)


def _person_label(row):
    full_name = f"{row['finished_by__first_name']} {row['finished_by__last_name']}".strip()
    return full_name or row["finished_by__username"]


def _month_label(row):
    return row["month"].astimezone(WITA).strftime("%Y-%m")


class PersonColumn(Column):
    def get_value(self, instance):
        return _person_label(instance)


class MonthColumn(Column):
    def get_value(self, instance):
        return _month_label(instance)


class ApprovalsReportView(ReportView):
    """Approvals per person and month: how many workflow steps each reviewer passed, by step."""

    page_title = gettext_lazy("Approvals per person and month")
    header_icon = "tick"
    index_url_name = "editorial:approvals_report"
    index_results_url_name = "editorial:approvals_report_results"
    paginate_by = 100
    columns = [
        MonthColumn("month_label", label=gettext_lazy("Month")),
        PersonColumn("person", label=gettext_lazy("Person")),
        Column("task__name", label=gettext_lazy("Step")),
        Column("approvals", label=gettext_lazy("Approvals")),
    ]
    list_export = ["month_label", "person", "task__name", "approvals"]
    export_headings = {
        "month_label": gettext_lazy("Month"),
        "person": gettext_lazy("Person"),
        "task__name": gettext_lazy("Step"),
        "approvals": gettext_lazy("Approvals"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not (request.user.is_superuser or in_group(request.user, APPROVERS, ADMINISTRATORS)):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def user_has_permission(self, permission):
        return True

    def get_filename(self):
        return "persetujuan-per-bulan"

    def get_queryset(self):
        return (
            TaskState.objects.filter(status=TaskState.STATUS_APPROVED, finished_by__isnull=False)
            .annotate(month=TruncMonth("finished_at", tzinfo=WITA))
            .values("month", "finished_by", "finished_by__username", "finished_by__first_name", "finished_by__last_name", "task__name")
            .annotate(approvals=Count("id"))
            .order_by("-month", "finished_by__username", "task__name")
        )

    def decorate_paginated_queryset(self, object_list):
        rows = []
        for row in object_list:
            rows.append({**row, "person": _person_label(row), "month_label": _month_label(row)})
        return rows
