"""The SQL query count of an activity page must not grow with its photos and leaders."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

MAX_QUERIES = 15


def build_story(make_activity, make_leader, make_photo, count, suffix):
    leaders = [make_leader(f"Pimpinan {suffix} {index}") for index in range(count)]
    photos = [make_photo(f"Foto {suffix} {index}", credit="Biro Adpim") for index in range(count)]
    body = [("paragraph", "<p>Gubernur meninjau lokasi.</p>")]
    body += [("photo", {"image": photo, "caption": ""}) for photo in photos]
    body.append(("gallery", {"title": "Galeri", "photos": photos}))
    return make_activity(f"Kunjungan kerja {suffix}", leaders=leaders, body=body)


def count_page_queries(client, page):
    client.get(page.url)  # the first view creates the renditions; count a reader's later view
    with CaptureQueriesContext(connection) as context:
        response = client.get(page.url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.django_db
def test_activity_queries_flat_for_photos_and_leaders(client, make_activity, make_leader, make_photo):
    small = build_story(make_activity, make_leader, make_photo, 1, "kecil")
    large = build_story(make_activity, make_leader, make_photo, 30, "besar")

    small_count = count_page_queries(client, small)
    large_count = count_page_queries(client, large)

    assert large_count == small_count


@pytest.mark.django_db
def test_activity_queries_within_budget(client, make_activity, make_leader, make_photo):
    large = build_story(make_activity, make_leader, make_photo, 30, "besar")

    assert count_page_queries(client, large) <= MAX_QUERIES
