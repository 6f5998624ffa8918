#!/usr/bin/env python
"""Measure search latency on a synthetic archive of activity stories and speeches.

Usage:
    .venv/bin/python bench/search_latency.py [--count 100000] [--repeat 5] [--skip-generate]

Point DATABASE_URL at a scratch database. The script adds --count published pages under
the site's activity and speech index pages: 70 % stories of 150-600 words, 30 % speeches of
400-1,200 words, dated 2013-2026. Unless --skip-generate is given, it then runs
`update_index` on the configured backends (set SEARCH_TIMEOUT to 60 or more for an engine,
because bulk requests of a large index take longer than the 5-second default). It then times typical queries
through the public search path (matching, database filters, facets, first result page)
and prints p50/p95/max in milliseconds for the backend that SEARCH_BACKEND selects.

Words come from the Kaltim corpus when it is found (CORPUS_DIR, default ../shared/corpus),
so term frequencies look like the real archive; otherwise from a short built-in list.
Pages are written with bulk inserts (no revisions, no signals) because creating 100,000
pages one by one through Wagtail takes hours.
"""

import argparse
import datetime
import json
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

QUERIES = [
    "gubernur",
    "banjir Samarinda",
    "pembangunan jalan",
    '"Benua Etam"',
    "stunting",
    "Wagub Kaltim",
    "vaksinasi covid",
    "ibu kota nusantara",
    "upacara hari pahlawan",
    "investasi kawasan industri",
]
FALLBACK_WORDS = (
    "gubernur wakil sekretaris daerah provinsi kalimantan timur samarinda balikpapan pembangunan "
    "jalan jembatan masyarakat pemerintah kegiatan rapat koordinasi bantuan pendidikan kesehatan "
    "investasi upacara peringatan hari pelantikan pejabat program desa kota kabupaten warga"
).split()
BATCH_SIZE = 500


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000, help="Pages to generate (default 100,000).")
    parser.add_argument("--repeat", type=int, default=5, help="Timed runs of each query (default 5).")
    parser.add_argument("--seed", type=int, default=7, help="Random seed for the generated text.")
    parser.add_argument("--skip-generate", action="store_true", help="Time queries on the pages already there.")
    return parser.parse_args()


def load_vocabulary():
    corpus = Path(os.environ.get("CORPUS_DIR", ROOT.parent / "shared" / "corpus")) / "kaltim-leaders.jsonl"
    if not corpus.exists():
        return FALLBACK_WORDS
    words = []
    for line in corpus.read_text(encoding="utf-8").splitlines():
        if line.strip():
            words.extend(json.loads(line)["body"].split())
    return words or FALLBACK_WORDS


def sentence_text(rng, vocabulary, word_count):
    return " ".join(rng.choice(vocabulary) for _ in range(word_count))


def insert_child_rows(model, rows):
    """Insert the model's own table rows for pages whose wagtailcore_page rows exist."""
    from django.db import connection

    fields = model._meta.local_concrete_fields
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    table = connection.ops.quote_name(model._meta.db_table)
    values = [[field.get_db_prep_save(getattr(row, field.attname), connection) for field in fields] for row in rows]
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", values)


def build_page(model, parent, step, rng, vocabulary, content_type, locale):
    from django.utils import timezone

    is_speech = model.__name__ == "SpeechPage"
    title = sentence_text(rng, vocabulary, rng.randint(6, 12))[:250]
    slug = f"sintetis-{uuid.uuid4().hex[:12]}"
    date = datetime.date(2013, 1, 1) + datetime.timedelta(days=rng.randrange(13 * 365))
    if is_speech:
        text = [("paragraph", sentence_text(rng, vocabulary, rng.randint(60, 120))) for _ in range(rng.randint(5, 10))]
        fields = {"text": text}
    else:
        paragraphs = [sentence_text(rng, vocabulary, rng.randint(50, 100)) for _ in range(rng.randint(3, 6))]
        fields = {"body": [("paragraph", f"<p>{paragraph}</p>") for paragraph in paragraphs]}
    now = timezone.now()
    return model(
        title=title,
        draft_title=title,
        slug=slug,
        path=model._get_path(parent.path, parent.depth + 1, step),
        depth=parent.depth + 1,
        numchild=0,
        url_path=f"{parent.url_path}{slug}/",
        live=True,
        has_unpublished_changes=False,
        first_published_at=now,
        last_published_at=now,
        content_type=content_type,
        locale=locale,
        translation_key=uuid.uuid4(),
        event_date=date,
        source_url=f"https://synthetic.invalid/{slug}",
        **fields,
    )


def generate(count, seed):
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from wagtail.models import Page

    from activities.models import ActivityPage
    from core.site_tree import ensure_site_tree
    from speeches.models import SpeechPage

    rng = random.Random(seed)
    vocabulary = load_vocabulary()
    tree = ensure_site_tree()
    plan = [(ActivityPage, tree.activities, int(count * 0.7)), (SpeechPage, tree.speeches, count - int(count * 0.7))]
    for model, parent, total in plan:
        parent = Page.objects.get(pk=parent.pk)
        content_type = ContentType.objects.get_for_model(model)
        first_step = parent.numchild + 1
        for start in range(0, total, BATCH_SIZE):
            pages = [
                build_page(model, parent, first_step + start + offset, rng, vocabulary, content_type, parent.locale)
                for offset in range(min(BATCH_SIZE, total - start))
            ]
            with transaction.atomic():
                created = Page.objects.bulk_create([Page(**page_fields(page)) for page in pages])
                for page, row in zip(pages, created):
                    page.page_ptr_id = page.id = row.pk
                insert_child_rows(model, pages)
            print(f"generated {model.__name__} {start + len(pages)}/{total}", file=sys.stderr)
        Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + total)


def page_fields(page):
    from wagtail.models import Page

    return {field.attname: getattr(page, field.attname) for field in Page._meta.concrete_fields if field.attname != "id"}


def time_queries(repeat):
    from django.http import QueryDict

    from search.results import run_search

    timings = []
    for query in QUERIES:
        params = QueryDict(mutable=True)
        params["q"] = query
        for _ in range(repeat):
            started = time.perf_counter()
            outcome = run_search(params)
            timings.append((time.perf_counter() - started) * 1000)
            if outcome.fell_back:
                raise SystemExit("The search engine failed and the search fell back to the database; no figures reported.")
    return timings


def main():
    arguments = parse_arguments()

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.utils import translation

    translation.activate("id")
    if not arguments.skip_generate:
        generate(arguments.count, arguments.seed)
        call_command("update_index", verbosity=0)

    from wagtail.models import Page

    backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
    time_queries(1)  # warm caches and connections before timing
    timings = sorted(time_queries(arguments.repeat))
    p95 = timings[min(len(timings) - 1, int(round(0.95 * (len(timings) - 1))))]
    pages = Page.objects.filter(live=True).count()
    print(
        f"backend={backend} pages={pages} queries={len(QUERIES)}x{arguments.repeat} "
        f"p50_ms={statistics.median(timings):.1f} p95_ms={p95:.1f} max_ms={timings[-1]:.1f}"
    )


if __name__ == "__main__":
    main()
