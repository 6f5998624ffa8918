"""Role names of leaders.json mapped to provincial offices and term kinds."""

import pytest

from archive.roles import parse_role
from leaders.models import TermKind


@pytest.mark.parametrize(
    ("role", "office", "kind"),
    [
        ("Gubernur", "Gubernur", TermKind.DEFINITIVE),
        ("Wakil Gubernur", "Wakil Gubernur", TermKind.DEFINITIVE),
        ("Sekretaris Daerah", "Sekretaris Daerah", TermKind.DEFINITIVE),
        ("Pj Gubernur", "Gubernur", TermKind.PJ),
        ("Pj. Gubernur", "Gubernur", TermKind.PJ),
        ("Penjabat Gubernur", "Gubernur", TermKind.PJ),
        ("Plh Gubernur", "Gubernur", TermKind.PLH),
        ("Plt Sekretaris Daerah", "Sekretaris Daerah", TermKind.PLT),
        ("Pelaksana Tugas Sekretaris Daerah", "Sekretaris Daerah", TermKind.PLT),
        ("pj  sekretaris daerah", "Sekretaris Daerah", TermKind.PJ),
        ("Sekda", "Sekretaris Daerah", TermKind.DEFINITIVE),
        ("Wagub", "Wakil Gubernur", TermKind.DEFINITIVE),
    ],
)
def test_provincial_role_parsed(role, office, kind):
    parsed = parse_role(role)

    assert parsed.office.name == office
    assert parsed.kind == kind


@pytest.mark.parametrize(
    "role",
    ["Anggota DPR RI", "Wakil Ketua DPRD Kaltim", "Wakil Walikota", "mantan Gubernur", "Gubernur terpilih", "Pj", ""],
)
def test_other_role_not_parsed(role):
    assert parse_role(role) is None
