from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from demo.loader import load_demo_content


class Command(BaseCommand):
    help = "Create the page tree and a few invented leaders, stories and speeches for a first look at the site."

    def handle(self, *args, **options):
        load_demo_content()
        self.stdout.write(self.style.SUCCESS(_("Demo content is ready.")))
