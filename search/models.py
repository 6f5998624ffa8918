"""Index writes that the search engine missed while it was unreachable."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingIndexUpdate(models.Model):
    """One object whose engine document is stale: re-index it, or delete it when `deleted`.

    Written by `search.backends` when an engine write raises; emptied by
    `manage.py replay_search_backlog`. One row per object: a later failure overwrites it.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=64)
    deleted = models.BooleanField(default=False)
    queued_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("pending search index update")
        verbose_name_plural = _("pending search index updates")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="search_pending_update_unique"),
        ]

    def __str__(self):
        return f"{self.content_type.app_label}.{self.content_type.model} {self.object_id}"

    @classmethod
    def queue(cls, obj, deleted):
        content_type = ContentType.objects.get_for_model(obj, for_concrete_model=True)
        cls.objects.update_or_create(
            content_type=content_type, object_id=str(obj.pk), defaults={"deleted": deleted}
        )
