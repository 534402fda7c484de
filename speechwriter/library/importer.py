"""Importing files and folders, keeping the bundled samples in, redoing outdated analyses.

Each file is read, analysed and cut into words first, then written in one transaction (see
Library.store). A file that cannot be read is reported with the reason and the import goes on;
a cancel request stops between two files, keeping what is already in.
"""

from __future__ import annotations

import collections
import functools
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from speechwriter import filetypes
from speechwriter.core.adapt import reading_version
from speechwriter.errors import UserError, os_reason
from speechwriter.library.labels import labels_of
from speechwriter.library.prepare import PreparedFile, content_hash, prepare_text, read_file
from speechwriter.library.store import Library

# What a folder import picks up. Old .doc/.wps files are listed so the summary can tell the clerk
# to save them as .docx instead of silently leaving them out.
FOLDER_SUFFIXES = (*filetypes.SPEECH_SUFFIXES, *filetypes.OLD_WORD.suffixes)
BUNDLED_PREFIX = "resources/samples/"

Progress = Callable[[int, str], None]          # (percent 0–100, Chinese text)
Cancel = threading.Event | Callable[[], bool] | None


@dataclass
class ImportSummary:
    imported: list[str] = field(default_factory=list)                   # new files
    updated: list[str] = field(default_factory=list)                    # changed since last import
    unchanged: list[str] = field(default_factory=list)                  # already in, same content
    duplicates: list[tuple[str, str]] = field(default_factory=list)     # (file, the library file with its content)
    failed: list[tuple[str, str]] = field(default_factory=list)         # (file, reason)
    moved: list[tuple[str, str]] = field(default_factory=list)          # (file, where it was before)
    reanalysed: list[str] = field(default_factory=list)                 # redone for a new analyser
    cancelled: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.imported or self.updated or self.reanalysed)

    def add(self, other: ImportSummary) -> None:
        for name in ("imported", "updated", "unchanged", "duplicates", "failed", "moved", "reanalysed"):
            getattr(self, name).extend(getattr(other, name))
        self.cancelled = self.cancelled or other.cancelled

    def to_dict(self) -> dict:
        return {"imported": self.imported, "updated": self.updated, "unchanged": self.unchanged,
                "duplicates": [{"file": f, "same_as": s} for f, s in self.duplicates],
                "failed": [{"file": f, "reason": r} for f, r in self.failed],
                "moved": [{"file": f, "was": w} for f, w in self.moved],
                "reanalysed": self.reanalysed, "cancelled": self.cancelled}

    def text(self) -> str:
        """The summary in Chinese, as the CLI prints it and the app shows it."""
        head = (f"导入 {len(self.imported)} 个文件，更新 {len(self.updated)} 个，"
                f"跳过重复 {len(self.duplicates)} 个，未变化 {len(self.unchanged)} 个，失败 {len(self.failed)} 个。")
        lines = [("导入已取消。" if self.cancelled else "") + head]
        if self.moved:
            lines.append(f"{len(self.moved)} 个文件换了位置或名称，已记下新位置。")
        if self.reanalysed:
            lines.append(f"分析程序已更新，重新分析了 {len(self.reanalysed)} 个文件。")
        lines += [f"  重复：{f}（与“{s}”内容相同）" for f, s in self.duplicates]
        lines += [f"  失败：{f}：{r}" for f, r in self.failed]
        return "\n".join(lines)


def is_cancelled(cancel: Cancel) -> bool:
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())


