"""Counts and problems collected by one run of the archive import."""

from dataclasses import dataclass, field


@dataclass
class Tally:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    flagged: int = 0

    @property
    def total(self):
        return self.created + self.updated + self.unchanged + self.rejected


@dataclass(frozen=True)
class Problem:
    """A skipped input: `where` is a line number of the archive file or a leaders.json entry label."""

    where: str
    reason: str


@dataclass
class ImportReport:
    dry_run: bool = False
    records: Tally = field(default_factory=Tally)
    leaders: Tally = field(default_factory=Tally)
    terms: Tally = field(default_factory=Tally)
    problems: list = field(default_factory=list)
    blank_lines: list = field(default_factory=list)

    def reject(self, tally, where, reason):
        tally.rejected += 1
        self.problems.append(Problem(where=str(where), reason=str(reason)))

    @property
    def nothing_changed(self):
        return not any(
            (tally.created or tally.updated) for tally in (self.records, self.leaders, self.terms)
        )
