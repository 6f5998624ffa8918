"""Facets, filters, date range, sort, pagination, locale and permissions on the search page."""

import datetime

import pytest
from django.test import override_settings
from wagtail.models import Locale, PageViewRestriction

pytestmark = pytest.mark.django_db


def get(client, path="/id/search/", **params):
    response = client.get(path, params)
    assert response.status_code == 200
    return response


def titles(response):
    return [hit.page.title for hit in response.context["results"].hits]


def facet_counts(response, name):
    for _title, facet_name, options, _query in response.context["facets"]:
        if facet_name == name:
            return {option.label: option.count for option in options}
    return {}


def test_facets_count_each_dimension(client, archive):
    response = get(client, q="gubernur sekda pemprov amanat sambutan")

    assert facet_counts(response, "type") == {"Narasi kegiatan": 3, "Sambutan": 2}
    assert facet_counts(response, "leader") == {"Rudy Mas'ud": 3, "Sri Wahyuni": 3}
    assert facet_counts(response, "year") == {"2025": 2, "2024": 1, "2023": 1, "2021": 1}
    assert facet_counts(response, "region") == {"Samarinda": 2, "Berau": 1}
    assert facet_counts(response, "topic") == {"Infrastruktur": 1, "Kesehatan": 1}


def test_leader_filter_includes_speeches_given(client, archive):
    response = get(client, q="gubernur sekda pemprov amanat sambutan", leader=archive["secretary"].slug)

    assert sorted(titles(response)) == [
        "Pemprov salurkan bantuan banjir",
        "Sambutan Sekda pada rapat anggaran",
        "Sekda buka rapat penurunan stunting",
    ]


def test_type_region_topic_and_year_filters(client, archive):
    query = "gubernur sekda pemprov amanat sambutan"

    assert titles(get(client, q=query, type="speech", year=2024)) == ["Sambutan Sekda pada rapat anggaran"]
    assert sorted(titles(get(client, q=query, region=archive["samarinda"].slug))) == [
        "Gubernur tinjau pembangunan jalan di Samarinda",
        "Pemprov salurkan bantuan banjir",
    ]
    assert titles(get(client, q=query, topic=archive["roads"].slug)) == ["Gubernur tinjau pembangunan jalan di Samarinda"]


def test_date_range_is_inclusive(client, archive):
    response = get(client, q="gubernur sekda pemprov amanat sambutan", date_from="2023-08-14", date_to="2024-05-02")

    assert sorted(titles(response)) == ["Sambutan Sekda pada rapat anggaran", "Sekda buka rapat penurunan stunting"]


def test_sort_newest_and_oldest(client, archive):
    query = "gubernur sekda pemprov amanat sambutan"

    newest = titles(get(client, q=query, sort="newest"))
    oldest = titles(get(client, q=query, sort="oldest"))

    assert newest[0] == "Amanat Gubernur pada Hari Pahlawan"
    assert oldest[0] == "Pemprov salurkan bantuan banjir"
    assert oldest == list(reversed(newest))


def test_invalid_filters_are_ignored_with_message(client, archive):
    response = get(client, q="jembatan", year="dua ribu", date_from="2025-13-45", leader="tidak-ada", sort="acak")

    assert titles(response) == ["Gubernur tinjau pembangunan jalan di Samarinda"]
    text = response.content.decode()
    assert "diabaikan" in text or "ignored" in text


def test_reversed_date_range_is_reported(client, archive):
    response = get(client, q="jembatan", date_from="2025-12-31", date_to="2025-01-01")

    assert response.context["outcome"].messages
    assert titles(response) == ["Gubernur tinjau pembangunan jalan di Samarinda"]


def test_pagination_keeps_query_and_filters(client, make_activity):
    for day in range(1, 13):
        make_activity(f"Rapat koordinasi ke-{day}", event_date=datetime.date(2024, 6, day))

    first = get(client, q="rapat koordinasi", sort="newest")
    second = get(client, q="rapat koordinasi", sort="newest", page=2)
    beyond = get(client, q="rapat koordinasi", sort="newest", page="999")

    assert len(titles(first)) == 10
    assert titles(second) == ["Rapat koordinasi ke-2", "Rapat koordinasi ke-1"]
    assert titles(beyond) == titles(second)
    assert "sort=newest" in first.context["page_query"]


def test_private_page_is_hidden(client, archive):
    PageViewRestriction.objects.create(page=archive["jalan"], restriction_type="login")

    assert titles(get(client, q="jembatan")) == []


def test_unpublished_page_is_hidden(client, archive):
    archive["jalan"].unpublish()

    assert titles(get(client, q="jembatan")) == []


def test_embargoed_page_is_hidden(client, make_activity):
    go_live = datetime.datetime(2099, 1, 1, tzinfo=datetime.timezone.utc)
    make_activity("Peresmian bandara masa depan", live=False, publish=False, go_live_at=go_live)

    assert titles(get(client, q="bandara")) == []


def test_search_runs_in_reader_locale(client, archive):
    english = Locale.objects.get_or_create(language_code="en")[0]
    translation = archive["banjir"].copy_for_translation(english, copy_parents=True)
    translation.title = "Provincial government delivers flood relief"
    translation.save_revision().publish()

    assert titles(get(client, path="/en/search/", q="flood")) == [translation.title]
    assert titles(get(client, q="flood")) == []
    both = get(client, q="banjir flood", all_languages="1")
    assert sorted(titles(both)) == ["Pemprov salurkan bantuan banjir", translation.title]


def test_filters_without_query_list_newest_first(client, archive):
    response = get(client, leader=archive["governor"].slug)

    assert titles(response)[0] == "Amanat Gubernur pada Hari Pahlawan"


@override_settings(SEARCH_MAX_MATCHES=2)
def test_capped_matches_are_reported(client, archive):
    response = get(client, q="gubernur sekda pemprov amanat sambutan")

    assert response.context["outcome"].total == 2
    assert response.context["outcome"].capped is True
