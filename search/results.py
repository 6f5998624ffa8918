"""The public search as one operation: parse, match, filter, count facets, sort, paginate."""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from . import engine, filters
from .facet_counts import count_facets
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
    """Return (ordered ids that pass every filter, {id: ListedPage}, Matches from the backend or None).

    The mapping may list more ids than the first item returns: every page that passes the filters.
    """
    if parsed.is_empty:
        listed = filters.filtered_ids(models, locale, resolved)
        return list(listed), listed, None

    restrict = None
    if resolved:
        listed = filters.filtered_ids(models, locale, resolved)
        restrict = listed if len(listed) <= MAX_RESTRICT_IDS else None
    matches = engine.find_matches(parsed, models, locale, restrict, english)
    if not resolved:
        listed = filters.filtered_ids(models, locale, resolved, within=matches.ids)
    return [page_id for page_id in matches.ids if page_id in listed], listed, matches


def facet_scopes(models, locale, resolved, ids, listed, browsing):
    """Return {model: the ids of `ids` of that model} for counting facets.

    A browse lists every page that passes the filters, possibly thousands, so its ids are the
    filter's own subquery. A search lists at most max_matches() ids, which are sent as a list.
    """
    if browsing:
        return {model: filters.filtered_pages(model, locale, resolved).values("id") for model in models}
    return filters.ids_by_model(ids, listed)


def sort_ids(ids, listed, sort, is_browse):
    if sort not in (SORT_NEWEST, SORT_OLDEST) and not is_browse:
        return ids
    undated = [page_id for page_id in ids if listed[page_id].event_date is None]
    dated = sorted(
        (page_id for page_id in ids if listed[page_id].event_date),
        key=lambda page_id: listed[page_id].event_date,
        reverse=sort != SORT_OLDEST,
    )
    return dated + undated


def build_hits(page_ids, listed, terms):
    hits = []
    for page in filters.specific_pages(page_ids, listed):
        passages = page_passages(page)
        anchor, text = best_passage(passages, terms)
        # When no passage contains a search word (the title matched), show the summary or the opening.
        text = text or page.listing_summary or (passages[0][1] if passages else "")
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
    ids, listed, matches = match_ids(parsed, models, locale, resolved, english)
    if matches:
        outcome.fell_back, outcome.capped = matches.fell_back, matches.capped

    scopes = facet_scopes(models, locale, resolved, ids, listed, browsing=matches is None)
    outcome.facets = count_facets(ids, listed, scopes)
    ids = sort_ids(ids, listed, values.get("sort"), is_browse=parsed.is_empty)
    outcome.total = len(ids)

    paginator = Paginator(ids, PAGE_SIZE)
    outcome.page = paginator.get_page(params.get("page"))
    outcome.page.hits = build_hits(list(outcome.page.object_list), listed, folded_terms(parsed.words()))
    return outcome
