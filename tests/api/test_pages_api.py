"""The public pages endpoint: which pages it lists, its filters and its 400 responses to bad input."""

import pytest
from wagtail.models import PageViewRestriction

from .conftest import titles

pytestmark = pytest.mark.django_db

PAGES = "/api/v2/pages/"


def test_lists_stories_speeches_and_leaders_only(api_get, archive):
    status, body = api_get(PAGES, limit=50)

    assert status == 200
    assert body["meta"]["total_count"] == 7
    types = {item["meta"]["type"] for item in body["items"]}
    assert types == {"activities.ActivityPage", "speeches.SpeechPage", "leaders.LeaderPage"}


def test_type_filter(api_get, archive):
    status, body = api_get(PAGES, type="speeches.SpeechPage")

    assert status == 200
    assert titles(body) == ["Amanat Hari Pahlawan", "Sambutan APBD 2025"]


def test_type_outside_public_types_is_rejected(api_get, archive):
    status, body = api_get(PAGES, type="home.HomePage")

    assert status == 400
    assert "activities.ActivityPage" in body["message"]


def test_unknown_type_is_rejected(api_get, archive):
    status, body = api_get(PAGES, type="tidak.Ada")

    assert status == 400
    assert body["message"]


def test_leader_filter_covers_stories_and_speeches(api_get, archive):
    status, body = api_get(PAGES, leader=archive["governor"].pk)

    assert status == 200
    assert titles(body) == ["Gubernur meninjau banjir", "Rapat bersama", "Sambutan APBD 2025"]


def test_leader_filter_with_type(api_get, archive):
    status, body = api_get(PAGES, leader=archive["deputy"].pk, type="activities.ActivityPage")

    assert status == 200
    assert titles(body) == ["Rapat bersama", "Wagub membuka pameran"]


def test_leader_filter_on_leader_pages_is_rejected(api_get, archive):
    status, body = api_get(PAGES, leader=archive["deputy"].pk, type="leaders.LeaderPage")

    assert status == 400
    assert "leader" in body["message"]


@pytest.mark.parametrize("value", ["abc", "-1", "0", "1.5", "99999999999999999999", "1 OR 1=1", "١"])
def test_leader_filter_rejects_non_ids(api_get, archive, value):
    status, body = api_get(PAGES, leader=value)

    assert status == 400
    assert "leader" in body["message"]


def test_leader_filter_rejects_unknown_leader(api_get, archive):
    status, body = api_get(PAGES, leader=archive["flood"].pk)

    assert status == 400
    assert str(archive["flood"].pk) in body["message"]


def test_date_range_filter(api_get, archive):
    status, body = api_get(PAGES, event_date_from="2025-01-01", event_date_to="2025-06-30")

    assert status == 200
    assert titles(body) == ["Gubernur meninjau banjir", "Rapat bersama"]


def test_date_range_bounds_are_inclusive(api_get, archive):
    status, body = api_get(PAGES, event_date_from="2025-11-10", event_date_to="2025-11-10")

    assert titles(body) == ["Amanat Hari Pahlawan"]


def test_open_ended_date_range_with_type(api_get, archive):
    status, body = api_get(PAGES, event_date_to="2024-12-31", type="speeches.SpeechPage")

    assert status == 200
    assert titles(body) == ["Sambutan APBD 2025"]


@pytest.mark.parametrize("value", ["2025-02-30", "12/05/2025", "2025-1-1", "kemarin", "20250101", "2025-01-01'--"])
def test_bad_dates_are_rejected(api_get, archive, value):
    status, body = api_get(PAGES, event_date_from=value)

    assert status == 400
    assert "event_date_from" in body["message"]
    assert "YYYY-MM-DD" in body["message"]


def test_reversed_date_range_is_rejected(api_get, archive):
    status, body = api_get(PAGES, event_date_from="2025-12-31", event_date_to="2025-01-01")

    assert status == 400


def test_bad_date_in_field_filter_is_rejected(api_get, archive):
    status, body = api_get(PAGES, type="activities.ActivityPage", event_date="bukan-tanggal")

    assert status == 400
    assert body["message"]


def test_locale_filter(api_get, archive, english, translate_page):
    translate_page(archive["flood"], english, title="Governor inspects the flood")

    status, body = api_get(PAGES, locale="en")

    assert status == 200
    assert titles(body) == ["Governor inspects the flood"]
    assert body["items"][0]["meta"]["locale"] == "en"


def test_unknown_locale_is_rejected(api_get, archive):
    status, body = api_get(PAGES, locale="fr")

    assert status == 400
    assert "locale" in body["message"]


def test_leader_filter_matches_translations(api_get, archive, english, translate_page):
    translate_page(archive["flood"], english, title="Governor inspects the flood")
    english_governor = translate_page(archive["governor"], english)

    status, body = api_get(PAGES, leader=english_governor.pk, locale="en")

    assert status == 200
    assert titles(body) == ["Governor inspects the flood"]


