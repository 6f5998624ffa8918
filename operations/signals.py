"""Receivers that purge the page cache and copy page audit entries into the structured log."""

import logging

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageLogEntry
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import page_cache

audit_logger = logging.getLogger("potret.audit")


@receiver(page_published)
def purge_on_publish(sender, instance, **kwargs):
    page_cache.purge("publish", page_id=instance.pk)


@receiver(page_unpublished)
def purge_on_unpublish(sender, instance, **kwargs):
    page_cache.purge("unpublish", page_id=instance.pk)


@receiver(post_page_move)
def purge_on_move(sender, instance, **kwargs):
    page_cache.purge("move", page_id=instance.pk)


@receiver(post_delete)
def purge_on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        page_cache.purge("delete", page_id=instance.pk)


@receiver(post_save, sender=PageLogEntry)
def log_page_audit_entry(sender, instance, created, raw=False, **kwargs):
    """Write each new page audit entry (publish, unpublish, delete, ...) as one log line."""
    if not created or raw:
        return
    audit_logger.info(
        "Page action=%s page_id=%s revision_id=%s user_id=%s",
        instance.action,
        instance.page_id,
        instance.revision_id,
        instance.user_id,
        extra={
            "event": "page_action",
            "action": instance.action,
            "page_id": instance.page_id,
            "revision_id": instance.revision_id,
            "user_id": instance.user_id,
        },
    )
