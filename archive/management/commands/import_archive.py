"""Management command: import an archive of activity stories and speeches (JSON Lines)."""

import sys

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from archive.importer import ArchiveFileError, import_archive
from archive.leaders_import import LeadersFileError

PROGRESS_EVERY = 25


class Command(BaseCommand):
    help = gettext_lazy(
        "Import activity stories and speeches from a JSON Lines file, one record per line, keyed by "
        "source_url: a second run with the same file changes nothing. Invalid lines are reported "
        "with their line number and skipped. Records without a date are imported without one and "
        "flagged for review ('needs review'). Derived titles (title_derived) and texts that are only "
        "the opening of the article (excerpt_only) are written into the page's review note. A "
        "re-import leaves a page alone while its source record is unchanged; a changed record "
        "overwrites title, date, regions, leaders, body and review note, and keeps fields that "
        "editors added (topics, venue, time, photos, summary)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help=gettext_lazy("Archive file in JSON Lines format (UTF-8)."))
        parser.add_argument(
            "--leaders",
            metavar="LEADERS.json",
            help=gettext_lazy("leaders.json with each leader's offices and years; imported before the records."),
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=gettext_lazy("Report what would change, then roll everything back."),
        )
        parser.add_argument(
            "--as-drafts",
            action="store_true",
            help=gettext_lazy(
                "Save new and changed pages as drafts instead of publishing them, including leader "
                "pages the import creates. Editors publish them in the admin; a later run without this "
                "option leaves unchanged records as drafts."
            ),
        )

    def handle(self, *args, **options):
        try:
            report = import_archive(
                options["file"],
                options["leaders"],
                dry_run=options["dry_run"],
                as_drafts=options["as_drafts"],
                progress=self.show_progress,
            )
        except (ArchiveFileError, LeadersFileError) as error:
            raise CommandError(str(error)) from None
        self.write_report(report)

    def show_progress(self, done, total):
        interactive = hasattr(self.stderr, "isatty") and self.stderr.isatty()
        if interactive:
            self.stderr.write(_("Processed %(done)s of %(total)s lines") % {"done": done, "total": total}, ending="\r")
            if done == total:
                self.stderr.write("")
        elif done % PROGRESS_EVERY == 0 or done == total:
            self.stderr.write(_("Processed %(done)s of %(total)s lines") % {"done": done, "total": total})

    def write_report(self, report):
        for problem in report.problems:
            self.stderr.write(_("%(where)s: %(reason)s") % self.problem_labels(problem))
        for line in report.blank_lines:
            self.stderr.write(_("Line %(line)s: empty line, skipped.") % {"line": line})

        if report.dry_run:
            self.stdout.write(self.style.WARNING(_("Dry run: nothing was saved. Counts show what would happen.")))
        self.stdout.write(self.tally_line(_("Leaders"), report.leaders))
        self.stdout.write(self.tally_line(_("Terms of office"), report.terms))
        self.stdout.write(self.tally_line(_("Records"), report.records, flagged=True))
        if report.nothing_changed and not report.problems:
            self.stdout.write(self.style.SUCCESS(_("Nothing changed: the site already matches the file.")))

    @staticmethod
    def problem_labels(problem):
        where = problem.where
        if where.isdigit():
            where = _("Line %(line)s") % {"line": where}
        return {"where": where, "reason": problem.reason}

    @staticmethod
    def tally_line(label, tally, flagged=False):
        counts = {
            "label": label,
            "created": tally.created,
            "updated": tally.updated,
            "unchanged": tally.unchanged,
            "rejected": tally.rejected,
            "flagged": tally.flagged,
        }
        if flagged:
            return (
                _("%(label)s: %(created)s created, %(updated)s updated, %(unchanged)s unchanged, "
                  "%(rejected)s rejected, %(flagged)s flagged for review")
                % counts
            )
        return (
            _("%(label)s: %(created)s created, %(updated)s updated, %(unchanged)s unchanged, %(rejected)s rejected")
            % counts
        )
