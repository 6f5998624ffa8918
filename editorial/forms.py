from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ChangeKind
from .withdrawals import MAX_REASON_LENGTH


class WithdrawalForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for the withdrawal"),
        max_length=MAX_REASON_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Readers see this reason and the date at the page's address. The content is no longer shown."),
        error_messages={"required": _("Write the reason for the withdrawal; readers see it at the page's address.")},
    )


class ChangeMarkForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind of change"), choices=ChangeKind.choices, widget=forms.RadioSelect)
    note = forms.CharField(
        label=_("Public change note"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required for a correction; shown on the page with today's date. Leave empty for a minor fix."),
    )
    comment = forms.CharField(
        label=_("Comment for the next step"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Optional; kept in the workflow history, not shown to readers."),
    )
