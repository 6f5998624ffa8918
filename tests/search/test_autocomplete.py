"""The autocomplete JSON endpoint."""

import pytest

pytestmark = pytest.mark.django_db


def test_autocomplete_suggests_titles_by_prefix(client, archive):
    data = client.get("/id/search/autocomplete/", {"q": "Gubernur tin"}).json()

    assert [item["title"] for item in data["suggestions"]] == ["Gubernur tinjau pembangunan jalan di Samarinda"]
    assert data["suggestions"][0]["url"] == archive["jalan"].url


def test_autocomplete_hides_drafts_and_short_input(client, archive):
    assert client.get("/id/search/autocomplete/", {"q": "Draf raha"}).json()["suggestions"] == []
    assert client.get("/id/search/autocomplete/", {"q": "G"}).json()["suggestions"] == []


@pytest.mark.opensearch
def test_autocomplete_on_opensearch(client, opensearch, archive):
    opensearch.refresh()

    data = client.get("/id/search/autocomplete/", {"q": "Gubernur tin"}).json()

    assert data["fallback"] is False
    assert "Gubernur tinjau pembangunan jalan di Samarinda" in [item["title"] for item in data["suggestions"]]
