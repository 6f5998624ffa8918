"""Facet counts across activity stories and speeches, for every facet the search page lists."""

import datetime

import pytest

from speeches.models import SpeechLeader

pytestmark = pytest.mark.django_db


def facet_counts(response, name):
    for _title, facet_name, options, _query in response.context["facets"]:
        if facet_name == name:
            return {option.label: option.count for option in options}
    return {}


@pytest.fixture
def speech_with_links(archive, make_speech, make_region, make_topic):
    """A speech by the governor that also lists the governor and the secretary, in two regions and topics."""
    speech = make_speech(
        "Sambutan Gubernur pada rapat jalan",
        paragraphs=("Pembangunan jalan poros harus selesai tahun depan.",),
        event_date=datetime.date(2022, 9, 5),
        speaker=archive["governor"],
    )
    speech.leader_links.add(SpeechLeader(leader=archive["governor"]))
    speech.leader_links.add(SpeechLeader(leader=archive["secretary"]))
    speech.regions.set([archive["samarinda"], make_region("Berau")])
    speech.topics.set([archive["roads"], make_topic("Kesehatan")])
    speech.save_revision().publish()
    return speech


def test_facets_count_both_content_types(client, speech_with_links):
    response = client.get("/id/search/", {"date_from": "2000-01-01"})

    assert response.status_code == 200
    assert facet_counts(response, "type") == {"Narasi kegiatan": 3, "Sambutan": 3}
    # The governor is speaker and listed leader of one speech: that speech counts once.
    assert facet_counts(response, "leader") == {"Rudy Mas'ud": 4, "Sri Wahyuni": 4}
    assert facet_counts(response, "year") == {"2025": 2, "2024": 1, "2023": 1, "2022": 1, "2021": 1}
    assert facet_counts(response, "region") == {"Samarinda": 3, "Berau": 2}
    assert facet_counts(response, "topic") == {"Infrastruktur": 2, "Kesehatan": 2}


def test_facets_count_filtered_pages_only(client, archive, speech_with_links):
    response = client.get("/id/search/", {"date_from": "2000-01-01", "leader": archive["secretary"].slug})

    assert response.status_code == 200
    assert facet_counts(response, "type") == {"Narasi kegiatan": 2, "Sambutan": 2}
    assert facet_counts(response, "leader") == {"Sri Wahyuni": 4, "Rudy Mas'ud": 2}
    assert facet_counts(response, "year") == {"2024": 1, "2023": 1, "2022": 1, "2021": 1}
    assert facet_counts(response, "region") == {"Samarinda": 2, "Berau": 2}
    assert facet_counts(response, "topic") == {"Kesehatan": 2, "Infrastruktur": 1}


def test_facets_count_query_matches(client, speech_with_links):
    response = client.get("/id/search/", {"q": "jalan"})

    assert response.status_code == 200
    assert facet_counts(response, "type") == {"Narasi kegiatan": 1, "Sambutan": 1}
    assert facet_counts(response, "leader") == {"Rudy Mas'ud": 2, "Sri Wahyuni": 1}
    assert facet_counts(response, "year") == {"2025": 1, "2022": 1}
    assert facet_counts(response, "region") == {"Samarinda": 2, "Berau": 1}
    assert facet_counts(response, "topic") == {"Infrastruktur": 2, "Kesehatan": 1}


def test_facets_count_speech_without_speaker(client, archive, speech_with_links, make_speech):
    speech = make_speech("Sambutan tertulis rapat jalan", event_date=datetime.date(2022, 10, 1), speaker=None)
    speech.leader_links.add(SpeechLeader(leader=archive["secretary"]))
    speech.save_revision().publish()

    response = client.get("/id/search/", {"date_from": "2000-01-01"})

    assert response.status_code == 200
    assert facet_counts(response, "type") == {"Narasi kegiatan": 3, "Sambutan": 4}
    assert facet_counts(response, "leader") == {"Rudy Mas'ud": 4, "Sri Wahyuni": 5}
    assert facet_counts(response, "year") == {"2025": 2, "2024": 1, "2023": 1, "2022": 2, "2021": 1}
