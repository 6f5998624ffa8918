from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The public, read-only Wagtail API v2 at /api/v2/: its router, endpoints and filters."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "api"
    verbose_name = _("Public API")
