"""The public search as one operation: parse, match, filter, count facets, sort, paginate."""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from . import engine, filters
from .forms import SORT_NEWEST, SORT_OLDEST, SearchForm
from .highlight import best_passage, folded_terms, snippet
from .passages import page_passages
from .query import MAX_QUERY_LENGTH, parse_query

PAGE_SIZE = 10
# Above this many ids, a filter is applied after matching instead of inside the engine query.
MAX_RESTRICT_IDS = 10_000


@dataclass
class SearchOutcome:
    form: SearchForm
    parsed: object
    page: object = None
    total: int = 0
    facets: dict = field(default_factory=dict)
    messages: list = field(default_factory=list)
    fell_back: bool = False
    capped: bool = False
    searched: bool = False


@dataclass
class Hit:
    page: Page
    snippet: str
    anchor: str = None


def reader_locale(all_languages):
    return None if all_languages else Locale.get_active()


def input_messages(form, parsed, unknown):
    messages = []
    if parsed.truncated:
        messages.append(
            _("Your search was shortened to its first %(count)s characters.") % {"count": MAX_QUERY_LENGTH}
        )
    invalid = form.invalid_labels() + [str(form.fields[name].label) for name in unknown]
    if invalid:
        messages.append(_("These filters were ignored because their value is invalid: %(names)s.") % {"names": ", ".join(invalid)})
    return messages


def match_ids(parsed, models, locale, resolved, english):
    """Return (ordered ids that pass every filter, Matches from the backend or None)."""
    if parsed.is_empty:
        return list(filters.filtered_ids(models, locale, resolved)), None

    restrict = None
    if resolved:
        allowed = filters.filtered_ids(models, locale, resolved)
        restrict = allowed if len(allowed) <= MAX_RESTRICT_IDS else None
    matches = engine.find_matches(parsed, models, locale, restrict, english)
    visible = filters.filtered_ids(models, locale, resolved, within=matches.ids)
    return [page_id for page_id in matches.ids if page_id in visible], matches


def sort_ids(ids, models, sort, is_browse):
    if sort not in (SORT_NEWEST, SORT_OLDEST) and not is_browse:
        return ids
    dates = filters.dated_ids(models, ids)
    undated = [page_id for page_id in ids if dates.get(page_id) is None]
    dated = sorted((page_id for page_id in ids if dates.get(page_id)), key=dates.get, reverse=sort != SORT_OLDEST)
    return dated + undated


def build_hits(page_ids, terms):
    hits = []
    for page in filters.specific_pages(page_ids):
        anchor, text = best_passage(page_passages(page), terms)
        text = text or page.listing_summary
        hits.append(Hit(page=page, snippet=snippet(text, terms) if text else "", anchor=anchor if terms else None))
    return hits


def run_search(params):
    """Run one search request from its GET parameters and return a SearchOutcome."""
    form = SearchForm(params)
    values = form.valid_values()
    parsed = parse_query(values.get("q", ""))
    resolved, unknown = filters.resolve_filters(values)
    outcome = SearchOutcome(form=form, parsed=parsed, messages=input_messages(form, parsed, unknown))

    outcome.searched = not parsed.is_empty or bool(resolved) or bool(values.get("type"))
    if not outcome.searched:
        return outcome

    models = filters.models_for(values.get("type"))
    locale = reader_locale(values.get("all_languages"))
    english = locale is not None and locale.language_code == "en"
    ids, matches = match_ids(parsed, models, locale, resolved, english)
    if matches:
        outcome.fell_back, outcome.capped = matches.fell_back, matches.capped

    outcome.facets = filters.count_facets(models, ids)
    ids = sort_ids(ids, models, values.get("sort"), is_browse=parsed.is_empty)
    outcome.total = len(ids)

    paginator = Paginator(ids, PAGE_SIZE)
    outcome.page = paginator.get_page(params.get("page"))
    outcome.page.hits = build_hits(list(outcome.page.object_list), folded_terms(parsed.words()))
    return outcome
