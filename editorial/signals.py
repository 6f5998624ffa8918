"""Receivers that keep the editorial records in step with Wagtail's page and workflow events."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, workflow_rejected

from .changes import publish_pending_change_notes
from .notifications import notify_owner_of_send_back, notify_published
from .setup import copy_editorial_setup_to_translation
from .withdrawals import reinstate_if_withdrawn


@receiver(post_save, dispatch_uid="editorial_new_translation")
def assign_workflow_to_new_translation(sender, instance, created, raw=False, **kwargs):
    # Page subclasses send post_save with their own class as sender, so the check is on the instance.
    if created and not raw and isinstance(instance, Page):
        copy_editorial_setup_to_translation(instance)


@receiver(page_published, dispatch_uid="editorial_page_published")
def record_publication(sender, instance, revision=None, **kwargs):
    publish_pending_change_notes(instance)
    # page_published names no user; the publish entry in the audit log already records who published.
    reinstate_if_withdrawn(instance)
    notify_published(instance)


@receiver(workflow_rejected, dispatch_uid="editorial_workflow_rejected")
def tell_owner_of_send_back(sender, instance, user=None, **kwargs):
    notify_owner_of_send_back(instance, user=user)
