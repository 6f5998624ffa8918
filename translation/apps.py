from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    name = "translation"
    verbose_name = _("Translation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import drafts, signals  # noqa: F401

        drafts.install_draft_only_save_target()
