"""The translators' work queue: what still needs an English version, a sync or a review."""

from dataclasses import dataclass, field

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation


@dataclass
class WorkQueue:
    untranslated: list = field(default_factory=list)
    out_of_sync: list = field(default_factory=list)
    drafts: list = field(default_factory=list)


def build_work_queue(target_locale, limit=200):
    """Collect live default-locale pages without a translation, stale translations and drafts.

    `limit` caps each list so the admin page stays fast on a large archive.
    """
    source_locale = Locale.get_default()
    queue = WorkQueue()

    translated_keys = Page.objects.filter(locale=target_locale).values("translation_key")
    queue.untranslated = list(
        Page.objects.live()
        .filter(locale=source_locale, depth__gt=1)
        .exclude(translation_key__in=translated_keys)
        .order_by("-last_published_at")[:limit]
    )

    translations = Translation.objects.filter(target_locale=target_locale, enabled=True).select_related("source")
    for translation in translations:
        source_page = _source_page(translation)
        if source_page is None:
            continue
        target = source_page.get_translation_or_none(target_locale)
        if target is None:
            continue
        if source_page.last_published_at and source_page.last_published_at > translation.source.last_updated_at:
            queue.out_of_sync.append(target)
        if target.has_unpublished_changes and target.current_workflow_state is None:
            queue.drafts.append(target)

    queue.out_of_sync = queue.out_of_sync[:limit]
    queue.drafts = queue.drafts[:limit]
    return queue


def _source_page(translation):
    source = translation.source
    if not issubclass(source.specific_content_type.model_class(), Page):
        return None
    return Page.objects.filter(translation_key=source.object_id, locale_id=source.locale_id).first()
