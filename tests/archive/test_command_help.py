"""The command's --help text, which documents the re-import rule for operators."""

from django.utils import translation

from archive.management.commands.import_archive import Command


def help_text():
    return Command().create_parser("manage.py", "import_archive").format_help()


def test_help_in_indonesian_by_default():
    text = help_text()

    assert "Mengimpor narasi kegiatan dan sambutan" in text
    assert "title_derived" in text
    assert "excerpt_only" in text
    assert "--as-drafts" in text


def test_help_follows_active_language():
    with translation.override("en"):
        text = help_text()

    assert "Import activity stories and speeches" in text
    assert "Report what would change, then roll everything back." in text
