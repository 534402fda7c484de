"""The SQLite engine of the store: one connection to the library file, its writes, listings and searches.

A SqliteLibrary belongs to the thread that opened it (the GUI opens one for searching and a worker
opens its own for importing; WAL lets both work at once). Every change goes through `store()`,
`replace_speech()` or `remove()`, each one transaction. Search: FTS5 over the paragraphs' words,
BM25, with what a search may be narrowed to (role, kind, file) as tokens in the `facets` column.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from speechwriter.core.speech import Speech
from speechwriter.errors import UserError, sqlite_reason
from speechwriter.library import db, textindex
from speechwriter.library.prepare import PreparedFile, PreparedSpeech
from speechwriter.library.store import (
    KEEP,
    DetailRow,
    FileRecord,
    Filters,
    Library,
    SpeechEntry,
    SpeechPlace,
    Stored,
    compressed_speech,
    entry_of,
    lines_by_speech,
    no_speech,
    record,
    stored_speech,
)

_FILE_COLUMNS = "id, key, name, content_hash, size, mtime, bundled, analyzer_version"


_ENTRY_SQL = """
SELECT s.id, s.title, s.kind, s.date, s.speaker, f.key, f.name, f.bundled, s.paragraph_count, s.chars,
       s.keywords, f.imported_at,
       EXISTS (SELECT 1 FROM labels l WHERE l.content_hash = f.content_hash AND l.ordinal = s.ordinal)
