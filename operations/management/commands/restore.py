from django.core.management.base import BaseCommand, CommandError

from operations.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a folder written by `backup` into the configured database and media storage. "
        "Checks every checksum first, migrates, replaces all rows and rebuilds the search index."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="Backup folder that contains manifest.json.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace the content of a database that already holds users or pages.",
        )

    def handle(self, *args, source, force, **options):
        try:
            result = restore_backup(source, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from None

        summary = ", ".join(f"{name}={count}" for name, count in result.manifest["summary"].items())
        self.stdout.write(f"Restored {source}: {summary}, media files={len(result.manifest['media'])}")
