"""The PostgreSQL engine of the store: the 素材库 on the unit's server, shared by the office's clerks.

Set up once by the unit's IT (`speechwriter library init --library URL`, `pg_schema.initialise`): a schema
`speechwriter`, a group role `speechwriter_clerk` holding what a clerk may do, and row-level
security. Clerks are login roles in that group. Every row carries its `owner` (the login role that
imported it) and whether it is `private`: the server shows a private speech to its owner alone (in
psql and pg_dump too), and only the owner changes or deletes a row. The account that ran `init`
owns the tables and so sees and may change everything (the admin).

Words: the app cuts the text with jieba as for the SQLite file; each index word is stored as a
32-bit number (the first four bytes of its MD5, `word_id`, the same in Python and in SQL) in an
integer array under a GIN index — a quarter of the space of the words themselves in a tsvector,
and any stock server ≥ 13 does it, no extension to install. A search costs the same however
large the table (search.py): matches counted up to a cap, BM25 (k1 1.2, b 0.75, as FTS5) over the
first matches only, the term frequency read from the paragraph's text, a word's document
frequency counted up to DF_CAP. What a search is narrowed to (role, kind, sample or own) is among the
index words too (`facets`), so a narrowed search is answered by the index as well.

Many clerks at once: each write is one short transaction; the same text stored twice is stopped
by unique indexes, and a transaction that lost such a race (or a deadlock, or a serialization
failure) is run again, where it finds the other's row.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import random
import time
import zlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg
from psycopg import errors as pgerrors

from speechwriter.core.speech import Speech
from speechwriter.errors import UserError
from speechwriter.library.pg_schema import CONNECT_TIMEOUT, SCHEMA, SCHEMA_VERSION, connect, reason, schema_version
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
    shown_location,
    stored_speech,
)

RETRIES = 12               # a write that lost a race (a unique index, a deadlock) is run again, up to this often
_K1, _B = 1.2, 0.75
DF_CAP = 500               # paragraphs: a word in more is counted no further (weighs as one in DF_CAP)
COMMON_ROWS = 4 * DF_CAP   # a word the statistics put in this many paragraphs is not counted (a sample's estimate: room to spare)
COMMON_KEPT_S = 600        # seconds a word found in DF_CAP paragraphs or more is taken to be that common without counting
ALONE_ROWS = 501           # a word searched alone: its first matches read at once (≥ DF_CAP, and what search ranks and counts)
SAMPLE_FROM = 20_000       # paragraphs: a table this large is sampled for its average length (kept a while)
SAMPLE_ROWS = 20_000       # about how many paragraphs a sample reads


def _lexemes(terms: str) -> list[str]:
    return sorted({t.lower() for t in terms.split() if t})


def facets(role: str | None, kind: str, bundled: bool) -> list[str]:
    """What a search may be narrowed to, as words of the paragraph's index words, so the word index
    answers a narrowed search too. Each holds a space: no word of a text ever does."""
    return [f"role {role or 'none'}", f"kind {kind}", "from bundled" if bundled else "from own"]


def facet_terms(filters: Filters) -> list[str]:
    out = []
    if filters.role:
        out.append(f"role {filters.role}")
    if filters.kind:
        out.append(f"kind {filters.kind}")
    if filters.bundled is not None:
        out.append("from bundled" if filters.bundled else "from own")
    return out


WORD_IDS_KEPT = 200_000   # words whose number is kept once worked out (an import meets the same ones again and again)
_word_ids: dict[str, int] = {}


def word_ids(words: list[str]) -> list[int]:
    """The index words as the server keeps them: the first four bytes of each one's MD5, a signed
    32-bit number (as `('x' || substr(md5(word), 1, 8))::bit(32)::integer` in SQL), sorted, once each.
    Two words with the same number are found together: a chance of one in four billion a pair."""
    known = _word_ids
    if len(known) > WORD_IDS_KEPT:
        known.clear()
    out = set()
    for word in words:
        number = known.get(word)
        if number is None:
            number = known[word] = _word_id(word)
        out.add(number)
    return sorted(out)


def _word_id(word: str) -> int:
    return int.from_bytes(hashlib.md5(word.encode("utf-8")).digest()[:4], "big", signed=True)


_term_ids: dict[str, int] = {}


def paragraph_word_ids(terms: list[str], facets_: list[str]) -> str:
    """A paragraph's index words (as cut, any case) and its facets as the server keeps them
    (`word_ids` of the lower-cased words and of the facets), as an integer[] literal. Each word's
    number is kept under the word as cut, so the words an import meets again cost one look-up."""
    known = _term_ids
    if len(known) > WORD_IDS_KEPT:
        known.clear()
    out = set(word_ids(facets_))
    for term in terms:
        number = known.get(term)
        if number is None:
            number = known[term] = _word_id(term.lower())
        out.add(number)
    return _int_array(sorted(out))


def _int_array(numbers: list[int]) -> str:
    """An integer[] as the server reads it in text ('{1,-2,3}'): what psycopg would send, built at once."""
    return "{" + ",".join(map(str, numbers)) + "}"


_FILE_COLUMNS = ("id, key, name, content_hash, size, mtime, bundled, analyzer_version, "
                 "owner = current_user")
_ENTRY_SQL = f"""
SELECT s.id, s.title, s.kind, s.date, s.speaker, f.key, f.name, f.bundled, s.paragraph_count, s.chars,
       s.keywords, f.imported_at,
       EXISTS (SELECT 1 FROM {SCHEMA}.labels l WHERE l.content_hash = f.content_hash AND l.ordinal = s.ordinal),
       s.owner, s.private
