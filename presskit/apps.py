from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PresskitConfig(AppConfig):
    name = "presskit"
    verbose_name = _("Press kit")
