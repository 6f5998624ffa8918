"""Snippets (offices, topics, regions) and photo captions are translated with wagtail-localize."""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from leaders.models import Office
from regions.models import Region
from topics.models import Topic
from translation.models import PhotoText


def _translation(instance, locale):
    return Translation.objects.get(source=TranslationSource.objects.get_for_instance(instance), target_locale=locale)


def test_topic_translation(english, start_translation, translate_strings):
    topic = Topic.objects.create(name="Pendidikan", description="Sekolah, beasiswa dan guru.")
    start_translation(topic)
    translate_strings(topic, {"Pendidikan": "Education", "Sekolah, beasiswa dan guru.": "Schools, scholarships and teachers."})

    _translation(topic, english).save_target()

    translated = Topic.objects.get(translation_key=topic.translation_key, locale=english)
    assert translated.name == "Education"
    assert translated.description == "Schools, scholarships and teachers."
    assert Topic.objects.get(pk=topic.pk).name == "Pendidikan"


def test_office_translation_keeps_rank(english, start_translation, translate_strings):
    office = Office.objects.create(name="Wakil Gubernur", short_name="Wagub", rank=20)
    start_translation(office)
    translate_strings(office, {"Wakil Gubernur": "Vice Governor", "Wagub": "Vice Gov."})

    _translation(office, english).save_target()

    translated = Office.objects.get(translation_key=office.translation_key, locale=english)
    assert translated.name == "Vice Governor"
    assert translated.short_name == "Vice Gov."
    assert translated.rank == 20


def test_region_sync_after_source_edit(english, start_translation, translate_strings):
    region = Region.objects.create(name="Kabupaten Kutai Kartanegara", kind=Region.Kind.REGENCY, in_province=True)
    start_translation(region)
    translate_strings(region, {"Kabupaten Kutai Kartanegara": "Kutai Kartanegara Regency"})
    _translation(region, english).save_target()

    region.aliases = "Kukar, Tenggarong"
    region.save()
    source = TranslationSource.objects.get_for_instance(region)
    source.update_from_db()
    _translation(region, english).save_target()

    translated = Region.objects.get(translation_key=region.translation_key, locale=english)
    assert translated.name == "Kutai Kartanegara Regency"
    assert translated.aliases == "Kukar, Tenggarong"
    assert translated.kind == Region.Kind.REGENCY


def test_localized_topic_in_english(english, start_translation, translate_strings):
    from django.utils import translation as django_translation

    topic = Topic.objects.create(name="Kesehatan")
    start_translation(topic)
    translate_strings(topic, {"Kesehatan": "Health"})
    _translation(topic, english).save_target()

    with django_translation.override("en"):
        assert topic.localized.name == "Health"
    with django_translation.override("id"):
        assert topic.localized.name == "Kesehatan"


@pytest.fixture
def photo(db):
    from wagtail.images.tests.utils import get_test_image_file

    from photos.models import Photo

    return Photo.objects.create(
        title="Peresmian jembatan",
        file=get_test_image_file(),
        caption="Gubernur menggunting pita peresmian jembatan di Samarinda.",
        description="Gubernur menggunting pita di depan jembatan.",
    )


def test_photo_text_follows_photo(photo, default_locale):
    text = PhotoText.objects.get(photo=photo, locale=default_locale)
    assert text.caption == photo.caption
    assert text.alt_text == photo.description

    photo.caption = "Gubernur dan Wakil Gubernur meresmikan jembatan di Samarinda."
    photo.save()

    text.refresh_from_db()
    assert text.caption == "Gubernur dan Wakil Gubernur meresmikan jembatan di Samarinda."


