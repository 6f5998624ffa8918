"""Corrections and minor fixes to published stories and speeches, and their public change notes."""

import pytest
from django.urls import reverse
from wagtail.models import Page, PageLogEntry

from editorial.changes import public_change_notes
from editorial.models import ChangeKind, ChangeNote
from editorial.setup import APPROVAL_TASK_NAME

from .conftest import activity_form_data, speech_form_data

pytestmark = pytest.mark.django_db

NOTE = "Nama Kepala Dinas PUPR sebelumnya salah ditulis; sudah diperbaiki."


def _edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def _action_url(page, action):
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))


def _mark_url(page):
    return reverse("editorial:mark_change", args=(page.pk,))


@pytest.fixture
def story(editorial, make_activity, users):
    return make_activity("Gubernur buka Musrenbang", slug="musrenbang", owner=users["contributor"])


def _submit_story_change(client, page, body_text):
    data = activity_form_data(page.title, page.slug, body_text=body_text, **{"action-submit": "1"})
    response = client.post(_edit_url(page), data)
    assert response.status_code == 302


def test_review_of_live_story_requires_mark(story, users, client_for):
    _submit_story_change(client_for(users["contributor"]), story, "Kepala Dinas PUPR, Bapak Aji, hadir.")
    editor = client_for(users["editor"])

    response = editor.post(_action_url(story, "approve"), {"comment": ""})

    assert response.status_code in (302, 403)
    assert Page.objects.get(pk=story.pk).current_workflow_task.name == "Telaah redaktur"
    response = editor.post(_action_url(story, "mark_change"), {})
    assert response.status_code == 302
    assert response["Location"] == _mark_url(story)


def test_correction_note_shows_after_publication(story, users, client_for, client):
    _submit_story_change(client_for(users["contributor"]), story, "Kepala Dinas PUPR, Bapak Aji, hadir.")

    response = client_for(users["editor"]).post(_mark_url(story), {"kind": "correction", "note": NOTE, "comment": ""})
    assert response.status_code == 302
    assert Page.objects.get(pk=story.pk).current_workflow_task.name == APPROVAL_TASK_NAME
    assert list(public_change_notes(story)) == []

    client_for(users["approver"]).post(_action_url(story, "approve"), {"comment": ""})

    notes = list(public_change_notes(story))
    assert [note.note for note in notes] == [NOTE]
    client.logout()
    html = client.get("/id/kegiatan/musrenbang/").content.decode()
    assert "Koreksi" in html
    assert "Nama Kepala Dinas PUPR sebelumnya salah ditulis" in html
    assert "Bapak Aji" in html


def test_change_notes_listed_newest_first(story, users):
    from django.utils import timezone

    older = ChangeNote.objects.create(page=story, kind=ChangeKind.CORRECTION, note="Pertama.", published_at=timezone.now())
    newer = ChangeNote.objects.create(
        page=story, kind=ChangeKind.CORRECTION, note="Kedua.", published_at=timezone.now() + timezone.timedelta(days=1)
    )
    ChangeNote.objects.create(page=story, kind=ChangeKind.MINOR, note="", published_at=timezone.now())
    ChangeNote.objects.create(page=story, kind=ChangeKind.CORRECTION, note="Belum terbit.")

    assert list(public_change_notes(story)) == [newer, older]


def test_minor_fix_has_no_public_note(story, users, client_for, client):
    _submit_story_change(client_for(users["contributor"]), story, "Gubernur membuka Musrenbang di Balikpapan.")

    client_for(users["editor"]).post(_mark_url(story), {"kind": "minor", "note": "diabaikan", "comment": ""})
    client_for(users["approver"]).post(_action_url(story, "approve"), {"comment": ""})

    assert list(public_change_notes(story)) == []
    note = ChangeNote.objects.get(page=story)
    assert note.kind == ChangeKind.MINOR
    assert note.note == ""
    assert note.published_at is not None
    assert "Koreksi" not in client.get("/id/kegiatan/musrenbang/").content.decode()
    entry = PageLogEntry.objects.get(page=story, action="editorial.mark_change")
    assert entry.user == users["editor"]
    assert entry.message == "Perubahan ditandai sebagai perbaikan kecil"


