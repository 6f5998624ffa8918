"""Read and validate the lines of an archive file (JSON Lines, one record per line).

A record that fails validation raises RecordError with a reason in the active language.
The importer reports it with its line number and goes on with the next line.
"""

import datetime
import hashlib
import json
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

KINDS = ("activity", "speech")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")

# Limits of the model fields the values land in (Page.title, BasePage.source_url,
# Region.name, ActivityLeader.role_as_written, LeaderPage title).
MAX_TITLE = 255
MAX_SOURCE_URL = 1000
MAX_PLACE = 120
MAX_NAME = 255
MAX_ROLE = 255

JSON_TYPE_NAMES = {
    dict: _("an object"),
    list: _("a list"),
    # With a context: the bare msgid "text" is also a field name in the speeches catalogue.
    str: pgettext_lazy("type of a JSON value", "text"),
    bool: _("true or false"),
    int: _("a number"),
    float: _("a number"),
    type(None): _("null"),
}


class RecordError(Exception):
    """A record that cannot be imported; `reason` is a translatable message."""

    def __init__(self, reason):
        super().__init__(str(reason))
        self.reason = reason


@dataclass(frozen=True)
class LeaderMention:
    name: str
    role: str


@dataclass(frozen=True)
class ArchiveRecord:
    line: int
    record_id: str
    source_url: str
    kind: str
    title: str
    title_derived: bool
    event_date: datetime.date | None
    places: tuple[str, ...]
    leaders: tuple[LeaderMention, ...]
    paragraphs: tuple[str, ...]
    excerpt_only: bool
    fingerprint: str


def _type_name(value):
    return JSON_TYPE_NAMES.get(type(value), type(value).__name__)


def _wrong_type(field, expected, value):
    return RecordError(
        _("%(field)s must be %(expected)s, not %(actual)s.")
        % {"field": field, "expected": expected, "actual": _type_name(value)}
    )


def _optional_text(data, field, limit=None):
    value = data.get(field)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _wrong_type(field, JSON_TYPE_NAMES[str], value)
    value = value.strip()
    if limit and len(value) > limit:
        raise RecordError(
            _("%(field)s is longer than %(limit)s characters.") % {"field": field, "limit": limit}
        )
    return value


def _required_text(data, field, limit=None):
    value = _optional_text(data, field, limit)
    if not value:
        raise RecordError(_("The field %(field)s is missing or empty.") % {"field": field})
    return value


def _flag(data, field):
    value = data.get(field, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise _wrong_type(field, _("true or false"), value)
    return value


def _source_url(data):
    url = _required_text(data, "source_url", MAX_SOURCE_URL)
    try:
        URLValidator()(url)
    except ValidationError:
        raise RecordError(_("Invalid source address %(url)s.") % {"url": url}) from None
    return url


def _kind(data):
    kind = _required_text(data, "kind")
    if kind not in KINDS:
        raise RecordError(_("Unknown kind '%(kind)s': expected 'activity' or 'speech'.") % {"kind": kind})
    return kind


def _event_date(data):
    text = _optional_text(data, "date")
    if not text:
        return None
    try:
        if not ISO_DATE.match(text):
            raise ValueError(text)
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise RecordError(_("Invalid date '%(date)s': expected YYYY-MM-DD.") % {"date": text}) from None


def _places(data):
    text = _optional_text(data, "place")
    places = tuple(part.strip() for part in text.split(",") if part.strip())
    for place in places:
        if len(place) > MAX_PLACE:
            raise RecordError(
                _("The place '%(place)s…' is longer than %(limit)s characters.")
                % {"place": place[:40], "limit": MAX_PLACE}
            )
    return places


def _leader(item, position):
    field = f"leaders[{position}]"
    if not isinstance(item, dict):
        raise _wrong_type(field, _("an object"), item)
    name = _required_text(item, "name", MAX_NAME)
    role = _optional_text(item, "role", MAX_ROLE)
    return LeaderMention(name=name, role=role)


def _leaders(data):
    items = data.get("leaders")
    if items is None:
        return ()
    if not isinstance(items, list):
        raise _wrong_type("leaders", _("a list"), items)
    return tuple(_leader(item, position) for position, item in enumerate(items))


def _paragraphs(data):
    body = _required_text(data, "body")
    paragraphs = tuple(part.strip() for part in PARAGRAPH_BREAK.split(body) if part.strip())
    return paragraphs


def _fingerprint(data):
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def decode_line(raw_line):
    """Parse one line of bytes into a JSON object; raise RecordError when that fails."""
    try:
        text = raw_line.decode("utf-8")
    except UnicodeDecodeError:
        raise RecordError(_("The line is not valid UTF-8 text.")) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise RecordError(
            _("Invalid JSON: %(error)s (column %(column)s).") % {"error": error.msg, "column": error.colno}
        ) from None
    if not isinstance(data, dict):
        raise RecordError(_("The line must contain a JSON object, not %(actual)s.") % {"actual": _type_name(data)})
    return data


def parse_record(data, line):
    """Validate a decoded record and return it as an ArchiveRecord."""
    return ArchiveRecord(
        line=line,
        record_id=_optional_text(data, "id"),
        source_url=_source_url(data),
        kind=_kind(data),
        title=_required_text(data, "title", MAX_TITLE),
        title_derived=_flag(data, "title_derived"),
        event_date=_event_date(data),
        places=_places(data),
        leaders=_leaders(data),
        paragraphs=_paragraphs(data),
        excerpt_only=_flag(data, "excerpt_only"),
        fingerprint=_fingerprint(data),
    )
