"""Wagtail's engine backends with two additions for this site.

- Index writes that fail (engine down, timed out) are recorded in `PendingIndexUpdate`, so
  `manage.py replay_search_backlog` can bring the engine up to date once it is back.
  django-modelsearch 1.x logs and swallows these errors for engine backends, so without the
  record the edit would be lost to the engine until a full `update_index`.
- Each catch-all `_all_text*` field gets an `_en` twin analysed as English, searched for
  readers of the English site, while the original uses the index's default (Indonesian)
  analyzer.

Each engine module (`opensearch3`, ...) exposes `SearchBackend`, the name Wagtail imports.
"""

import logging

logger = logging.getLogger("potret.search")

ENGLISH_SUFFIX = "_en"


class EnglishFieldsMappingMixin:
    """Copy every catch-all text field into an English-analysed twin named `<field>_en`.

    A twin field, not a multi-field: OpenSearch does not index `copy_to` values into the
    target's multi-fields (checked on OpenSearch 3.8), so `_all_text.en` would stay empty.
    """

    def get_mapping(self):
        mapping = super().get_mapping()
        properties = mapping["properties"]
        for name in [name for name in properties if name.startswith("_all_text")]:
            # search_analyzer too: an index's default_search analyzer outranks a field's analyzer.
            properties[english_field(name)] = {"type": "text", "analyzer": "english", "search_analyzer": "english"}
        add_english_copies(properties)
        return mapping


def english_field(name):
    return f"{name}{ENGLISH_SUFFIX}"


def add_english_copies(properties):
    for field_mapping in properties.values():
        targets = field_mapping.get("copy_to")
        if targets:
            targets = [targets] if isinstance(targets, str) else list(targets)
            field_mapping["copy_to"] = targets + [english_field(target) for target in targets]
        if field_mapping.get("type") == "nested":
            add_english_copies(field_mapping["properties"])


class QueueFailedWritesMixin:
    """Record each single-object index write that raises, then re-raise it."""

    def add(self, obj):
        try:
            super().add(obj)
        except Exception:
            queue_pending_update(obj, deleted=False)
            raise

    def delete(self, obj):
        try:
            super().delete(obj)
        except Exception:
            queue_pending_update(obj, deleted=True)
            raise


def queue_pending_update(obj, deleted):
    from search.models import PendingIndexUpdate

    PendingIndexUpdate.queue(obj, deleted=deleted)
    logger.warning(
        "Search engine write failed; queued %s of %s id=%s for replay",
        "deletion" if deleted else "update",
        obj._meta.label,
        obj.pk,
    )


def build_backend_class(base_backend_class, base_mapping_class):
    """Return `base_backend_class` extended with the English sub-field and the write queue."""
    mapping_class = type(
        base_mapping_class.__name__, (EnglishFieldsMappingMixin, base_mapping_class), {}
    )
    compiler_class = type(
        base_backend_class.query_compiler_class.__name__,
        (base_backend_class.query_compiler_class,),
        {"mapping_class": mapping_class},
    )
    autocomplete_class = type(
        base_backend_class.autocomplete_query_compiler_class.__name__,
        (base_backend_class.autocomplete_query_compiler_class,),
        {"mapping_class": mapping_class},
    )
    return type(
        base_backend_class.__name__,
        (QueueFailedWritesMixin, base_backend_class),
        {
            "mapping_class": mapping_class,
            "query_compiler_class": compiler_class,
            "autocomplete_query_compiler_class": autocomplete_class,
        },
    )
