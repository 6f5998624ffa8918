#!/usr/bin/env python
"""Measure ranking quality of the site search on the imported archive.

Usage:
    .venv/bin/python bench/search_quality.py --queries bench/queries-dev.jsonl [--k 10] [--verbose]

Each line of the queries file is {"query": "...", "relevant": ["source address", ...]}.
The query runs through the same code as the public search page (reader locale "id", no
filters) on the backend that SEARCH_BACKEND / SEARCH_URL select, and pages are matched to
judgements by their source address. Relevance is binary. The last line printed is
`ndcg@K=… recall@K=… queries=N`.

The archive must already be imported (manage.py import_archive) and, for an engine, indexed
(manage.py update_index). The script stops if the engine fails and the search falls back
to the database, so a figure is never reported for the wrong backend.
"""

import argparse
import json
import math
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", required=True, help="JSON Lines file of judged queries.")
    parser.add_argument("--k", type=int, default=10, help="Cut-off rank for nDCG and recall (default 10).")
    parser.add_argument("--verbose", action="store_true", help="Print one line per query.")
    return parser.parse_args()


def load_queries(path):
    queries = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        record = json.loads(line)
        if not record.get("query") or not record.get("relevant"):
            raise SystemExit(f"{path}:{number}: a query needs 'query' and a non-empty 'relevant' list.")
        queries.append(record)
    return queries


def dcg(gains):
    return sum(gain / math.log2(rank + 2) for rank, gain in enumerate(gains))


def ndcg_at(ranked, relevant, k):
    gains = [1 if address in relevant else 0 for address in ranked[:k]]
    ideal = dcg([1] * min(len(relevant), k))
    return dcg(gains) / ideal if ideal else 0.0


def recall_at(ranked, relevant, k):
    return len(set(ranked[:k]) & relevant) / len(relevant)


def ranked_addresses(query, k):
    from search import engine, filters
    from search.query import parse_query

    from wagtail.models import Locale

    models = filters.models_for(None)
    locale = Locale.get_active()
    matches = engine.find_matches(parse_query(query), models, locale, limit=max(k * 5, 50))
    if matches.fell_back:
        raise SystemExit("The search engine failed and the search fell back to the database; no figures reported.")
    visible = filters.filtered_ids(models, locale, {}, within=matches.ids)
    addresses = {}
    for model in models:
        addresses.update(model.objects.filter(id__in=list(visible)).values_list("id", "source_url"))
    return [addresses[page_id] for page_id in matches.ids if page_id in addresses][:k]


def main():
    arguments = parse_arguments()

    import django

    django.setup()
    from django.conf import settings
    from django.utils import translation

    translation.activate("id")
    queries = load_queries(arguments.queries)
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
    print(f"backend={backend} queries_file={arguments.queries}", file=sys.stderr)

    ndcg_total = recall_total = 0.0
    for record in queries:
        relevant = set(record["relevant"])
        ranked = ranked_addresses(record["query"], arguments.k)
        ndcg, recall = ndcg_at(ranked, relevant, arguments.k), recall_at(ranked, relevant, arguments.k)
        ndcg_total += ndcg
        recall_total += recall
        if arguments.verbose:
            print(f"ndcg={ndcg:.3f} recall={recall:.3f} query={record['query']!r}")

    count = len(queries)
    print(f"ndcg@{arguments.k}={ndcg_total / count:.3f} recall@{arguments.k}={recall_total / count:.3f} queries={count}")


if __name__ == "__main__":
    main()
