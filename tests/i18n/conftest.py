"""Fixtures for the bilingual site: the English tree, translators and translation helpers."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from translation.english_tree import ensure_english_tree
from translation.permissions import TRANSLATORS_GROUP, grant_translator_permissions


@pytest.fixture
def english_tree(site_tree):
    return ensure_english_tree()


@pytest.fixture
def english(english_tree):
    return english_tree.locale


@pytest.fixture
def translator(english_tree, django_user_model):
    grant_translator_permissions(english_tree.home)
    user = django_user_model.objects.create_user("penerjemah", "penerjemah@example.org", "rahasia-123")
    user.groups.add(Group.objects.get(name=TRANSLATORS_GROUP))
    return user


@pytest.fixture
def translator_client(client, translator):
    client.force_login(translator)
    return client


@pytest.fixture
def start_translation(english):
    """Start an English translation of `instance` the way "Translate this page" does."""

    def start(instance, user=None):
        TranslationCreator(user, [english]).create_translations(instance)
        return instance.get_translation(english)

    return start


@pytest.fixture
def translate_strings(english):
    """Enter English strings for a source object into translation memory, by source text."""

    def translate(instance, mapping):
        source = TranslationSource.objects.get_for_instance(instance)
        source.update_from_db()
        segments = source.stringsegment_set.select_related("string", "context")
        entered = 0
        for segment in segments:
            if segment.string.data in mapping:
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=english,
                    context=segment.context,
                    defaults={"data": mapping[segment.string.data], "translation_type": "manual"},
                )
                entered += 1
        assert entered, f"none of {sorted(mapping)} is a string of {instance!r}"
        return source

    return translate


@pytest.fixture
def default_locale(db):
    return Locale.get_default()


@pytest.fixture(autouse=True)
def static_root(settings, tmp_path):
    # WhiteNoise warns (an error under this suite's filterwarnings) when STATIC_ROOT is missing,
    # and the test settings point it at an uncollected folder.
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STATIC_ROOT.mkdir()
