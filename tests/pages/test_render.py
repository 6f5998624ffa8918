"""Every page type renders for a reader, with Indonesian dates in WITA."""

import datetime

import pytest

from core.dates import format_local_datetime


@pytest.fixture
def content(make_leader, make_office, make_activity, make_speech):
    from leaders.models import Term

    leader = make_leader("Seno Aji", full_name="H. Seno Aji, S.Sos.")
    office = make_office("Wakil Gubernur", rank=20)
    Term.objects.create(office=office, leader=leader, start_date=datetime.date(2025, 2, 20))
    activity = make_activity(
        "Wagub Tinjau Jalan Rusak di Kutai Barat",
        event_date=datetime.date(2025, 9, 11),
        event_time=datetime.time(9, 0),
        leaders=[leader],
    )
    speech = make_speech(
        "Amanat Wagub pada Upacara Hari Kebangkitan Nasional",
        paragraphs=["Assalamualaikum warahmatullahi wabarakatuh.", "Bangkit bersama, wujudkan Indonesia kuat."],
        speaker=leader,
        event_date=datetime.date(2025, 5, 20),
        event_time=datetime.time(7, 30),
    )
    return {"leader": leader, "activity": activity, "speech": speech}


@pytest.mark.django_db
def test_every_page_type_renders(client, site_tree, content):
    pages = [site_tree.home, site_tree.activities, site_tree.speeches, site_tree.leaders, *content.values()]

    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url


@pytest.mark.django_db
def test_activity_shows_indonesian_date_in_wita(client, content):
    response = client.get(content["activity"].url)

    assert "Kamis, 11 September 2025, 09.00 WITA" in response.content.decode()


@pytest.mark.django_db
def test_speech_numbers_paragraphs_with_anchors(client, content):
    html = client.get(content["speech"].url).content.decode()

    assert 'id="p1"' in html
    assert 'id="p2"' in html
    assert "Selasa, 20 Mei 2025, 07.30 WITA" in html


@pytest.mark.django_db
def test_leader_page_lists_offices_held(client, content):
    html = client.get(content["leader"].url).content.decode()

    assert "Wakil Gubernur" in html
    assert "Kamis, 20 Februari 2025" in html


@pytest.mark.django_db
def test_home_lists_current_office_holder(client, site_tree, content):
    html = client.get(site_tree.home.url).content.decode()

    assert "Seno Aji" in html
    assert "Wagub Tinjau Jalan Rusak" in html


def test_english_datetime_format(settings):
    from django.utils import translation

    with translation.override("en"):
        text = format_local_datetime(datetime.date(2025, 9, 11), datetime.time(9, 0))

    assert text == "Thursday, 11 September 2025, 09:00 WITA"
