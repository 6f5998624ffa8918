"""Whole-response cache for anonymous page views, kept in the "pages" cache alias.

Keys hash the host, the path with its query string and the active language. Purging clears
the whole alias, because one published story can change the home page, index pages,
leader pages and search results alike.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import caches
from django.utils.translation import get_language

logger = logging.getLogger("potret.page_cache")

CACHE_ALIAS = "pages"
EXCLUDED_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/health/", "/i18n/", "/static/", "/media/")


def is_enabled():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0 and CACHE_ALIAS in settings.CACHES


def is_cacheable_request(request):
    if not is_enabled() or request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    return not request.path.startswith(EXCLUDED_PREFIXES)


def is_cacheable_response(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    # A page that rendered a CSRF token needs its own cookie, so it cannot be shared.
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    cache_control = response.get("Cache-Control", "")
    return "private" not in cache_control and "no-store" not in cache_control


def key_for(request):
    raw = f"{request.get_host()}|{request.get_full_path()}|{get_language()}"
    return "page:" + hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


def get(key):
    try:
        return caches[CACHE_ALIAS].get(key)
    except OSError:
        # A full or unreadable cache folder must not take the site down: serve uncached.
        logger.exception("Page cache read failed")
        return None


def store(key, response):
    if hasattr(response, "render") and callable(response.render) and not response.is_rendered:
        response.add_post_render_callback(lambda rendered: _set(key, rendered))
    else:
        _set(key, response)


def _set(key, response):
    try:
        caches[CACHE_ALIAS].set(key, response, settings.PAGE_CACHE_SECONDS)
    except OSError:
        logger.exception("Page cache write failed")


def purge(reason, page_id=None):
    if CACHE_ALIAS not in settings.CACHES:
        return
    caches[CACHE_ALIAS].clear()
    logger.info("Page cache purged reason=%s page_id=%s", reason, page_id, extra={"event": "cache_purge", "page_id": page_id})
