"""Template filters that show dates and times in WITA in the reader's language."""

from django import template

from core.dates import format_local_date, format_local_datetime, format_local_time

register = template.Library()


@register.filter
def wita_date(value):
    return format_local_date(value)


@register.filter
def wita_time(value):
    return format_local_time(value)


@register.simple_tag
def wita_datetime(date, time=None):
    return format_local_datetime(date, time)
