"""Serve the withdrawal notice at the address of a withdrawn page instead of a 404."""

import logging

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from wagtail.models import Site

from .withdrawals import find_withdrawal

logger = logging.getLogger("potret.editorial")

# 410 Gone tells readers and crawlers that the page existed and was removed on purpose.
WITHDRAWN_STATUS = 410


class WithdrawalNoticeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.language_codes = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response

        withdrawal = self.withdrawal_for(request)
        if withdrawal is None:
            return response
        return self.notice_response(request, withdrawal)

    def withdrawal_for(self, request):
        parts = request.path.lstrip("/").split("/", 1)
        if len(parts) < 2 or parts[0] not in self.language_codes or not parts[1].strip("/"):
            return None

        site = Site.find_for_request(request)
        if site is None:
            return None
        return find_withdrawal(site.root_page, parts[0], parts[1])

    def notice_response(self, request, withdrawal):
        context = {"withdrawal": withdrawal, "page": withdrawal.page.specific, "language": get_language()}
        response = TemplateResponse(request, "editorial/withdrawn_page.html", context, status=WITHDRAWN_STATUS)
        return response.render()
