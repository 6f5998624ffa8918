"""Find the pages that match a parsed query, on the configured engine or the database.

The engine only proposes candidates (page ids in relevance order); `search.results` then
keeps those that are live, public and in the requested locale according to the database, so a stale
engine document can never show a withdrawn or private page.

When the engine raises or times out, the query runs on the "database" backend that
`config.settings.search` keeps beside it, and the engine is left alone for
SEARCH_ENGINE_RETRY_SECONDS so that a down engine costs one timeout, not one per request.
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Phrase, PlainText

from . import backends as site_backends
from . import sqlite_fts

logger = logging.getLogger("potret.search")

ENGINE_DOWN_CACHE_KEY = "search:engine-down"
DEFAULT_RETRY_SECONDS = 30
DEFAULT_MAX_MATCHES = 1000
TITLE_BOOST = 2
# Any one word may match; BM25 ranks pages with more of the words first. On the 30-query
# development set (bench/queries-dev.jsonl, OpenSearch 3.8) this gave nDCG@10 0.904 against
# 0.844 for "2<75%" (all of two words, three quarters of more), because many relevant pages
# use a synonym or another word for part of the query.
DEFAULT_MINIMUM_SHOULD_MATCH = "1"


@dataclass
class Matches:
    ids: list
    backend_name: str
    fell_back: bool = False
    capped: bool = False


def max_matches():
    return getattr(settings, "SEARCH_MAX_MATCHES", DEFAULT_MAX_MATCHES)


def engine_configured():
    backends = settings.WAGTAILSEARCH_BACKENDS
    return "database" in backends and backends["default"]["BACKEND"] != backends["database"]["BACKEND"]


def engine_marked_down():
    return bool(cache.get(ENGINE_DOWN_CACHE_KEY))


def mark_engine_down():
    seconds = getattr(settings, "SEARCH_ENGINE_RETRY_SECONDS", DEFAULT_RETRY_SECONDS)
    cache.set(ENGINE_DOWN_CACHE_KEY, True, seconds)


def candidate_pages(content_types, locale=None, restrict_ids=None):
    """Return the live pages of the given types that a search may return, before ranking."""
    pages = Page.objects.filter(live=True, content_type__in=content_types)
    if locale is not None:
        pages = pages.filter(locale=locale)
    if restrict_ids is not None:
        pages = pages.filter(id__in=list(restrict_ids))
    return pages


def find_matches(parsed, models, locale=None, restrict_ids=None, english=False, limit=None):
    """Return up to `limit` (default `max_matches()`) page ids matching `parsed`, best first."""
    content_types = list(ContentType.objects.get_for_models(*models).values())
    pages = candidate_pages(content_types, locale, restrict_ids)
    limit = limit or max_matches()
    database_args = (parsed, content_types, locale, restrict_ids, limit)

    if not engine_configured():
        ids = database_match_ids("default", *database_args)
        return Matches(ids, "default", capped=len(ids) >= limit)

    if not engine_marked_down():
        try:
            ids = engine_match_ids(pages, parsed, limit, english)
            return Matches(ids, "default", capped=len(ids) >= limit)
        except Exception:
            # Any engine failure (refused, timed out, rejected) must not reach the reader.
            logger.exception("Search engine failed; using the database backend for this query")
            mark_engine_down()

    ids = database_match_ids("database", *database_args)
    return Matches(ids, "database", fell_back=True, capped=len(ids) >= limit)


def database_query(parsed):
    parts = [Phrase(phrase) for phrase in parsed.phrases]
    if parsed.terms:
        parts.append(PlainText(" ".join(parsed.terms), operator="or"))
    return parts[0] if len(parts) == 1 else And(parts)


def database_match_ids(backend_name, parsed, content_types, locale, restrict_ids, limit):
    backend = get_search_backend(backend_name)
    if sqlite_fts.applies_to(backend):
        return sqlite_fts.match_ids(parsed, content_types, locale, restrict_ids, limit)

    pages = candidate_pages(content_types, locale, restrict_ids)
    results = backend.search(database_query(parsed), pages)
    return [page.pk for page in results[:limit]]


def engine_text_fields(mapping, english):
    """Return the catch-all field and its title-boosted twin, their English twins if asked."""
    suffix = site_backends.ENGLISH_SUFFIX if english else ""
    boosted = mapping.get_boost_field_name(TITLE_BOOST)
    return [f"_all_text{suffix}", f"{boosted}{suffix}^{TITLE_BOOST}"]


def phrase_clause(phrase, fields, english):
    clause = {"multi_match": {"query": phrase, "type": "phrase", "fields": fields}}
    if not english:
        # The index analyzer, not "default_search": a quoted phrase means these words, so
        # "Benua Etam" must not also match "Kalimantan Timur" through the synonyms.
        clause["multi_match"]["analyzer"] = "default"
    return clause


def engine_body(backend, pages, parsed, english):
    """Build the request body: our text clauses plus Wagtail's filters for `pages`."""
    compiler = backend.query_compiler_class(pages, PlainText(parsed.plain_text()))
    fields = engine_text_fields(compiler.mapping, english)

    clauses = [phrase_clause(phrase, fields, english) for phrase in parsed.phrases]
    if parsed.terms:
        clauses.append(
            {
                "multi_match": {
                    "query": " ".join(parsed.terms),
                    "fields": fields,
                    "type": "most_fields",
                    "operator": "or",
                    "minimum_should_match": getattr(settings, "SEARCH_MINIMUM_SHOULD_MATCH", DEFAULT_MINIMUM_SHOULD_MATCH),
                }
            }
        )
    return {"query": {"bool": {"must": clauses, "filter": compiler.get_filters()}}}


def engine_match_ids(pages, parsed, limit, english=False):
    """Ask the engine for the best `limit` page ids in one request (no scroll)."""
    backend = get_search_backend("default")
    body = engine_body(backend, pages, parsed, english)
    index = backend.get_index_for_model(Page).name
    response = backend.es.search(index=index, body=body, size=limit, _source=False, stored_fields="pk")
    return [int(hit["fields"]["pk"][0]) for hit in response["hits"]["hits"]]
