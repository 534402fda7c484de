"""Finding paragraphs: FTS5 over the paragraphs' jieba words, ranked by BM25, narrowed by facets.

A word found in most paragraphs (工作, 发展) would make BM25 score tens of thousands of rows; when a
query matches more than RANK_LIMIT paragraphs only the RANK_LIMIT most recently imported ones are
ranked, and the result says so (`ranked < total`), so the clerk knows to add a word.
Where SQLite has no FTS5, or a word of the query is in no paragraph (a half-typed word, a run
jieba cuts otherwise in context), the paragraphs' text is scanned for the query as typed
(`literal` hits, newest first, no score).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from speechwriter.errors import UserError
from speechwriter.library import textindex
from speechwriter.library.store import Library, kind_facet, role_facet
from speechwriter.vocabulary import ROLE_NAMES, ROLES

RANK_LIMIT = 5_000
PHRASE_POOL = 100  # best BM25 hits among which those with the query's words in a row come first
HIGHLIGHT = ("【", "】")  # how the CLI marks hits; the app uses Hit.spans

_ROLE_BY_NAME = {**{r: r for r in ROLES}, **{name: role for role, name in ROLE_NAMES.items()}}
_DETAIL_SQL = """
SELECT p.id, p.speech_id, p.position, p.role, p.heading, p.text, p.keywords,
       s.title, s.kind, s.date, s.speaker, f.key, f.name, f.bundled