FROM {SCHEMA}.speeches s JOIN {SCHEMA}.files f ON f.id = s.file_id
"""
_DETAIL_SQL = f"""
SELECT p.id, p.speech_id, p.position, p.role, p.heading, p.text, p.keywords,
       s.title, s.kind, s.date, s.speaker, f.key, f.name, f.bundled
FROM {SCHEMA}.paragraphs p JOIN {SCHEMA}.speeches s ON s.id = p.speech_id JOIN {SCHEMA}.files f ON f.id = s.file_id
"""
# The speeches of one file (CTE `f` holds the file's id) with their paragraphs and phrases, as one
# statement over arrays: one round trip whatever the file holds. Rows go in reading order (ids grow
# as the paragraphs follow each other, as searches read them).
_SPEECHES_SQL = f"""
s AS (INSERT INTO {SCHEMA}.speeches(id, file_id, private, ordinal, title, subtitle, speaker, date, kind, keywords,
                                    paragraph_count, chars, analysed)
    SELECT coalesce(u.keep, nextval(pg_get_serial_sequence('{SCHEMA}.speeches', 'id'))), f.id, %s, u.ordinal, u.title,
           u.subtitle, u.speaker, u.date, u.kind, u.keywords, u.paragraph_count, u.chars, u.analysed
    FROM f, unnest(%s::integer[], %s::bigint[], %s::text[], %s::text[], %s::text[], %s::text[], %s::text[],
                   %s::text[], %s::integer[], %s::integer[], %s::bytea[])
        AS u(ordinal, keep, title, subtitle, speaker, date, kind, keywords, paragraph_count, chars, analysed)
    ORDER BY u.ordinal
    RETURNING id, ordinal),
p AS (INSERT INTO {SCHEMA}.paragraphs(speech_id, file_id, private, position, section, role, level, heading, text,
                                      keywords, length, word_ids)
    SELECT s.id, f.id, %s, u.position, u.section, u.role, u.level, u.heading, u.text, u.keywords, u.length,
           u.words::integer[]
    FROM f, s JOIN unnest(%s::integer[], %s::integer[], %s::integer[], %s::text[], %s::smallint[], %s::boolean[],
                          %s::text[], %s::text[], %s::integer[], %s::text[])
        AS u(ordinal, position, section, role, level, heading, text, keywords, length, words) ON u.ordinal = s.ordinal
    ORDER BY u.ordinal, u.position),
h AS (INSERT INTO {SCHEMA}.phrases(speech_id, private, role, text)
    SELECT s.id, %s, u.role, u.text FROM s JOIN unnest(%s::integer[], %s::text[], %s::text[]) AS u(ordinal, role, text)
        ON u.ordinal = s.ordinal)
