"""The public search form: the query and its filters, each checked on its own.

An invalid filter value is dropped and named in a message; it never blocks the search.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

SORT_RELEVANCE = "relevance"
SORT_NEWEST = "newest"
SORT_OLDEST = "oldest"
TYPE_ACTIVITY = "activity"
TYPE_SPEECH = "speech"


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search the archive"), required=False, strip=False)
    type = forms.ChoiceField(
        label=_("Content type"),
        required=False,
        choices=[("", _("All")), (TYPE_ACTIVITY, _("Activity stories")), (TYPE_SPEECH, _("Speeches"))],
    )
    leader = forms.SlugField(label=_("Leader"), required=False, allow_unicode=True, max_length=255)
    region = forms.SlugField(label=_("Region"), required=False, allow_unicode=True, max_length=120)
    topic = forms.SlugField(label=_("Topic"), required=False, allow_unicode=True, max_length=120)
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1900, max_value=2999)
    date_from = forms.DateField(label=_("From date"), required=False)
    date_to = forms.DateField(label=_("To date"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[(SORT_RELEVANCE, _("Relevance")), (SORT_NEWEST, _("Newest")), (SORT_OLDEST, _("Oldest"))],
    )
    all_languages = forms.BooleanField(label=_("Search every language"), required=False)

    FILTER_FIELDS = ("type", "leader", "region", "topic", "year", "date_from", "date_to")

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            # Both ends are dropped: keeping one alone would filter by a range nobody asked for.
            self.add_error("date_from", _("The start date is after the end date."))
            self.add_error("date_to", _("The end date is before the start date."))
        return cleaned

    def valid_values(self):
        """Return the cleaned values of the fields that passed, whatever the others did."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if name not in self.errors}

    def invalid_labels(self):
        self.is_valid()
        return [str(self.fields[name].label) for name in self.errors if name in self.fields]
