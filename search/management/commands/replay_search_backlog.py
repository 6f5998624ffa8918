"""Bring the search engine up to date with the edits it missed while it was down."""

from django.core.management.base import BaseCommand, CommandError

from search.backlog import replay_backlog


class Command(BaseCommand):
    help = (
        "Re-index or delete, in the default search backend, every object whose write failed while "
        "the engine was unreachable. Stops at the first failure and keeps the rest queued."
    )

    def handle(self, *args, **options):
        result = replay_backlog()
        self.stdout.write(f"replayed={result.replayed} remaining={result.remaining}")
        if result.error:
            raise CommandError(f"The search engine rejected a write: {result.error}. Run the command again later.")
