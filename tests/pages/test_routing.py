"""The serve view's route lookup finds the same page as Wagtail's, with fewer queries."""

import pytest
from django.http import Http404
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

from core.models.routing import route_from_root
from translation.english_tree import ensure_english_tree

pytestmark = pytest.mark.django_db


def wagtail_route(site, request, path):
    """Wagtail's own lookup, as Page.route_for_request does it."""
    components = [component for component in path.split("/") if component]
    try:
        return site.root_page.localized.specific.route(request, components)
    except Http404:
        return None


def routed_page(result):
    return None if result is None else (type(result.page), result.page.pk)


@pytest.fixture
def tree(site_tree, make_activity, make_leader):
    english = ensure_english_tree()
    story = make_activity("Gubernur meresmikan jembatan")
    leader = make_leader("Rudy Mas'ud")
    return {"english": english, "story": story, "leader": leader}


PATHS = ["", "kegiatan/", "sambutan/", "pimpinan/", "tidak-ada/", "kegiatan/tidak-ada/", "kegiatan/a\x00b/"]


@pytest.mark.parametrize("language", ["id", "en"])
def test_route_matches_wagtail(tree, language):
    site = Site.objects.get(is_default_site=True)
    paths = PATHS + [f"kegiatan/{tree['story'].slug}/", f"pimpinan/{tree['leader'].slug}/"]
    request = RequestFactory().get("/")
    with translation.override(language):
        for path in paths:
            if "\x00" in path:
                assert route_from_root(site, request, path) is None
                continue
            assert routed_page(route_from_root(site, request, path)) == routed_page(wagtail_route(site, request, path)), path


def test_english_address_serves_english_pages(tree, client):
    english = tree["english"]
    assert client.get("/en/").context["page"].pk == english.home.pk
    assert client.get("/en/kegiatan/").context["page"].pk == english.activities.pk


def test_draft_english_home_uses_root(tree):
    tree["english"].home.unpublish()
    site = Site.objects.get(is_default_site=True)
    request = RequestFactory().get("/")
    with translation.override("en"):
        result = route_from_root(site, request, "")
        assert routed_page(result) == routed_page(wagtail_route(site, request, ""))
    assert result.page.pk == tree["english"].home.get_translation(site.root_page.locale).pk


def test_home_child_specific_in_one_query(tree, django_assert_num_queries):
    home = tree["english"].home.get_translation(Site.objects.get(is_default_site=True).root_page.locale).specific
    request = RequestFactory().get("/")
    with django_assert_num_queries(1):
        index = home.route(request, ["kegiatan"]).page
    fresh = Page.objects.get(pk=index.pk).specific
    assert type(index) is type(fresh)
    assert (index.title, index.url_path, index.live, index.intro) == (fresh.title, fresh.url_path, fresh.live, fresh.intro)
    assert index.get_parent().pk == home.pk


def restriction_ids(page):
    return sorted(page.get_view_restrictions().values_list("pk", flat=True))


def wagtail_restriction_ids(page):
    return sorted(Page.get_view_restrictions(page).values_list("pk", flat=True))


def test_view_restrictions_match_wagtail(tree, make_activity):
    story = tree["story"]
    alias = story.create_alias(update_slug="salinan-jembatan")
    assert restriction_ids(story) == wagtail_restriction_ids(story) == []

    on_story = PageViewRestriction.objects.create(page=story, restriction_type="password", password="rahasia")
    assert restriction_ids(story) == wagtail_restriction_ids(story) == [on_story.pk]
    assert restriction_ids(alias.specific) == wagtail_restriction_ids(alias.specific) == [on_story.pk]

    index = story.get_parent()
    on_index = PageViewRestriction.objects.create(page=index, restriction_type="login")
    other = make_activity("Wakil Gubernur menerima tamu")
    assert restriction_ids(other) == wagtail_restriction_ids(other) == [on_index.pk]
    assert restriction_ids(story) == wagtail_restriction_ids(story) == sorted([on_story.pk, on_index.pk])


def test_password_section_hides_story(tree, client):
    story = tree["story"]
    PageViewRestriction.objects.create(page=story.get_parent(), restriction_type="password", password="rahasia")
    response = client.get(story.url)
    assert response.status_code == 200
    assert "Gubernur meresmikan jembatan" not in response.content.decode()
    assert b'name="password"' in response.content
