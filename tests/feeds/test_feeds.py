"""RSS and Atom feeds: scope, order, language, and XML that parses whatever the text holds."""

import datetime

import pytest
from django.db import connection
from wagtail.models import PageViewRestriction

from .conftest import parse_atom, parse_rss, rss_titles

pytestmark = pytest.mark.django_db


def test_all_content_feed_lists_newest_first(client, make_activity, make_speech):
    make_activity("Kunjungan kerja ke Kutai Kartanegara", event_date=datetime.date(2025, 3, 1))
    make_speech("Sambutan Hari Pahlawan", event_date=datetime.date(2025, 11, 10))
    make_activity("Rapat koordinasi inflasi", event_date=datetime.date(2025, 6, 2))

    response = client.get("/id/feeds/rss.xml")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    assert rss_titles(response) == [
        "Sambutan Hari Pahlawan",
        "Rapat koordinasi inflasi",
        "Kunjungan kerja ke Kutai Kartanegara",
    ]


def test_atom_feed_parses_with_entries(client, make_activity):
    make_activity("Peresmian jembatan", event_date=datetime.date(2025, 4, 5))

    response = client.get("/id/feeds/atom.xml")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root, entries = parse_atom(response)
    assert [entry.findtext("{http://www.w3.org/2005/Atom}title") for entry in entries] == ["Peresmian jembatan"]
    link = entries[0].find("{http://www.w3.org/2005/Atom}link").get("href")
    assert link.startswith("http://testserver/id/kegiatan/")


def test_type_feed_lists_only_that_type(client, make_activity, make_speech):
    make_activity("Panen raya di Paser")
    make_speech("Amanat upacara HUT RI")

    activities = rss_titles(client.get("/id/feeds/activities/rss.xml"))
    speeches = rss_titles(client.get("/id/feeds/speeches/rss.xml"))

    assert activities == ["Panen raya di Paser"]
    assert speeches == ["Amanat upacara HUT RI"]


def test_unknown_type_is_not_found(client, site_tree):
    assert client.get("/id/feeds/photos/rss.xml").status_code == 404
    assert client.get("/id/feeds/rss.json").status_code == 404


def test_leader_feed_lists_speeches_and_activities(client, make_leader, make_activity, make_speech):
    governor = make_leader("Rudy Mas'ud", slug="rudy-masud")
    deputy = make_leader("Seno Aji", slug="seno-aji")
    make_activity("Gubernur meninjau banjir", leaders=[governor])
    make_activity("Wagub membuka pameran", leaders=[deputy])
    make_speech("Sambutan Gubernur pada Musrenbang", speaker=governor)
    make_speech("Sambutan Wagub", speaker=deputy)

    response = client.get("/id/feeds/leaders/rudy-masud/rss.xml")

    assert response.status_code == 200
    channel, items = parse_rss(response)
    assert "Rudy Mas'ud" in channel.findtext("title")
    assert sorted(item.findtext("title") for item in items) == [
        "Gubernur meninjau banjir",
        "Sambutan Gubernur pada Musrenbang",
    ]


def test_leader_feed_includes_speeches_attended(client, make_leader, make_speech):
    from speeches.models import SpeechLeader

    governor = make_leader("Rudy Mas'ud", slug="rudy-masud")
    deputy = make_leader("Seno Aji", slug="seno-aji")
    speech = make_speech("Sambutan Wagub pada rapat paripurna", speaker=deputy, publish=False)
    speech.leader_links.add(SpeechLeader(leader=governor))
    speech.save_revision().publish()

    assert rss_titles(client.get("/id/feeds/leaders/rudy-masud/rss.xml")) == ["Sambutan Wagub pada rapat paripurna"]


def test_leader_and_type_feed(client, make_leader, make_activity, make_speech):
    governor = make_leader("Rudy Mas'ud", slug="rudy-masud")
    make_activity("Gubernur meninjau banjir", leaders=[governor])
    make_speech("Sambutan Gubernur", speaker=governor)

    assert rss_titles(client.get("/id/feeds/leaders/rudy-masud/speeches/rss.xml")) == ["Sambutan Gubernur"]


