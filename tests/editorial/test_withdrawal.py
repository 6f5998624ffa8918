"""Withdrawal: the page leaves every public list, its address shows the notice, only approvers act."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, PageLogEntry

from editorial.models import Withdrawal

from .conftest import sitemap_page_ids

pytestmark = pytest.mark.django_db

REASON = "Foto yang dimuat ternyata dari acara tahun 2019, bukan kunjungan ini."


def _withdraw_url(page):
    return reverse("editorial:withdraw", args=(page.pk,))


@pytest.fixture
def story(editorial, make_activity, users):
    return make_activity("Wagub resmikan pasar Tenggarong", slug="resmikan-pasar", owner=users["contributor"])


def test_approver_withdraws_story(story, users, client_for, client):
    response = client_for(users["approver"]).post(_withdraw_url(story), {"reason": REASON})

    assert response.status_code == 302
    story.refresh_from_db()
    assert not story.live
    withdrawal = Withdrawal.objects.get(page=story)
    assert withdrawal.reason == REASON
    assert withdrawal.withdrawn_by == users["approver"]
    entry = PageLogEntry.objects.get(page=story, action="editorial.withdraw")
    assert entry.user == users["approver"]
    assert entry.data["reason"] == REASON
    assert entry.message == f"Ditarik dengan pemberitahuan publik. Alasan: {REASON}"


def test_withdrawn_address_shows_notice(story, users, client_for, client):
    client_for(users["approver"]).post(_withdraw_url(story), {"reason": REASON})
    client.logout()

    response = client.get("/id/kegiatan/resmikan-pasar/")

    assert response.status_code == 410
    html = response.content.decode()
    assert "Wagub resmikan pasar Tenggarong" in html
    assert "Foto yang dimuat ternyata dari acara tahun 2019" in html
    assert "Halaman ini ditarik pada" in html
    assert 'name="robots" content="noindex"' in html


def test_withdrawn_story_leaves_public_lists(story, users, client_for, client):
    client_for(users["approver"]).post(_withdraw_url(story), {"reason": REASON})
    client.logout()

    assert "resmikan pasar" not in client.get("/id/kegiatan/").content.decode().lower()
    assert "resmikan pasar" not in client.get("/id/").content.decode().lower()
    assert "resmikan pasar" not in client.get("/id/search/", {"q": "Tenggarong"}).content.decode().lower()
    assert story.pk not in sitemap_page_ids()


def test_other_404_stays_404(story, client):
    assert client.get("/id/kegiatan/tidak-ada/").status_code == 404
    assert client.get("/id/").status_code == 200


def test_empty_reason_rejected_and_page_kept(story, users, client_for):
    response = client_for(users["approver"]).post(_withdraw_url(story), {"reason": "   "})

    assert response.status_code == 200
    errors = response.context["form"].errors["reason"]
    assert errors == ["Tulis alasan penarikan; pembaca melihatnya di alamat halaman."]
    story.refresh_from_db()
    assert story.live
    assert not Withdrawal.objects.exists()


def test_overlong_reason_rejected(story, users, client_for):
    response = client_for(users["approver"]).post(_withdraw_url(story), {"reason": "x" * 2001})

    assert response.status_code == 200
    story.refresh_from_db()
    assert story.live


@pytest.mark.parametrize("role", ["contributor", "editor", "translator"])
def test_non_approvers_cannot_withdraw(story, users, client_for, role):
    response = client_for(users[role]).post(_withdraw_url(story), {"reason": REASON})

    assert response.status_code in (302, 403)
    story.refresh_from_db()
    assert story.live
    assert not Withdrawal.objects.exists()


def test_withdrawal_takes_translations(story, users, client_for, editorial, client):
    english = Locale.objects.get_or_create(language_code="en")[0]
    editorial.home.copy_for_translation(english).save_revision().publish()
    editorial.activities.copy_for_translation(english).save_revision().publish()
    translation = story.copy_for_translation(english)
    translation.save_revision().publish()

    client_for(users["approver"]).post(_withdraw_url(story), {"reason": REASON})

    translation.refresh_from_db()
    assert not translation.live
    assert Withdrawal.objects.filter(page=translation).exists()
    english_url = translation.get_url()
    assert english_url.startswith("/en/")
    assert client.get(english_url).status_code == 410


def test_republication_lifts_withdrawal(story, users, client_for, client):
    client_for(users["approver"]).post(_withdraw_url(story), {"reason": REASON})

    story.refresh_from_db()
    story.save_revision(user=users["administrator"]).publish(user=users["administrator"])

    assert not Withdrawal.objects.filter(page=story).exists()
    assert client.get("/id/kegiatan/resmikan-pasar/").status_code == 200
    assert PageLogEntry.objects.filter(page=story, action="editorial.reinstate").exists()
