"""Local dates and their display in WITA (Asia/Makassar, UTC+8).

Every "today", "year" and "month" in the site is the one in WITA, so a story dated
00:30 WITA on 1 January belongs to the new year even though it is still 31 December in UTC.
"""

import datetime
from zoneinfo import ZoneInfo

from django.utils import formats, timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

WITA = ZoneInfo("Asia/Makassar")

# Django's date format names weekdays and months in the active language; the time separator
# and the zone label follow each language's convention ("09.00 WITA", "09:00 WITA").
DATE_FORMATS = {"id": "l, j F Y", "en": "l, j F Y"}
TIME_FORMATS = {"id": "H.i", "en": "H:i"}


def local_now():
    return timezone.now().astimezone(WITA)


def local_today():
    return local_now().date()


def combine_local(date, time):
    """Return an aware datetime in WITA for a local date and an optional local time."""
    if date is None:
        return None
    return datetime.datetime.combine(date, time or datetime.time(0, 0), tzinfo=WITA)


def to_local(value):
    """Return an aware datetime in WITA; a naive datetime is taken to be WITA already."""
    if timezone.is_naive(value):
        return value.replace(tzinfo=WITA)
    return value.astimezone(WITA)


def _language():
    return (get_language() or "id").split("-")[0]


def format_local_date(date):
    """Format a date as "Kamis, 11 September 2025" (or its English form)."""
    if date is None:
        return ""
    if isinstance(date, datetime.datetime):
        date = to_local(date).date()
    return formats.date_format(date, DATE_FORMATS.get(_language(), DATE_FORMATS["id"]))


def format_local_time(time):
    """Format a local time as "09.00 WITA" in Indonesian and "09:00 WITA" in English."""
    if time is None:
        return ""
    if isinstance(time, datetime.datetime):
        time = to_local(time).time()
    pattern = TIME_FORMATS.get(_language(), TIME_FORMATS["id"])
    return _("%(time)s WITA") % {"time": formats.time_format(time, pattern)}


def format_local_datetime(date, time=None):
    """Join a date and an optional time: "Kamis, 11 September 2025, 09.00 WITA"."""
    if isinstance(date, datetime.datetime):
        local = to_local(date)
        date, time = local.date(), local.time()
    text = format_local_date(date)
    if text and time is not None:
        text = f"{text}, {format_local_time(time)}"
    return text
