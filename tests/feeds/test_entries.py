"""The correction-notes hook that feeds read from pages, whatever shape its result takes."""

import pytest

from feeds.entries import public_correction_notes


class Note:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        return self.text


class PageWithNotes:
    def __init__(self, notes):
        self.notes = notes

    def public_change_notes(self):
        return self.notes


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        (None, []),
        ("", []),
        ("Tanggal diperbaiki.", ["Tanggal diperbaiki."]),
        (["Satu.", "  ", "Dua."], ["Satu.", "Dua."]),
        ((Note("Nama pejabat diperbaiki."),), ["Nama pejabat diperbaiki."]),
    ],
)
def test_notes_hook_shapes(notes, expected):
    assert public_correction_notes(PageWithNotes(notes)) == expected


def test_page_without_hook_has_no_notes():
    assert public_correction_notes(object()) == []