def test_unknown_leader_is_not_found(client, site_tree):
    assert client.get("/id/feeds/leaders/tidak-ada/rss.xml").status_code == 404


def test_feed_follows_reader_locale(client, english, translate_page, make_activity):
    story = make_activity("Gubernur menerima tamu", event_date=datetime.date(2025, 5, 1))
    translate_page(story, english, title="Governor receives guests")
    make_activity("Hanya dalam bahasa Indonesia", event_date=datetime.date(2025, 5, 2))

    indonesian = client.get("/id/feeds/rss.xml")
    english_feed = client.get("/en/feeds/rss.xml")

    assert rss_titles(indonesian) == ["Hanya dalam bahasa Indonesia", "Gubernur menerima tamu"]
    assert rss_titles(english_feed) == ["Governor receives guests"]
    assert parse_rss(english_feed)[0].findtext("language") == "en"
    assert parse_rss(indonesian)[0].findtext("language") == "id"
    item_link = parse_rss(english_feed)[1][0].findtext("link")
    assert item_link.startswith("http://testserver/en/")


def test_leader_feed_in_english_uses_translated_leader(client, english, translate_page, make_leader, make_activity):
    governor = make_leader("Rudy Mas'ud", slug="rudy-masud")
    story = make_activity("Gubernur meninjau banjir", leaders=[governor])
    translate_page(governor, english, title="Rudy Mas'ud (Governor)")
    translate_page(story, english, title="Governor inspects the flood")

    response = client.get("/en/feeds/leaders/rudy-masud/rss.xml")

    assert response.status_code == 200
    channel, items = parse_rss(response)
    assert "Rudy Mas'ud (Governor)" in channel.findtext("title")
    assert [item.findtext("title") for item in items] == ["Governor inspects the flood"]


def control_characters():
    """C0 controls other than tab, LF and CR; PostgreSQL cannot store NUL, so it is left out there."""
    excluded = "\t\n\r" + ("\x00" if connection.vendor == "postgresql" else "")
    return "".join(chr(code) for code in range(0x20) if chr(code) not in excluded)


@pytest.mark.parametrize("feed_format", ["rss", "atom"])
def test_control_characters_are_stripped(client, make_speech, feed_format):
    controls = control_characters()
    dirty = f"Pembukaan{controls}\ufffe\ufffftahun anggaran 2025"
    make_speech(f"Sambutan{chr(0x0c)} APBD\x1b", paragraphs=[dirty, "Paragraf kedua\x0b."], listing_summary="")

    response = client.get(f"/id/feeds/speeches/{feed_format}.xml")

    assert response.status_code == 200
    text = response.content.decode("utf-8")
    for character in controls + "\ufffe\uffff":
        assert character not in text, repr(character)
    if feed_format == "rss":
        channel, items = parse_rss(response)
        assert items[0].findtext("title") == "Sambutan APBD"
        # The summary splits words on whitespace, and several C0 controls count as whitespace.
        assert "tahun anggaran 2025" in items[0].findtext("description")
        assert items[0].findtext("description").startswith("<p>Pembukaan")
    else:
        root, entries = parse_atom(response)
        assert entries[0].findtext("{http://www.w3.org/2005/Atom}title") == "Sambutan APBD"


def test_unpublished_and_embargoed_pages_are_absent(client, make_activity, make_speech, embargo):
    make_activity("Sudah terbit")
    # A page the admin creates as a draft is not live; the builders default to live=True.
    make_activity("Masih draf", publish=False, live=False)
    embargo(make_speech("Pidato embargo", publish=False, live=False))
    withdrawn = make_activity("Ditarik kembali")
    withdrawn.unpublish()

    titles = rss_titles(client.get("/id/feeds/rss.xml"))

    assert titles == ["Sudah terbit"]


