"""Withdrawal: take a published page off every public surface and leave a notice at its address.

Unpublishing through Wagtail's UnpublishPageAction means everything that lists pages with
`.live()` (search, feeds, API, sitemap, index and home pages) drops the page. The
WithdrawalNoticeMiddleware then serves the notice where readers would get a 404.
Translations of the page are withdrawn with it, so neither language keeps the content.
"""

import logging

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.log_actions import log

from .models import Withdrawal
from .roles import can_withdraw

logger = logging.getLogger("potret.editorial")

WITHDRAW_LOG_ACTION = "editorial.withdraw"
REINSTATE_LOG_ACTION = "editorial.reinstate"
MAX_REASON_LENGTH = 2000


def _withdraw_one(page, user, reason):
    withdrawal, _created = Withdrawal.objects.update_or_create(
        page_id=page.pk, defaults={"reason": reason, "withdrawn_by": user}
    )
    # The unpublish itself is not logged as a plain unpublish: the withdrawal entry records it with its reason.
    UnpublishPageAction(page, user=user, log_action=False).execute(skip_permission_checks=True)
    log(instance=page, action=WITHDRAW_LOG_ACTION, user=user, data={"reason": reason})
    logger.info("Withdrew page_id=%s user_id=%s", page.pk, getattr(user, "pk", None))
    return withdrawal


@transaction.atomic
def withdraw_page(page, user, reason):
    """Withdraw a live page and its live translations; raise PermissionDenied or ValidationError."""
    page = page.specific
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Write the reason for the withdrawal; readers see it at the page's address."))
    if len(reason) > MAX_REASON_LENGTH:
        raise ValidationError(
            _("The reason is %(length)s characters long; shorten it to at most %(maximum)s.")
            % {"length": len(reason), "maximum": MAX_REASON_LENGTH}
        )
    if not page.live:
        raise ValidationError(_("Only a published page can be withdrawn; this page is not live."))
    if not can_withdraw(user, page):
        raise PermissionDenied

    withdrawal = _withdraw_one(page, user, reason)
    for translation in page.get_translations().live().specific():
        _withdraw_one(translation, user, reason)
    return withdrawal


def reinstate_if_withdrawn(page, user=None):
    """Remove the withdrawal of a page that is published again, so its address serves the content."""
    deleted, _details = Withdrawal.objects.filter(page_id=page.pk).delete()
    if deleted:
        log(instance=page.specific, action=REINSTATE_LOG_ACTION, user=user)
        logger.info("Reinstated page_id=%s", page.pk)
    return bool(deleted)


def find_withdrawal(site_root, language_code, path):
    """Return the Withdrawal for a public path below a site's root in one language, or None.

    `path` is the part after the language prefix, e.g. "kegiatan/judul-berita/".
    """
    from wagtail.models import Locale

    try:
        locale = Locale.objects.get(language_code=language_code)
    except Locale.DoesNotExist:
        return None
    root = site_root.get_translation_or_none(locale) if site_root.locale_id != locale.pk else site_root
    if root is None:
        return None

    url_path = root.url_path + path.strip("/") + "/"
    return Withdrawal.objects.select_related("page").filter(page__url_path=url_path).first()
