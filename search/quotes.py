"""Quote check (Cek kutipan): find where a sentence attributed to a leader was said or written.

Candidates come from the search backend (any of the quote's words, best first); each
candidate's passages are then compared word by word with the quote, after folding case
and accents. A passage that contains the whole quote is a match; otherwise the share of
the quote's words found in order in the passage (difflib matching blocks) ranks the
closest passages.
"""

from dataclasses import dataclass, field
from difflib import SequenceMatcher

from django.utils.translation import gettext_lazy as _

from . import engine, filters
from .highlight import fold, mark_words
from .passages import page_passages
from .query import MAX_TERMS, ParsedQuery, clean_text, extract_words

MIN_QUOTE_WORDS = 3
MAX_QUOTE_LENGTH = 2000
CANDIDATE_LIMIT = 50
CLOSE_THRESHOLD = 0.6
MAX_CLOSE = 5


@dataclass
class QuoteHit:
    page: object
    anchor: str
    passage: str
    score: float


@dataclass
class QuoteOutcome:
    text: str = ""
    exact: list = field(default_factory=list)
    close: list = field(default_factory=list)
    message: str = ""
    fell_back: bool = False


def folded_words(text):
    return [fold(word) for word in extract_words(text)]


def contains_sequence(haystack, needle):
    size = len(needle)
    return any(haystack[start : start + size] == needle for start in range(len(haystack) - size + 1))


def similarity(quote_words, passage_words):
    """Return the share of the quote's words that appear in order in the passage (0..1)."""
    if contains_sequence(passage_words, quote_words):
        return 1.0
    blocks = SequenceMatcher(None, quote_words, passage_words, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks) / len(quote_words)


def score_page(page, quote_words, marked_terms):
    """Return the best QuoteHit of one page."""
    best = None
    for anchor, text in page_passages(page):
        score = similarity(quote_words, folded_words(text))
        if best is None or score > best.score:
            best = QuoteHit(page=page, anchor=anchor, passage=mark_words(text, marked_terms), score=score)
    return best


def check_quote(raw):
    """Return the passages that contain the quote, or else the closest ones, across all languages."""
    text = clean_text(raw)[:MAX_QUOTE_LENGTH]
    outcome = QuoteOutcome(text=text)
    quote_words = folded_words(text)
    if len(quote_words) < MIN_QUOTE_WORDS:
        outcome.message = _("Paste a sentence of at least %(count)s words.") % {"count": MIN_QUOTE_WORDS}
        return outcome

    models = filters.models_for(None)
    # Quote marks in the pasted text are not phrase syntax here: every word is a free term.
    candidates_query = ParsedQuery(text=text, terms=quote_words[:MAX_TERMS])
    matches = engine.find_matches(candidates_query, models, locale=None, limit=CANDIDATE_LIMIT)
    outcome.fell_back = matches.fell_back
    visible = filters.filtered_ids(models, None, {}, within=matches.ids)
    pages = filters.specific_pages(matches.ids, visible)

    hits = [hit for hit in (score_page(page, quote_words, set(quote_words)) for page in pages) if hit]
    outcome.exact = [hit for hit in hits if hit.score == 1.0]
    close = sorted((hit for hit in hits if CLOSE_THRESHOLD <= hit.score < 1.0), key=lambda hit: -hit.score)
    outcome.close = close[:MAX_CLOSE]
    if not outcome.exact and not outcome.close:
        outcome.message = _("No speech or story in the archive contains this sentence or anything close to it.")
    return outcome
