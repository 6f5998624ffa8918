"""Redirect public addresses that carry click-tracking parameters to the address without them.

Links shared on social media come back with a parameter unique to each click (fbclid, gclid,
utm_*). The site uses none of them, but each makes a new address, so the page cache never
serves those visits and fills up with copies of one page. A permanent redirect to the clean
address lets every such visit share one cached response.
"""

from django.http import HttpResponsePermanentRedirect
from django.utils.encoding import escape_uri_path
from django.utils.http import escape_leading_slashes, urlencode

TRACKING_PARAMETERS = frozenset({"fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "igshid", "twclid", "ttclid", "mc_cid", "mc_eid"})
TRACKING_PREFIXES = ("utm_",)
EXCLUDED_PREFIXES = ("/admin/", "/django-admin/", "/api/")


def is_tracking(name):
    lowered = name.lower()
    return lowered in TRACKING_PARAMETERS or lowered.startswith(TRACKING_PREFIXES)


def clean_address(request):
    """Return the request's address without tracking parameters, or None when it has none."""
    if request.method not in ("GET", "HEAD") or request.path.startswith(EXCLUDED_PREFIXES):
        return None
    if not any(is_tracking(name) for name in request.GET):
        return None
    remaining = [(name, values) for name, values in request.GET.lists() if not is_tracking(name)]
    query = urlencode(remaining, doseq=True)
    # Encoded and without a leading "//", so that a path like "//example.com" stays on this site.
    path = escape_leading_slashes(escape_uri_path(request.path))
    return f"{path}?{query}" if query else path


class DropTrackingParametersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        address = clean_address(request)
        if address is not None:
            return HttpResponsePermanentRedirect(address)
        return self.get_response(request)