"""


class _Speeches:
    """A file's speeches as the arrays `_SPEECHES_SQL` takes, worked out before the transaction."""

    def __init__(self, items: list[tuple[int, PreparedSpeech]], private: bool, bundled: bool):
        self.private = private
        self.speeches = [(ordinal, item.speech.title, item.speech.subtitle, item.speech.speaker, item.speech.date,
                          item.speech.kind, " ".join(item.keywords), len(item.paragraphs),
                          sum(len(p.text) for p in item.paragraphs),
                          compressed_speech(item.speech, [p.text for p in item.paragraphs]))
                         for ordinal, item in items]
        self.paragraphs = [(ordinal, n, p.section, p.role, p.level, p.heading, p.text, " ".join(p.keywords),
                            len(terms), paragraph_word_ids(terms, facets(p.role, item.speech.kind, bundled)))
                           for ordinal, item in items for n, p in enumerate(item.paragraphs)
                           for terms in (p.terms.split(),)]
        self.phrases = [(ordinal, role, text) for ordinal, item in items
                        for role, texts in item.phrases.items() for text in texts]

    def parameters(self, keep_ids: dict[int, int]) -> list:
        def columns(rows: list[tuple], width: int) -> list[list]:
            return [[row[n] for row in rows] for n in range(width)]

        speeches = columns(self.speeches, 10)
        return [self.private, speeches[0], [keep_ids.get(o) for o in speeches[0]], *speeches[1:],
                self.private, *columns(self.paragraphs, 10),
                self.private, *columns(self.phrases, 3)]


_PIPELINE = psycopg.Pipeline.is_supported()
_RETRY = (pgerrors.UniqueViolation, pgerrors.SerializationFailure, pgerrors.DeadlockDetected,
          pgerrors.LockNotAvailable)


