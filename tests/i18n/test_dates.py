"""Dates and times in WITA in the reader's language."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import translation

from core.dates import format_local_date, format_local_datetime, format_local_time

UTC = datetime.timezone.utc


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("id", "Kamis, 11 September 2025, 09.00 WITA"),
        ("en", "Thursday, 11 September 2025, 09:00 WITA"),
    ],
)
def test_date_and_time(language, expected):
    with translation.override(language):
        assert format_local_datetime(datetime.date(2025, 9, 11), datetime.time(9, 0)) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("id", "Kamis, 11 September 2025, 00.30 WITA"),
        ("en", "Thursday, 11 September 2025, 00:30 WITA"),
    ],
)
def test_utc_datetime_crosses_midnight(language, expected):
    # 16:30 UTC on 10 September is already 00:30 on 11 September in WITA (UTC+8).
    with translation.override(language):
        assert format_local_datetime(datetime.datetime(2025, 9, 10, 16, 30, tzinfo=UTC)) == expected


def test_naive_datetime_read_as_wita():
    with translation.override("id"):
        assert format_local_datetime(datetime.datetime(2025, 9, 11, 9, 0)) == "Kamis, 11 September 2025, 09.00 WITA"


def test_other_zone_converted():
    jakarta = ZoneInfo("Asia/Jakarta")
    with translation.override("en"):
        assert format_local_time(datetime.datetime(2025, 9, 11, 8, 0, tzinfo=jakarta)) == "09:00 WITA"


@pytest.mark.parametrize(
    ("language", "date", "expected"),
    [
        ("id", datetime.date(2025, 2, 23), "Minggu, 23 Februari 2025"),
        ("id", datetime.date(2024, 8, 17), "Sabtu, 17 Agustus 2024"),
        ("id", datetime.date(2025, 12, 1), "Senin, 1 Desember 2025"),
        ("en", datetime.date(2025, 2, 23), "Sunday, 23 February 2025"),
        ("en", datetime.date(2024, 8, 17), "Saturday, 17 August 2024"),
    ],
)
def test_weekday_and_month_names(language, date, expected):
    with translation.override(language):
        assert format_local_date(date) == expected


def test_date_without_time():
    with translation.override("en"):
        assert format_local_datetime(datetime.date(2025, 9, 11)) == "Thursday, 11 September 2025"


def test_missing_date_is_empty():
    assert format_local_datetime(None, datetime.time(9, 0)) == ""
    assert format_local_time(None) == ""


def test_regional_language_code():
    with translation.override("en-us"):
        assert format_local_time(datetime.time(21, 5)) == "21:05 WITA"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("id", "Kamis, 11 September 2025, 09.00 WITA"), ("en", "Thursday, 11 September 2025, 09:00 WITA")],
)
def test_template_tag(language, expected):
    template = Template("{% load wita %}{% wita_datetime date time %}")
    context = Context({"date": datetime.date(2025, 9, 11), "time": datetime.time(9, 0)})
    with translation.override(language):
        assert template.render(context) == expected


def test_event_page_shows_english_date(client, english_tree, make_activity, start_translation, translate_strings, admin_user):
    from translation import drafts

    source = make_activity(
        "Gubernur membuka festival budaya", event_date=datetime.date(2025, 9, 11), event_time=datetime.time(9, 0)
    )
    english = start_translation(source)
    translation_source = translate_strings(source, {"Gubernur membuka festival budaya": "Governor opens the culture festival"})
    state = drafts.submit_translation(translation_source.translations.get(target_locale=english.locale), user=admin_user)
    state.current_task_state.task.specific.on_action(state.current_task_state, admin_user, "approve")
    english.refresh_from_db()

    assert "Kamis, 11 September 2025, 09.00 WITA" in client.get(source.url).content.decode()
    assert "Thursday, 11 September 2025, 09:00 WITA" in client.get(english.url).content.decode()
