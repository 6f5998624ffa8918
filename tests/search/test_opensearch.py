"""Search against a real OpenSearch node: Indonesian analysis, index updates, English pages."""

import datetime

import pytest
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.search.backends import get_search_backend

pytestmark = [pytest.mark.django_db, pytest.mark.opensearch]


def titles(client, refresh, path="/id/search/", **params):
    refresh()
    response = client.get(path, params)
    assert response.status_code == 200
    assert response.context["outcome"].fell_back is False
    return [hit.page.title for hit in response.context["results"].hits]


def analyze(engine, text, analyzer):
    backend = get_search_backend("default")
    body = {"analyzer": analyzer, "text": text}
    tokens = backend.es.indices.analyze(index=engine.index.name, body=body)["tokens"]
    return [token["token"] for token in tokens]


def test_default_analyzer_stems_indonesian(opensearch):
    tokens = analyze(opensearch, "Pembangunan membangun dibangun", "default")

    assert tokens == ["bangun", "bangun", "bangun"]


def test_default_analyzer_drops_stop_words_and_folds(opensearch):
    tokens = analyze(opensearch, "Jalan yang dan di Café", "default")

    assert "yang" not in tokens
    assert "dan" not in tokens
    assert "cafe" in tokens


def test_search_analyzer_expands_abbreviations(opensearch):
    tokens = analyze(opensearch, "Wagub Kaltim", "default_search")

    assert "wakil" in tokens
    assert "gubernur" in tokens
    assert "timur" in tokens


def test_stemmed_query_finds_other_word_form(client, opensearch, archive):
    result = titles(client, opensearch.refresh, q="membangun")

    assert "Gubernur tinjau pembangunan jalan di Samarinda" in result


def test_abbreviation_finds_full_form_and_nickname(client, opensearch, archive):
    result = titles(client, opensearch.refresh, q="Kaltim")

    # The story contains "Kalimantan Timur" and the speech "Benua Etam", but neither contains "Kaltim".
    assert sorted(result) == ["Amanat Gubernur pada Hari Pahlawan", "Gubernur tinjau pembangunan jalan di Samarinda"]


def test_wagub_finds_wakil_gubernur(client, opensearch, make_activity):
    make_activity("Wakil Gubernur hadiri pameran", body=[("paragraph", "<p>Pameran produk lokal dibuka.</p>")])

    assert titles(client, opensearch.refresh, q="Wagub") == ["Wakil Gubernur hadiri pameran"]


def test_plain_analysis_misses_word_forms(client, opensearch_plain, archive):
    result = titles(client, opensearch_plain.refresh, q="membangun")

    assert "Gubernur tinjau pembangunan jalan di Samarinda" not in result


def test_phrase_search_needs_adjacent_words(client, opensearch, archive):
    assert titles(client, opensearch.refresh, q='"Benua Etam"') == ["Amanat Gubernur pada Hari Pahlawan"]
    assert titles(client, opensearch.refresh, q='"Etam Benua"') == []


def test_index_follows_unpublish_and_republish(client, opensearch, archive):
    page = archive["jalan"]

    page.unpublish()
    assert titles(client, opensearch.refresh, q="jembatan") == []

    page.save_revision().publish()
    assert titles(client, opensearch.refresh, q="jembatan") == [page.title]


def test_index_follows_edit_and_delete(client, opensearch, archive):
    page = archive["stunting"]
    page.title = "Sekda buka rapat gizi anak"
    page.save_revision().publish()
    assert titles(client, opensearch.refresh, q="gizi") == ["Sekda buka rapat gizi anak"]

    page.delete()
    assert titles(client, opensearch.refresh, q="gizi") == []
    backend = get_search_backend("default")
    opensearch.refresh()
    assert backend.es.exists(index=opensearch.index.name, id=str(page.pk)) is False


def test_index_follows_move(client, opensearch, archive, site_tree):
    page = archive["banjir"]
    page.move(site_tree.speeches, pos="last-child")

    assert titles(client, opensearch.refresh, q="banjir") == [page.title]
    stored = get_search_backend("default").es.get(index=opensearch.index.name, id=str(page.pk))
    assert stored["_source"]["path_filter"] == Page.objects.get(pk=page.pk).path


def test_private_page_is_hidden(client, opensearch, archive):
    PageViewRestriction.objects.create(page=archive["jalan"], restriction_type="login")

    assert titles(client, opensearch.refresh, q="jembatan") == []


def test_embargoed_page_is_hidden(client, opensearch, make_activity):
    go_live = datetime.datetime(2099, 1, 1, tzinfo=datetime.timezone.utc)
    make_activity("Peresmian bandara masa depan", live=False, publish=False, go_live_at=go_live)

    assert titles(client, opensearch.refresh, q="bandara") == []


def test_translation_is_searched_in_its_locale(client, opensearch, archive):
    english = Locale.objects.get_or_create(language_code="en")[0]
    page = archive["banjir"]
    translation = page.copy_for_translation(english, copy_parents=True)
    translation.title = "Provincial government delivers flood relief"
    translation.body = [("paragraph", "<p>The provincial government delivered aid to residents hit by flooding.</p>")]
    translation.save_revision().publish()

    assert titles(client, opensearch.refresh, path="/en/search/", q="flooded") == [translation.title]
    assert titles(client, opensearch.refresh, q="flood") == []
    assert titles(client, opensearch.refresh, q="banjir") == [page.title]
