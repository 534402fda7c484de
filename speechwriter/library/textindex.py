"""Words for the full-text index, the search expression, keywords and highlight spans.

One jieba pass per paragraph serves everything: the precise cut gives the keywords (TF-IDF with
`jieba.analyse`'s IDF table and stop words, so they equal `jieba.analyse.extract_tags`), and the
same words plus their dictionary 2- and 3-character parts (as jieba's search mode does) go into
the FTS5 index, so a query for 妇联 finds 市妇联 and a query for 二十大 finds 党的二十大.
The index stores the words separated by spaces; SQLite's `unicode61` tokenizer splits on the
spaces (and punctuation) and keeps each run of Chinese characters as one token.
"""

from __future__ import annotations

import collections
import re
import threading
from dataclasses import dataclass
from typing import Any

from speechwriter.core import tokens

KEYWORDS_PER_SPEECH = 8
KEYWORDS_PER_PARAGRAPH = 5

_WORDLIKE = re.compile(r"\w")  # a word has at least one letter, CJK character or digit
_analyse_lock = threading.Lock()
_tfidf = None


def is_word(piece: str) -> bool:
    """A piece of jieba's cut that is a word, not punctuation or space."""
    # \w is what str.isalnum() calls alphanumeric, and _: a piece made of such characters (nearly
    # every word) needs no pattern search
    return piece.isalnum() or bool(_WORDLIKE.search(piece))


def words(text: str) -> list[str]:
    """jieba's precise cut without punctuation and spaces."""
    wordlike = _WORDLIKE.search
    return [w for w in tokens.cut(text) if w.isalnum() or wordlike(w)]


PARTS_KEPT = 100_000   # long words whose dictionary parts are kept once found (the same words come again and again)
_parts: dict[str, list[str]] = {}


def index_terms(words_: list[str]) -> list[str]:
    """The words plus the dictionary words inside long ones, in reading order."""
    out: list[str] = []
    known = _parts
    for word in words_:
        if len(word) > 2:
            parts = known.get(word)
            if parts is None:
                if len(known) > PARTS_KEPT:
                    known.clear()
                parts = known[word] = _parts_of(word)
            out += parts
        out.append(word)
    return out


def _parts_of(word: str) -> list[str]:
    """The dictionary words of two, then of three characters inside a long word, in order."""
    freq = tokens.tokenizer().FREQ
    size = len(word)
    parts = [word[i:i + 2] for i in range(size - 1) if freq.get(word[i:i + 2])]
    if size > 3:
        parts += [word[i:i + 3] for i in range(size - 2) if freq.get(word[i:i + 3])]
    return parts


def index_text(words_: list[str]) -> str:
    return " ".join(index_terms(words_))


def _keyword_table() -> Any:
    """jieba.analyse's IDF table and stop words (0.6 s and ~50 MB on first use, so only when needed)."""
    global _tfidf
    if _tfidf is None:
        with _analyse_lock:
            if _tfidf is None:
                tokens.tokenizer()  # our dictionary first: jieba.analyse cuts with the same tokenizer
                import jieba.analyse

                _tfidf = jieba.analyse.default_tfidf
    return _tfidf


def keywords(words_: list[str], top: int) -> list[str]:
    """TF-IDF keywords of already cut words; same result as jieba.analyse.extract_tags(text, top)."""
    return top_keywords(keyword_counts(words_), top)


def keyword_counts(words_: list[str]) -> dict[str, int]:
    """How often each word that can be a keyword occurs (not a stop word, two characters or more),
    in the order first met (which breaks ties as jieba does). The counts of a speech's paragraphs
    added up (`add_counts`) are the speech's."""
    stop = _keyword_table().stop_words
    # each distinct word checked once
    return {w: c for w, c in collections.Counter(words_).items() if len(w.strip()) >= 2 and w.lower() not in stop}


def add_counts(total: dict[str, int], counts: dict[str, int]) -> None:
    """`counts` (of the next paragraph) added to `total`, new words after those already met."""
    get = total.get
    for word, count in counts.items():
        total[word] = get(word, 0) + count


def top_keywords(counts: dict[str, int], top: int) -> list[str]:
    """The `top` words by TF-IDF weight, from `keyword_counts`."""
    if not counts:
        return []
    table = _keyword_table()
    idf, median = table.idf_freq.get, table.median_idf
    total = sum(counts.values())
    weights = {w: c * idf(w, median) / total for w, c in counts.items()}
    return sorted(weights, key=weights.__getitem__, reverse=True)[:top]


@dataclass
class Query:
    """A search text turned into index terms: what must match, and what to highlight."""

    text: str
    terms: list[str]       # each must occur (AND)
    highlight: list[str]   # marked in the hit's text, longest first

    @property
    def empty(self) -> bool:
        return not self.terms


def parse_query(text: str) -> Query:
    """Cut the query like the paragraphs were cut.

    Single characters (的, 和, 党 …) are dropped when the query has longer words: they occur in
    nearly every paragraph, cost time and add nothing. A query of single characters keeps them.
    """
    found = []
    for part in text.split():
        found += words(part)
    long_words = [w for w in found if len(w) > 1]
    terms = _unique(long_words or found)
    return Query(text=text, terms=terms, highlight=sorted(terms, key=len, reverse=True))


def match_expression(terms: list[str], facets: list[list[str]]) -> str:
    """FTS5 MATCH text: every term in the words column, one of each facet group in the facets column.

    Every token is quoted, so nothing the clerk types is read as FTS5 syntax.
    """
    parts = [f"tokens : ({' AND '.join(_quote(t) for t in terms)})"]
    for group in facets:
        parts.append(f"facets : ({' OR '.join(_quote(f) for f in group)})")
    return " AND ".join(parts)


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def spans(text: str, marks: list[str]) -> list[tuple[int, int]]:
    """Where the marked words occur in the original text: sorted, non-overlapping (start, end)."""
    found: list[tuple[int, int]] = []
    lowered = text.lower()
    for mark in marks:
        needle = mark.lower()
        start = lowered.find(needle)
        while start >= 0:
            found.append((start, start + len(needle)))
            start = lowered.find(needle, start + len(needle))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mark(text: str, spans_: list[tuple[int, int]], before: str, after: str) -> str:
    out, last = [], 0
    for start, end in spans_:
        out += [text[last:start], before, text[start:end], after]
        last = end
    out.append(text[last:])
    return "".join(out)


def _unique(items: list[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen

