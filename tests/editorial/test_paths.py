"""Whole editorial paths through the admin: submit, send back, resubmit, pass, approve, live; cancel."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Page, PageLogEntry, WorkflowState

from activities.models import ActivityPage
from editorial.setup import APPROVAL_TASK_NAME, REVIEW_TASK_NAME

from .conftest import activity_form_data

pytestmark = pytest.mark.django_db


def _add_url(parent):
    return reverse("wagtailadmin_pages:add", args=("activities", "activitypage", parent.pk))


def _edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def _action_url(page, action):
    task_state = page.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))


def _current_task_name(page):
    task = Page.objects.get(pk=page.pk).current_workflow_task
    return task.name if task else None


def _recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def test_story_path_from_draft_to_live(editorial, users, client_for):
    contributor, editor, approver = users["contributor"], users["editor"], users["approver"]

    # The contributor writes a story and submits it: step one waits, the editors get an email.
    client = client_for(contributor)
    data = activity_form_data("Gubernur tinjau banjir Samarinda", "tinjau-banjir", **{"action-submit": "1"})
    response = client.post(_add_url(editorial.activities), data)
    assert response.status_code == 302
    page = ActivityPage.objects.get(slug="tinjau-banjir")
    assert not page.live
    assert _current_task_name(page) == REVIEW_TASK_NAME
    assert editor.email in _recipients()
    assert contributor.email not in _recipients()

    # The editor sends it back with a comment; the contributor is told, in Indonesian.
    mail.outbox.clear()
    client = client_for(editor)
    response = client.post(_action_url(page, "reject"), {"comment": "Lengkapi nama camat yang hadir."})
    assert response.status_code == 302
    state = WorkflowState.objects.for_instance(page).get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert _recipients() == [contributor.email]
    assert mail.outbox[0].subject == 'Halaman "Gubernur tinjau banjir Samarinda" dikembalikan untuk diperbaiki dalam "Kegiatan dan sambutan".'
    assert 'Komentar yang ditinggalkan: "Lengkapi nama camat yang hadir."' in mail.outbox[0].body

    # The contributor fixes and resubmits; the workflow starts again at the editor's review.
    mail.outbox.clear()
    client = client_for(contributor)
    data = activity_form_data(
        "Gubernur tinjau banjir Samarinda", "tinjau-banjir", body_text="Camat Sungai Pinang turut hadir.", **{"action-submit": "1"}
    )
    response = client.post(_edit_url(page), data)
    assert response.status_code == 302
    assert _current_task_name(page) == REVIEW_TASK_NAME
    assert editor.email in _recipients()

    # The editor passes it; the approvers are told.
    mail.outbox.clear()
    client = client_for(editor)
    response = client.post(_action_url(page, "approve"), {"comment": ""})
    assert response.status_code == 302
    assert _current_task_name(page) == APPROVAL_TASK_NAME
    assert approver.email in _recipients()

    # The approver approves, which publishes; the contributor hears of approval and publication.
    mail.outbox.clear()
    client = client_for(approver)
    response = client.post(_action_url(page, "approve"), {"comment": "Terbitkan."})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert "Camat Sungai Pinang" in str(page.body)
    assert contributor.email in _recipients()
    subjects = [message.subject for message in mail.outbox]
    assert "Terbit: Gubernur tinjau banjir Samarinda" in subjects
    assert 'Halaman "Gubernur tinjau banjir Samarinda" telah disetujui dalam "Kegiatan dan sambutan".' in subjects

    # The audit log names who submitted, reviewed, approved and published.
    entries = PageLogEntry.objects.filter(page=page)
    assert entries.filter(action="wagtail.workflow.start", user=contributor).exists()
    assert entries.filter(action="wagtail.workflow.reject", user=editor).exists()
    assert entries.filter(action="wagtail.workflow.approve", user=editor).exists()
    assert entries.filter(action="wagtail.workflow.approve", user=approver).exists()
    assert entries.filter(action="wagtail.publish", user=approver).exists()

    assert client_for(contributor).get("/id/kegiatan/tinjau-banjir/").status_code == 200


def test_send_back_at_step_two_restarts_at_step_one(editorial, users, client_for):
    contributor, editor, approver = users["contributor"], users["editor"], users["approver"]
    client = client_for(contributor)
    client.post(_add_url(editorial.activities), activity_form_data("Rapat koordinasi", "rapat", **{"action-submit": "1"}))
    page = ActivityPage.objects.get(slug="rapat")
    client_for(editor).post(_action_url(page, "approve"), {"comment": ""})
    client_for(approver).post(_action_url(page, "reject"), {"comment": "Foto belum berketerangan."})

    client = client_for(contributor)
    response = client.post(_edit_url(page), activity_form_data("Rapat koordinasi", "rapat", **{"action-submit": "1"}))

    assert response.status_code == 302
    assert _current_task_name(page) == REVIEW_TASK_NAME


def test_send_back_reaches_owner_when_editor_submitted(editorial, users, client_for):
    contributor, editor = users["contributor"], users["editor"]
    from .conftest import draft_activity

    page = draft_activity(editorial.activities, contributor)
    client_for(editor).post(_edit_url(page), activity_form_data(page.title, page.slug, **{"action-submit": "1"}))
    mail.outbox.clear()

    client_for(users["administrator"]).post(_action_url(page, "reject"), {"comment": "Judul terlalu panjang."})

    assert editor.email in _recipients()
    assert contributor.email in _recipients()
    owner_mail = [message for message in mail.outbox if message.to == [contributor.email]][0]
    assert owner_mail.subject == f"Dikembalikan untuk diperbaiki: {page.title}"
    assert "Judul terlalu panjang." in owner_mail.body


def test_cancel_stops_the_workflow(editorial, users, client_for):
    contributor = users["contributor"]
    client = client_for(contributor)
    client.post(_add_url(editorial.activities), activity_form_data("Apel pagi", "apel-pagi", **{"action-submit": "1"}))
    page = ActivityPage.objects.get(slug="apel-pagi")

    # Wagtail cancels, then shows the editor again (200) because the page was locked for the review.
    response = client.post(_edit_url(page), activity_form_data("Apel pagi", "apel-pagi", **{"action-cancel-workflow": "1"}))

    assert response.status_code == 200
    assert not Page.objects.get(pk=page.pk).workflow_in_progress
    assert WorkflowState.objects.for_instance(page).get().status == WorkflowState.STATUS_CANCELLED
    assert not Page.objects.get(pk=page.pk).live


def test_editor_cannot_act_on_approval_step(editorial, users, client_for):
    client = client_for(users["contributor"])
    client.post(_add_url(editorial.activities), activity_form_data("Upacara", "upacara", **{"action-submit": "1"}))
    page = ActivityPage.objects.get(slug="upacara")
    client_for(users["editor"]).post(_action_url(page, "approve"), {"comment": ""})

    response = client_for(users["editor"]).post(_action_url(page, "approve"), {"comment": ""})

    assert response.status_code in (302, 403)
    assert _current_task_name(page) == APPROVAL_TASK_NAME
    assert not Page.objects.get(pk=page.pk).live


def test_wagtail_notification_is_indonesian(editorial, users, client_for):
    client = client_for(users["contributor"])
    client.post(_add_url(editorial.activities), activity_form_data("Peresmian jembatan", "jembatan", **{"action-submit": "1"}))

    editor_mail = [message for message in mail.outbox if message.to == [users["editor"].email]][0]

    assert "Peresmian jembatan" in editor_mail.subject
    assert editor_mail.subject == 'Halaman "Peresmian jembatan" menunggu tindakan Anda pada tahap "Telaah redaktur"'
    assert "Halo editor," in editor_mail.body
    assert "telah diajukan ke tahap" in editor_mail.body
