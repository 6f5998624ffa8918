"""A direct FTS5 query for Wagtail's SQLite database backend.

django-modelsearch 1.x (SQLite backend) scores each page row with a correlated subquery
that runs the full-text MATCH once per row, so a search over 2,200 synthetic pages took
10 seconds (bench/search_latency.py on the project's 2-core machine). This module runs the
MATCH once, joined to the index entries and pages, ordered by bm25 with the title weighted
twice the body. It reads the index that the backend maintains and writes nothing.
"""

from django.db import connection
from wagtail.search.models import IndexEntry

# bm25() weights for the FTS5 table's columns, in its declared order (autocomplete, body, title).
COLUMN_WEIGHTS = (0.0, 1.0, 2.0)


def applies_to(backend):
    return connection.vendor == "sqlite" and type(backend).__module__.startswith("modelsearch.backends.database.sqlite")


def fts_string(text):
    return '"' + text.replace('"', '""') + '"'


def match_expression(parsed):
    """Return an FTS5 MATCH string: every phrase, and any one of the free terms, in title or body."""
    parts = [fts_string(phrase) for phrase in parsed.phrases]
    if parsed.terms:
        parts.append("(" + " OR ".join(fts_string(term) for term in parsed.terms) + ")")
    return "{title body} : (" + " AND ".join(parts) + ")"


def match_ids(parsed, content_types, locale, restrict_ids, limit):
    """Return up to `limit` live page ids of the given content types, best match first."""
    entries = IndexEntry._meta.db_table
    type_ids = [content_type.pk for content_type in content_types]
    type_marks = ", ".join(["%s"] * len(type_ids))
    weights = ", ".join(str(weight) for weight in COLUMN_WEIGHTS)
    sql = [
        f"SELECT page.id FROM {entries}_fts AS fts",
        f"JOIN {entries} AS entry ON entry.id = fts.rowid",
        "JOIN wagtailcore_page AS page ON page.id = CAST(entry.object_id AS INTEGER)",
        f"WHERE {entries}_fts MATCH %s AND entry.content_type_id IN ({type_marks})",
        "AND page.content_type_id = entry.content_type_id AND page.live",
    ]
    params = [match_expression(parsed), *type_ids]
    if locale is not None:
        sql.append("AND page.locale_id = %s")
        params.append(locale.pk)
    if restrict_ids is not None:
        restrict_ids = list(restrict_ids) or [0]
        sql.append(f"AND page.id IN ({', '.join(['%s'] * len(restrict_ids))})")
        params.extend(restrict_ids)
    sql.append(f"ORDER BY bm25({entries}_fts, {weights}) LIMIT %s")
    params.append(limit)

    with connection.cursor() as cursor:
        cursor.execute(" ".join(sql), params)
        return [row[0] for row in cursor.fetchall()]