def test_correction_without_note_rejected(story, users, client_for):
    _submit_story_change(client_for(users["contributor"]), story, "Teks baru.")

    response = client_for(users["editor"]).post(_mark_url(story), {"kind": "correction", "note": "  ", "comment": ""})

    assert response.status_code == 200
    assert response.context["form"].errors["note"] == ["Koreksi memerlukan catatan perubahan untuk pembaca."]
    assert not ChangeNote.objects.exists()
    assert Page.objects.get(pk=story.pk).current_workflow_task.name == "Telaah redaktur"


def test_mark_rejected_for_unpublished_page(editorial, users, client_for):
    from .conftest import draft_activity

    page = draft_activity(editorial.activities, users["contributor"], slug="belum-terbit")

    response = client_for(users["editor"]).post(_mark_url(page), {"kind": "correction", "note": NOTE})

    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [
        "Hanya perubahan pada halaman yang sudah terbit yang ditandai; halaman ini belum tayang."
    ]
    assert not ChangeNote.objects.exists()


def test_contributor_cannot_mark(story, users, client_for):
    response = client_for(users["contributor"]).post(_mark_url(story), {"kind": "minor", "note": ""})

    assert response.status_code in (302, 403)
    assert not ChangeNote.objects.exists()


def test_direct_publish_of_unmarked_change_saved_as_draft(story, users, client_for):
    client = client_for(users["approver"])
    data = activity_form_data(story.title, story.slug, body_text="Versi baru.", **{"action-publish": "1"})

    response = client.post(_edit_url(story), data)

    assert response.status_code == 302
    story.refresh_from_db()
    assert "Versi baru." not in str(story.body)
    assert story.has_unpublished_changes

    client.post(_mark_url(story), {"kind": "correction", "note": NOTE})
    client.post(_edit_url(story), data)
    story.refresh_from_db()
    assert "Versi baru." in str(story.body)
    assert [note.note for note in public_change_notes(story)] == [NOTE]


@pytest.fixture
def speech(editorial, make_speech, users):
    paragraphs = ("Assalamualaikum warahmatullahi wabarakatuh.", "Pembangunan IKN membawa peluang.", "Terima kasih.")
    return make_speech("Sambutan HUT Kaltim", paragraphs=paragraphs, slug="hut-kaltim", owner=users["contributor"])


def _submit_speech(client, speech, paragraphs):
    response = client.post(_edit_url(speech), speech_form_data(speech.title, speech.slug, paragraphs, **{"action-submit": "1"}))
    assert response.status_code == 302


def test_speech_paragraph_count_is_kept(speech, users, client_for):
    _submit_speech(
        client_for(users["contributor"]),
        speech,
        ["Assalamualaikum warahmatullahi wabarakatuh.", "Pembangunan IKN membawa peluang.", "Paragraf sisipan.", "Terima kasih."],
    )

    response = client_for(users["editor"]).post(_mark_url(speech), {"kind": "correction", "note": NOTE})

    assert response.status_code == 200
    errors = response.context["form"].non_field_errors()
    assert "3 paragraf" in errors[0]
    assert "4" in errors[0]
    assert not ChangeNote.objects.exists()


def test_speech_word_change_is_no_minor_fix(speech, users, client_for):
    _submit_speech(
        client_for(users["contributor"]),
        speech,
        ["Assalamualaikum warahmatullahi wabarakatuh.", "Pembangunan Ibu Kota Nusantara membawa peluang.", "Terima kasih."],
    )
    client = client_for(users["editor"])

    response = client.post(_mark_url(speech), {"kind": "minor", "note": ""})
    assert response.status_code == 200
    assert "adalah koreksi" in response.context["form"].non_field_errors()[0]

    response = client.post(_mark_url(speech), {"kind": "correction", "note": "Nama IKN ditulis lengkap sesuai rekaman."})
    assert response.status_code == 302
    assert ChangeNote.objects.get(page=speech).kind == ChangeKind.CORRECTION


def test_speech_metadata_fix_may_be_minor(speech, users, client_for):
    paragraphs = ["Assalamualaikum warahmatullahi wabarakatuh.", "Pembangunan IKN membawa peluang.", "Terima kasih."]
    client = client_for(users["contributor"])
    response = client.post(
        _edit_url(speech), speech_form_data("Sambutan Gubernur pada HUT Kaltim", speech.slug, paragraphs, **{"action-submit": "1"})
    )
    assert response.status_code == 302

    response = client_for(users["editor"]).post(_mark_url(speech), {"kind": "minor", "note": ""})

    assert response.status_code == 302
