"""Fixtures shared by every test module: the page tree and small builders for content."""

import datetime

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from core.site_tree import ensure_site_tree


@pytest.fixture(autouse=True)
def default_language():
    """Start each test in the site's default language: a request or override elsewhere may leave another active."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def clear_cache():
    """Empty the cache around each test: Wagtail caches renditions and site roots by id, and ids repeat."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site_tree(db):
    return ensure_site_tree()


@pytest.fixture
def make_leader(site_tree):
    from leaders.models import LeaderPage

    def build(title, **fields):
        page = LeaderPage(title=title, **fields)
        site_tree.leaders.add_child(instance=page)
        page.save_revision().publish()
        return page

    return build


@pytest.fixture
def make_office(db):
    from leaders.models import Office

    def build(name, rank=100, **fields):
        return Office.objects.create(name=name, rank=rank, **fields)

    return build


@pytest.fixture
def make_activity(site_tree):
    from activities.models import ActivityLeader, ActivityPage

    def build(title, event_date=datetime.date(2025, 3, 7), leaders=(), publish=True, **fields):
        fields.setdefault("live", publish)
        page = ActivityPage(title=title, event_date=event_date, **fields)
        for leader in leaders:
            page.leader_links.add(ActivityLeader(leader=leader))
        site_tree.activities.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
        return page

    return build


@pytest.fixture
def make_speech(site_tree):
    from speeches.models import SpeechPage

    def build(title, paragraphs=("Assalamualaikum warahmatullahi wabarakatuh.",), publish=True, **fields):
        fields.setdefault("event_date", datetime.date(2025, 2, 24))
        fields.setdefault("live", publish)
        page = SpeechPage(title=title, text=[("paragraph", text) for text in paragraphs], **fields)
        site_tree.speeches.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
        return page

    return build
