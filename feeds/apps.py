from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedsConfig(AppConfig):
    """Machine-readable outputs of the public site: RSS and Atom feeds, robots.txt and page metadata."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "feeds"
    verbose_name = _("Feeds and metadata")
