"""Every public page stays within 15 SQL queries however much it shows."""

import datetime

import pytest

from speeches.models import SpeechLeader

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15


@pytest.fixture
def archive(make_photo, make_story, make_speech, leaders_with_offices):
    """A story with 10 photos and 5 leaders, six more stories and three speeches."""
    from topics.models import Topic

    leaders = leaders_with_offices
    topic = Topic.objects.create(name="Infrastruktur")
    photos = [make_photo(title=f"Foto {n}", colour=(n * 20, 60, 90)) for n in range(10)]
    story = make_story(photos=photos, leaders=leaders, venue="Jembatan Mahakam")
    story.topics.add(topic)
    story.save_revision().publish()
    for n in range(6):
        other = make_story(title=f"Kegiatan lain {n}", leaders=leaders[:2], event_date=datetime.date(2024, 5, n + 1))
        other.topics.add(topic)
        other.save_revision().publish()
    speeches = []
    for n in range(3):
        speech = make_speech(
            f"Sambutan Gubernur {n}",
            paragraphs=[f"Paragraf {i} sambutan." for i in range(30)],
            speaker=leaders[0],
            event_date=datetime.date(2025, 3, n + 1),
        )
        speech.leader_links.add(SpeechLeader(leader=leaders[1]))
        speech.save_revision().publish()
        speeches.append(speech)
    return {"story": story, "speech": speeches[0], "leader": leaders[0]}


def assert_page_within_budget(client, django_assert_max_num_queries, url):
    client.get(url)  # Renditions are created on the first view; the budget is for every later one.
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(url)
    assert response.status_code == 200




def test_home_page_within_budget(client, django_assert_max_num_queries, archive):
    assert_page_within_budget(client, django_assert_max_num_queries, "/id/")


def test_leader_page_within_budget(client, django_assert_max_num_queries, archive):
    assert_page_within_budget(client, django_assert_max_num_queries, archive["leader"].url)


def test_story_with_ten_photos_within_budget(client, django_assert_max_num_queries, archive):
    assert_page_within_budget(client, django_assert_max_num_queries, archive["story"].url)


def test_story_budget_holds_without_cached_renditions(client, django_assert_max_num_queries, archive):
    from django.core.cache import caches
    from wagtail.models import Site

    client.get(archive["story"].url)
    caches["default"].clear()
    # Wagtail keeps the site root paths in the same cache; only the renditions should be cold.
    Site.get_site_root_paths()
    with django_assert_max_num_queries(MAX_QUERIES):
        assert client.get(archive["story"].url).status_code == 200


def test_speech_page_within_budget(client, django_assert_max_num_queries, archive):
    assert_page_within_budget(client, django_assert_max_num_queries, archive["speech"].url)


@pytest.mark.parametrize("key", ["story", "speech", "leader"])
def test_english_translation_within_budget(client, django_assert_max_num_queries, archive, key):
    from wagtail.models import Page

    from translation.english_tree import ensure_english_tree

    english = archive[key].copy_for_translation(ensure_english_tree().locale, copy_parents=True)
    english.save_revision().publish()
    english = Page.objects.get(pk=english.pk)

    assert english.url.startswith("/en/")
    assert_page_within_budget(client, django_assert_max_num_queries, english.url)


@pytest.mark.parametrize(
    "url",
    [
        "/id/kegiatan/",
        "/id/kegiatan/?leader=rudy-masud&year=2025",
        "/id/sambutan/",
        "/id/sambutan/?leader=rudy-masud",
        "/id/pimpinan/",
        "/en/kegiatan/?year=abcd&page=99",
    ],
)
def test_index_pages_within_budget(client, django_assert_max_num_queries, archive, url):
    assert_page_within_budget(client, django_assert_max_num_queries, url)


def test_search_page_within_budget(client, django_assert_max_num_queries, archive):
    assert_page_within_budget(client, django_assert_max_num_queries, "/id/search/?q=Gubernur")


def test_press_kit_pages_within_budget(client, django_assert_max_num_queries, archive):
    story = archive["story"]
    assert_page_within_budget(client, django_assert_max_num_queries, f"/id/pers/kegiatan/{story.pk}/")
