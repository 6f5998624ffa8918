"""Content-Security-Policy with a strict policy for the public site and a relaxed one for the admin.

The public policy (CONTENT_SECURITY_POLICY in settings) allows scripts and styles only
from this origin, so an injected inline <script> never runs. The Wagtail 8.0 admin still
relies on inline scripts and styles and on data:/blob: images in its editors, so paths
under ADMIN_CSP_PREFIXES get CONTENT_SECURITY_POLICY_ADMIN instead. The admin is reached
only by logged-in staff and keeps frame-ancestors 'self' for its preview panel.
"""

from django.conf import settings
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config


class ScopedCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        if request.path_info.startswith(tuple(settings.ADMIN_CSP_PREFIXES)):
            admin_policy = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
            return PolicyParts(default_config(admin_policy), parts.update, parts.replace, parts.nonce)
        return parts
