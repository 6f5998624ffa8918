"""Every user-facing string of the project has an Indonesian translation in a compiled catalogue.

For each app, makemessages runs on a copy of the app folder in a temporary directory, so the
check covers the strings the code has now, not those the committed catalogue last saw.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)
DJANGO_ADMIN = Path(sys.executable).with_name("django-admin")
# Folders of the repository that are not code to translate.
NOT_CODE = {".venv", ".git", "tests", "scripts", "static", "staticfiles", "media", "node_modules", "bench", "docs"}


def _project_app_folders():
    folders = []
    for config in apps.get_app_configs():
        path = Path(config.path)
        if path.parent == BASE_DIR:
            folders.append(path)
    return sorted(folders)


def _extract_msgids(source_folder, workdir, ignore=()):
    """Run makemessages on a copy of `source_folder` and return the extracted entries."""
    assert shutil.which("xgettext"), "GNU gettext is missing: install it (Debian: apt-get install gettext)"
    copy = workdir / source_folder.name
    shutil.copytree(source_folder, copy, ignore=shutil.ignore_patterns("locale", *ignore))
    (copy / "locale").mkdir()
    environment = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    subprocess.run(
        [str(DJANGO_ADMIN), "makemessages", "-l", "id", "--no-location"],
        cwd=copy,
        env=environment,
        check=True,
        capture_output=True,
    )
    catalogue = copy / "locale" / "id" / "LC_MESSAGES" / "django.po"
    if not catalogue.exists():
        return []
    return [entry for entry in polib.pofile(str(catalogue)) if not entry.obsolete]


def _check_catalogue(locale_dir, extracted):
    po_path = locale_dir / "id" / "LC_MESSAGES" / "django.po"
    mo_path = po_path.with_suffix(".mo")
    assert po_path.exists(), f"missing catalogue {po_path}: run makemessages -l id there"
    assert mo_path.exists(), f"missing compiled catalogue {mo_path}: run compilemessages"

    committed = {(entry.msgctxt, entry.msgid): entry for entry in polib.pofile(str(po_path))}
    compiled = {(entry.msgctxt, entry.msgid): entry for entry in polib.mofile(str(mo_path))}
    problems = []
    for entry in extracted:
        key = (entry.msgctxt, entry.msgid)
        translated = committed.get(key)
        if translated is None:
            problems.append(f"not in catalogue: {entry.msgid!r}")
        elif "fuzzy" in translated.flags:
            problems.append(f"fuzzy: {entry.msgid!r}")
        elif not translated.translated():
            problems.append(f"no Indonesian msgstr: {entry.msgid!r}")
        elif key not in compiled:
            problems.append(f"not compiled into {mo_path.name}: {entry.msgid!r}")
    return problems


@pytest.mark.parametrize("folder", _project_app_folders(), ids=lambda folder: folder.name)
def test_app_strings_translated(folder, tmp_path):
    extracted = _extract_msgids(folder, tmp_path)
    if not extracted:
        return

    problems = _check_catalogue(folder / "locale", extracted)

    assert problems == [], f"{folder.name}: " + "; ".join(problems)


def test_project_strings_translated(tmp_path):
    app_folders = {folder.name for folder in _project_app_folders()}
    extracted = _extract_msgids(BASE_DIR, tmp_path, ignore=[*app_folders, *NOT_CODE, "*.sqlite3"])

    problems = _check_catalogue(BASE_DIR / "locale", extracted)

    assert problems == [], "project catalogue: " + "; ".join(problems)


def test_check_finds_missing_string(tmp_path):
    """The check itself fails on a template string that has no msgstr."""
    app = tmp_path / "source" / "demo"
    (app / "templates").mkdir(parents=True)
    (app / "templates" / "demo.html").write_text('{% load i18n %}{% translate "Kabar terbaru dari Benua Etam" %}')
    extracted = _extract_msgids(app, tmp_path)
    locale_dir = tmp_path / "committed"
    (locale_dir / "id" / "LC_MESSAGES").mkdir(parents=True)
    catalogue = polib.POFile()
    catalogue.append(polib.POEntry(msgid="Kabar terbaru dari Benua Etam", msgstr=""))
    catalogue.save(str(locale_dir / "id" / "LC_MESSAGES" / "django.po"))
    catalogue.save_as_mofile(str(locale_dir / "id" / "LC_MESSAGES" / "django.mo"))

    problems = _check_catalogue(locale_dir, extracted)

    assert problems == ["no Indonesian msgstr: 'Kabar terbaru dari Benua Etam'"]