def collect_files(paths: Iterable[str | os.PathLike], summary: ImportSummary) -> list[Path]:
    """The files to import, folders walked recursively in name order; missing paths go to `failed`."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += _walk(path, summary)
        elif path.is_file():
            found.append(path)
        else:
            summary.failed.append((str(path), f"找不到文件或文件夹“{path}”。"))
    unique: dict[str, Path] = {}
    for path in found:
        unique.setdefault(str(path.resolve()), path)
    return list(unique.values())


def _walk(folder: Path, summary: ImportSummary) -> list[Path]:
    def unreadable(err: OSError) -> None:
        summary.failed.append((str(err.filename), f"无法打开文件夹“{err.filename}”：{os_reason(err)}。"))

    found = []
    for root, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            # ~$… are Word's lock files next to an open document; .… are hidden files
            if name.startswith(("~$", ".")) or not name.lower().endswith(FOLDER_SUFFIXES):
                continue
            found.append(Path(root) / name)
    return found


def import_paths(library: Library, paths: Iterable[str | os.PathLike], *, progress: Progress | None = None,
                 cancel: Cancel = None, private: bool = False, workers: int = 1) -> ImportSummary:
    """`private`: on a server, the files are visible to this login alone. The files are read (analysed,
    cut into words) by a thread, or by `workers` processes where `workers` > 1, while this thread
    stores them, in order (`Readers`)."""
    summary = ImportSummary()
    files = collect_files(paths, summary)
    with Readers(workers if len(files) >= MIN_FILES_FOR_READERS else 1) as readers:
        waiting: collections.deque[tuple[int, Path, _Reading, Any]] = collections.deque()

        def store_next() -> None:
            _number, path, reading, future = waiting.popleft()
            _record(library, summary, str(path), lambda: _finish(library, reading, future, private))

        for number, path in enumerate(files):
            if is_cancelled(cancel):
                summary.cancelled = True
                break
            if progress:
                progress(number * 100 // len(files), f"正在导入（{number + 1}/{len(files)}）：{path.name}")
            reading = _record(library, summary, str(path), functools.partial(_check, library, path, str(path.resolve()),
                                                                             False))
            if reading is not None:
                waiting.append((number, path, reading, readers.read(reading)))
            while len(waiting) > readers.ahead:
                store_next()
        while waiting and not summary.cancelled:
            if is_cancelled(cancel):
                summary.cancelled = True
                break
            store_next()
    if progress:
        progress(100, "导入已取消" if summary.cancelled else "导入完成")
    return summary


MIN_FILES_FOR_READERS = 8   # fewer files are read by one thread: starting reader processes would cost more than it saves


def reader_count() -> int:
    """How many reader processes an import from the command line uses: one per core, at most 4; one
    means none, the files read by a thread of the importing process.

    Reading a file costs ~30 ms of CPU (analyser, words, keywords; bench/library.py's
    read_cpu_ms_per_file), storing it ~10 ms here and ~5 ms in a PostgreSQL server on this computer
    (import_server_cpu_ms_per_file); a reader process adds ~5 ms (pickling the reading back, copying
    the dictionary's memory pages it touches). Storing is thus a small share, whether the library is
    an embedded file, a server here or one elsewhere, and does not need a core
    of its own: on a quiet two-core machine with the server on it, two readers imported 23.6–25.6
    files/s against 14.9–17.7 with the thread (the embedded file: 26.7–30.1 against 17.7–22.6), three
    alternating pairs each (2026-12-07). When reading cost ~45 ms and the machine was busy (load 5–8),
    the thread had won (20.5 against 14 files/s)."""
    cores = os.cpu_count() or 1
    return max(1, min(4, cores))


@dataclass
class _Reading:
    """A file to be read and stored: what `_check` found out about it."""

    path: Path
    key: str
    text: str
    digest: str
    size: int
    mtime: float
    bundled: bool
    labels: dict[int, dict]
    same_text: bool      # the library holds this very text, read by an older analyser
    old: bool            # the library holds an older version at this key


def _read(reading: _Reading) -> PreparedFile:
    """The slow part (analyser, words, keywords): here or in a reader process."""
    return prepare_text(reading.text, reading.key, size=reading.size, mtime=reading.mtime, bundled=reading.bundled,
                        digest=reading.digest, labels=reading.labels)


class Readers:
    """Who reads the files while this thread stores them: `workers` processes on systems that fork
    (they start with jieba and the models loaded), else one thread. Either way the next file is
    being read while one is stored: storing is mostly waiting for the database (the server's
    round trips and its commit), during which the reading thread runs."""

    def __init__(self, workers: int):
        import multiprocessing
        from concurrent.futures import ThreadPoolExecutor

        self.pool: Any
        if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
            from concurrent.futures import ProcessPoolExecutor

            self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
            self.ahead = 2 * workers   # files being read before one is stored
        else:
            self.pool = ThreadPoolExecutor(1, thread_name_prefix="library-reader")
            self.ahead = 1

    def read(self, reading: _Reading) -> Any:
        """A future of the PreparedFile."""
        return self.pool.submit(_read, reading)

    def __enter__(self) -> Readers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _record(library: Library, summary: ImportSummary, shown: str, work: Callable[[], Any]) -> Any:
    """Run one step of importing a file and put its outcome in the summary; a `_Reading` (the file is
    still to be read and stored) is handed back instead. Only a broken library stops the import."""
    try:
        outcome = work()
    except UserError as err:
        summary.failed.append((shown, err.message))
        return None
    except library.Error as err:
        raise UserError(f"写入素材库“{library.path}”失败：{library.reason(err)}。已导入的文件不受影响。") from None
    except Exception as err:  # noqa: BLE001 - one odd file never stops the rest of the folder
        summary.failed.append((shown, f"分析时程序内部出错（{type(err).__name__}），请把这个文件交给开发人员。"))
        return None
    if isinstance(outcome, _Reading):
        return outcome
    kind, other = outcome
    if kind == "duplicate":
        summary.duplicates.append((shown, other or ""))
    elif kind == "moved":
        summary.moved.append((shown, other or ""))
    else:
        getattr(summary, kind).append(shown)
    return None


def import_file(library: Library, path: Path, key: str, summary: ImportSummary, bundled: bool = False,
                private: bool = False) -> None:
    """Import one file, recording the outcome in the summary. Only a broken library stops it."""

    def work() -> tuple[str, str | None]:
        checked = _check(library, path, key, bundled)
        return _finish(library, checked, None, private) if isinstance(checked, _Reading) else checked

    _record(library, summary, key if bundled else str(path), work)


def _check(library: Library, path: Path, key: str, bundled: bool) -> tuple[str, str | None] | _Reading:
    """What is to be done with a file: an outcome already (unchanged, moved, duplicate), or a `_Reading`."""
    try:
        stat = path.stat()
    except OSError as err:
        raise UserError(f"无法读取“{path}”：{os_reason(err)}。") from None
    old = library.file_by_key(key)
    if old is not None and not old.mine:  # a sample another clerk put on the server: read by their model
        return "unchanged", None
    current = old is not None and old.analyzer_version == reading_version()
    if current and old is not None and old.size == stat.st_size and old.mtime == stat.st_mtime:
        return "unchanged", None
    text = read_file(path)
    digest = content_hash(text)
    same_text = old is not None and old.content_hash == digest
    if same_text and current and old is not None:
        library.touch(old.id, stat.st_size, stat.st_mtime)
        return "unchanged", None
    twin = library.file_by_hash(digest)
    if twin is not None and old is None and twin.key == key:  # another process imported it meanwhile
        return "unchanged", None
    if twin is not None and old is None and twin.mine and not twin.bundled and not Path(twin.key).exists():
        library.relink(twin.id, key, stat.st_size, stat.st_mtime)  # moved or renamed since
        return "moved", twin.key
    if twin is not None and (old is None or twin.id != old.id):
        if old is not None:  # this file now holds another file's content: its old version is gone
            library.remove_file(old.id)
        return "duplicate", twin.key
    return _Reading(path, key, text, digest, stat.st_size, stat.st_mtime, bundled, labels_of(library, digest),
                    same_text, old is not None)


def _finish(library: Library, reading: _Reading, future: Any, private: bool) -> tuple[str, str | None]:
    """Store a file read here (`future` None: `import_file`) or by a reader."""
    prepared = _read(reading) if future is None else future.result()
    if not prepared.speeches:
        raise UserError(f"“{reading.path}”里没有找到讲稿内容。")
    stored = library.store(prepared, private=private)
    if stored.outcome == "duplicate":  # another import put the same content in meanwhile
        return ("unchanged", None) if stored.same_as == reading.key else ("duplicate", stored.same_as)
    if stored.outcome == "unchanged":
        return "unchanged", None
    return ("reanalysed" if reading.same_text else "updated" if reading.old else "imported"), None


def ensure_bundled(library: Library, summary: ImportSummary) -> None:
    """The bundled samples are always in the library, as shipped with this version of the app."""
    from speechwriter.core.learn import TEXT_SUFFIXES
    from speechwriter.paths import samples_dir

    shipped = {}
    for path in sorted(samples_dir().iterdir()):
        if path.is_file() and path.suffix.lower() in TEXT_SUFFIXES:
            shipped[BUNDLED_PREFIX + path.name] = path
    for record in library.files(bundled=True):
        if record.key not in shipped and record.mine:
            library.remove_file(record.id)
    # keeping the samples current is housekeeping, not part of what the clerk imported: only a
    # sample that fails to go in is worth a line in the summary
    housekeeping = ImportSummary()
    for key, path in shipped.items():
        import_file(library, path, key, housekeeping, bundled=True)
    summary.failed.extend(housekeeping.failed)


def reanalyse_outdated(library: Library, summary: ImportSummary, progress: Progress | None = None,
                       cancel: Cancel = None) -> None:
    """Redo every file read by another analyser version or model, from the text kept in the library
    (the clerk's labelled speeches are read as labelled)."""
    outdated = library.files(outdated_from=reading_version())
    for number, record in enumerate(outdated):
        if is_cancelled(cancel):
            summary.cancelled = True
            return
        if progress:
            progress(number * 100 // len(outdated),
                     f"结构识别已更新，正在重新识别（{number + 1}/{len(outdated)}）：{record.name}")
        try:
            prepared = prepare_text(library.file_text(record.id), record.key, size=record.size, mtime=record.mtime,
                                    bundled=record.bundled, digest=record.content_hash,
                                    labels=labels_of(library, record.content_hash))
            library.store(prepared)
        except library.Error as err:
            raise UserError(f"写入素材库“{library.path}”失败：{library.reason(err)}。") from None
        except Exception as err:  # noqa: BLE001 - keep the old analysis rather than stop
            reason = getattr(err, "message", type(err).__name__)
            summary.failed.append((record.key, f"重新分析时出错（{reason}），保留原来的分析结果。"))
            continue
        summary.reanalysed.append(record.key)


def refresh(library: Library, *, progress: Progress | None = None, cancel: Cancel = None) -> ImportSummary:
    """Bring the library up to date: bundled samples in, outdated analyses redone, index complete."""
    summary = ImportSummary()
    ensure_bundled(library, summary)
    reanalyse_outdated(library, summary, progress, cancel)
    if library.fulltext and not library.index_complete() and not summary.cancelled:
        library.rebuild_index(progress)
    return summary