def test_photo_text_translated(photo, english, default_locale, start_translation, translate_strings):
    from django.template import Context, Template
    from django.utils import translation as django_translation

    source = PhotoText.objects.get(photo=photo, locale=default_locale)
    start_translation(source)
    translate_strings(
        source,
        {
            "Gubernur menggunting pita peresmian jembatan di Samarinda.": "The Governor cuts the ribbon to open the bridge in Samarinda.",
            "Gubernur menggunting pita di depan jembatan.": "The Governor cuts a ribbon in front of the bridge.",
        },
    )
    _translation(source, english).save_target()
    template = Template("{% load translation_tags %}{% photo_text photo as text %}<p lang=\"{{ text.language_code }}\">{{ text.caption }}</p>")

    with django_translation.override("en"):
        html = template.render(Context({"photo": photo}))

    assert html == '<p lang="en">The Governor cuts the ribbon to open the bridge in Samarinda.</p>'


def test_untranslated_caption_marked_indonesian(photo, english):
    from django.utils import translation as django_translation

    with django_translation.override("en"):
        text = PhotoText.for_photo(photo)

    assert text.language_code == "id"
    assert text.caption == photo.caption


def _rejected(response):
    # Wagtail's admin turns PermissionDenied into a redirect to the dashboard with an error message.
    return response.status_code == 403 or (response.status_code == 302 and response.url == reverse("wagtailadmin_home"))


def test_translator_edits_english_caption_only(translator_client, photo, english, default_locale, start_translation):
    source = PhotoText.objects.get(photo=photo, locale=default_locale)
    start_translation(source)
    target = PhotoText.objects.get(photo=photo, locale=english)

    indonesian = translator_client.get(reverse("wagtailsnippets_translation_phototext:edit", args=[source.pk]))
    english_edit = translator_client.get(reverse("wagtailsnippets_translation_phototext:edit", args=[target.pk]))

    assert _rejected(indonesian)
    assert english_edit.status_code == 200


def test_translator_cannot_create_indonesian(translator_client, english):
    url = reverse("wagtailsnippets_translation_phototext:add")

    assert _rejected(translator_client.get(url))
    assert _rejected(translator_client.get(url, {"locale": "id"}))


def test_editor_may_edit_indonesian_caption(admin_client, photo, default_locale):
    source = PhotoText.objects.get(photo=photo, locale=default_locale)

    response = admin_client.get(reverse("wagtailsnippets_translation_phototext:edit", args=[source.pk]))

    assert response.status_code == 200


def test_default_locale_is_indonesian(db):
    assert Locale.get_default().language_code == "id"


# Wagtail 8.0.1's AbstractImage.generate_rendition_file writes each rendition into a
# SpooledTemporaryFile that it never closes; the ResourceWarning surfaces when it is collected.
RENDITION_FILE_WARNING = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


def _publish_translation(source, english_page, user, translate_strings, mapping):
    from translation import drafts

    translation = translate_strings(source, mapping).translations.get(target_locale=english_page.locale)
    state = drafts.submit_translation(translation, user=user)
    state.current_task_state.task.specific.on_action(state.current_task_state, user, "approve")
    english_page.refresh_from_db()
    return english_page


@RENDITION_FILE_WARNING
def test_english_page_shows_english_caption(
    client, admin_user, photo, english, default_locale, make_activity, start_translation, translate_strings
):
    caption_source = PhotoText.objects.get(photo=photo, locale=default_locale)
    start_translation(caption_source)
    translate_strings(
        caption_source,
        {
            "Gubernur menggunting pita peresmian jembatan di Samarinda.": "The Governor cuts the ribbon to open the bridge in Samarinda.",
            "Gubernur menggunting pita di depan jembatan.": "The Governor cuts a ribbon in front of the bridge.",
        },
    )
    _translation(caption_source, english).save_target()
    story = make_activity("Gubernur meresmikan jembatan", body=[("photo", {"image": photo, "caption": ""})])
    english_story = start_translation(story)
    _publish_translation(story, english_story, admin_user, translate_strings, {"Gubernur meresmikan jembatan": "Governor opens the bridge"})

    english_html = client.get(english_story.url).content.decode()
    indonesian_html = client.get(story.url).content.decode()

    assert '<span lang="en">The Governor cuts the ribbon to open the bridge in Samarinda.</span>' in english_html
    assert 'alt="The Governor cuts a ribbon in front of the bridge."' in english_html
    assert '<span lang="id">Gubernur menggunting pita peresmian jembatan di Samarinda.</span>' in indonesian_html


