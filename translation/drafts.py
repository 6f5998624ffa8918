"""Save translations as drafts and send them through the source's approval workflow.

wagtail-localize 1.14 publishes a translation whenever `Translation.save_target` is called
with `publish=True` (the "Publish" button of its editor, the "Publish immediately" box of
"Sync translated pages", and a new translation of a live source when
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is on). Even with `publish=False` it writes the
new content onto the page row, and for a live page that row is what readers see. Here the
target is only ever saved as a new revision: the live version stays as it was until the
revision is approved and published the usual Wagtail way.
"""

import logging

from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from wagtail.models import DraftStateMixin, Page, WorkflowState
from wagtail_localize.models import Translation

logger = logging.getLogger("potret.translation")

_original_save_target = Translation.save_target


def save_translation_draft(translation, user=None):
    """Write the translation's current strings into a new draft revision of its target.

    Returns the target instance. Objects without draft state (the Office, Region, Topic and
    PhotoText snippets) have no draft to save into, so they are saved as they are, which is
    the same rule that applies to editing their Indonesian source.
    """
    source_instance = translation.source.as_instance()
    if not isinstance(source_instance, DraftStateMixin):
        _original_save_target(translation, user=user, publish=True)
        return translation.get_target_instance()

    target = _existing_target(translation)
    with transaction.atomic():
        _original_save_target(translation, user=user, publish=False)
        if target is not None and target.live:
            _restore_live_content(target)

    target = translation.get_target_instance()
    logger.info(
        "Saved translation draft translation_id=%s object_id=%s locale=%s",
        translation.pk,
        target.pk,
        translation.target_locale.language_code,
    )
    return target


def submit_translation(translation, user=None):
    """Save a draft of the translation and start (or resume) the target's workflow.

    Returns the workflow state, or None when no workflow applies to the target: the draft
    then waits for someone with publish permission.
    """
    target = save_translation_draft(translation, user=user)
    if not isinstance(target, Page):
        return None

    target = target.specific
    workflow = target.get_workflow()
    if workflow is None:
        return None

    state = target.current_workflow_state
    if state is None:
        state = workflow.start(target, user)
    elif state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)

    logger.info("Submitted translation page_id=%s workflow_state_id=%s", target.pk, state.pk)
    return state


def _existing_target(translation):
    try:
        return translation.get_target_instance()
    except ObjectDoesNotExist:
        return None


def _restore_live_content(target):
    """Put the live revision's content back on the page row, keeping the new draft as latest."""
    current = type(target).objects.get(pk=target.pk)
    if isinstance(current, Page):
        current = current.specific
    live_revision = current.live_revision
    if live_revision is None:
        return

    restored = current.with_content_json(live_revision.content)
    restored.live_revision_id = current.live_revision_id
    restored.last_published_at = current.last_published_at
    restored.has_unpublished_changes = True
    if isinstance(restored, Page):
        restored.save(clean=False)
    else:
        restored.save()


def _draft_only_save_target(self, user=None, publish=True):
    if publish:
        submit_translation(self, user=user)
    else:
        save_translation_draft(self, user=user)


def install_draft_only_save_target():
    """Replace `Translation.save_target` so that no wagtail-localize path publishes directly.

    A publish request becomes "save a draft and submit it to the workflow". Checked against
    wagtail-localize 1.14.5; tests in tests/i18n fail if a later version changes the method.
    """
    Translation.save_target = _draft_only_save_target
