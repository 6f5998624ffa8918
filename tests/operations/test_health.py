"""The health endpoint reports database and search status as JSON and leaks no secret."""

import json
import socket

import pytest


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.django_db
def test_health_reports_database_and_search(client):
    response = client.get("/health/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"]["status"] == "ok"
    assert body["search"]["status"] == "ok"
    assert body["search"]["backend"] == "database"
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_health_exposes_no_secret_or_address(client, settings):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.opensearch2", "URLS": ["http://elastic:s3cr3t-pw@127.0.0.1:1"], "TIMEOUT": 1, "INDEX": "potret_wagtail"},
    }
    raw = client.get("/health/").content.decode()

    assert settings.SECRET_KEY not in raw
    assert "s3cr3t-pw" not in raw
    assert "127.0.0.1" not in raw
    assert str(settings.DATABASES["default"]["NAME"]) not in raw


@pytest.mark.django_db
def test_health_degraded_when_search_engine_down(client, settings):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch2",
            "URLS": [f"http://127.0.0.1:{closed_port()}"],
            "TIMEOUT": 1,
            "INDEX": "potret_wagtail",
        },
    }

    response = client.get("/health/")

    assert response.status_code == 200
    body = json.loads(response.content)
    assert body["status"] == "degraded"
    assert body["database"]["status"] == "ok"
    assert body["search"]["status"] == "unavailable"
    assert body["search"]["backend"] == "opensearch2"


def test_health_rejects_post(client):
    response = client.post("/health/")

    assert response.status_code == 405

