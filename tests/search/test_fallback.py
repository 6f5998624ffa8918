"""When the engine is down or slow, search uses the database backend and shows a notice.
Edits made meanwhile are queued and reach the engine with `replay_search_backlog`."""

import socket
import threading

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from config.settings.search import build_search_backends
from search.models import PendingIndexUpdate

pytestmark = pytest.mark.django_db


def titles(response):
    return [hit.page.title for hit in response.context["results"].hits]


@pytest.fixture
def silent_engine(db):
    """An engine address that accepts connections and never responds, to force a timeout."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    accepted = []
    stop = threading.Event()

    def accept_forever():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept_forever, daemon=True)
    thread.start()
    port = listener.getsockname()[1]
    backends = build_search_backends("opensearch3", f"http://127.0.0.1:{port}", "potret_silent_", 1)
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        yield
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    listener.close()


def test_search_falls_back_when_engine_refuses(client, archive, dead_engine, caplog):
    response = client.get("/id/search/", {"q": "jembatan"})

    assert response.status_code == 200
    assert response.context["outcome"].fell_back is True
    assert titles(response) == ["Gubernur tinjau pembangunan jalan di Samarinda"]
    assert b"data-search-fallback" in response.content


def test_search_falls_back_when_engine_times_out(client, archive, silent_engine):
    response = client.get("/id/search/", {"q": "jembatan"})

    assert response.context["outcome"].fell_back is True
    assert titles(response) == ["Gubernur tinjau pembangunan jalan di Samarinda"]


def test_autocomplete_and_quote_check_fall_back(client, archive, dead_engine):
    suggestions = client.get("/id/search/autocomplete/", {"q": "Gubernur tin"}).json()
    quote = client.get("/id/search/cek-kutipan/", {"quote": "mewariskan semangat persatuan yang harus kita jaga"})

    assert suggestions["fallback"] is True
    assert [item["title"] for item in suggestions["suggestions"]] == ["Gubernur tinjau pembangunan jalan di Samarinda"]
    assert quote.context["outcome"].fell_back is True
    assert [hit.page.title for hit in quote.context["outcome"].exact] == ["Amanat Gubernur pada Hari Pahlawan"]


def test_database_fallback_index_follows_edits_during_outage(client, archive, dead_engine):
    page = archive["stunting"]
    page.title = "Sekda buka rapat gizi anak"
    page.save_revision().publish()

    response = client.get("/id/search/", {"q": "gizi"})

    assert titles(response) == ["Sekda buka rapat gizi anak"]


def test_failed_engine_writes_are_queued(archive, dead_engine):
    page = archive["stunting"]
    page.title = "Sekda buka rapat gizi anak"
    page.save_revision().publish()
    archive["banjir"].delete()

    queued = {(entry.object_id, entry.deleted) for entry in PendingIndexUpdate.objects.all()}
    assert (str(page.pk), False) in queued
    assert (str(archive["banjir"].pk), True) in queued


def test_replay_keeps_backlog_while_engine_is_down(archive, dead_engine):
    archive["stunting"].save_revision().publish()
    before = PendingIndexUpdate.objects.count()

    with pytest.raises(CommandError, match="ConnectionError"):
        call_command("replay_search_backlog")

    assert before > 0
    assert PendingIndexUpdate.objects.count() == before


@pytest.mark.opensearch
def test_edits_during_outage_reach_engine_after_replay(client, opensearch, archive):
    page = archive["stunting"]
    deleted = archive["banjir"]
    dead = build_search_backends("opensearch3", "http://127.0.0.1:9", "potret_dead_", 1)
    with override_settings(WAGTAILSEARCH_BACKENDS=dead):
        page.title = "Sekda buka rapat gizi anak"
        page.save_revision().publish()
        deleted.delete()
    client.get("/id/search/", {"q": "warmup"})
    from django.core.cache import cache

    cache.clear()
    opensearch.refresh()
    stale = client.get("/id/search/", {"q": "gizi"})
    assert stale.context["outcome"].fell_back is False
    assert titles(stale) == []

    call_command("replay_search_backlog")
    opensearch.refresh()

    fresh = client.get("/id/search/", {"q": "gizi"})
    assert titles(fresh) == ["Sekda buka rapat gizi anak"]
    assert PendingIndexUpdate.objects.count() == 0
    from wagtail.search.backends import get_search_backend

    engine = get_search_backend("default")
    assert engine.es.exists(index=opensearch.index.name, id=str(deleted.pk)) is False


def test_engine_left_alone_after_failure(client, archive, dead_engine, monkeypatch):
    from search import engine

    client.get("/id/search/", {"q": "jembatan"})
    calls = []
    monkeypatch.setattr(engine, "engine_match_ids", lambda *args, **kwargs: calls.append(args) or [])

    response = client.get("/id/search/", {"q": "jembatan"})

    assert calls == []
    assert response.context["outcome"].fell_back is True