@pytest.mark.parametrize(
    "params",
    [
        {"warna": "merah"},
        {"title'; DROP TABLE wagtailcore_page; --": "x"},
        {"order": "title; DROP TABLE wagtailcore_page"},
        {"order": "password"},
        {"limit": "100000"},
        {"limit": "abc"},
        {"offset": "-5"},
        {"offset": "99999999999999999999"},
        {"child_of": "abc"},
        {"search": "banjir\x00"},
        {"title": "\x00"},
    ],
)
def test_bad_parameters_get_a_400_message(api_get, archive, params):
    status, body = api_get(PAGES, **params)

    assert status == 400
    assert isinstance(body["message"], str)
    assert body["message"]


@pytest.mark.parametrize(
    "params",
    [{"id": "99999999999999999999"}, {"child_of": "99999999999999999999"}, {"translation_of": "99999999999999999999"}],
)
def test_out_of_range_ids_never_fail(client, archive, params):
    response = client.get(PAGES, params)

    assert response.status_code in (200, 400), response.content[:300]
    assert "message" in response.json() or response.json()["items"] == []


@pytest.mark.parametrize("value", ["' OR 1=1 --", "<script>alert(1)</script>", "Rudy Mas'ud"])
def test_injection_strings_in_text_filters_are_plain_values(api_get, archive, value):
    status, body = api_get(PAGES, type="activities.ActivityPage", title=value)

    assert status == 200
    assert body["items"] == []


def test_search_finds_indonesian_text(api_get, archive):
    status, body = api_get(PAGES, search="banjir")

    assert status == 200
    assert "Gubernur meninjau banjir" in titles(body)


def test_drafts_embargoed_and_private_pages_are_absent(api_get, client, make_activity, make_speech, embargo):
    make_activity("Sudah terbit")
    draft = make_activity("Masih draf", publish=False, live=False)
    embargoed = embargo(make_speech("Pidato embargo", publish=False, live=False))
    private = make_activity("Khusus internal")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    status, body = api_get(PAGES)

    assert titles(body) == ["Sudah terbit"]
    for page in (draft, embargoed, private):
        response = client.get(f"{PAGES}{page.pk}/")
        assert response.status_code == 404, (response.status_code, response.content[:300], response.headers)


def test_detail_shows_story_fields(api_get, archive):
    story = archive["joint"]

    status, body = api_get(f"{PAGES}{story.pk}/")

    assert status == 200
    assert body["title"] == "Rapat bersama"
    assert body["event_date"] == "2025-01-03"
    assert [leader["title"] for leader in body["leaders"]] == ["Rudy Mas'ud", "Seno Aji"]
    assert body["meta"]["html_url"].endswith("/id/kegiatan/rapat-bersama/")


def test_detail_shows_speech_speaker(api_get, archive):
    status, body = api_get(f"{PAGES}{archive['budget'].pk}/")

    assert status == 200
    assert body["speaker"]["title"] == "Rudy Mas'ud"
    assert body["text"][0]["type"] == "paragraph"
    assert body["leaders"][0]["title"] == "Rudy Mas'ud"


def test_detail_shows_leader_terms(api_get, archive, make_office):
    import datetime

    from leaders.models import Term

    office = make_office("Gubernur", rank=1)
    Term.objects.create(office=office, leader=archive["governor"], start_date=datetime.date(2025, 2, 20))

    status, body = api_get(f"{PAGES}{archive['governor'].pk}/")

    assert status == 200
    assert body["terms"] == [
        {
            "office": "Gubernur",
            "title": "Gubernur",
            "kind": "definitive",
            "start_date": "2025-02-20",
            "start_precision": "day",
            "end_date": None,
            "end_precision": "day",
        }
    ]


def test_non_numeric_detail_id_is_not_found(api_get, client, archive):
    assert client.get(f"{PAGES}abc/").status_code == 404


def test_order_by_event_date(api_get, archive):
    status, body = api_get(PAGES, type="speeches.SpeechPage", order="-event_date")

    assert [item["title"] for item in body["items"]] == ["Amanat Hari Pahlawan", "Sambutan APBD 2025"]


def test_api_is_read_only(client, archive):
    assert client.post(PAGES, {"title": "x"}).status_code == 405
    assert client.delete(f"{PAGES}{archive['flood'].pk}/").status_code == 405


def test_listing_query_count_is_bounded(client, django_assert_max_num_queries, archive, make_activity):
    for number in range(15):
        make_activity(f"Kegiatan {number}", leaders=[archive["governor"]])
    client.get(PAGES)  # warm the site root cache, as a running site has

    with django_assert_max_num_queries(12):
        response = client.get(PAGES, {"limit": 20})
    assert response.status_code == 200
    with django_assert_max_num_queries(12):
        client.get(PAGES, {"leader": archive["governor"].pk, "event_date_from": "2025-01-01", "limit": 20})


def test_messages_follow_accept_language(client, archive):
    indonesian = client.get(PAGES, {"event_date_from": "kemarin"}).json()["message"]
    english = client.get(PAGES, {"event_date_from": "kemarin"}, HTTP_ACCEPT_LANGUAGE="en").json()["message"]

    assert indonesian.startswith("event_date_from harus tanggal")
    assert english.startswith("event_date_from must be a date")
