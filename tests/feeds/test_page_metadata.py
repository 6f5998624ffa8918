"""Open Graph and Twitter card tags, schema.org JSON-LD and feed discovery links in the page head."""

import datetime

import pytest
from django.template.loader import render_to_string

from .conftest import parse_head

pytestmark = [
    pytest.mark.django_db,
    # Wagtail 8.0.1 leaves the SpooledTemporaryFile of a new rendition open (images/models.py, generate_rendition_file).
    pytest.mark.filterwarnings("ignore:Exception ignored in.*SpooledTemporaryFile:pytest.PytestUnraisableExceptionWarning"),
]


@pytest.fixture
def governor(make_leader):
    return make_leader("Rudy Mas'ud", slug="rudy-masud", full_name="H. Rudy Mas'ud, S.E., M.E.")


def test_activity_page_has_open_graph_and_news_article(client, governor, make_activity, make_photo):
    from regions.models import Region

    photo = make_photo("Gubernur di Samarinda", caption="Gubernur menyapa warga Samarinda.")
    story = make_activity(
        "Gubernur meresmikan Jembatan Mahkota",
        leaders=[governor],
        venue="Jembatan Mahkota II",
        social_image=photo,
        listing_summary="Jembatan baru menghubungkan dua kecamatan.",
        event_time=datetime.time(9, 30),
    )
    story.regions.add(Region.objects.get(name="Samarinda"))
    story.save_revision().publish()

    head = parse_head(client.get(story.url).content.decode())

    assert head.meta["og:type"] == "article"
    assert head.meta["og:title"] == "Gubernur meresmikan Jembatan Mahkota"
    assert head.meta["og:description"] == "Jembatan baru menghubungkan dua kecamatan."
    assert head.meta["og:url"].startswith("http")
    assert head.meta["og:url"].endswith(story.url)
    assert head.meta["og:locale"] == "id_ID"
    assert head.meta["og:image"].startswith("http://testserver/")
    assert head.meta["og:image:width"] == "1200"
    assert head.meta["og:image:alt"] == "Gubernur menyapa warga Samarinda."
    assert head.meta["twitter:card"] == "summary_large_image"
    assert head.meta["article:published_time"]
    [data] = head.json_ld
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Gubernur meresmikan Jembatan Mahkota"
    assert data["image"] == head.meta["og:image"]
    assert data["about"] == [{"@type": "Person", "name": "Rudy Mas'ud", "url": data["about"][0]["url"]}]
    assert data["about"][0]["url"].endswith("/id/pimpinan/rudy-masud/")
    assert data["contentLocation"]["name"] == "Jembatan Mahkota II, Samarinda"
    assert data["dateCreated"] == "2025-03-07T09:30:00+08:00"
    assert datetime.datetime.fromisoformat(data["datePublished"])
    assert data["datePublished"].endswith("+08:00")  # WITA, like article:published_time
    assert data["publisher"]["@type"] == "Organization"


def test_story_without_social_image_uses_first_body_photo(client, make_activity, make_photo):
    photo = make_photo("Foto pertama", caption="Foto pertama di badan berita.")
    story = make_activity("Kunjungan ke Mahakam Ulu", body=[("photo", {"image": photo, "caption": ""})])

    head = parse_head(client.get(story.url).content.decode())

    assert head.meta["og:image:alt"] == "Foto pertama di badan berita."
    assert head.json_ld[0]["image"] == head.meta["og:image"]


def test_page_without_photo_has_summary_card(client, make_activity):
    story = make_activity("Rapat tanpa foto")

    head = parse_head(client.get(story.url).content.decode())

    assert head.meta["twitter:card"] == "summary"
    assert "og:image" not in head.meta
    assert "image" not in head.json_ld[0]


def test_missing_image_file_does_not_break_page(client, make_activity, make_photo):
    photo = make_photo("Foto hilang")
    photo.file.storage.delete(photo.file.name)
    story = make_activity("Berita dengan foto hilang", social_image=photo)

    response = client.get(story.url)

    assert response.status_code == 200
    assert "og:image" not in parse_head(response.content.decode()).meta


def test_speech_is_creative_work_by_speaker(client, governor, make_speech):
    speech = make_speech(
        "Sambutan Gubernur pada Upacara Hari Pahlawan",
        speaker=governor,
        event_name="Upacara Peringatan Hari Pahlawan 2025",
        venue="Halaman Kantor Gubernur",
    )

    head = parse_head(client.get(speech.url).content.decode())
    [data] = head.json_ld

    assert data["@type"] == "CreativeWork"
    assert data["author"]["@type"] == "Person"
    assert data["author"]["name"] == "Rudy Mas'ud"
    assert data["creator"] == data["author"]
    assert data["recordedAt"]["@type"] == "Event"
    assert data["recordedAt"]["name"] == "Upacara Peringatan Hari Pahlawan 2025"
    assert data["locationCreated"]["name"] == "Halaman Kantor Gubernur"
    assert data["dateCreated"].startswith("2025-02-24")
    assert head.meta["og:type"] == "article"


