"""Ready-made citations of a speech, in Indonesian and in English, shown together on the page.

Both languages are shown whatever the reader's language, so the wording of each comes from
the table below rather than from the translation catalogue, the way `core.dates` keeps a
date format per language. Dates are formatted with Django's month names for each language.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils import formats, translation

from core.dates import local_today

# Day, month name and year without the weekday, as citation styles write dates.
CITATION_DATE_FORMAT = "j F Y"

CITATION_WORDING = {
    "id": {"label": "Bahasa Indonesia", "no_date": "t.t.", "accessed": "diakses {date}", "paragraph": "paragraf {number}"},
    "en": {"label": "English", "no_date": "n.d.", "accessed": "accessed {date}", "paragraph": "paragraph {number}"},
}


@dataclass
class Citation:
    """One citation: `head` comes before the address, `accessed` after it."""

    language: str
    label: str
    head: str
    url: str
    accessed: str
    paragraph_wording: str

    @property
    def text(self):
        return f"{self.head}. {self.url} ({self.accessed})."


def join_sentences(parts):
    """Join non-empty parts with ". ", without doubling a full stop that a part already ends with."""
    text = ""
    for part in (part for part in parts if part):
        if text:
            text += " " if text.endswith(".") else ". "
        text += part
    return text.rstrip(".")


def speaker_name(speech):
    if speech.speaker:
        return speech.speaker.full_name or speech.speaker.title
    return speech.speaker_role


def place_label(speech, regions):
    parts = [speech.venue] + [region.name for region in regions]
    return ", ".join(part for part in parts if part)


def build_citation(speech, language, url, regions, access_date=None):
    """Return the citation of `speech` in `language` ("id" or "en") for the address `url`."""
    wording = CITATION_WORDING[language]
    with translation.override(language):
        date = formats.date_format(speech.event_date, CITATION_DATE_FORMAT) if speech.event_date else wording["no_date"]
        accessed = wording["accessed"].format(date=formats.date_format(access_date or local_today(), CITATION_DATE_FORMAT))

    who = speaker_name(speech)
    if speech.speaker and speech.speaker_role:
        who = f"{who}, {speech.speaker_role}"
    occasion = [speech.event_name, place_label(speech, regions), date]
    head_parts = [who, f"“{speech.title}”", ", ".join(part for part in occasion if part), settings.WAGTAIL_SITE_NAME]
    head = join_sentences(head_parts)
    return Citation(
        language=language,
        label=wording["label"],
        head=head,
        url=url,
        accessed=accessed,
        paragraph_wording=wording["paragraph"],
    )


def build_citations(speech, url, regions, access_date=None):
    return [build_citation(speech, language, url, regions, access_date) for language in CITATION_WORDING]
