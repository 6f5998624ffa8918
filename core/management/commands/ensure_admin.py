import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _


class Command(BaseCommand):
    help = (
        "Create the superuser 'admin' if it does not exist. The password comes from ADMIN_PASSWORD, "
        "or is generated and printed once."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(_("The admin account '%(username)s' already exists.") % {"username": username})
            return

        password = os.environ.get("ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        if os.environ.get("ADMIN_PASSWORD"):
            message = _("Admin account '%(username)s' created with the password from ADMIN_PASSWORD.")
            self.stdout.write(self.style.SUCCESS(message % {"username": username}))
        else:
            message = _("Admin account '%(username)s' created. Password: %(password)s")
            self.stdout.write(self.style.SUCCESS(message % {"username": username, "password": password}))
