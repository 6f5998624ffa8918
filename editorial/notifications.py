"""Editorial emails that Wagtail's own workflow notifications do not send.

Wagtail already mails the group of each new step ("submitted"), and the person who
submitted on approval and on send-back. These add the page's author (its owner) when
someone else submitted, and a message to both when the page actually goes live, which for
a scheduled page is later than the approval. Each email is written in the recipient's
admin language, which is Indonesian unless the user chose otherwise.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import WorkflowState

logger = logging.getLogger("potret.editorial")


def _language(user):
    profile = getattr(user, "wagtail_userprofile", None)
    if profile is not None:
        return profile.get_preferred_language()
    return settings.LANGUAGE_CODE


def _send(user, template, context):
    if not user.email:
        logger.info("Skipped email template=%s user_id=%s: no address", template, user.pk)
        return False

    with translation.override(_language(user)):
        subject = render_to_string(f"editorial/emails/{template}_subject.txt", context).strip()
        body = render_to_string(f"editorial/emails/{template}.txt", context)
    send_mail(subject, body, None, [user.email])
    logger.info("Sent email template=%s user_id=%s", template, user.pk)
    return True


def _admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _public_url(page):
    url = page.get_full_url()
    if url and url.startswith("/"):
        return _admin_url(url)
    return url


def notify_published(page):
    """Tell the page's owner and the last person who submitted it that it is live."""
    recipients = set()
    if page.owner_id:
        recipients.add(page.owner)
    last_state = WorkflowState.objects.for_instance(page).order_by("-created_at").first()
    if last_state and last_state.requested_by_id:
        recipients.add(last_state.requested_by)

    context = {"page": page, "public_url": _public_url(page)}
    return [user for user in recipients if user.is_active and _send(user, "published", context)]


def notify_owner_of_send_back(workflow_state, user=None):
    """Send the comment to the page's owner when someone else submitted the page (Wagtail mails the submitter)."""
    page = workflow_state.content_object
    owner = getattr(page, "owner", None)
    if owner is None or not owner.is_active:
        return False
    if owner.pk in (workflow_state.requested_by_id, getattr(user, "pk", None)):
        return False

    task_state = workflow_state.current_task_state
    context = {
        "page": page,
        "task": task_state.task if task_state else None,
        "comment": task_state.get_comment() if task_state else "",
        "reviewer": user,
        "edit_url": _admin_url(f"/admin/pages/{page.pk}/edit/"),
    }
    return _send(owner, "sent_back", context)
