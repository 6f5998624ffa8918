"""Wagtail's admin speaks Indonesian by default and English to users who choose it."""

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("redaktur", "redaktur@example.org", "rahasia-123")


def _dashboard(client, user):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def test_admin_indonesian_by_default(client, editor):
    html = _dashboard(client, editor)

    assert '<html lang="id"' in html
    assert "Dasbor" in html


def test_admin_ignores_english_browser(client, editor):
    client.force_login(editor)

    html = client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()

    assert '<html lang="id"' in html
    assert "Dasbor" in html


def test_admin_login_page_indonesian_for_english_browser(client, db):
    html = client.get(reverse("wagtailadmin_login"), HTTP_ACCEPT_LANGUAGE="en-US").content.decode()

    assert '<html lang="id"' in html


def test_admin_english_when_preferred(client, editor):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()

    html = _dashboard(client, editor)

    assert '<html lang="en"' in html
    assert "Dashboard" in html
    assert "Dasbor" not in html


def test_preference_is_per_user(client, editor, django_user_model):
    other = django_user_model.objects.create_superuser("penyunting", "penyunting@example.org", "rahasia-123")
    profile = UserProfile.get_for_user(other)
    profile.preferred_language = "en"
    profile.save()

    assert "Dasbor" in _dashboard(client, editor)
    assert "Dashboard" in _dashboard(client, other)


def test_language_choice_offers_both(client, editor):
    client.force_login(editor)

    html = client.get(reverse("wagtailadmin_account")).content.decode()

    assert 'value="en"' in html
    assert 'value="id"' in html


def test_admin_project_labels_translated(client, editor):
    client.force_login(editor)

    html = client.get(reverse("translation_work_queue")).content.decode()

    assert "Pekerjaan terjemahan" in html


def test_localize_screens_in_indonesian(client, editor, make_activity):
    source = make_activity("Gubernur membuka rapat kerja")
    client.force_login(editor)

    html = client.get(reverse("wagtail_localize:submit_page_translation", args=[source.pk])).content.decode()

    assert "Terjemahkan halaman" in html
    assert 'value="Kirim"' in html


def test_sync_form_names_workflow(admin_client, english_tree, make_activity, start_translation):
    from wagtail_localize.models import TranslationSource

    source = make_activity("Gubernur membuka rapat kerja")
    start_translation(source)
    url = reverse("wagtail_localize:update_translations", args=[TranslationSource.objects.get_for_instance(source).pk])

    html = admin_client.get(url).content.decode()

    assert "Ajukan segera ke alur kerja" in html
    assert "tidak ada yang langsung terbit" in html
