"""Snippets of matched text with the query words marked, the same on every backend.

Matching is by folded word: a word of the text is marked when it equals a query word or,
for query words of four letters or more, contains it ("bangun" marks "pembangunan"), which
covers most Indonesian affixes without a stemmer.
"""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .query import WORD_PATTERN

SNIPPET_WORDS = 40
MIN_CONTAINED_LENGTH = 4


def fold(word):
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def folded_terms(words):
    return {fold(word) for word in words if word}


def word_matches(word, terms):
    folded = fold(word)
    return any(folded == term or (len(term) >= MIN_CONTAINED_LENGTH and term in folded) for term in terms)


def count_hits(text, terms):
    return sum(1 for match in WORD_PATTERN.finditer(text) if word_matches(match.group(0), terms))


def best_passage(passages, terms):
    """Return the (anchor, text) with the most marked words, or (None, "") when none has one.

    Without search terms (a browse) the first passage is the best one.
    """
    if not passages:
        return None, ""
    if not terms:
        return passages[0]
    best = max(passages, key=lambda passage: count_hits(passage[1], terms))
    return best if count_hits(best[1], terms) else (None, "")


def mark_words(text, terms):
    """Return HTML of `text` with matching words wrapped in <mark>."""
    pieces, position = [], 0
    for match in WORD_PATTERN.finditer(text):
        pieces.append(escape(text[position : match.start()]))
        word = match.group(0)
        pieces.append(f"<mark>{escape(word)}</mark>" if word_matches(word, terms) else escape(word))
        position = match.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))


def snippet(text, terms, size=SNIPPET_WORDS):
    """Return a marked window of about `size` words around the first matching word."""
    words = re.split(r"(\s+)", text.strip())
    tokens = words[::2]
    first_hit = next((index for index, token in enumerate(tokens) if count_hits(token, terms)), 0)
    start = max(0, first_hit - size // 4)
    window = " ".join(tokens[start : start + size])
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + size < len(tokens) else ""
    return mark_safe(escape(prefix) + mark_words(window, terms) + escape(suffix))
