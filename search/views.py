"""Public search pages: the search, its autocomplete endpoint and the quote check."""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Locale

from . import autocomplete as suggestions
from .facets import describe_facets
from .quotes import check_quote
from .results import run_search


def query_without(params, *names):
    """Return the query string of `params` without the given parameters (and without `page`)."""
    kept = params.copy()
    for name in (*names, "page"):
        kept.pop(name, None)
    return kept.urlencode()


def search(request):
    outcome = run_search(request.GET)
    values = outcome.form.valid_values()
    facets = [
        (title, name, options, query_without(request.GET, name))
        for title, name, options in describe_facets(outcome.facets, values)
    ]
    context = {
        "outcome": outcome,
        "form": outcome.form,
        "search_query": outcome.parsed.text,
        "facets": facets,
        "page_query": query_without(request.GET),
        "results": outcome.page,
    }
    return TemplateResponse(request, "search/search.html", context)


def autocomplete(request):
    """Return up to eight titles that start like the typed text, as JSON."""
    text = request.GET.get("q", "")
    titles, fell_back = suggestions.suggest(text, Locale.get_active())
    return JsonResponse({"query": text[:100], "suggestions": titles, "fallback": fell_back})


def quote_check(request):
    text = request.GET.get("quote", "")
    outcome = check_quote(text) if text.strip() else None
    return TemplateResponse(
        request,
        "search/quote_check.html",
        {"outcome": outcome, "quote": text[:2000], "page_title": _("Quote check")},
    )
