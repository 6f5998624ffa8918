"""Parsing of the API's own query parameters into values, with a 400 message for bad input."""

import datetime
import re

from django.utils.translation import gettext as _
from wagtail.api.v2.utils import BadRequestError

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

# PostgreSQL integer columns stop at 2**31 - 1; larger ids or offsets would fail in the database.
MAX_INTEGER = 2**31 - 1


def parse_positive_integer(name, text):
    if not text.isascii() or not text.isdigit() or not 0 < int(text) <= MAX_INTEGER:
        raise BadRequestError(
            _("%(name)s must be a positive whole number, not '%(value)s'.") % {"name": name, "value": text[:50]}
        )
    return int(text)


def parse_date(name, text):
    """Parse a YYYY-MM-DD date, rejecting other ISO forms so the documented format is the only one."""
    try:
        if not ISO_DATE.fullmatch(text):
            raise ValueError(text)
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise BadRequestError(
            _("%(name)s must be a date written as YYYY-MM-DD, e.g. 2025-03-07, not '%(value)s'.")
            % {"name": name, "value": text[:50]}
        ) from None


def reject_unsafe_values(query):
    """Reject NUL characters, which PostgreSQL cannot store in text and would turn into a 500."""
    for name, value in query.items():
        if "\x00" in name or "\x00" in value:
            raise BadRequestError(_("Query parameters must not contain NUL characters."))


def check_offset(query):
    offset = query.get("offset")
    if offset and offset.isdigit() and int(offset) > MAX_INTEGER:
        raise BadRequestError(_("offset cannot be higher than %(max)d.") % {"max": MAX_INTEGER})
