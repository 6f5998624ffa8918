from django.core.management.base import BaseCommand, CommandError

from operations.backup import BackupError, create_backup


class Command(BaseCommand):
    help = "Write the database and the media files into a new backup folder with a manifest of counts and checksums."

    def add_arguments(self, parser):
        parser.add_argument("output", help="Folder to create; it must not exist yet or be empty.")

    def handle(self, *args, output, **options):
        try:
            manifest = create_backup(output)
        except BackupError as error:
            raise CommandError(str(error)) from None

        summary = ", ".join(f"{name}={count}" for name, count in manifest["summary"].items())
        self.stdout.write(f"Backup written to {output}: {summary}, media files={len(manifest['media'])}")
