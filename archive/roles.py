"""Parse the role names of leaders.json ("Gubernur", "Pj Gubernur", "Plt Sekretaris Daerah").

Only the three provincial offices produce terms. An acting holder is written with a
prefix: Pj (Penjabat), Plt (Pelaksana Tugas) or Plh (Pelaksana Harian), each also
accepted spelled out and with a trailing dot ("Pj.").
"""

from dataclasses import dataclass

from leaders.models import TermKind


@dataclass(frozen=True)
class OfficeSpec:
    slug: str
    name: str
    short_name: str
    rank: int


PROVINCIAL_OFFICES = (
    OfficeSpec("gubernur", "Gubernur", "Gub", 10),
    OfficeSpec("wakil-gubernur", "Wakil Gubernur", "Wagub", 20),
    OfficeSpec("sekretaris-daerah", "Sekretaris Daerah", "Sekda", 30),
)

ACTING_PREFIXES = (
    ("pelaksana tugas", TermKind.PLT),
    ("pelaksana harian", TermKind.PLH),
    ("penjabat", TermKind.PJ),
    ("plt", TermKind.PLT),
    ("plh", TermKind.PLH),
    ("pj", TermKind.PJ),
)


@dataclass(frozen=True)
class ParsedRole:
    office: OfficeSpec
    kind: str


def _normalise(text):
    return " ".join(text.replace(".", " ").split()).casefold()


def _split_acting_prefix(text):
    for prefix, kind in ACTING_PREFIXES:
        if text.startswith(prefix + " "):
            return kind, text[len(prefix) + 1 :]
    return TermKind.DEFINITIVE, text


def parse_role(role):
    """Return the office and term kind a role name stands for, or None if it is no provincial office."""
    kind, office_text = _split_acting_prefix(_normalise(role))
    for office in PROVINCIAL_OFFICES:
        if office_text in (office.name.casefold(), office.short_name.casefold()):
            return ParsedRole(office=office, kind=kind)
    return None
