"""Editorial records kept beside the pages: withdrawals, change notes and the editor's review task.

The page models stay untouched: every record here points at a page, so the content apps
and this app change independently.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask


class Withdrawal(models.Model):
    """A published page taken off the site with a public reason; its address shows a notice."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="withdrawal",
    )
    reason = models.TextField(
        _("reason"),
        help_text=_("Shown to readers at the page's address in place of the content."),
    )
    withdrawn_at = models.DateTimeField(_("withdrawn at"), auto_now_add=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("withdrawn by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("withdrawal")
        verbose_name_plural = _("withdrawals")

    def __str__(self):
        return self.page.title


class ChangeKind(models.TextChoices):
    CORRECTION = "correction", _("Correction (public change note)")
    MINOR = "minor", _("Minor fix (no note)")


class ChangeNote(models.Model):
    """The editor's mark on a change to a published page, public once the change is published."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="change_notes",
    )
    kind = models.CharField(_("kind of change"), max_length=20, choices=ChangeKind.choices)
    note = models.TextField(
        _("change note"),
        blank=True,
        help_text=_("What was corrected and why, in a sentence or two. Readers see it on the page with its date."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("marked by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Empty while the change waits in the workflow; set when the change goes live.
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("change note")
        verbose_name_plural = _("change notes")
        ordering = ["-published_at", "-created_at"]

    def __str__(self):
        return f"{self.page.title}: {self.get_kind_display()}"

    @property
    def is_public(self):
        return self.kind == ChangeKind.CORRECTION and self.published_at is not None


class EditorReviewTask(GroupApprovalTask):
    """The editor's review step: a group approval that, for a change to a live page, asks for a mark first.

    A published story or speech changes only as a correction (with a public note) or as a
    minor fix, so passing such a change needs a ChangeNote for it. Until the editor has
    made that mark, "approve" is not offered and Wagtail's workflow views reject it.
    """

    class Meta:
        verbose_name = _("editor review task")
        verbose_name_plural = _("editor review tasks")

    def get_actions(self, obj, user):
        from .changes import needs_change_mark

        actions = super().get_actions(obj, user)
        if not actions or not needs_change_mark(obj):
            return actions

        without_approve = [action for action in actions if action[0] != "approve"]
        return without_approve + [("mark_change", _("Mark as correction or minor fix and pass"), False)]

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "mark_change":
            from django.urls import reverse

            return reverse("editorial:mark_change", args=(task_state.workflow_state.object_id,))
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups pass or send back; a change to a live page is marked first")
