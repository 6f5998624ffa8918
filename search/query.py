"""Turn whatever a reader typed into terms and quoted phrases that every backend accepts.

Nothing the reader types reaches an engine's query syntax: words are reduced to letters,
digits and the apostrophes and hyphens inside them ("Jum'at", "Perda-No.2" keeps "Perda-No"
and "2"), so the engine sees only plain words and phrases.
"""

import re
import unicodedata
from dataclasses import dataclass, field

MAX_QUERY_LENGTH = 500
MAX_TERMS = 32

# A word: letters or digits, with single apostrophes or hyphens allowed between them.
WORD_PATTERN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
TYPOGRAPHIC_QUOTES = "“”„«»"


@dataclass
class ParsedQuery:
    text: str = ""
    terms: list = field(default_factory=list)
    phrases: list = field(default_factory=list)
    truncated: bool = False

    @property
    def is_empty(self):
        return not self.terms and not self.phrases

    def words(self):
        """Return every word of the query, phrase words included, in order of appearance."""
        phrase_words = [word for phrase in self.phrases for word in phrase.split()]
        return phrase_words + self.terms

    def plain_text(self):
        return " ".join(self.words())


def clean_text(raw):
    """Drop control and format characters and collapse whitespace; keep letters of any script."""
    text = unicodedata.normalize("NFC", raw or "")
    kept = [" " if unicodedata.category(char)[0] in "CZ" else char for char in text]
    return " ".join("".join(kept).split())


def extract_words(text):
    return [match.group(0).replace("’", "'") for match in WORD_PATTERN.finditer(text)]


def parse_query(raw):
    """Split the reader's input into free terms and phrases in double quotes.

    An unbalanced quote mark is ignored: the words after it count as free terms.
    """
    text = clean_text(raw)
    truncated = len(text) > MAX_QUERY_LENGTH
    text = text[:MAX_QUERY_LENGTH]

    for quote in TYPOGRAPHIC_QUOTES:
        text = text.replace(quote, '"')
    pieces = text.split('"')
    if len(pieces) % 2 == 0:
        # An odd number of quote marks: the last one opens nothing.
        pieces[-2:] = [pieces[-2] + " " + pieces[-1]]

    terms, phrases = [], []
    for position, piece in enumerate(pieces):
        words = extract_words(piece)
        if position % 2 == 1 and len(words) > 1:
            phrases.append(" ".join(words))
        else:
            terms.extend(words)

    return ParsedQuery(
        text=text,
        terms=terms[:MAX_TERMS],
        phrases=phrases[:MAX_TERMS],
        truncated=truncated or len(terms) > MAX_TERMS,
    )
