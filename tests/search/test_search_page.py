"""The public search page on the configured backend (Wagtail's database backend by default)."""

import pytest

pytestmark = pytest.mark.django_db


def search(client, **params):
    response = client.get("/id/search/", params)
    assert response.status_code == 200
    return response


def result_titles(response):
    return [hit.page.title for hit in response.context["results"].hits]


def test_search_finds_published_story(client, archive):
    response = search(client, q="jembatan")

    assert result_titles(response) == ["Gubernur tinjau pembangunan jalan di Samarinda"]


def test_search_hides_drafts(client, archive):
    response = search(client, q="jalan")

    assert "Draf rahasia pembangunan jalan tol" not in result_titles(response)
    assert b"Draf rahasia" not in response.content


def test_search_marks_query_words_in_snippet(client, archive):
    response = search(client, q="jembatan")

    assert b"<mark>jembatan</mark>" in response.content


def test_phrase_search_needs_adjacent_words(client, archive):
    assert result_titles(search(client, q='"Benua Etam"')) == ["Amanat Gubernur pada Hari Pahlawan"]
    assert result_titles(search(client, q='"Etam Benua"')) == []


def test_result_links_to_matching_speech_paragraph(client, archive):
    response = search(client, q="kejujuran")

    assert result_titles(response) == ["Amanat Gubernur pada Hari Pahlawan"]
    assert f'{archive["pahlawan"].url}#p3'.encode() in response.content
    assert b"<mark>kejujuran</mark>" in response.content


def test_title_only_match_links_to_speech_itself(client, archive):
    response = search(client, q="amanat")
    [hit] = response.context["results"].hits

    assert hit.page.pk == archive["pahlawan"].pk
    assert hit.anchor is None
    assert hit.snippet.startswith("Assalamualaikum")
    assert f'{archive["pahlawan"].url}#p'.encode() not in response.content


def test_fallback_notice_absent_without_engine(client, archive):
    response = search(client, q="jembatan")

    assert response.context["outcome"].fell_back is False
    assert b"data-search-fallback" not in response.content