FROM speeches s JOIN files f ON f.id = s.file_id
"""


class SqliteLibrary(Library):
    Error = sqlite3.Error

    def __init__(self, path: str | Path | None = None, *, fulltext: bool | None = None):
        """Open (or create) the library file; `fulltext=False` forces the plain scan (as without FTS5)."""
        self.path = Path(path) if path is not None else db.default_path()
        self.location = str(self.path)
        self.conn, self.fulltext = db.connect(self.path, fulltext)

    # --- life cycle -----------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def reason(self, err: BaseException) -> str:
        return sqlite_reason(err)

    def _cancel(self) -> None:
        self.conn.interrupt()

    def generation(self) -> int:
        """Grows with every committed change (by any process): cache what you derive by it."""
        return int(db.get_meta(self.conn, "generation") or 0)

    # --- files ----------------------------------------------------------------------------
    def file_by_key(self, key: str) -> FileRecord | None:
        return self._file("key = ?", key)

    def file_by_hash(self, content_hash: str) -> FileRecord | None:
        return self._file("content_hash = ?", content_hash)

    def _file(self, where: str, value: object) -> FileRecord | None:
        row = self.conn.execute(f"SELECT {_FILE_COLUMNS} FROM files WHERE {where}", (value,)).fetchone()
        return record(row) if row else None

    def files(self, *, bundled: bool | None = None, outdated_from: str | None = None) -> list[FileRecord]:
        where: list[str] = ["1"]
        params: list = []
        if bundled is not None:
            where.append("bundled = ?")
            params.append(int(bundled))
        if outdated_from is not None:
            where.append("analyzer_version != ?")
            params.append(outdated_from)
        rows = self.conn.execute(f"SELECT {_FILE_COLUMNS} FROM files WHERE {' AND '.join(where)} ORDER BY id",
                                 params).fetchall()
        return [record(r) for r in rows]

    def file_text(self, file_id: int) -> str:
        row = self.conn.execute("SELECT text FROM files WHERE id = ?", (file_id,)).fetchone()
        return zlib.decompress(row[0]).decode("utf-8")

    def touch(self, file_id: int, size: int, mtime: float) -> None:
        """The file was saved again with the same content: remember its new date, keep the rest."""
        with db.write(self.conn):
            self.conn.execute("UPDATE files SET size = ?, mtime = ? WHERE id = ?", (size, mtime, file_id))

    def relink(self, file_id: int, key: str, size: int, mtime: float) -> None:
        """The file was moved or renamed: same content, new place."""
        with db.write(self.conn):
            self.conn.execute("UPDATE files SET key = ?, name = ?, size = ?, mtime = ? WHERE id = ?",
                              (key, Path(key).name, size, mtime, file_id))

    def store(self, prepared: PreparedFile, *, private: bool = False,
              labels: dict[int, str] | None = None) -> Stored:
        """(an older version at this key is dropped when its content is now another file's: that
        content is no longer there). `private` means nothing in a file of one's own."""
        with db.write(self.conn):
            old = self.file_by_key(prepared.key)
            if old is not None and old.content_hash == prepared.content_hash and \
                    old.analyzer_version == prepared.analyzer_version:
                return Stored("unchanged", old.id)  # another process stored this very file meanwhile
            twin = self.file_by_hash(prepared.content_hash)
            if twin is not None and (old is None or twin.id != old.id):
                if old is not None:
                    self._delete_file(old.id)
                return Stored("duplicate", same_as=twin.key)
            keep_ids = {}
            if old is not None:   # a re-read file keeps its speeches' ids (a view may be showing one)
                keep_ids = dict(self.conn.execute("SELECT ordinal, id FROM speeches WHERE file_id = ?", (old.id,)))
                self._delete_file(old.id)
            file_id = self._insert(prepared, keep_ids)
            for ordinal, label in (labels or {}).items():
                self._set_label(prepared.content_hash, ordinal, label)
        return Stored("updated" if old is not None else "imported", file_id)

    def _insert(self, prepared: PreparedFile, keep_ids: dict[int, int] | None = None) -> int:
        now = datetime.now().isoformat(timespec="seconds")
        cur = self.conn.execute(
            "INSERT INTO files(key, name, content_hash, size, mtime, bundled, analyzer_version, imported_at, text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (prepared.key, Path(prepared.key).name, prepared.content_hash, prepared.size, prepared.mtime,
             int(prepared.bundled), prepared.analyzer_version, now,
             zlib.compress(prepared.text.encode("utf-8"))))
        file_id = cur.lastrowid
        assert file_id is not None   # an INSERT always gives its row id
        for ordinal, item in enumerate(prepared.speeches):
            self._insert_speech(file_id, ordinal, item, prepared.bundled, speech_id=(keep_ids or {}).get(ordinal))
        return file_id

    def _insert_speech(self, file_id: int, ordinal: int, item: PreparedSpeech, bundled: bool,
                       speech_id: int | None = None) -> int:
        speech = item.speech
        analysed = compressed_speech(speech, [p.text for p in item.paragraphs])
        speech_id = self.conn.execute(
            "INSERT INTO speeches(id, file_id, ordinal, title, subtitle, speaker, date, kind, keywords, "
            "paragraph_count, chars, analysed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (speech_id, file_id, ordinal, speech.title, speech.subtitle, speech.speaker, speech.date, speech.kind,
             " ".join(item.keywords), len(item.paragraphs), sum(len(p.text) for p in item.paragraphs),
             analysed)).lastrowid
        assert speech_id is not None   # an INSERT always gives its row id
        next_id = self.conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM paragraphs").fetchone()[0]
        rows = [(next_id + n, speech_id, n, p.section, p.role, p.level, int(p.heading), p.text,
                 " ".join(p.keywords), zlib.compress(p.terms.encode("utf-8"))) for n, p in enumerate(item.paragraphs)]
        self.conn.executemany("INSERT INTO paragraphs(id, speech_id, position, section, role, level, heading, "
                              "text, keywords, tokens) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        if self.fulltext:
            self.conn.executemany(
                "INSERT INTO paragraph_index(rowid, tokens, facets) VALUES (?, ?, ?)",
                [(next_id + n, p.terms, facets(p.role, speech.kind, file_id, bundled))
                 for n, p in enumerate(item.paragraphs)])
        self.conn.executemany("INSERT INTO phrases(speech_id, role, text) VALUES (?, ?, ?)",
                              [(speech_id, role, text) for role, texts in item.phrases.items() for text in texts])
        return speech_id

    def replace_speech(self, speech_id: int, item: PreparedSpeech, *, label: object = KEEP) -> None:
        place = self.place(speech_id)
        with db.write(self.conn):
            if isinstance(label, str):
                self._set_label(place.content_hash, place.ordinal, label)
            elif label is None:
                self.conn.execute("DELETE FROM labels WHERE content_hash = ? AND ordinal = ?",
                                  (place.content_hash, place.ordinal))
            self._delete_speech(speech_id)
            self._insert_speech(place.file_id, place.ordinal, item, place.bundled, speech_id=speech_id)

    def _set_label(self, content_hash: str, ordinal: int, label: str) -> None:
        self.conn.execute(
            "INSERT INTO labels(content_hash, ordinal, label, labelled_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(content_hash, ordinal) DO UPDATE SET label = excluded.label, labelled_at = excluded.labelled_at",
            (content_hash, ordinal, label, datetime.now().isoformat(timespec="seconds")))

    def _unindex(self, where: str, value: int) -> None:
        """Take paragraphs out of the (contentless) index: it needs the very words they went in with."""
        if not self.fulltext:
            return
        rows = self.conn.execute(
            "SELECT p.id, p.tokens, p.role, s.kind, s.file_id, f.bundled FROM paragraphs p "
            f"JOIN speeches s ON s.id = p.speech_id JOIN files f ON f.id = s.file_id WHERE {where} = ?",
            (value,)).fetchall()
        self.conn.executemany(
            "INSERT INTO paragraph_index(paragraph_index, rowid, tokens, facets) VALUES ('delete', ?, ?, ?)",
            [(pid, zlib.decompress(tokens).decode("utf-8"), facets(role, kind, file_id, bool(bundled)))
             for pid, tokens, role, kind, file_id, bundled in rows if tokens is not None])

    def _delete_speech(self, speech_id: int) -> None:
        self._unindex("s.id", speech_id)
        self.conn.execute("DELETE FROM speeches WHERE id = ?", (speech_id,))  # paragraphs, phrases cascade

    def place(self, speech_id: int) -> SpeechPlace:
        """Where a speech sits: its file, its place in it, how many the file holds."""
        self.entry(speech_id)
        row = self.conn.execute(
            "SELECT s.file_id, s.ordinal, f.content_hash, f.bundled, "
            "(SELECT COUNT(*) FROM speeches o WHERE o.file_id = s.file_id) "
            "FROM speeches s JOIN files f ON f.id = s.file_id WHERE s.id = ?", (speech_id,)).fetchone()
        return SpeechPlace(row[0], row[1], row[2], bool(row[3]), row[4])

    def _delete_file(self, file_id: int) -> None:
        self._unindex("s.file_id", file_id)
        self.conn.execute("DELETE FROM files WHERE id = ?", (file_id,))  # speeches, paragraphs cascade

    def remove_file(self, file_id: int) -> None:
        with db.write(self.conn):
            self._delete_file(file_id)

    # --- speeches -------------------------------------------------------------------------
    def speeches(self, bundled: bool | None = None) -> list[SpeechEntry]:
        where, params = ("", ()) if bundled is None else (" WHERE f.bundled = ?", (int(bundled),))
        rows = self.conn.execute(_ENTRY_SQL + where + " ORDER BY f.bundled DESC, s.id", params).fetchall()
        return [entry_of(r) for r in rows]

    def kinds(self) -> list[str]:
        """The kinds (领导讲话, 汇报发言 …) the library's speeches are of, for a filter."""
        return [r[0] for r in self.conn.execute("SELECT DISTINCT kind FROM speeches ORDER BY kind")]

    def entry(self, speech_id: int) -> SpeechEntry:
        row = self.conn.execute(_ENTRY_SQL + " WHERE s.id = ?", (speech_id,)).fetchone()
        if row is None:
            raise UserError(no_speech(speech_id))
        return entry_of(row)

    def speech(self, speech_id: int) -> Speech:
        self.entry(speech_id)
        row = self.conn.execute("SELECT s.analysed, f.key FROM speeches s JOIN files f ON f.id = s.file_id "
                                "WHERE s.id = ?", (speech_id,)).fetchone()
        return stored_speech(row[0], row[1], [text for _, text in self.paragraphs(speech_id)])

    def all_speeches(self) -> list[Speech]:
        """Every speech as analysed, its source the file it came from (for learning structures)."""
        rows = self.conn.execute("SELECT s.id, s.analysed, f.key FROM speeches s JOIN files f ON f.id = s.file_id "
                                 "ORDER BY s.id").fetchall()
        texts = lines_by_speech(self.conn.execute("SELECT speech_id, text FROM paragraphs ORDER BY speech_id, position"))
        return [stored_speech(analysed, key, texts.get(speech_id, [])) for speech_id, analysed, key in rows]

    def paragraphs(self, speech_id: int) -> list[tuple[str | None, str]]:
        """(role, text) of a speech's paragraphs in reading order."""
        return self.conn.execute("SELECT role, text FROM paragraphs WHERE speech_id = ? ORDER BY position",
                                 (speech_id,)).fetchall()

    def remove(self, speech_id: int) -> SpeechEntry:
        """Take a speech out of the library (its file goes too once it holds no other speech)."""
        entry = self.entry(speech_id)
        if entry.bundled:
            raise UserError(f"第 {speech_id} 篇是程序自带的范文，不能从素材库删除。")
        with db.write(self.conn):
            file_id = self.conn.execute("SELECT file_id FROM speeches WHERE id = ?", (speech_id,)).fetchone()[0]
            self._delete_speech(speech_id)
            if not self.conn.execute("SELECT 1 FROM speeches WHERE file_id = ?", (file_id,)).fetchone():
                self.conn.execute("DELETE FROM files WHERE id = ?", (file_id,))
        return entry

    def counts(self) -> dict[str, int]:
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        return {"files": one("SELECT COUNT(*) FROM files"), "speeches": one("SELECT COUNT(*) FROM speeches"),
                "paragraphs": one("SELECT COUNT(*) FROM paragraphs"),
                "own_speeches": one("SELECT COUNT(*) FROM speeches s JOIN files f ON f.id = s.file_id "
                                    "WHERE f.bundled = 0")}


    # --- labels ---------------------------------------------------------------------------
    def label_texts(self, content_hash: str) -> dict[int, str]:
        rows = self.conn.execute("SELECT ordinal, label FROM labels WHERE content_hash = ?", (content_hash,))
        return dict(rows.fetchall())

    def labelled(self) -> list[tuple[int, dict]]:
        rows = self.conn.execute(
            "SELECT s.id, l.label FROM labels l JOIN files f ON f.content_hash = l.content_hash "
            "JOIN speeches s ON s.file_id = f.id AND s.ordinal = l.ordinal ORDER BY l.labelled_at, s.id").fetchall()
        return [(speech_id, json.loads(label)) for speech_id, label in rows]

    # --- the word index -------------------------------------------------------------------
    def index_complete(self) -> bool:
        return db.get_meta(self.conn, "index_complete") == "1"

    def rebuild_index(self, progress: Callable[[int, str], None] | None = None) -> None:
        rows = self.conn.execute(
            "SELECT p.id, p.text, p.role, s.kind, f.id, f.bundled FROM paragraphs p "
            "JOIN speeches s ON s.id = p.speech_id JOIN files f ON f.id = s.file_id").fetchall()
        if progress:
            progress(0, f"正在建立全文索引（{len(rows)} 段）")
        entries = [(pid, textindex.index_text(textindex.words(text)), facets(role, kind, fid, bool(bundled)))
                   for pid, text, role, kind, fid, bundled in rows]
        with db.write(self.conn):
            db.create_index(self.conn)
            self.conn.executemany("INSERT INTO paragraph_index(rowid, tokens, facets) VALUES (?, ?, ?)", entries)
            self.conn.executemany("UPDATE paragraphs SET tokens = ? WHERE id = ?",
                                  [(zlib.compress(tokens.encode("utf-8")), pid) for pid, tokens, _ in entries])
            db.set_meta(self.conn, "index_complete", "1")

    # --- searching ------------------------------------------------------------------------
    def any_match(self, term: str, alone: bool = False) -> bool:
        return self.conn.execute("SELECT rowid FROM paragraph_index WHERE paragraph_index MATCH ? LIMIT 1",
                                 (textindex.match_expression([term], []),)).fetchone() is not None

    def files_under(self, part: str) -> list[int]:
        rows = self.conn.execute("SELECT id FROM files WHERE instr(key, ?) > 0 ORDER BY id", (part,)).fetchall()
        return [r[0] for r in rows]

    def ranked(self, terms: list[str], filters: Filters, window: int, limit: int,
               count_limit: int) -> tuple[list[tuple[int, float]], int]:
        groups = []
        if filters.role:
            groups.append([role_facet(filters.role)])
        if filters.kind:
            groups.append([kind_facet(filters.kind)])
        if filters.bundled is not None:
            groups.append(["bundled" if filters.bundled else "own"])
        if filters.file_ids is not None:
            groups.append([f"file{i}" for i in filters.file_ids])
        expression = textindex.match_expression(terms, groups)
        conn = self.conn
        total = conn.execute("SELECT COUNT(*) FROM (SELECT rowid FROM paragraph_index WHERE paragraph_index MATCH ? "
                             "LIMIT ?)", (expression, count_limit)).fetchone()[0]
        first, params = "", [expression]
        if total > window:   # the first `window` matches as stored, as the server ranks them
            highest = conn.execute("SELECT rowid FROM paragraph_index WHERE paragraph_index MATCH ? "
                                   "ORDER BY rowid LIMIT 1 OFFSET ?", (expression, window - 1)).fetchone()[0]
            first, params = " AND rowid <= ?", [expression, highest]
        rows = conn.execute("SELECT rowid, rank FROM paragraph_index WHERE paragraph_index MATCH ?" + first +
                            " ORDER BY rank LIMIT ?", (*params, limit)).fetchall()
        return [(rowid, -rank) for rowid, rank in rows], total  # FTS5's bm25() is negative, smaller is better

    def containing(self, ids: list[int], phrase: str) -> set[int]:
        marks = ",".join("?" * len(ids))
        return {row[0] for row in self.conn.execute(
            f"SELECT id FROM paragraphs WHERE id IN ({marks}) AND instr(text, ?) > 0", (*ids, phrase))}

    def details(self, ids: list[int]) -> dict[int, DetailRow]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(_DETAIL_SQL + f" WHERE p.id IN ({marks})", ids).fetchall()
        return {r[0]: r for r in rows}

    def scan(self, needles: list[str], filters: Filters, limit: int, count_limit: int) -> tuple[list[DetailRow], int]:
        where = ["instr(p.text, ?) > 0" for _ in needles]
        params: list = list(needles)
        if filters.role:
            where.append("p.role = ?")
            params.append(filters.role)
        if filters.kind:
            where.append("s.kind = ?")
            params.append(filters.kind)
        if filters.bundled is not None:
            where.append("f.bundled = ?")
            params.append(int(filters.bundled))
        if filters.file_ids is not None:
            where.append(f"f.id IN ({','.join('?' * len(filters.file_ids))})")
            params += filters.file_ids
        condition = " WHERE " + " AND ".join(where)
        total = self.conn.execute("SELECT COUNT(*) FROM (SELECT 1 FROM paragraphs p JOIN speeches s ON s.id = p.speech_id "
                                  "JOIN files f ON f.id = s.file_id" + condition + " LIMIT ?)",
                                  (*params, count_limit)).fetchone()[0]
        rows = self.conn.execute(_DETAIL_SQL + condition + " ORDER BY p.id DESC LIMIT ?", (*params, limit)).fetchall()
        return rows, total

    # --- phrases --------------------------------------------------------------------------
    def phrase_rows(self, role: str) -> list[tuple[str, str, str]]:
        return self.conn.execute(
            "SELECT ph.text, s.kind, f.key FROM phrases ph JOIN speeches s ON s.id = ph.speech_id "
            "JOIN files f ON f.id = s.file_id WHERE ph.role = ? ORDER BY f.bundled, s.id", (role,)).fetchall()


def facets(role: str | None, kind: str, file_id: int, bundled: bool) -> str:
    """The filter tokens of a paragraph (ASCII prefixes, so they never collide with words)."""
    return " ".join((role_facet(role), kind_facet(kind), f"file{file_id}", "bundled" if bundled else "own"))


def role_facet(role: str | None) -> str:
    return "role" + (role or "none").replace("_", "")


def kind_facet(kind: str) -> str:
    return "kind" + "".join(ch for ch in kind if ch.isalnum())


_DETAIL_SQL = """
SELECT p.id, p.speech_id, p.position, p.role, p.heading, p.text, p.keywords,
       s.title, s.kind, s.date, s.speaker, f.key, f.name, f.bundled
FROM paragraphs p JOIN speeches s ON s.id = p.speech_id JOIN files f ON f.id = s.file_id
"""
