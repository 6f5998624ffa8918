from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from core.site_tree import ensure_site_tree, set_site_address


class Command(BaseCommand):
    help = "Create the home page and the leader, activity and speech index pages if they are missing."

    def add_arguments(self, parser):
        parser.add_argument("--hostname", help="Host name the site is served on, e.g. potret.example.go.id.")
        parser.add_argument("--port", type=int, default=80, help="Port the site is served on (default 80).")

    def handle(self, *args, hostname=None, port=80, **options):
        tree = ensure_site_tree()
        if hostname:
            set_site_address(hostname, port)
        self.stdout.write(_("Site tree ready: home page id %(page_id)s.") % {"page_id": tree.home.pk})
