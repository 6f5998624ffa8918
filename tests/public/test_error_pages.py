"""404 and 500 pages: in the site's style and the reader's language, and 500 without a request context."""

import pytest
from django.test import Client, RequestFactory
from django.utils import translation
from django.views.defaults import server_error

pytestmark = pytest.mark.django_db


def test_404_is_styled_and_in_indonesian(client, tree):
    response = client.get("/id/tidak-ada-halaman-ini/")

    html = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="id">' in html
    assert "css/site.css" in html
    assert 'role="search"' in html
    with translation.override("id"):
        assert translation.gettext("Page not found") in html


def test_404_follows_english_prefix(client, tree):
    response = client.get("/en/no-such-page/")

    html = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="en">' in html
    assert "Page not found" in html


def test_500_renders_without_request_context():
    request = RequestFactory().get("/id/")

    with translation.override("id"):
        response = server_error(request)

    html = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="id">' in html
    assert "css/site.css" in html
    assert 'href="/id/"' in html


def test_500_page_served_for_crashing_view(tree, monkeypatch):
    from home.models import HomePage

    def crash(self, request, *args, **kwargs):
        raise RuntimeError("simulated failure")

    monkeypatch.setattr(HomePage, "get_context", crash)
    client = Client(raise_request_exception=False)

    response = client.get("/en/")

    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()
