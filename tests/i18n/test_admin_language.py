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
