"""The admin form for photos: alt text is required, so every published photo can be described
to readers who use a screen reader (WCAG 2.1 success criterion 1.1.1, non-text content)."""

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm


class PhotoForm(BaseImageForm):
    """Wagtail's image form with the `description` field, used as the alt text, made required.

    Wagtail's bulk uploader validates each file with this form too; when the description is
    missing it keeps the file and asks for the description before the photo is saved.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        description = self.fields.get("description")
        if description is None:
            return
        description.required = True
        description.label = _("Alt text")
        description.help_text = _(
            "What the photo shows, for readers who cannot see it, e.g. 'The Governor shakes hands with "
            "farmers in a rice field in Kutai Kartanegara'. At most 255 characters."
        )
        description.error_messages["required"] = _(
            "Write the alt text: describe what the photo shows for readers who use a screen reader."
        )

    def clean_description(self):
        description = self.cleaned_data.get("description", "").strip()
        if not description:
            self.add_error("description", self.fields["description"].error_messages["required"])
        return description
