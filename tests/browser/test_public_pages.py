"""The public pages in a real browser: content, keyboard use, page weight and axe-core's checks."""

import re
from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect

from .conftest import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# A story page with 10 photos must load in under this many bytes at a phone's width.
MAX_STORY_BYTES = 500 * 1024


def assert_accessible(page):
    violations = axe_violations(page)
    assert violations == [], "\n".join(violations)


def test_home_lists_offices_news_and_search(page, live_server, site_content):
    page.goto(f"{live_server.url}/id/")

    expect(page.locator("main h1")).to_be_visible()
    holders = page.locator(".office-holders")
    expect(holders).to_contain_text("Rudy Mas'ud")
    expect(holders).to_contain_text("Wakil Gubernur")
    expect(page.locator("#latest-activities + ul")).to_contain_text("Gubernur meninjau jembatan Mahakam")
    expect(page.locator("#latest-speeches + ul")).to_contain_text("Sambutan Gubernur pada Rapat Paripurna DPRD")
    expect(page.get_by_role("search")).to_be_visible()
    assert_accessible(page)


def test_leader_page_links_archive_by_year(page, live_server, site_content):
    page.goto(live_server.url + site_content["governor"].url)

    expect(page.locator("main h1")).to_have_text("Rudy Mas'ud")
    expect(page.locator(".terms")).to_contain_text("Gubernur")
    expect(page.locator(".terms")).to_contain_text("20 Februari 2025")
    assert_accessible(page)

    page.locator(".archive-years a", has_text="2025").first.click()

    assert re.search(r"/id/kegiatan/\?leader=rudy-masud&year=2025$", page.url)
    expect(page.locator(".entry-list")).to_contain_text("Gubernur meninjau jembatan Mahakam")
    expect(page.locator(".entry-list")).not_to_contain_text("pameran UMKM")
    assert_accessible(page)


def test_story_gallery_works_by_keyboard(page, live_server, site_content):
    page.goto(live_server.url + site_content["story"].url)
    expect(page.locator(".story-header")).to_contain_text("Seno Aji")
    expect(page.locator(".story-header .place")).to_contain_text("Jembatan Mahakam")
    assert_accessible(page)

    first = page.locator("[data-lightbox-item]").first
    first.focus()
    page.keyboard.press("Enter")
    dialog = page.locator("dialog.lightbox")
    expect(dialog).to_have_attribute("open", "")
    expect(dialog.locator(".lightbox__position")).to_have_text("Foto 1 dari 9")
    expect(dialog.locator("img")).to_have_attribute("alt", "Gubernur meninjau jembatan, foto 2")
    assert_accessible(page)

    page.keyboard.press("ArrowRight")
    expect(dialog.locator(".lightbox__position")).to_have_text("Foto 2 dari 9")
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    expect(dialog.locator(".lightbox__position")).to_have_text("Foto 9 dari 9")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Escape")

    expect(dialog).not_to_have_attribute("open", "")
    assert page.evaluate("document.activeElement === document.querySelector('[data-lightbox-item]')")


def test_story_with_ten_photos_is_light_on_a_phone(browser, live_server, site_content):
    url = live_server.url + site_content["story"].url
    warm = browser.new_page(bypass_csp=True)
    warm.goto(url)  # The first view creates the renditions; the measured view is a reader's.
    warm.close()

    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True, bypass_csp=True
    )
    phone = context.new_page()
    transferred = []
    phone.on("requestfinished", lambda request: transferred.append((request.url, request.sizes())))
    phone.goto(url, wait_until="networkidle")
    context.close()

    total = sum(sizes["responseBodySize"] + sizes["responseHeadersSize"] for _, sizes in transferred)
    listing = "\n".join(f"{sizes['responseBodySize']:>8} {address}" for address, sizes in transferred)
    assert total < MAX_STORY_BYTES, f"{total} bytes on first load:\n{listing}"
    assert not any("original_images" in address for address, _ in transferred)
    assert all(address.startswith(live_server.url) for address, _ in transferred)


def test_speech_paragraph_link_and_cite(page, live_server, site_content):
    page.goto(live_server.url + site_content["speech"].url)
    assert_accessible(page)

    page.locator('a.paragraph-number[href="#p3"]').click()

    assert page.url.endswith("#p3")
    expect(page.locator("#p3")).to_contain_text("Paragraf ke-3")
    cite = page.locator("#cite")
    expect(cite.locator("a.permalink")).to_have_attribute("href", re.compile(r"/id/sambutan/.+/#p3$"))
    expect(page.locator("#citation-id")).to_contain_text("Dr. H. Rudy Mas'ud, S.E., M.E., Gubernur Kalimantan Timur")
    expect(page.locator("#citation-id")).to_contain_text("paragraf 3")
    expect(page.locator("#citation-id")).to_contain_text("diakses")
    expect(page.locator("#citation-en")).to_contain_text("paragraph 3")
    expect(page.locator("#citation-en")).to_contain_text("accessed")

    page.emulate_media(media="print")
    expect(page.locator(".site-nav")).to_be_hidden()
    expect(page.locator("#p12")).to_be_visible()


def test_search_from_home_finds_story(page, live_server, site_content):
    page.goto(f"{live_server.url}/id/")

    page.get_by_role("searchbox").first.fill("jembatan")
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(r"/id/search/\?q=jembatan"))
    expect(page.locator("main")).to_contain_text("Gubernur meninjau jembatan Mahakam")
    assert_accessible(page)


def test_language_prefix_switches_interface(page, live_server, site_content):
    page.goto(f"{live_server.url}/id/")
    switcher = page.locator('a[hreflang="en"]')
    if switcher.count():
        switcher.first.click()
    else:
        page.goto(f"{live_server.url}/en/")

    assert page.url.startswith(f"{live_server.url}/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator(".site-nav a").first).to_have_attribute("href", "/en/pimpinan/")
    expect(page.locator(".site-nav")).to_contain_text("Leaders")
    assert_accessible(page)

    page.goto(f"{live_server.url}/id/")
    expect(page.locator("html")).to_have_attribute("lang", "id")
    expect(page.locator(".site-nav a").first).to_have_attribute("href", "/id/pimpinan/")


def test_feed_is_discoverable_from_home(page, live_server, site_content):
    page.goto(f"{live_server.url}/id/")
    feeds = page.locator('link[rel="alternate"][type="application/rss+xml"], link[rel="alternate"][type="application/atom+xml"]')
    assert feeds.count() >= 1

    response = page.request.get(urljoin(live_server.url, feeds.first.get_attribute("href")))

    assert response.status == 200
    assert response.text().lstrip().startswith("<?xml")


def test_press_kit_and_error_page_are_accessible(page, live_server, site_content):
    story = site_content["story"]
    page.goto(f"{live_server.url}/id/pers/kegiatan/{story.pk}/")
    expect(page.locator("main")).to_contain_text("Biro Adpim Setdaprov Kaltim")
    assert_accessible(page)

    response = page.goto(f"{live_server.url}/id/tidak-ada/")
    assert response.status == 404
    assert_accessible(page)
