"""hreflang alternates in the page head and in the sitemap list only live translations."""

import re

import pytest

from translation import drafts


@pytest.fixture
def published_pair(admin_user, make_speech, start_translation, translate_strings):
    source = make_speech("Sambutan Gubernur pada peringatan Hari Jadi Provinsi")
    english = start_translation(source)
    translation = translate_strings(
        source, {"Sambutan Gubernur pada peringatan Hari Jadi Provinsi": "Governor's remarks on the Province Anniversary"}
    )
    state = drafts.submit_translation(translation.translations.get(target_locale=english.locale), user=admin_user)
    state.current_task_state.task.specific.on_action(state.current_task_state, admin_user, "approve")
    english.refresh_from_db()
    return source, english


def _head_alternates(html):
    head = html[: html.index("</head>")]
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', head))


def test_head_lists_both_languages(client, published_pair):
    source, english = published_pair

    alternates = _head_alternates(client.get(source.url).content.decode())

    assert alternates == {
        "id": source.get_full_url(),
        "en": english.get_full_url(),
        "x-default": source.get_full_url(),
    }


def test_head_same_on_translation(client, published_pair):
    source, english = published_pair

    assert _head_alternates(client.get(english.url).content.decode()) == _head_alternates(
        client.get(source.url).content.decode()
    )


def test_untranslated_page_has_no_alternates(client, english_tree, make_activity, start_translation):
    source = make_activity("Gubernur meninjau pembangunan bendungan")
    start_translation(source)

    assert _head_alternates(client.get(source.url).content.decode()) == {}


def test_search_page_has_no_alternates(client, english_tree):
    assert _head_alternates(client.get("/id/search/").content.decode()) == {}


def test_sitemap_has_both_trees(client, published_pair):
    source, english = published_pair

    xml = client.get("/sitemap.xml").content.decode()

    assert f"<loc>{source.get_full_url()}</loc>" in xml
    assert f"<loc>{english.get_full_url()}</loc>" in xml
    assert "<loc>http://localhost/en/kegiatan/</loc>" in xml or "/en/kegiatan/</loc>" in xml


def test_sitemap_alternates_for_translated_page(client, published_pair):
    source, english = published_pair

    xml = client.get("/sitemap.xml").content.decode()
    entry = xml[xml.index(f"<loc>{source.get_full_url()}</loc>") :]
    entry = entry[: entry.index("</url>")]

    assert f'hreflang="en" href="{english.get_full_url()}"' in entry
    assert f'hreflang="x-default" href="{source.get_full_url()}"' in entry


def test_sitemap_omits_draft_translation(client, english_tree, make_activity, start_translation):
    source = make_activity("Wagub meninjau pasar murah")
    english = start_translation(source)

    xml = client.get("/sitemap.xml").content.decode()

    assert f"<loc>{source.get_full_url()}</loc>" in xml
    assert english.get_full_url() not in xml
