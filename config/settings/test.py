"""Settings for pytest: fast hashing, in-memory cache and email, media in a temporary folder."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="potret-test-media-")
# WhiteNoise warns about a missing static root, and pytest turns warnings into errors.
STATIC_ROOT = tempfile.mkdtemp(prefix="potret-test-static-")
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
# Tests never run collectstatic: WhiteNoise serves from the app and project static folders.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
CACHES["pages"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"}  # noqa: F405
# The page cache outlives a test's database in a local-memory cache, so it is off here;
# tests of the cache turn it on with override_settings.
PAGE_CACHE_SECONDS = 0
# Django's test client logs in without a request, which django-axes rejects; the
# throttling tests turn it on with override_settings.
AXES_ENABLED = False