FROM paragraphs p JOIN speeches s ON s.id = p.speech_id JOIN files f ON f.id = s.file_id
"""


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
    total: int                # paragraphs matching
    ranked: int               # of which ranked (see RANK_LIMIT)
    literal: bool = False     # found by scanning the text for the query as typed

    def to_dict(self) -> dict:
        return {"query": self.query, "terms": self.terms, "total": self.total, "ranked": self.ranked,
                "literal": self.literal, "hits": [h.to_dict() for h in self.hits]}


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
    role = role_of(role)
    file_ids = _source_files(library, source)
    if file_ids == []:
        return SearchResult(query, parsed.terms, [], 0, 0)
    if library.fulltext and _all_indexed(library, parsed.terms):
        # every word is in the library: if they never meet (under these filters), nothing will
        return _ranked(library, parsed, role, kind, source, file_ids, limit)
    # without FTS5: every word somewhere in the text; with it, a word no paragraph has (a half-typed
    # word, a run jieba cuts otherwise in context: 工会女职, ××同志): look for the text as typed
    needles = ["".join(query.split())] if library.fulltext else parsed.terms
    hits, total = _scan(library, needles, role, kind, source, file_ids, limit)
    for hit in hits:
        hit.spans = textindex.spans(hit.text, needles)
    return SearchResult(query, parsed.terms, hits, total, total, literal=True)


def _all_indexed(library: Library, terms: list[str]) -> bool:
    """Whether each word occurs in some paragraph (a seek in the index per word)."""
    return all(library.conn.execute("SELECT rowid FROM paragraph_index WHERE paragraph_index MATCH ? LIMIT 1",
                                    (textindex.match_expression([term], []),)).fetchone()
               for term in terms)


def _source_files(library: Library, source: str | None) -> list[int] | None:
    """None: no file filter; otherwise the ids of the files whose path contains `source`."""
    if source is None or source in ("bundled", "own"):
        return None
    rows = library.conn.execute("SELECT id FROM files WHERE instr(key, ?) > 0 ORDER BY id", (source,)).fetchall()
    return [r[0] for r in rows]


def _ranked(library: Library, parsed: Any, role: str | None, kind: str | None, source: str | None,
            file_ids: list[int] | None, limit: int) -> SearchResult:
    facets = []
    if role:
        facets.append([role_facet(role)])
    if kind:
        facets.append([kind_facet(kind)])
    if source in ("bundled", "own"):
        facets.append([source])
    if file_ids is not None:
        facets.append([f"file{i}" for i in file_ids])
    expression = textindex.match_expression(parsed.terms, facets)
    conn = library.conn
    total = conn.execute("SELECT COUNT(*) FROM paragraph_index WHERE paragraph_index MATCH ?",
                         (expression,)).fetchone()[0]
    window, params = "", [expression]
    if total > RANK_LIMIT:
        lowest = conn.execute("SELECT rowid FROM paragraph_index WHERE paragraph_index MATCH ? "
                              "ORDER BY rowid DESC LIMIT 1 OFFSET ?", (expression, RANK_LIMIT - 1)).fetchone()[0]
        window, params = " AND rowid >= ?", [expression, lowest]
    several = len(parsed.terms) > 1
    ranked = conn.execute("SELECT rowid, rank FROM paragraph_index WHERE paragraph_index MATCH ?" + window +
                          " ORDER BY rank LIMIT ?", (*params, max(limit, PHRASE_POOL) if several else limit)).fetchall()
    if several:
        ranked = _phrase_first(library, ranked, "".join(parsed.text.split()))[:limit]
    details = _details(library, [r[0] for r in ranked])
    hits = []
    for rowid, rank in ranked:
        hit = details[rowid]
        hit.score = -rank  # FTS5's bm25() is negative, smaller is better
        hit.spans = textindex.spans(hit.text, parsed.highlight)
        hits.append(hit)
    return SearchResult(parsed.text, parsed.terms, hits, total, min(total, RANK_LIMIT))


def _phrase_first(library: Library, ranked: list[tuple[int, float]], phrase: str) -> list[tuple[int, float]]:
    """BM25 knows no word order: of the best PHRASE_POOL, those with the words as typed
    (巾帼建功, not 巾帼 … 建功) go first, each group keeping its BM25 order."""
    ids = [r[0] for r in ranked]
    marks = ",".join("?" * len(ids))
    in_a_row = {row[0] for row in library.conn.execute(
        f"SELECT id FROM paragraphs WHERE id IN ({marks}) AND instr(text, ?) > 0", (*ids, phrase))}
    return sorted(ranked, key=lambda r: r[0] not in in_a_row)


def _details(library: Library, ids: list[int]) -> dict[int, Hit]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = library.conn.execute(_DETAIL_SQL + f" WHERE p.id IN ({marks})", ids).fetchall()
    return {r[0]: _hit(r) for r in rows}


def _hit(r: Any) -> Hit:
    return Hit(paragraph_id=r[0], speech_id=r[1], position=r[2], role=r[3], heading=bool(r[4]), text=r[5],
               keywords=r[6].split(), title=r[7], kind=r[8], date=r[9], speaker=r[10], source=r[11],
               file_name=r[12], bundled=bool(r[13]), score=None)


def _scan(library: Library, needles: list[str], role: str | None, kind: str | None, source: str | None,
          file_ids: list[int] | None, limit: int) -> tuple[list[Hit], int]:
    where = ["instr(p.text, ?) > 0" for _ in needles]
    params: list = list(needles)
    if role:
        where.append("p.role = ?")
        params.append(role)
    if kind:
        where.append("s.kind = ?")
        params.append(kind)
    if source in ("bundled", "own"):
        where.append("f.bundled = ?")
        params.append(int(source == "bundled"))
    if file_ids is not None:
        where.append(f"f.id IN ({','.join('?' * len(file_ids))})")
        params += file_ids
    condition = " WHERE " + " AND ".join(where)
    conn = library.conn
    total = conn.execute("SELECT COUNT(*) FROM paragraphs p JOIN speeches s ON s.id = p.speech_id "
                         "JOIN files f ON f.id = s.file_id" + condition, params).fetchone()[0]
    rows = conn.execute(_DETAIL_SQL + condition + " ORDER BY p.id DESC LIMIT ?", (*params, limit)).fetchall()
    return [_hit(r) for r in rows], total