@RENDITION_FILE_WARNING
def test_untranslated_caption_marked_on_page(client, admin_user, photo, english, make_activity, start_translation, translate_strings):
    story = make_activity("Gubernur meresmikan jembatan", body=[("photo", {"image": photo, "caption": ""})])
    english_story = start_translation(story)
    _publish_translation(story, english_story, admin_user, translate_strings, {"Gubernur meresmikan jembatan": "Governor opens the bridge"})

    html = client.get(english_story.url).content.decode()

    assert '<span lang="id">Gubernur menggunting pita peresmian jembatan di Samarinda.</span>' in html
    assert 'lang="id"' in html[html.index("<img") : html.index(">", html.index("<img"))]


def _translated_snippet(instance, english, start_translation, translate_strings, mapping):
    start_translation(instance)
    translate_strings(instance, mapping)
    _translation(instance, english).save_target()


def test_english_story_translates_snippets(
    client, english_tree, make_activity, start_translation, translate_strings
):
    from wagtail.models import Page

    english = english_tree.locale
    education = Topic.objects.create(name="Pendidikan")
    health = Topic.objects.create(name="Kesehatan")
    region = Region.objects.create(name="Kabupaten Paser", kind=Region.Kind.REGENCY, in_province=True)
    _translated_snippet(education, english, start_translation, translate_strings, {"Pendidikan": "Education"})
    _translated_snippet(region, english, start_translation, translate_strings, {"Kabupaten Paser": "Paser Regency"})
    story = make_activity("Gubernur meninjau sekolah di Paser")
    story.topics.add(education, health)
    story.regions.add(region)
    story.save_revision().publish()
    translated = story.copy_for_translation(english, copy_parents=True)
    translated.save_revision().publish()

    english_html = client.get(Page.objects.get(pk=translated.pk).url).content.decode()
    indonesian_html = client.get(story.url).content.decode()

    assert "<li>Education</li>" in english_html
    assert "<li>Kesehatan</li>" in english_html  # no English version: the linked topic stays
    assert "Paser Regency" in english_html
    assert '"keywords": ["Education", "Kesehatan"]' in english_html
    assert "<li>Pendidikan</li>" in indonesian_html
    assert "Kabupaten Paser" in indonesian_html
    assert "Education" not in indonesian_html


def test_english_pages_translate_offices(client, english_tree, make_leader, start_translation, translate_strings):
    import datetime

    from wagtail.models import Page

    from leaders.models import Term

    english = english_tree.locale
    governor = Office.objects.create(name="Gubernur", rank=10)
    secretary = Office.objects.create(name="Sekretaris Daerah", rank=30)
    _translated_snippet(governor, english, start_translation, translate_strings, {"Gubernur": "Governor"})
    rudy = make_leader("Rudy Mas'ud")
    akmal = make_leader("Akmal Malik")
    Term.objects.create(office=governor, leader=rudy, start_date=datetime.date(2025, 2, 20))
    Term.objects.create(office=secretary, leader=akmal, kind="pj", start_date=datetime.date(2025, 1, 1))
    english_rudy = rudy.copy_for_translation(english, copy_parents=True)
    english_rudy.save_revision().publish()
    english_rudy = Page.objects.get(pk=english_rudy.pk)

    english_home = client.get("/en/").content.decode()
    indonesian_home = client.get("/id/").content.decode()
    english_profile = client.get(english_rudy.url).content.decode()

    assert f'<span class="office">Governor</span> <a href="{english_rudy.url}">' in english_home
    assert '<span class="office">Acting Sekretaris Daerah</span>' in english_home  # untranslated office
    assert f'<a href="{akmal.url}">' in english_home  # no English profile: the Indonesian one
    assert f'<span class="office">Gubernur</span> <a href="{rudy.url}">' in indonesian_home
    assert '<span class="office">Pj Sekretaris Daerah</span>' in indonesian_home
    assert "<strong>Governor</strong>" in english_profile
    assert '"jobTitle": "Governor"' in english_profile
