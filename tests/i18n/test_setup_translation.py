"""setup_translation: English locale, live English structural pages, translators' rights."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale, Page

from translation.permissions import TRANSLATORS_GROUP


def _english_pages():
    return Page.objects.filter(locale__language_code="en").order_by("path")


def test_command_builds_english_tree(site_tree):
    output = StringIO()

    call_command("setup_translation", stdout=output)

    titles = [page.title for page in _english_pages()]
    assert titles == ["Potret Pimpinan", "Activities", "Speeches and Remarks", "Leaders"]
    assert all(page.live for page in _english_pages())
    assert "Penerjemah" in output.getvalue()


def test_command_runs_twice(site_tree):
    call_command("setup_translation", stdout=StringIO())
    call_command("setup_translation", stdout=StringIO())

    assert _english_pages().count() == 4
    assert Locale.objects.filter(language_code="en").count() == 1
    assert Group.objects.filter(name=TRANSLATORS_GROUP).count() == 1


def test_command_works_without_site_tree(db):
    call_command("setup_translation", stdout=StringIO())

    assert Page.objects.filter(locale__language_code="id", depth=2).count() == 1
    assert _english_pages().count() == 4


def test_existing_group_kept(site_tree):
    group = Group.objects.create(name=TRANSLATORS_GROUP)

    call_command("setup_translation", stdout=StringIO())

    assert Group.objects.get(name=TRANSLATORS_GROUP).pk == group.pk
    assert group.permissions.filter(codename="submit_translation").exists()


def test_english_slugs_match_indonesian(english_tree, site_tree):
    assert english_tree.activities.url == "/en/kegiatan/"
    assert english_tree.speeches.url == "/en/sambutan/"
    assert english_tree.leaders.url == "/en/pimpinan/"
    assert english_tree.home.url == "/en/"


@pytest.mark.parametrize("path", ["/en/", "/en/kegiatan/", "/en/sambutan/", "/en/pimpinan/"])
def test_english_structural_pages_serve(client, english_tree, path):
    response = client.get(path)

    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()


def test_translator_edits_english_page(translator_client, english_tree, make_activity, start_translation):
    source = make_activity("Gubernur menyerahkan bantuan sembako")
    english = start_translation(source)

    assert translator_client.get(reverse("wagtailadmin_pages:edit", args=[english.pk])).status_code == 200


def test_translator_cannot_edit_indonesian_page(translator_client, make_activity):
    source = make_activity("Gubernur menyerahkan bantuan sembako")

    response = translator_client.get(reverse("wagtailadmin_pages:edit", args=[source.pk]))

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response.url == reverse("wagtailadmin_home")


def test_translator_cannot_publish(translator, english_tree, make_activity, start_translation):
    english = start_translation(make_activity("Wagub melepas kontingen olahraga"))

    permissions = english.permissions_for_user(translator)

    assert permissions.can_edit()
    assert not permissions.can_publish()


def test_translator_publish_post_does_not_publish(translator_client, make_activity, start_translation, translate_strings):
    source = make_activity("Wagub melepas kontingen olahraga")
    english = start_translation(source)
    translate_strings(source, {"Wagub melepas kontingen olahraga": "Vice Governor sends off the sports team"})

    translator_client.post(reverse("wagtailadmin_pages:edit", args=[english.pk]), {"action": "publish"})

    english.refresh_from_db()
    assert english.live is False


def test_translator_starts_translation(translator_client, make_activity):
    source = make_activity("Sekda membuka rapat koordinasi")
    url = reverse("wagtail_localize:submit_page_translation", args=[source.pk])
    english = Locale.objects.get(language_code="en")

    response = translator_client.post(url, {"locales": [english.pk]})

    assert response.status_code == 302
    translated = source.get_translation(english)
    assert translated.live is False


def test_work_queue_lists_untranslated(translator_client, make_activity):
    make_activity("Sekda membuka rapat koordinasi")

    html = translator_client.get(reverse("translation_work_queue")).content.decode()

    assert "Sekda membuka rapat koordinasi" in html


def test_work_queue_needs_permission(client, django_user_model, english_tree):
    user = django_user_model.objects.create_user("tamu", "tamu@example.org", "rahasia-123")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    response = client.get(reverse("translation_work_queue"))

    assert response.status_code in (302, 403)


def test_command_adds_missing_photo_texts(site_tree):
    from wagtail.images.tests.utils import get_test_image_file

    from photos.models import Photo
    from translation.models import PhotoText

    photo = Photo.objects.create(title="Apel pagi", file=get_test_image_file(), caption="Apel pagi di halaman kantor gubernur.")
    PhotoText.objects.filter(photo=photo).delete()
    output = StringIO()

    call_command("setup_translation", stdout=output)

    assert PhotoText.objects.get(photo=photo).caption == "Apel pagi di halaman kantor gubernur."
    assert "1 photo caption(s)" in output.getvalue()
