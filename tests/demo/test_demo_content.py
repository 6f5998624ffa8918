"""The demo content of the run command: loaded twice without duplicates, and every page renders."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

from activities.models import ActivityLeader, ActivityPage
from demo import content
from leaders.models import LeaderPage, Term
from speeches.models import SpeechPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    call_command("load_demo_content")


def test_demo_loads_every_row_once(demo):
    call_command("load_demo_content")

    assert LeaderPage.objects.count() == len(content.LEADERS)
    assert ActivityPage.objects.count() == len(content.ACTIVITIES)
    assert SpeechPage.objects.count() == len(content.SPEECHES)
    assert Term.objects.count() == sum(len(row["terms"]) for row in content.LEADERS)


def test_demo_story_leaders_keep_their_order(demo):
    for row in content.ACTIVITIES:
        story = ActivityPage.objects.get(title=row["title"])

        assert [link.leader.title for link in story.leader_links.all()] == row["leaders"]
        assert not ActivityLeader.objects.filter(page=story, sort_order=None).exists()


def test_every_demo_page_renders(client, demo):
    pages = Page.objects.live().filter(depth__gt=1).specific()

    for page in pages:
        response = client.get(page.url)

        assert response.status_code == 200, page.url
