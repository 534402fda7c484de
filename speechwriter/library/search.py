"""Finding paragraphs: the word index over the paragraphs' jieba words, ranked by BM25, narrowed by filters.

The store runs the queries (FTS5 in a SQLite file, a GIN-indexed tsvector on a server); this
module decides what to ask.

Both engines answer in the same bounded time however large the library: a word found in most
paragraphs (工作, 发展) would otherwise make every search count and score hundreds of thousands
of rows. So
- matches are counted exactly up to COUNT_LIMIT; beyond, the total says "more than COUNT_LIMIT"
  (`capped`), and the clerk is told to add a word;
- only RANK_LIMIT of the matches — the first stored — are ranked by BM25 (finding the newest
  would mean sorting every match).
Where there is no word index (SQLite without FTS5), or a word of the query is in no paragraph (a half-typed word, a run
jieba cuts otherwise in context), the paragraphs' text is scanned for the query as typed
(`literal` hits, newest first, no score).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from speechwriter.errors import UserError
from speechwriter.library import textindex
from speechwriter.library.store import Filters, Library
from speechwriter.vocabulary import ROLE_NAMES, ROLES

RANK_LIMIT = 500       # matches ranked by BM25 (the first stored)
COUNT_LIMIT = 500      # matches counted exactly up to this many
PHRASE_POOL = 100  # best BM25 hits among which those with the query's words in a row come first
HIGHLIGHT = ("【", "】")  # how the CLI marks hits; the app uses Hit.spans

_ROLE_BY_NAME = {**{r: r for r in ROLES}, **{name: role for role, name in ROLE_NAMES.items()}}


@dataclass
class Hit:
    paragraph_id: int
    speech_id: int
    position: int             # the paragraph's place in its speech
    role: str | None
    heading: bool
    text: str
    keywords: list[str]
    title: str | None
    kind: str
    date: str | None
    speaker: str | None
    source: str
    file_name: str
    bundled: bool
    score: float | None       # BM25, larger is better; None for a literal hit
    spans: list[tuple[int, int]] = field(default_factory=list)   # (start, end) of each match in text

    def highlighted(self, before: str = HIGHLIGHT[0], after: str = HIGHLIGHT[1]) -> str:
        return textindex.mark(self.text, self.spans, before, after)

    def to_dict(self) -> dict:
        return {"paragraph_id": self.paragraph_id, "speech_id": self.speech_id, "position": self.position,
                "role": self.role, "heading": self.heading, "text": self.text,
                "highlighted": self.highlighted(), "spans": [list(s) for s in self.spans],
                "keywords": self.keywords, "title": self.title, "kind": self.kind, "date": self.date,
                "speaker": self.speaker, "source": self.source, "bundled": self.bundled, "score": self.score}


@dataclass
class SearchResult:
    query: str
    terms: list[str]          # the words searched for (all must occur)
    hits: list[Hit]
    total: int                # paragraphs matching (COUNT_LIMIT when `capped`)
    ranked: int               # of which ranked (see RANK_LIMIT)
    literal: bool = False     # found by scanning the text for the query as typed
    capped: bool = False      # more than COUNT_LIMIT paragraphs match: `total` is a lower bound

    def to_dict(self) -> dict:
        return {"query": self.query, "terms": self.terms, "total": self.total, "ranked": self.ranked,
                "literal": self.literal, "capped": self.capped, "hits": [h.to_dict() for h in self.hits]}

    def total_text(self) -> str:
        """How many matched, as a sentence shows it: 25 段, or 1000 多段 when counting stopped there."""
        return f"{self.total} 多段" if self.capped else f"{self.total} 段"


def role_of(name: str | None) -> str | None:
    """opening/review/key_points/closing from either the English or the Chinese name (开场 …)."""
    if name is None:
        return None
    role = _ROLE_BY_NAME.get(name.strip())
    if role is None:
        names = "、".join(ROLE_NAMES.values())
        raise UserError(f"没有“{name}”这种段落角色，可选：{names}（或 {', '.join(ROLES)}）。")
    return role


def search(library: Library, query: str, *, role: str | None = None, kind: str | None = None,
           source: str | None = None, limit: int = 20) -> SearchResult:
    """Paragraphs with every word of `query`, best first.

    role: 开场/回顾/要点/结束 or opening/review/key_points/closing; kind: 领导讲话 …;
    source: "bundled" (the app's samples), "own" (the clerk's files) or part of a file's path.
    """
    parsed = textindex.parse_query(query or "")
    if parsed.empty:
        raise UserError("请输入要查找的词语。")
    filters = Filters(role=role_of(role), kind=kind or None,
                      bundled=None if source not in ("bundled", "own") else source == "bundled")
    if source is not None and source not in ("bundled", "own"):
        filters.file_ids = library.files_under(source)
        if not filters.file_ids:
            return SearchResult(query, parsed.terms, [], 0, 0)
    alone = len(parsed.terms) == 1 and filters == Filters()
    if library.fulltext and all(library.any_match(term, alone) for term in parsed.terms):
        # every word is in the library: if they never meet (under these filters), nothing will
        return _ranked(library, parsed, filters, limit)
    # without a word index: every word somewhere in the text; with it, a word no paragraph has (a
    # half-typed word, a run jieba cuts otherwise in context: 工会女职, ××同志): look for the text as typed
    needles = ["".join(query.split())] if library.fulltext else parsed.terms
    rows, counted = library.scan(needles, filters, limit, COUNT_LIMIT + 1)
    hits = [_hit(r) for r in rows]
    for hit in hits:
        hit.spans = textindex.spans(hit.text, needles)
    total = min(counted, COUNT_LIMIT)
    return SearchResult(query, parsed.terms, hits, total, total, literal=True, capped=counted > COUNT_LIMIT)


def _ranked(library: Library, parsed: textindex.Query, filters: Filters, limit: int) -> SearchResult:
    several = len(parsed.terms) > 1
    ranked, counted = library.ranked(parsed.terms, filters, RANK_LIMIT, max(limit, PHRASE_POOL) if several else limit,
                                     COUNT_LIMIT + 1)
    if several and ranked:
        # BM25 knows no word order: of the best PHRASE_POOL, those with the words as typed
        # (巾帼建功, not 巾帼 … 建功) go first, each group keeping its BM25 order
        in_a_row = library.containing([r[0] for r in ranked], "".join(parsed.text.split()))
        ranked = sorted(ranked, key=lambda r: r[0] not in in_a_row)[:limit]
    details = library.details([r[0] for r in ranked])
    hits = []
    for rowid, score in ranked:
        hit = _hit(details[rowid])
        hit.score = score
        hit.spans = textindex.spans(hit.text, parsed.highlight)
        hits.append(hit)
    total = min(counted, COUNT_LIMIT)
    return SearchResult(parsed.text, parsed.terms, hits, total, min(total, RANK_LIMIT), capped=counted > COUNT_LIMIT)


def _hit(r: Any) -> Hit:
    return Hit(paragraph_id=r[0], speech_id=r[1], position=r[2], role=r[3], heading=bool(r[4]), text=r[5],
               keywords=r[6].split(), title=r[7], kind=r[8], date=r[9], speaker=r[10], source=r[11],
               file_name=r[12], bundled=bool(r[13]), score=None)
