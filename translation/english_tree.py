"""Create the English locale and the English copies of the home page and the section indexes.

The English home page and the three section index pages are live from the start: without
them /en/ and /en/kegiatan/ return 404, and the language switcher has nowhere to fall back
to. They are structural pages whose English titles are set here, so nothing of them is half
in Indonesian. Every other page gets its English version only through a translator and the
approval workflow.
"""

import logging
from dataclasses import dataclass

from django.db import transaction
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from core.site_tree import ensure_site_tree

logger = logging.getLogger("potret.translation")

ENGLISH = "en"

# English titles of the structural pages, by their Indonesian slug. Slugs stay the same in
# both trees, so /id/kegiatan/ and /en/kegiatan/ are the same section.
STRUCTURAL_TITLES = {
    "beranda": "Potret Pimpinan",
    "kegiatan": "Activities",
    "sambutan": "Speeches and Remarks",
    "pimpinan": "Leaders",
}


@dataclass
class EnglishTree:
    locale: Locale
    home: object
    activities: object
    speeches: object
    leaders: object


def ensure_english_locale():
    locale, created = Locale.objects.get_or_create(language_code=ENGLISH)
    if created:
        logger.info("Created locale language_code=%s", ENGLISH)
    return locale


@transaction.atomic
def ensure_english_tree():
    """Return the English home and index pages, creating and publishing any that are missing."""
    locale = ensure_english_locale()
    tree = ensure_site_tree()
    pages = [tree.home, tree.activities, tree.speeches, tree.leaders]
    translated = [_ensure_structural_translation(page, locale) for page in pages]
    return EnglishTree(locale, *translated)


def _ensure_structural_translation(page, locale):
    existing = page.get_translation_or_none(locale)
    if existing is not None and existing.live:
        return existing.specific

    source, _created = TranslationSource.get_or_create_from_instance(page)
    Translation.objects.update_or_create(source=source, target_locale=locale, defaults={"enabled": True})
    _seed_title(source, locale, STRUCTURAL_TITLES.get(page.slug, page.title))

    # The one deliberate direct publish: structural pages with an English title, created by
    # a deployer's command. publish=False plus an explicit publish avoids wagtail-localize's
    # on_commit publish, which would run a second time after this one.
    translated, _created = source.create_or_update_translation(
        locale, publish=False, copy_parent_pages=True, fallback=True
    )
    translated = type(translated).objects.get(pk=translated.pk)
    translated.get_latest_revision().publish()
    logger.info("Published English structural page page_id=%s slug=%s", translated.pk, translated.slug)
    # The revision published its own copy; read the page again to return it live.
    return type(translated).objects.get(pk=translated.pk).specific


def _seed_title(source, locale, title):
    for segment in source.stringsegment_set.filter(context__path="title").select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": title, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