class PostgresLibrary(Library):
    Error = psycopg.Error
    server = True

    def __init__(self, location: str | None = None, **_options: object) -> None:
        from speechwriter.library.store import default_location

        self.location = str(location if location is not None else default_location())
        self.path = shown_location(self.location)
        self.fulltext = True
        self.conn = connect(self.location)
        try:
            version = schema_version(self.conn)
            if version is None:
                raise UserError(f"单位服务器上的素材库“{self.path}”还没有建立，请单位信息管理人员先运行 "
                                f"speechwriter library init --library 服务器地址。")
            if version > SCHEMA_VERSION:
                raise UserError(f"单位服务器上的素材库“{self.path}”是更新版本的讲稿助手建立的，请升级本程序后再打开（未做任何改动）。")
            if version < SCHEMA_VERSION:
                raise UserError(f"单位服务器上的素材库“{self.path}”是旧版本，请单位信息管理人员运行 "
                                f"speechwriter library init 升级后再用（未做任何改动）。")
            row = self.conn.execute(
                "SELECT current_user, r.rolsuper OR r.rolbypassrls OR pg_has_role(current_user, c.relowner, 'MEMBER') "
                "FROM pg_roles r, pg_class c WHERE r.rolname = current_user AND c.oid = %s::regclass",
                (f"{SCHEMA}.files",)).fetchone()
        except psycopg.Error as err:
            self.conn.close()
            raise UserError(f"无法打开单位服务器上的素材库“{self.path}”：{reason(err)}。") from None
        except BaseException:
            self.conn.close()
            raise
        assert row is not None
        self.user: str = row[0]
        self.admin: bool = bool(row[1])
        self._stats: tuple[float, float] | None = None          # paragraphs, average length (sampled)
        self._frequency: dict[str, int] = {}    # word → in how many paragraphs (up to DF_CAP), from any_match
        self._alone: tuple[str, list[tuple[int, str, int]]] | None = None   # a lone word's first matches, from any_match
        self._common: dict[str, float] = {}     # word → when it was last found in DF_CAP paragraphs or more
        self._common_words: tuple[float, set[int]] | None = None   # when read, the statistics' common words
        self._texts: dict[int, str] = {}        # the texts of the paragraphs the last ranking read

    # --- life cycle -----------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def reason(self, err: BaseException) -> str:
        return reason(err)

    def _cancel(self) -> None:
        self.conn.cancel_safe(timeout=CONNECT_TIMEOUT)

    def connected(self) -> bool:
        return not self.conn.closed

    def _q(self, sql: str, params: Any = ()) -> psycopg.Cursor:
        try:
            return self.conn.execute(sql, params)
        except psycopg.OperationalError as err:
            if isinstance(err, pgerrors.QueryCanceled) and self._interrupted:
                raise      # stopped on purpose (interrupt): not a server problem
            raise UserError(f"单位服务器上的素材库“{self.path}”暂时无法使用：{reason(err)}。") from None

    def _write(self, work: Callable[[], Any]) -> Any:
        """Run `work()` in one transaction; again (after a short random pause) when it lost a race."""
        for attempt in range(RETRIES):
            try:
                # in a pipeline (libpq ≥ 14): BEGIN goes with the first statement, and the
                # generation's step (after the commit, so a reader who sees it sees the change)
                # with the COMMIT
                with self.conn.pipeline() if _PIPELINE else contextlib.nullcontext():
                    with self.conn.transaction():
                        result = work()
                    self.conn.execute(f"SELECT nextval('{SCHEMA}.generation')")
                break
            except _RETRY:
                if attempt == RETRIES - 1:
                    raise
                time.sleep(random.uniform(0.01, 0.05) * (attempt + 1))
            except psycopg.OperationalError as err:
                raise UserError(f"写入单位服务器上的素材库“{self.path}”失败：{reason(err)}。") from None
        return result

    def generation(self) -> int:
        row = self._q(f"SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM {SCHEMA}.generation").fetchone()
        return int(row[0]) if row else 0

    # --- files ----------------------------------------------------------------------------
    def file_by_key(self, key: str) -> FileRecord | None:
        row = self._q(f"SELECT {_FILE_COLUMNS} FROM {SCHEMA}.files WHERE key = %s "
                      "AND (owner = current_user OR bundled) ORDER BY owner = current_user DESC LIMIT 1",
                      (key,)).fetchone()
        return record(row) if row else None

    def file_by_hash(self, content_hash: str) -> FileRecord | None:
        row = self._q(f"SELECT {_FILE_COLUMNS} FROM {SCHEMA}.files WHERE content_hash = %s "
                      "ORDER BY owner = current_user DESC, id LIMIT 1", (content_hash,)).fetchone()
        return record(row) if row else None

    def files(self, *, bundled: bool | None = None, outdated_from: str | None = None) -> list[FileRecord]:
        where: list[str] = ["true"]
        params: list = []
        if bundled is not None:
            where.append("bundled = %s")
            params.append(bundled)
        if outdated_from is not None:
            where.append("analyzer_version != %s AND owner = current_user")
            params.append(outdated_from)
        rows = self._q(f"SELECT {_FILE_COLUMNS} FROM {SCHEMA}.files WHERE {' AND '.join(where)} ORDER BY id",
                       params).fetchall()
        return [record(r) for r in rows]

    def file_text(self, file_id: int) -> str:
        row = self._q(f"SELECT text FROM {SCHEMA}.files WHERE id = %s", (file_id,)).fetchone()
        if row is None:
            raise UserError(f"素材库里没有编号为 {file_id} 的文件。")
        return zlib.decompress(row[0]).decode("utf-8")

    def touch(self, file_id: int, size: int, mtime: float) -> None:
        self._write(lambda: self.conn.execute(
            f"UPDATE {SCHEMA}.files SET size = %s, mtime = %s WHERE id = %s", (size, mtime, file_id)))

    def relink(self, file_id: int, key: str, size: int, mtime: float) -> None:
        self._write(lambda: self.conn.execute(
            f"UPDATE {SCHEMA}.files SET key = %s, name = %s, size = %s, mtime = %s WHERE id = %s",
            (key, Path(key).name, size, mtime, file_id)))

    def store(self, prepared: PreparedFile, *, private: bool = False,
              labels: dict[int, str] | None = None) -> Stored:
        private = private and not prepared.bundled
        # everything the statements need is worked out before the transaction (word numbers,
        # compressed speeches), so it holds its locks for three round trips: look up, insert, commit
        inserting = self._file_rows(prepared, private)

        def work() -> Stored:
            old, twin = self._key_and_twin(prepared.key, prepared.content_hash)
            if old is not None and not old.mine:
                return Stored("unchanged", old.id)      # a sample another clerk put in
            if old is not None and old.content_hash == prepared.content_hash and \
                    old.analyzer_version == prepared.analyzer_version:
                return Stored("unchanged", old.id)
            if twin is not None and (old is None or twin.id != old.id):
                if old is not None:
                    self.conn.execute(f"DELETE FROM {SCHEMA}.files WHERE id = %s", (old.id,))
                return Stored("duplicate", same_as=twin.key)
            keep_ids: dict[int, int] = {}
            if old is not None:
                keep_ids = dict(self.conn.execute(f"SELECT ordinal, id FROM {SCHEMA}.speeches WHERE file_id = %s",
                                                  (old.id,)).fetchall())
                self.conn.execute(f"DELETE FROM {SCHEMA}.files WHERE id = %s", (old.id,))
            file_id = self._insert(inserting, keep_ids)
            for ordinal, label in (labels or {}).items():
                self._set_label(prepared.content_hash, ordinal, label, private)
            return Stored("updated" if old is not None else "imported", file_id)

        return self._write(work)

    def _key_and_twin(self, key: str, content_hash: str) -> tuple[FileRecord | None, FileRecord | None]:
        """In one query: the file at this key (`file_by_key`) and one holding this text (`file_by_hash`)."""
        rows = self.conn.execute(
            f"SELECT {_FILE_COLUMNS}, key = %s AND (owner = current_user OR bundled), content_hash = %s "
            f"FROM {SCHEMA}.files WHERE (key = %s AND (owner = current_user OR bundled)) OR content_hash = %s "
            "ORDER BY owner = current_user DESC, id", (key, content_hash, key, content_hash)).fetchall()
        old = next((record(r[:9]) for r in rows if r[9]), None)
        twin = next((record(r[:9]) for r in rows if r[10]), None)
        return old, twin

    def _file_rows(self, prepared: PreparedFile, private: bool) -> tuple[tuple, _Speeches]:
        file_row = (private, prepared.key, Path(prepared.key).name, prepared.content_hash, prepared.size,
                    prepared.mtime, prepared.bundled, prepared.analyzer_version,
                    datetime.now().isoformat(timespec="seconds"), zlib.compress(prepared.text.encode("utf-8")))
        return file_row, _Speeches(list(enumerate(prepared.speeches)), private, prepared.bundled)

    def _insert(self, inserting: tuple[tuple, _Speeches], keep_ids: dict[int, int]) -> int:
        """One statement: the file, its speeches (under `keep_ids` where given), paragraphs and phrases."""
        file_row, speeches = inserting
        row = self.conn.execute(
            f"WITH f AS (INSERT INTO {SCHEMA}.files(private, key, name, content_hash, size, mtime, bundled, "
            "analyzer_version, imported_at, text) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id), "
            + _SPEECHES_SQL + " SELECT id FROM f", (*file_row, *speeches.parameters(keep_ids))).fetchone()
        assert row is not None
        return row[0]

    def _insert_speech(self, file_id: int, ordinal: int, item: PreparedSpeech, private: bool, bundled: bool,
                       speech_id: int) -> None:
        """A speech's new reading under its id, in its file."""
        self.conn.execute("WITH f AS (SELECT %s::bigint AS id), " + _SPEECHES_SQL + " SELECT 1",
                          (file_id, *_Speeches([(ordinal, item)], private, bundled).parameters({ordinal: speech_id})))

    def _set_label(self, content_hash: str, ordinal: int, label: str, private: bool) -> None:
        self.conn.execute(
            f"INSERT INTO {SCHEMA}.labels(content_hash, ordinal, private, label, labelled_at) "
            "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (owner, content_hash, ordinal) "
            "DO UPDATE SET label = excluded.label, labelled_at = excluded.labelled_at",
            (content_hash, ordinal, private, label, datetime.now().isoformat(timespec="seconds")))

    def remove_file(self, file_id: int) -> None:
        self._write(lambda: self.conn.execute(f"DELETE FROM {SCHEMA}.files WHERE id = %s", (file_id,)))

    # --- speeches -------------------------------------------------------------------------
    def speeches(self, bundled: bool | None = None) -> list[SpeechEntry]:
        where, params = ("", ()) if bundled is None else (" WHERE f.bundled = %s", (bundled,))
        rows = self._q(_ENTRY_SQL + where + " ORDER BY f.bundled DESC, s.id", params).fetchall()
        return [entry_of(r) for r in rows]

    def kinds(self) -> list[str]:
        return [r[0] for r in self._q(f"SELECT DISTINCT kind FROM {SCHEMA}.speeches ORDER BY kind").fetchall()]

    def entry(self, speech_id: int) -> SpeechEntry:
        row = self._q(_ENTRY_SQL + " WHERE s.id = %s", (speech_id,)).fetchone()
        if row is None:
            raise UserError(no_speech(speech_id))
        return entry_of(row)

    def speech(self, speech_id: int) -> Speech:
        row = self._q(f"SELECT s.analysed, f.key FROM {SCHEMA}.speeches s JOIN {SCHEMA}.files f ON f.id = s.file_id "
                      "WHERE s.id = %s", (speech_id,)).fetchone()
        if row is None:
            raise UserError(no_speech(speech_id))
        return stored_speech(row[0], row[1], [text for _, text in self.paragraphs(speech_id)])

    def all_speeches(self) -> list[Speech]:
        rows = self._q(f"SELECT s.id, s.analysed, f.key FROM {SCHEMA}.speeches s JOIN {SCHEMA}.files f "
                       "ON f.id = s.file_id ORDER BY s.id").fetchall()
        texts = lines_by_speech(self._q(f"SELECT speech_id, text FROM {SCHEMA}.paragraphs ORDER BY speech_id, position"))
        return [stored_speech(r[1], r[2], texts.get(r[0], [])) for r in rows]

    def paragraphs(self, speech_id: int) -> list[tuple[str | None, str]]:
        return [(r[0], r[1]) for r in self._q(f"SELECT role, text FROM {SCHEMA}.paragraphs WHERE speech_id = %s "
                                              "ORDER BY position", (speech_id,)).fetchall()]

    def place(self, speech_id: int) -> SpeechPlace:
        row = self._q(
            f"SELECT s.file_id, s.ordinal, f.content_hash, f.bundled, "
            f"(SELECT COUNT(*) FROM {SCHEMA}.speeches o WHERE o.file_id = s.file_id) "
            f"FROM {SCHEMA}.speeches s JOIN {SCHEMA}.files f ON f.id = s.file_id WHERE s.id = %s",
            (speech_id,)).fetchone()
        if row is None:
            raise UserError(no_speech(speech_id))
        return SpeechPlace(row[0], row[1], row[2], bool(row[3]), row[4])

    def _check_owner(self, entry: SpeechEntry, doing: str) -> None:
        if entry.owner != self.user and not self.admin:
            raise UserError(f"第 {entry.id} 篇是 {entry.owner} 导入的讲稿，只有导入者本人或管理员可以{doing}。")

    def replace_speech(self, speech_id: int, item: PreparedSpeech, *, label: object = KEEP) -> None:
        entry = self.entry(speech_id)
        self._check_owner(entry, "修改它的标注")
        place = self.place(speech_id)

        def work() -> None:
            if isinstance(label, str):
                self._set_label(place.content_hash, place.ordinal, label, entry.private)
            elif label is None:
                self.conn.execute(f"DELETE FROM {SCHEMA}.labels WHERE content_hash = %s AND ordinal = %s",
                                  (place.content_hash, place.ordinal))
            gone = self.conn.execute(f"DELETE FROM {SCHEMA}.speeches WHERE id = %s", (speech_id,)).rowcount
            if gone == 0:
                raise UserError(no_speech(speech_id))
            self._insert_speech(place.file_id, place.ordinal, item, entry.private, place.bundled, speech_id)

        self._write(work)

    def remove(self, speech_id: int) -> SpeechEntry:
        entry = self.entry(speech_id)
        if entry.bundled:
            raise UserError(f"第 {speech_id} 篇是程序自带的范文，不能从素材库删除。")
        self._check_owner(entry, "删除它")

        def work() -> None:
            row = self.conn.execute(f"DELETE FROM {SCHEMA}.speeches WHERE id = %s RETURNING file_id",
                                    (speech_id,)).fetchone()
            if row is None:   # the server refused (row security) or another removed it meanwhile
                raise UserError(f"第 {speech_id} 篇没有删除：您没有删除它的权限，或它已被删除。")
            self.conn.execute(f"DELETE FROM {SCHEMA}.files f WHERE f.id = %s AND NOT EXISTS "
                              f"(SELECT 1 FROM {SCHEMA}.speeches s WHERE s.file_id = f.id)", (row[0],))

        self._write(work)
        return entry

    def counts(self) -> dict[str, int]:
        row = self._q(
            f"SELECT (SELECT COUNT(*) FROM {SCHEMA}.files), (SELECT COUNT(*) FROM {SCHEMA}.speeches), "
            f"(SELECT COUNT(*) FROM {SCHEMA}.paragraphs), (SELECT COUNT(*) FROM {SCHEMA}.speeches s "
            f"JOIN {SCHEMA}.files f ON f.id = s.file_id WHERE NOT f.bundled)").fetchone()
        assert row is not None
        return {"files": row[0], "speeches": row[1], "paragraphs": row[2], "own_speeches": row[3]}

    # --- labels ---------------------------------------------------------------------------
    def label_texts(self, content_hash: str) -> dict[int, str]:
        # a clerk's own label wins over another's of the same text (ordered last, so it overwrites)
        rows = self._q(f"SELECT ordinal, label FROM {SCHEMA}.labels WHERE content_hash = %s "
                       "ORDER BY owner = current_user, labelled_at", (content_hash,)).fetchall()
        return {r[0]: r[1] for r in rows}

    def labelled(self) -> list[tuple[int, dict]]:
        rows = self._q(
            f"SELECT DISTINCT ON (s.id) s.id, l.label, l.labelled_at FROM {SCHEMA}.labels l "
            f"JOIN {SCHEMA}.files f ON f.content_hash = l.content_hash "
            f"JOIN {SCHEMA}.speeches s ON s.file_id = f.id AND s.ordinal = l.ordinal "
            "ORDER BY s.id, l.owner = current_user DESC, l.labelled_at DESC").fetchall()
        rows.sort(key=lambda r: (r[2], r[0]))
        return [(r[0], json.loads(r[1])) for r in rows]

    # --- searching ------------------------------------------------------------------------
    def any_match(self, term: str, alone: bool = False) -> bool:
        self._alone = None
        if not _lexemes(term) or "\x00" in term:
            return False     # no text on the server holds a NUL (and none can be sent)
        if alone:
            # one index scan serves both: the word's first matches are what `ranked` reads next,
            # and as many as DF_CAP of them are its count (for a common word each scan reads its
            # whole list in the index: tens of milliseconds on a million paragraphs)
            rows = self._matches([term.lower()], None, ALONE_ROWS)
            self._alone = (term.lower(), rows)
            found = min(len(rows), DF_CAP)
        else:
            found = self._count_of(term.lower())
        # counted as far as ranking needs it, for the ranking that follows (`ranked`)
        self._frequency[term.lower()] = found
        if found >= DF_CAP:
            self._common[term.lower()] = time.monotonic()
        return found > 0

    def _count_of(self, word: str) -> int:
        """In how many paragraphs the word is, up to DF_CAP. Counting scans the word's whole list in
        the index (tens of milliseconds for a common word on a million paragraphs), so a word is not
        counted when it is surely that common: the server's statistics put it in COMMON_ROWS
        paragraphs or more, or it was found in DF_CAP or more a short while ago."""
        now = time.monotonic()
        seen = self._common.get(word)
        if seen is not None and now - seen < COMMON_KEPT_S:
            return DF_CAP
        if self._common_words is None or now - self._common_words[0] >= COMMON_KEPT_S:
            row = self._q(f"SELECT {SCHEMA}.common_words(%s)", (COMMON_ROWS,)).fetchone()
            self._common_words = (now, set(row[0]) if row else set())
        if word_ids([word])[0] in self._common_words[1]:
            return DF_CAP
        return self._matching([word], DF_CAP)

    def _matches(self, words: list[str], file_ids: list[int] | None, first: int) -> list[tuple[int, str, int]]:
        """(id, text, length in words) of the first `first` paragraphs holding every word (or facet), as stored."""
        return self._q(f"SELECT id, text, length FROM {SCHEMA}.matches(%s::integer[], %s::bigint[], %s)",
                       [word_ids(words), file_ids, first]).fetchall()

    def files_under(self, part: str) -> list[int]:
        return [r[0] for r in self._q(f"SELECT id FROM {SCHEMA}.files WHERE strpos(key, %s) > 0 ORDER BY id",
                                      (part,)).fetchall()]

    @staticmethod
    def _filters(filters: Filters) -> tuple[str, list]:
        where: list[str] = []
        params: list = []
        if filters.role:
            where.append("p.role = %s")
            params.append(filters.role)
        if filters.kind:
            where.append(f"p.speech_id IN (SELECT id FROM {SCHEMA}.speeches WHERE kind = %s)")
            params.append(filters.kind)
        if filters.bundled is not None:
            where.append(f"p.file_id IN (SELECT id FROM {SCHEMA}.files WHERE bundled = %s)")
            params.append(filters.bundled)
        if filters.file_ids is not None:
            where.append("p.file_id = ANY(%s)")
            params.append(list(filters.file_ids))
        return "".join(" AND " + w for w in where), params

    def _paragraph_stats(self) -> tuple[float, float]:
        """How many paragraphs there are and their average length in words: on a large table the
        planner's estimate and a sample, else counted."""
        row = self._q("SELECT reltuples FROM pg_class WHERE oid = %s::regclass", (f"{SCHEMA}.paragraphs",)).fetchone()
        if row is not None and row[0] >= SAMPLE_FROM:
            known = self._stats
            if known is not None and abs(known[0] - row[0]) < 0.1 * row[0]:
                return known
            sampled = self._q(f"SELECT avg(length) FROM {SCHEMA}.paragraphs TABLESAMPLE SYSTEM (%s)",
                              (100 * SAMPLE_ROWS / row[0],)).fetchone()
            if sampled and sampled[0]:
                self._stats = (float(row[0]), float(sampled[0]))
                return self._stats
        counted = self._q(f"SELECT COUNT(*), avg(length) FROM {SCHEMA}.paragraphs").fetchone()
        return (float(counted[0]), float(counted[1] or 1)) if counted else (0.0, 1.0)

    def _count(self, where: str, params: list, cap: int) -> int:
        """How many paragraphs `where` holds for, counted up to `cap` (the scan stops there)."""
        row = self._q(f"SELECT COUNT(*) FROM (SELECT 1 FROM {SCHEMA}.paragraphs p WHERE {where} LIMIT %s) AS found",
                      [*params, cap]).fetchone()
        return row[0] if row else 0

    def _matching(self, terms: list[str], cap: int, file_ids: list[int] | None = None) -> int:
        """How many paragraphs hold every term (words or facets), counted up to `cap`, through the word index."""
        row = self._q(f"SELECT {SCHEMA}.match_count(%s::integer[], %s::bigint[], %s)",
                      [word_ids([t.lower() for t in terms]), file_ids, cap]).fetchone()
        return int(row[0]) if row else 0

    def ranked(self, terms: list[str], filters: Filters, window: int, limit: int,
               count_limit: int) -> tuple[list[tuple[int, float]], int]:
        # BM25 as FTS5 computes it (k1 1.2, b 0.75; idf over all paragraphs), over the first `window`
        # matches as stored (in the order the table holds them: no sort of every match, which for a
        # common word meant reading tens of thousands of rows); tf = how often the word is in the
        # paragraph's text. A word's document frequency is
        # counted up to DF_CAP: any word more common weighs as one found DF_CAP times.
        count, average = self._paragraph_stats()
        weights: dict[str, float] = {}
        for term in terms:
            term = term.lower()
            found = self._frequency.pop(term, None)
            if found is None:
                found = self._count_of(term)
            weights[term] = max(math.log((count - found + 0.5) / (found + 0.5)), 1e-6)
        self._frequency.clear()
        file_ids = list(filters.file_ids) if filters.file_ids is not None else None
        words, first = list(weights) + facet_terms(filters), max(window, count_limit)
        alone, self._alone = self._alone, None
        if alone is not None and [alone[0]] == words and file_ids is None and \
                (first <= ALONE_ROWS or len(alone[1]) < ALONE_ROWS):
            rows = alone[1][:first]       # read by any_match for this very search
        else:
            rows = self._matches(words, file_ids, first)
        scored = []
        self._texts = {paragraph: text for paragraph, text, _ in rows[:window]}   # for `containing`, next
        for paragraph, text, length in rows[:window]:
            lowered, norm = text.lower(), _K1 * (1 - _B + _B * length / max(average, 1.0))
            score = 0.0
            for term, weight in weights.items():
                tf = lowered.count(term)
                score += weight * tf * (_K1 + 1) / (tf + norm)
            scored.append((paragraph, score))
        scored.sort(key=lambda r: (-r[1], r[0]))
        return scored[:limit], len(rows)

    def containing(self, ids: list[int], phrase: str) -> set[int]:
        known = self._texts
        if all(i in known for i in ids):   # the ranking just read them: no need to ask the server
            return {i for i in ids if phrase in known[i]}
        return {r[0] for r in self._q(f"SELECT id FROM {SCHEMA}.paragraphs WHERE id = ANY(%s) AND strpos(text, %s) > 0",
                                      (ids, phrase)).fetchall()}

    def details(self, ids: list[int]) -> dict[int, DetailRow]:
        if not ids:
            return {}
        return {r[0]: r for r in self._q(_DETAIL_SQL + " WHERE p.id = ANY(%s)", (ids,)).fetchall()}

    def scan(self, needles: list[str], filters: Filters, limit: int, count_limit: int) -> tuple[list[DetailRow], int]:
        if any("\x00" in n for n in needles):
            return [], 0     # no text on the server holds a NUL
        narrowed, params = self._filters(filters)
        where = " AND ".join(["strpos(p.text, %s) > 0"] * len(needles)) + narrowed
        total = self._count(where, [*needles, *params], count_limit)
        rows = self._q(_DETAIL_SQL + " WHERE " + where + " ORDER BY p.id DESC LIMIT %s",
                       [*needles, *params, limit]).fetchall()
        return rows, total

    # --- phrases --------------------------------------------------------------------------
    def phrase_rows(self, role: str) -> list[tuple[str, str, str]]:
        return [(r[0], r[1], r[2]) for r in self._q(
            f"SELECT ph.text, s.kind, f.key FROM {SCHEMA}.phrases ph JOIN {SCHEMA}.speeches s ON s.id = ph.speech_id "
            f"JOIN {SCHEMA}.files f ON f.id = s.file_id WHERE ph.role = %s ORDER BY f.bundled, s.id",
            (role,)).fetchall()]
