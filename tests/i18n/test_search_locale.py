"""Search, and the locale helper for feeds and the API, return pages in the reader's language only."""

import pytest
from django.utils import translation as django_translation
from wagtail.models import Page

from translation import drafts
from translation.locales import live_pages_in_locale, locale_for_language


@pytest.fixture
def bridge_story(admin_user, make_activity, start_translation, translate_strings):
    source = make_activity("Gubernur meresmikan jembatan Mahakam Ulu")
    english = start_translation(source)
    translation = translate_strings(source, {"Gubernur meresmikan jembatan Mahakam Ulu": "Governor opens the Mahakam Ulu bridge"})
    state = drafts.submit_translation(translation.translations.get(target_locale=english.locale), user=admin_user)
    state.current_task_state.task.specific.on_action(state.current_task_state, admin_user, "approve")
    english.refresh_from_db()
    return source, english


def _result_titles(client, url):
    response = client.get(url)
    assert response.status_code == 200
    # The merged search view pages through ids; the pages themselves are on the hits.
    return [hit.page.title for hit in response.context["results"].hits]


def test_indonesian_search_finds_source(client, bridge_story):
    assert _result_titles(client, "/id/search/?q=Mahakam") == ["Gubernur meresmikan jembatan Mahakam Ulu"]


def test_english_search_finds_translation(client, bridge_story):
    assert _result_titles(client, "/en/search/?q=Mahakam") == ["Governor opens the Mahakam Ulu bridge"]


def test_english_search_skips_draft_translation(client, english_tree, make_activity, start_translation):
    source = make_activity("Wagub meninjau pelabuhan Kariangau")
    start_translation(source)

    assert _result_titles(client, "/en/search/?q=Kariangau") == []
    assert _result_titles(client, "/id/search/?q=Kariangau") == ["Wagub meninjau pelabuhan Kariangau"]


def test_english_words_not_found_in_indonesian(client, bridge_story):
    assert _result_titles(client, "/id/search/?q=Governor") == []


@pytest.mark.parametrize("code", ["en", "EN", "en-us", " en "])
def test_locale_for_language_accepts_variants(english_tree, code):
    assert locale_for_language(code).language_code == "en"


@pytest.mark.parametrize("code", ["fr", "", None, "<script>", "e" * 500])
def test_locale_for_bad_code_uses_active(english_tree, code):
    with django_translation.override("id"):
        assert locale_for_language(code).language_code == "id"


def test_live_pages_in_locale(bridge_story):
    source, english = bridge_story

    with django_translation.override("en"):
        pages = live_pages_in_locale(Page.objects.type(type(source)))

    assert list(pages) == [Page.objects.get(pk=english.pk)]
