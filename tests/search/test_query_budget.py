"""The search page stays within the public site's budget of 15 SQL queries per page."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from speeches.models import SpeechLeader
from tests.public.conftest import leaders_with_offices, make_photo, make_story  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15


@pytest.fixture
def photo_archive(make_photo, make_story, make_speech, leaders_with_offices, make_region, make_topic):  # noqa: F811
    """Eight stories (one with ten photos) and four speeches that all match "Gubernur"."""
    leaders = leaders_with_offices
    topic = make_topic("Infrastruktur")
    region = make_region("Samarinda")
    photos = [make_photo(title=f"Foto {n}", colour=(n * 20, 60, 90)) for n in range(10)]
    story = make_story(photos=photos, leaders=leaders, venue="Jembatan Mahakam", event_date=datetime.date(2025, 6, 2))
    story.topics.add(topic)
    story.regions.add(region)
    story.save_revision().publish()
    for n in range(7):
        other = make_story(title=f"Kegiatan lain {n}", leaders=leaders[:2], event_date=datetime.date(2024, 5, n + 1))
        other.topics.add(topic)
        other.save_revision().publish()
    for n in range(4):
        speech = make_speech(
            f"Sambutan Gubernur {n}",
            paragraphs=[f"Paragraf {i} sambutan." for i in range(30)],
            speaker=leaders[0],
            event_date=datetime.date(2025, 3, n + 1),
        )
        speech.leader_links.add(SpeechLeader(leader=leaders[1]))
        speech.topics.add(topic)
        speech.regions.add(region)
        speech.save_revision().publish()
    return {"leader": leaders[0], "topic": topic, "region": region}


def count_queries(client, url):
    """Return (status, total, SQL of each query) of the second request for `url`.

    The first request creates renditions and fills Wagtail's caches; the budget is for every later one.
    """
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    total = response.context["outcome"].total if response.context else None
    return response.status_code, total, [query["sql"] for query in captured.captured_queries]


def assert_within_budget(client, url, expected_total):
    status, total, queries = count_queries(client, url)

    assert status == 200
    assert total == expected_total
    assert len(queries) <= MAX_QUERIES, "\n".join([f"{len(queries)} queries for {url}:", *queries])


def test_plain_query_within_budget(client, photo_archive):
    assert_within_budget(client, "/id/search/?q=Gubernur", 12)


def test_second_result_page_within_budget(client, photo_archive):
    assert_within_budget(client, "/id/search/?q=Gubernur&page=2", 12)


def test_filtered_query_within_budget(client, photo_archive):
    leader = photo_archive["leader"].slug
    topic = photo_archive["topic"].slug
    region = photo_archive["region"].slug
    url = f"/id/search/?q=Gubernur&leader={leader}&year=2025&topic={topic}&region={region}"

    assert_within_budget(client, url, 5)


def test_browse_by_type_within_budget(client, photo_archive):
    assert_within_budget(client, "/id/search/?type=activity", 8)


def test_browse_by_leader_within_budget(client, photo_archive):
    assert_within_budget(client, f"/id/search/?leader={photo_archive['leader'].slug}", 12)


def test_browse_sorted_oldest_within_budget(client, photo_archive):
    assert_within_budget(client, "/id/search/?type=speech&sort=oldest", 4)


def test_english_locale_within_budget(client, photo_archive):
    # The test database has no English locale, so Locale.get_active() falls back to Indonesian.
    assert_within_budget(client, "/en/search/?q=Gubernur", 12)


def test_no_match_within_budget(client, photo_archive):
    assert_within_budget(client, "/id/search/?q=zzzxqw", 0)


def test_unknown_filter_slug_within_budget(client, photo_archive):
    assert_within_budget(client, "/id/search/?q=Gubernur&leader=tidak-ada&region=tidak-ada", 12)
