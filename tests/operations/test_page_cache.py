"""Anonymous page views come from the cache, and publishing or unpublishing purges it."""

import pytest


@pytest.fixture
def story(make_activity):
    return make_activity("Gubernur Meninjau Banjir di Samarinda")


def test_second_anonymous_view_is_cache_hit(client, page_cache, story):
    first = client.get(story.url)
    second = client.get(story.url)

    assert first.status_code == 200
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


def test_published_correction_shows_at_once(client, page_cache, story):
    client.get(story.url)
    story.title = "Gubernur Meninjau Banjir di Samarinda (ralat)"
    story.save_revision().publish()

    response = client.get(story.url)

    assert response["X-Page-Cache"] == "miss"
    assert "(ralat)" in response.content.decode()


def test_unpublished_page_leaves_cache(client, page_cache, story):
    url = story.url
    assert client.get(url).status_code == 200

    story.unpublish()

    assert client.get(url).status_code == 404


def test_logged_in_editor_bypasses_cache(client, page_cache, story, superuser):
    client.get(story.url)
    client.force_login(superuser)

    response = client.get(story.url)

    assert response.status_code == 200
    assert "X-Page-Cache" not in response


def test_admin_and_health_never_cached(client, page_cache, story):
    client.get("/health/")
    client.get("/admin/login/")

    assert "X-Page-Cache" not in client.get("/health/")
    assert "X-Page-Cache" not in client.get("/admin/login/")


def test_query_strings_cached_separately(client, page_cache, site_tree):
    client.get("/id/search/?q=banjir")

    other = client.get("/id/search/?q=gubernur")

    assert other["X-Page-Cache"] == "miss"


def test_cache_off_when_seconds_zero(client, settings, story):
    settings.PAGE_CACHE_SECONDS = 0

    client.get(story.url)
    response = client.get(story.url)

    assert "X-Page-Cache" not in response


def test_tracking_redirect_hits_cache(client, page_cache, story):
    client.get(story.url)

    response = client.get(f"{story.url}?fbclid=IwAR0abc&utm_source=facebook&UTM_Medium=sosial")
    followed = client.get(response["Location"])

    assert response.status_code == 301
    assert response["Location"] == story.url
    assert followed["X-Page-Cache"] == "hit"


def test_tracking_redirect_keeps_other_parameters(client, site_tree):
    response = client.get("/id/search/", {"q": "banjir Samarinda", "type": "activity", "gclid": "x1", "page": "2"})

    assert response.status_code == 301
    assert response["Location"] == "/id/search/?q=banjir+Samarinda&type=activity&page=2"


@pytest.mark.parametrize("path", ["/id/search/?q=banjir", "/api/v2/pages/?utm_source=x", "/admin/login/?fbclid=x"])
def test_api_admin_and_clean_addresses_not_redirected(client, site_tree, path):
    assert client.get(path).status_code != 301


def test_tracking_post_not_redirected(client, site_tree):
    assert client.post("/id/search/?fbclid=x", {}).status_code != 301


@pytest.mark.parametrize("path", ["//evil.example/", "/\\evil.example/", "/%2F%2Fevil.example/"])
def test_tracking_redirect_stays_on_site(client, site_tree, path):
    response = client.get(f"{path}?fbclid=x")

    assert response.status_code == 301
    assert response["Location"].startswith("/")
    assert not response["Location"].startswith(("//", "/\\"))
