from django.core.management.base import BaseCommand

from core.site_tree import ensure_site_tree


class Command(BaseCommand):
    help = "Create the home page and the leader, activity and speech index pages if they are missing."

    def handle(self, *args, **options):
        tree = ensure_site_tree()
        self.stdout.write(f"Site tree ready: home page id {tree.home.pk}.")
