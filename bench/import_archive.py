"""Time the archive import of the Kaltim corpus on a fresh SQLite database.

Usage: .venv/bin/python bench/import_archive.py [CORPUS_DIR]
Prints the seconds and SQL queries for the first import and for a second, unchanged
run. The seconds depend on the machine and its load; the query count does not.
"""

import os
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent


def corpus_dir():
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    configured = os.environ.get("POTRET_CORPUS_DIR")
    candidates = [Path(configured)] if configured else []
    candidates += [REPOSITORY.parent.parent / "shared" / "corpus", REPOSITORY.parent / "shared" / "corpus"]
    for candidate in candidates:
        if (candidate / "kaltim-leaders.jsonl").is_file():
            return candidate
    sys.exit("Corpus not found; pass its folder as the first argument.")


def main():
    corpus = corpus_dir()
    database = Path(tempfile.mkdtemp(prefix="potret-bench-")) / "bench.sqlite3"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    sys.path.insert(0, str(REPOSITORY))

    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)

    from django.db import connection

    from archive.importer import import_archive

    queries = 0

    def count_query(execute, sql, params, many, context):
        nonlocal queries
        queries += 1
        return execute(sql, params, many, context)

    for label in ("first import", "second run"):
        queries = 0
        started = time.perf_counter()
        with connection.execute_wrapper(count_query):
            report = import_archive(corpus / "kaltim-leaders.jsonl", corpus / "leaders.json")
        elapsed = time.perf_counter() - started
        tally = report.records
        print(
            f"{label}: {elapsed:.1f} s, {queries} queries for {tally.total} records "
            f"(created {tally.created}, unchanged {tally.unchanged}, rejected {tally.rejected})"
        )


if __name__ == "__main__":
    main()
