from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from core.site_tree import ensure_site_tree
from editorial.setup import setup_editorial


class Command(BaseCommand):
    help = "Create or update the editorial groups, their rights and the workflows. Safe to run again."

    def handle(self, *args, **options):
        tree = ensure_site_tree()
        groups = setup_editorial(tree)
        self.stdout.write(
            _("Editorial setup done: groups %(groups)s; workflows assigned to the activity, speech and leader index pages.")
            % {"groups": ", ".join(sorted(groups))}
        )