def test_private_pages_are_absent(client, make_activity):
    make_activity("Terbuka")
    private = make_activity("Khusus internal")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    assert rss_titles(client.get("/id/feeds/rss.xml")) == ["Terbuka"]


def test_item_carries_summary_categories_and_author(client, make_leader, make_speech):
    governor = make_leader("Rudy Mas'ud", slug="rudy-masud")
    make_speech(
        "Sambutan Musrenbang",
        speaker=governor,
        listing_summary="Gubernur menekankan pemerataan pembangunan.",
    )

    channel, items = parse_rss(client.get("/id/feeds/rss.xml"))

    assert "Gubernur menekankan pemerataan pembangunan." in items[0].findtext("description")
    assert [category.text for category in items[0].findall("category")] == ["Rudy Mas'ud"]
    assert items[0].findtext("pubDate").startswith("Mon, 24 Feb 2025")


def test_correction_notes_join_description(client, make_activity, monkeypatch):
    from activities.models import ActivityPage

    make_activity("Kunjungan ke Berau", listing_summary="Ringkasan.")
    monkeypatch.setattr(
        ActivityPage, "public_change_notes", lambda page: ["Nama kecamatan diperbaiki."], raising=False
    )

    channel, items = parse_rss(client.get("/id/feeds/rss.xml"))
    description = items[0].findtext("description")

    assert "Koreksi:" in description
    assert "Nama kecamatan diperbaiki." in description


def test_feed_query_count_is_bounded(client, django_assert_max_num_queries, make_leader, make_activity, make_speech):
    governor = make_leader("Rudy Mas'ud", slug="rudy-masud")
    for number in range(12):
        make_activity(f"Kegiatan {number}", leaders=[governor], event_date=datetime.date(2025, 1, number + 1))
        make_speech(f"Sambutan {number}", speaker=governor, event_date=datetime.date(2025, 2, number + 1))

    client.get("/id/feeds/rss.xml")  # warm the site root cache, as a running site has
    with django_assert_max_num_queries(15):
        response = client.get("/id/feeds/rss.xml")
    assert len(parse_rss(response)[1]) == 24
    with django_assert_max_num_queries(15):
        client.get("/id/feeds/leaders/rudy-masud/atom.xml")


def test_type_feeds_describe_their_own_type(client, site_tree):
    activities, _items = parse_rss(client.get("/id/feeds/activities/rss.xml"))
    speeches, _items = parse_rss(client.get("/id/feeds/speeches/rss.xml"))
    both, _items = parse_rss(client.get("/id/feeds/rss.xml"))

    assert activities.findtext("description") == "Narasi kegiatan terbaru pimpinan provinsi, yang terbaru lebih dulu."
    assert speeches.findtext("description") == "Sambutan terbaru pimpinan provinsi, yang terbaru lebih dulu."
    assert both.findtext("description").startswith("Narasi kegiatan dan sambutan terbaru")


def test_english_feed_categories_use_translated_topics(client, english, translate_page, make_activity):
    from topics.models import Topic

    education = Topic.objects.create(name="Pendidikan")
    Topic.objects.create(name="Education", translation_key=education.translation_key, locale=english)
    health = Topic.objects.create(name="Kesehatan")
    story = make_activity("Gubernur meninjau sekolah", event_date=datetime.date(2025, 5, 1))
    story.topics.add(education, health)
    story.save_revision().publish()
    translate_page(story, english, title="Governor visits a school")

    [english_item] = parse_rss(client.get("/en/feeds/rss.xml"))[1]
    [indonesian_item] = parse_rss(client.get("/id/feeds/rss.xml"))[1]

    assert [category.text for category in english_item.findall("category")] == ["Education", "Kesehatan"]
    assert [category.text for category in indonesian_item.findall("category")] == ["Kesehatan", "Pendidikan"]
