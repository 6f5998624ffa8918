"""The language switcher: to the translation when it is live, else to a section index, saying so."""

import pytest
from translation import drafts

FALLBACK_NOTICE_EN = "has no translation in this language yet"


@pytest.fixture
def published_pair(admin_user, make_activity, start_translation, translate_strings):
    source = make_activity("Gubernur meresmikan jembatan Mahakam")
    english = start_translation(source)
    translation = translate_strings(source, {"Gubernur meresmikan jembatan Mahakam": "Governor opens the Mahakam bridge"})
    state = drafts.submit_translation(translation.translations.get(target_locale=english.locale), user=admin_user)
    state.current_task_state.task.specific.on_action(state.current_task_state, admin_user, "approve")
    english.refresh_from_db()
    return source, english


def _switcher(html):
    start = html.index('class="language-switcher"')
    return html[start : html.index("</nav>", start)]


def test_switcher_links_to_translation(client, published_pair):
    source, english = published_pair

    html = client.get(source.url).content.decode()

    assert f'href="{english.url}" hreflang="en"' in _switcher(html)


def test_switcher_links_back_to_source(client, published_pair):
    source, english = published_pair

    html = client.get(english.url).content.decode()

    assert f'href="{source.url}" hreflang="id"' in _switcher(html)


def test_untranslated_page_falls_back_to_index(client, english_tree, make_activity):
    source = make_activity("Wagub menghadiri musyawarah perencanaan pembangunan")

    html = client.get(source.url).content.decode()

    assert 'href="/en/kegiatan/?untranslated=1" hreflang="en"' in _switcher(html)


def test_draft_translation_counts_as_missing(client, make_activity, start_translation):
    source = make_activity("Sekda membuka pelatihan aparatur")
    start_translation(source)

    html = client.get(source.url).content.decode()

    assert 'href="/en/kegiatan/?untranslated=1"' in _switcher(html)


def test_fallback_page_shows_notice(client, english_tree):
    response = client.get("/en/kegiatan/?untranslated=1")

    assert response.status_code == 200
    assert FALLBACK_NOTICE_EN in response.content.decode()


def test_notice_absent_without_flag(client, english_tree):
    for query in ("", "?untranslated=0", "?untranslated=%3Cscript%3E"):
        response = client.get(f"/en/kegiatan/{query}")
        assert response.status_code == 200
        assert FALLBACK_NOTICE_EN not in response.content.decode()


def test_fallback_notice_in_indonesian(client, english_tree):
    html = client.get("/id/kegiatan/?untranslated=1").content.decode()

    assert "Halaman asal Anda belum tersedia dalam bahasa ini" in html
    assert FALLBACK_NOTICE_EN not in html


def test_switcher_names_languages_natively(client, english_tree):
    indonesian = _switcher(client.get("/id/kegiatan/").content.decode())
    english = _switcher(client.get("/en/kegiatan/").content.decode())

    assert ">Bahasa Indonesia<" in indonesian
    assert ">English<" in indonesian
    assert ">Bahasa Indonesia<" in english
    assert ">English<" in english


def test_untranslated_without_english_tree(client, make_activity):
    source = make_activity("Gubernur menerima penghargaan")

    response = client.get(source.url)

    assert response.status_code == 200
    assert 'href="/en/?untranslated=1"' in _switcher(response.content.decode())


def test_switcher_on_search_keeps_query(client, english_tree):
    html = client.get("/id/search/?q=jembatan").content.decode()

    assert 'href="/en/search/?q=jembatan" hreflang="en"' in _switcher(html)


def test_english_root_serves_home(client, english_tree):
    response = client.get("/en/")

    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()


def test_english_index_lists_no_indonesian_pages(client, english_tree, make_activity):
    make_activity("Gubernur meresmikan jembatan Mahakam")

    html = client.get("/en/kegiatan/").content.decode()

    assert "Gubernur meresmikan" not in html


def test_draft_translation_not_served(client, make_activity, start_translation):
    source = make_activity("Gubernur membuka pameran UMKM")
    english = start_translation(source)

    response = client.get(f"/en/kegiatan/{english.slug}/")

    assert response.status_code == 404


def test_switcher_on_unresolved_path(rf, english_tree):
    from translation.alternates import switcher_links

    request = rf.get("/id/tidak-ada-halaman-ini/")

    links = {link.language_code: link for link in switcher_links(request, current_language="id")}

    assert links["en"].url == "/en/"
    assert links["id"].url == "/id/tidak-ada-halaman-ini/"
    assert links["id"].is_current
