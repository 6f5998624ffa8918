"""Fixtures for the API tests; the page and photo builders are shared with the feed tests."""

import datetime

import pytest

from tests.feeds.conftest import embargo, empty_cache, english, make_photo, translate_page  # noqa: F401


@pytest.fixture
def api_get(client):
    """GET an API address and return (status code, decoded JSON body)."""

    def get(path, **params):
        response = client.get(path, params)
        assert response["Content-Type"].startswith("application/json"), response.content[:200]
        return response.status_code, response.json()

    return get


@pytest.fixture
def archive(make_leader, make_activity, make_speech):
    """Two leaders, three stories and two speeches spread over 2024 and 2025."""
    governor = make_leader("Rudy Mas'ud", slug="rudy-masud")
    deputy = make_leader("Seno Aji", slug="seno-aji")
    return {
        "governor": governor,
        "deputy": deputy,
        "flood": make_activity("Gubernur meninjau banjir", leaders=[governor], event_date=datetime.date(2025, 5, 12)),
        "expo": make_activity("Wagub membuka pameran", leaders=[deputy], event_date=datetime.date(2024, 8, 17)),
        "joint": make_activity(
            "Rapat bersama", leaders=[governor, deputy], event_date=datetime.date(2025, 1, 3)
        ),
        "budget": make_speech("Sambutan APBD 2025", speaker=governor, event_date=datetime.date(2024, 11, 30)),
        "heroes": make_speech("Amanat Hari Pahlawan", speaker=deputy, event_date=datetime.date(2025, 11, 10)),
    }


def titles(body):
    return sorted(item["title"] for item in body["items"])
