"""Fixtures for the archive import: the shared corpus folder and small archive files written per test."""

import json
import os
from dataclasses import dataclass
from io import StringIO
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction

REPOSITORY = Path(__file__).resolve().parent.parent.parent
CORPUS_FILES = ("kaltim-leaders.jsonl", "leaders.json")


def corpus_candidates():
    configured = os.environ.get("POTRET_CORPUS_DIR")
    if configured:
        return [Path(configured)]
    # A worktree sits one level deeper (/work/wt/NAME) than the main checkout (/work/main).
    return [REPOSITORY.parent.parent / "shared" / "corpus", REPOSITORY.parent / "shared" / "corpus"]


@pytest.fixture(scope="session")
def corpus_dir():
    for candidate in corpus_candidates():
        if all((candidate / name).is_file() for name in CORPUS_FILES):
            return candidate
    message = "Kaltim corpus not found in %s; set POTRET_CORPUS_DIR" % ", ".join(map(str, corpus_candidates()))
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def corpus_records(corpus_dir):
    with open(corpus_dir / "kaltim-leaders.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="session")
def corpus_leaders(corpus_dir):
    with open(corpus_dir / "leaders.json", encoding="utf-8") as handle:
        return json.load(handle)


@dataclass
class CommandRun:
    stdout: str
    stderr: str


def run_import(*args, **options):
    stdout, stderr = StringIO(), StringIO()
    call_command("import_archive", *map(str, args), stdout=stdout, stderr=stderr, **options)
    return CommandRun(stdout.getvalue(), stderr.getvalue())


@pytest.fixture(scope="module")
def corpus_import(django_db_setup, django_db_blocker, corpus_dir):
    """Import the whole corpus once per module, inside a transaction rolled back afterwards.

    Each test still runs in its own savepoint (the `db` fixture), so a test that changes
    the imported content does not leak into the next one.
    """
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield run_import(corpus_dir / "kaltim-leaders.jsonl", leaders=corpus_dir / "leaders.json")
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            # Wagtail caches site root paths, and that cache must not keep the rolled-back pages.
            cache.clear()


def make_record(number, **fields):
    """Return an invented archive record (Indonesian text written for these tests)."""
    record = {
        "id": f"uji-{number}",
        "source_url": f"https://contoh.kaltimprov.go.id/berita/uji-{number}",
        "source_name": "contoh.kaltimprov.go.id",
        "kind": "activity",
        "title": f"Gubernur Meninjau Jembatan Nomor {number}",
        "date": "2024-05-06",
        "place": "Samarinda",
        "leaders": [{"name": "Andi Contoh", "role": "Gubernur Kaltim"}],
        "body": "SAMARINDA – Gubernur meninjau jembatan pagi ini.\n\nWarga menyambut baik perbaikan jalan.",
        "excerpt_only": False,
    }
    record.update(fields)
    return record


@pytest.fixture
def write_archive(tmp_path):
    """Write records (dicts, or raw strings for broken lines) to a JSON Lines file and return its path."""

    def write(lines, name="arsip.jsonl"):
        path = tmp_path / name
        text = "\n".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines)
        path.write_text(text + "\n", encoding="utf-8")
        return path

    return write


@pytest.fixture
def write_leaders(tmp_path):
    def write(entries, name="leaders.json"):
        path = tmp_path / name
        path.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
        return path

    return write
