"""Bring the search engine up to date with the edits it missed while it was down."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from search.backlog import replay_backlog


class Command(BaseCommand):
    help = gettext_lazy(
        "Re-index or delete, in the default search backend, every object whose write failed while "
        "the engine was unreachable. Stops at the first failure and keeps the rest queued."
    )

    def handle(self, *args, **options):
        result = replay_backlog()
        self.stdout.write(f"replayed={result.replayed} remaining={result.remaining}")
        if result.error:
            message = _("The search engine rejected a write: %(error)s. Run the command again later.")
            raise CommandError(message % {"error": result.error})
