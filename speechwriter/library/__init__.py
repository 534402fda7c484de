"""素材库: the clerk's past speeches, searchable, feeding the structures. No Qt.

Where: `library.sqlite3` in the user data folder (`speechwriter.paths.user_dir()`), or the file
named by the SPEECHWRITER_LIBRARY environment variable, or any path passed in — or, for an office,
the unit's PostgreSQL server named by a `postgresql://` URL in either place (store.py: one
interface, sqlite_store.py and pg_store.py its two engines — pg_schema.py sets up the server; the same calls work on both).

Threads. A `Library` holds one SQLite connection and belongs to the thread that opened it. Open
one per thread; opening an existing library takes milliseconds. WAL journaling lets the GUI
thread search while a worker imports. Everything that cuts words (import, refresh, the first
search) loads jieba's dictionary (~1 s the first time): run it on a worker, or call
`speechwriter.core.tokens.warm_up()` there first.

API for the app (all raise `UserError` with a Chinese sentence for bad input or an unusable file):

    open_library(path=None, *, progress=None, cancel=None) -> Library
        Opens/creates the library and brings it up to date (`refresh`): bundled samples in,
        speeches analysed by an older analyser re-analysed. Worker thread.
    import_into_library(paths, *, path=None, progress=None, cancel=None) -> ImportSummary
        For a worker thread: opens its own connection, refreshes, imports files and folders
        (recursively: .txt in UTF-8/UTF-16/GBK, .docx; .doc/.wps are reported), closes.
        `progress(percent: int, text: str)` is called before each file (fits the GUI's
        BackgroundTasks `with_progress=True` relay as is); `cancel` is a threading.Event (or a
        callable returning True) checked between files. Each file is one transaction: a kill
        leaves every file either fully in or not at all.
    import_paths(library, paths, *, progress=None, cancel=None, private=False): the same into an
        open library; `private` (server): visible to this login role alone.
    ImportSummary: imported, updated, unchanged, reanalysed (lists of files); duplicates
        [(file, same_as)]; failed [(file, reason)]; moved [(file, was)] (same content found at a
        new place, the old one gone: the library follows it); cancelled; .changed; .text() the
        summary in Chinese.
    Library(location=None)       opens without refreshing (milliseconds; for listing, searching)
        .speeches(bundled=None) -> [SpeechEntry(id, title, kind, date, speaker, source,
                                     file_name, bundled, paragraphs, chars, keywords, imported_at)]
        .kinds() -> [str], the kinds the speeches are of (for a filter)
        .speech(id) -> core Speech;  .paragraphs(id) -> [(role, text)];  .remove(id) -> SpeechEntry
        .counts() -> {files, speeches, own_speeches, paragraphs}
        .generation() -> int, grows with every change by any process (cache derived data by it)
        A speech keeps its id when its file is re-read (new analyser or model, changed content);
        ids change when a file is removed and imported again: re-read lists after an import.
    search(library, query, *, role=None, kind=None, source=None, limit=20) -> SearchResult
        role: 开场/回顾/要点/结束 or opening/review/key_points/closing; kind: 领导讲话 …;
        source: "bundled", "own" or part of a file path. Every word must occur; best BM25
        first, paragraphs with the words in a row as typed before the others. SearchResult(query,
        terms, hits, total, ranked, literal, capped): matches are counted up to 500 (`capped`:
        more; `total_text()` says "500 多段") and only the first 500 stored are ranked — tell the clerk
        to add a word; literal when a word is in no paragraph and the text as typed was scanned for
        instead.
        Hit(paragraph_id, speech_id, position, role, heading, text, keywords,
        title, kind, date, speaker, source, file_name, bundled, score, spans): `spans` are
        (start, end) offsets of the matched words in `text` for the view to paint;
        `highlighted(before="【", after="】")` marks them in the text (the CLI's marker).
    suggest_phrases(library, role, *, kind=None, limit=10) -> [Phrase(text, fields, count, sources)]
        role of the section being edited; phrases carry outline fields like {{ 会议名称 }}.
    library_structures(library) -> [core Structure]  learned from every speech in the library,
        each naming its sources; call after an import for the new-speech gallery (worker
        thread: ~2 s for 7,500 speeches; cache it by `generation()`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from speechwriter.library.db import default_path, fts5_available
from speechwriter.library.importer import Cancel, ImportSummary, Progress, import_paths, refresh
from speechwriter.library.phrases import Phrase, library_structures, suggest_phrases
from speechwriter.library.search import Hit, SearchResult, search
from speechwriter.library.store import Library, SpeechEntry

__all__ = ["Library", "SpeechEntry", "ImportSummary", "Hit", "SearchResult", "Phrase", "open_library",
           "import_into_library", "import_paths", "refresh", "search", "suggest_phrases", "library_structures",
           "default_path", "fts5_available"]


def open_library(path: str | os.PathLike | None = None, *, progress: Progress | None = None,
                 cancel: Cancel = None) -> Library:
    library = Library(os.fspath(path) if path is not None else None)
    try:
        refresh(library, progress=progress, cancel=cancel)
    except BaseException:
        library.close()
        raise
    return library


def import_into_library(paths: Iterable[str | os.PathLike], *, path: str | os.PathLike | None = None,
                        progress: Progress | None = None, cancel: Cancel = None) -> ImportSummary:
    """The window's import (on its worker): the files read by a reader thread while the worker stores
    them, one statement per file on a server (no reader processes: forking the window's process,
    its Qt threads running, is not safe)."""
    with Library(os.fspath(path) if path is not None else None) as library:
        summary = refresh(library, progress=progress, cancel=cancel)
        summary.add(import_paths(library, paths, progress=progress, cancel=cancel))
    return summary
