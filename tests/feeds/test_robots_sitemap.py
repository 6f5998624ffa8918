"""robots.txt and sitemap.xml: the rules crawlers read, and that only live, public pages are listed."""

import pytest
from defusedxml import ElementTree
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_robots_txt_points_to_sitemap(client, site_tree):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    assert "Disallow: /id/search/" in lines
    assert "Disallow: /en/search/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_robots_txt_rejects_post(client, site_tree):
    assert client.post("/robots.txt").status_code == 405


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    return [url.findtext(f"{SITEMAP}loc") for url in root.findall(f"{SITEMAP}url")]


def test_sitemap_lists_live_pages_only(client, make_activity, make_speech, embargo):
    published = make_activity("Sudah terbit")
    make_activity("Masih draf", publish=False, live=False)
    embargoed = embargo(make_speech("Pidato embargo", publish=False, live=False))
    private = make_activity("Khusus internal")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="rahasia")

    locations = sitemap_locations(client)

    assert any(location.endswith(published.url) for location in locations)
    assert any(location.endswith("/id/kegiatan/") for location in locations)
    assert not any("masih-draf" in location for location in locations)
    assert not any(location.endswith(embargoed.url) for location in locations)
    assert not any("khusus-internal" in location for location in locations)
