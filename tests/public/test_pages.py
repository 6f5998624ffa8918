"""What the home, leader, story and search pages show, read from the rendered HTML."""

import datetime

import pytest

pytestmark = pytest.mark.django_db


def test_home_shows_current_holders_only(client, leaders_with_offices, make_office):
    from leaders.models import Term

    former = leaders_with_offices[3]
    Term.objects.create(
        office=make_office("Gubernur periode lalu"),
        leader=former,
        start_date=datetime.date(2018, 9, 10),
        end_date=datetime.date(2023, 9, 10),
    )

    html = client.get("/id/").content.decode()

    assert "Rudy Mas&#x27;ud" in html
    assert "Sekretaris Daerah" in html
    assert former.title not in html
    assert 'action="/id/search/"' in html


def test_leader_page_links_archive_years(client, leaders_with_offices, make_activity, make_speech):
    governor = leaders_with_offices[0]
    make_activity("Kunjungan 2024", event_date=datetime.date(2024, 6, 1), leaders=[governor])
    make_activity("Kunjungan 2025", event_date=datetime.date(2025, 6, 1), leaders=[governor])
    make_activity("Kegiatan orang lain", event_date=datetime.date(2023, 6, 1), leaders=[leaders_with_offices[1]])
    make_speech("Sambutan 2022", speaker=governor, event_date=datetime.date(2022, 1, 5))

    html = client.get(governor.url).content.decode()

    assert "/id/kegiatan/?leader=rudy-masud&amp;year=2025" in html
    assert "/id/kegiatan/?leader=rudy-masud&amp;year=2024" in html
    assert "year=2023" not in html
    assert "/id/sambutan/?leader=rudy-masud&amp;year=2022" in html
    assert "Kunjungan 2025" in html
    assert "Kegiatan orang lain" not in html


def test_archive_link_filters_index(client, leaders_with_offices, make_activity):
    governor, vice = leaders_with_offices[:2]
    make_activity("Gubernur di Bontang", event_date=datetime.date(2025, 6, 1), leaders=[governor])
    make_activity("Gubernur di Berau 2024", event_date=datetime.date(2024, 6, 1), leaders=[governor])
    make_activity("Wagub di Paser", event_date=datetime.date(2025, 6, 2), leaders=[vice])

    html = client.get("/id/kegiatan/?leader=rudy-masud&year=2025").content.decode()

    assert "Gubernur di Bontang" in html
    assert "Gubernur di Berau 2024" not in html
    assert "Wagub di Paser" not in html


def test_story_links_leaders_topics_related_and_share(client, leaders_with_offices, make_activity):
    from topics.models import Topic

    governor, vice = leaders_with_offices[:2]
    topic = Topic.objects.create(name="Ketahanan pangan")
    story = make_activity("Panen raya di Kutai Kartanegara", leaders=[governor, vice], event_time=datetime.time(9, 0))
    story.topics.add(topic)
    story.save_revision().publish()
    related = make_activity("Gubernur meninjau lumbung padi", leaders=[governor], event_date=datetime.date(2025, 1, 2))
    unrelated = make_activity("Rapat koordinasi Sekda", leaders=[leaders_with_offices[2]])

    html = client.get(story.url).content.decode()

    assert f'href="{governor.url}"' in html
    assert f'href="{vice.url}"' in html
    assert "09.00 WITA" in html
    assert "Ketahanan pangan" in html
    assert related.title in html
    assert unrelated.title not in html
    assert "https://wa.me/?text=" in html
    # Scripts load after the content; JSON-LD in the head is data for crawlers, not a script.
    before_content_end = html.split("</main>")[0]
    assert before_content_end.count("<script") == before_content_end.count('<script type="application/ld+json">')


def test_search_pages_keep_query(client, make_activity):
    for number in range(12):
        make_activity(f"Peresmian jembatan desa {number}")

    html = client.get("/id/search/?q=jembatan").content.decode()

    assert "?q=jembatan&amp;page=2" in html


def test_pages_name_a_served_favicon(client, site_tree):
    import re

    html = client.get("/id/").content.decode()
    [icon] = re.findall(r'<link rel="icon" href="([^"]+)"', html)

    response = client.get(icon)
    assert response.status_code == 200
    assert b"<svg" in b"".join(response.streaming_content)
