"""Replay of the index writes that the search engine missed (see `PendingIndexUpdate`)."""

import logging
from dataclasses import dataclass

from wagtail.search.backends import get_search_backend

from .models import PendingIndexUpdate

logger = logging.getLogger("potret.search")


@dataclass
class ReplayResult:
    replayed: int
    remaining: int
    error: str = ""


def replay_backlog(backend_name="default"):
    """Apply every queued update to one backend, oldest first, stopping at the first error."""
    backend = get_search_backend(backend_name)
    replayed = 0
    error = ""

    for entry in PendingIndexUpdate.objects.select_related("content_type").order_by("queued_at"):
        try:
            apply_entry(backend, entry)
        except Exception as exc:
            logger.exception("Replaying the search backlog failed at %s", entry)
            error = type(exc).__name__
            break
        entry.delete()
        replayed += 1

    return ReplayResult(replayed=replayed, remaining=PendingIndexUpdate.objects.count(), error=error)


def apply_entry(backend, entry):
    model = entry.content_type.model_class()
    if model is None:
        return

    obj = model._default_manager.filter(pk=entry.object_id).first()
    if entry.deleted or obj is None:
        # The backends only read the primary key of an object they delete.
        backend.delete(model(pk=entry.object_id))
        return

    indexed = obj.get_indexed_instance() if hasattr(obj, "get_indexed_instance") else obj
    if indexed is not None:
        backend.add(indexed)