def test_leader_is_person_with_office_and_channels(governor, make_office, make_photo, render_head):
    from leaders.models import LeaderChannel, Term

    governor.portrait = make_photo("Potret resmi", caption="Potret resmi Gubernur.")
    governor.name_variants = "Rudi Mas'ud, Harum"
    governor.channels.add(LeaderChannel(label="Instagram", url="https://www.instagram.com/example"))
    governor.save_revision().publish()
    office = make_office("Gubernur", rank=1)
    Term.objects.create(office=office, leader=governor, start_date=datetime.date(2025, 2, 20))

    head = render_head(governor)
    [data] = head.json_ld

    assert data["@type"] == "Person"
    assert data["name"] == "Rudy Mas'ud"
    assert data["alternateName"] == ["H. Rudy Mas'ud, S.E., M.E.", "Rudi Mas'ud", "Harum"]
    assert data["sameAs"] == ["https://www.instagram.com/example"]
    assert data["jobTitle"] == "Gubernur"
    assert data["image"].startswith("http://testserver/")
    assert head.meta["og:type"] == "profile"


def test_home_page_is_website(client, site_tree):
    head = parse_head(client.get("/id/").content.decode())

    assert head.json_ld[0]["@type"] == "WebSite"
    assert head.meta["og:type"] == "website"


def test_json_ld_cannot_close_script(client, make_activity):
    title = "Pidato </script><script>alert(1)</script> & <!-- komentar"
    story = make_activity(title)

    html = client.get(story.url).content.decode()
    head = parse_head(html)

    assert "</script><script>alert(1)" not in html
    assert head.json_ld[0]["headline"] == title


def test_english_page_has_english_locale(client, english, translate_page, make_activity):
    story = translate_page(make_activity("Gubernur menerima tamu"), english, title="Governor receives guests")

    head = parse_head(client.get(story.url).content.decode())

    assert head.meta["og:locale"] == "en_US"
    assert head.json_ld[0]["inLanguage"] == "en"
    assert "/en/" in head.meta["og:url"]


def test_views_without_page_have_no_page_metadata(client, site_tree):
    head = parse_head(client.get("/id/search/?q=banjir").content.decode())

    assert head.json_ld == []
    assert "og:title" not in head.meta


def test_every_page_links_the_main_feeds(client, site_tree):
    head = parse_head(client.get("/id/").content.decode())

    hrefs = {(link["type"], link["href"]) for link in head.alternates}
    assert ("application/rss+xml", "/id/feeds/rss.xml") in hrefs
    assert ("application/atom+xml", "/id/feeds/atom.xml") in hrefs


def test_index_page_links_its_type_feed(client, site_tree):
    head = parse_head(client.get("/id/sambutan/").content.decode())

    hrefs = [link["href"] for link in head.alternates]
    assert "/id/feeds/speeches/rss.xml" in hrefs
    assert "/id/feeds/activities/rss.xml" not in hrefs


def test_leader_page_links_leader_feed_that_works(client, rf, governor):
    request = rf.get(governor.url)
    html = render_to_string("core/includes/feed_links.html", {"page": governor, "request": request})
    head = parse_head(html)

    hrefs = [link["href"] for link in head.alternates]
    assert "/id/feeds/leaders/rudy-masud/rss.xml" in hrefs
    for href in hrefs:
        assert client.get(href).status_code == 200, href


def test_meta_tags_query_count_is_bounded(django_assert_max_num_queries, make_leader, make_activity, make_photo, render_head):
    from activities.models import ActivityPage
    from topics.models import Topic

    leaders = [make_leader(f"Pimpinan {number}", slug=f"pimpinan-{number}") for number in range(4)]
    story = make_activity("Rapat besar", leaders=leaders, social_image=make_photo("Foto rapat"), venue="Lamin Etam")
    story.topics.add(Topic.objects.create(name="Pembangunan", slug="pembangunan"))
    story.save_revision().publish()
    render_head(story)  # creates the rendition, which a running site has already

    page = ActivityPage.objects.get(pk=story.pk)
    with django_assert_max_num_queries(8):
        head = render_head(page)
    assert len(head.json_ld[0]["about"]) == 4


def test_preview_of_unsaved_story_renders(site_tree, governor, make_photo, render_head):
    from activities.models import ActivityLeader, ActivityPage

    story = ActivityPage(title="Pratinjau berita", locale=site_tree.activities.locale, social_image=make_photo("Foto"))
    story.leader_links.add(ActivityLeader(leader=governor))

    head = render_head(story, path="/admin/pages/add/activities/activitypage/4/preview/")

    assert head.json_ld[0]["@type"] == "NewsArticle"
    assert head.json_ld[0]["about"][0]["name"] == "Rudy Mas'ud"
    assert "datePublished" not in head.json_ld[0]
