"""Atomic file replacement: a crash mid-save never leaves a half file, the old version stays intact.

Every writer of user files (outlines, .docx, recovery files, a new library) goes through here, so
the Chinese messages for unwritable places are the same everywhere.

The temporary file is `.NAME.xxxxxxxx.w.tmp` beside the target, locked (flock) by its writer
from creation until it has replaced the target. A process killed mid-write leaves one behind,
unlocked: the next write into that folder (and opening the library, at start) removes it at once —
only that exact pattern, so nothing of anyone else's is touched, and never a locked one, which
another process is writing right now. (Where there is no flock — Windows — a file another process
has open cannot be removed, which tells the same.) Files of the older `.NAME.xxxxxxxx.tmp` pattern
(made by older versions, and the library's own creation) are removed once older than STALE_SECONDS.
Training's scratch folder in the system temp folder follows the same rule (`scratch_folder`).
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import stat
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from speechwriter.core import budget
from speechwriter.errors import UserError, os_reason

_flock: ModuleType | None
try:
    import fcntl as _flock  # POSIX: a writer's temporary file is locked while it writes
except ImportError:          # Windows: an open file cannot be removed, which serves the same
    _flock = None

STALE_SECONDS = 15 * 60
_OURS = re.compile(r"^\..+\.[0-9a-f]{8}\.tmp$")           # by age: older versions, the library's creation
_LOCKED = re.compile(r"^\..+\.[0-9a-f]{8}\.w\.tmp$")      # by lock: gone as soon as its writer is
_SCRATCH_PREFIX = "speechwriter-scratch-"
_LOCK_FILE = ".lock"


def _existing(target: Path) -> os.stat_result | None:
    try:
        return os.lstat(target)
    except (FileNotFoundError, NotADirectoryError):   # nothing there (the writer names a missing folder)
        return None
    except OSError as err:
        raise UserError(f"无法保存到“{target}”：{os_reason(err)}。") from None


def refuse_unsafe_target(target: Path) -> bool:
    """UserError when `target` is no place for a file of ours: a folder, a device or pipe, or a
    symbolic link (replacing it would leave its target behind, writing through it would write
    somewhere else). True when a regular file is there now."""
    info = _existing(target)
    if info is None:
        return False
    if stat.S_ISLNK(info.st_mode):
        raise UserError(f"无法保存到“{target}”：这是一个快捷方式（符号链接），为免改动它指向的文件没有写入；请另选文件名。")
    if stat.S_ISDIR(info.st_mode):
        raise UserError(f"无法保存到“{target}”：这是一个文件夹。")
    if not stat.S_ISREG(info.st_mode):
        raise UserError(f"无法保存到“{target}”：这不是普通文件（像是设备或管道），为免破坏它没有写入。")
    return True


def check_output(path: str | os.PathLike, inputs: tuple = (), force: bool = False) -> bool:
    """Before any work: may a command write its output to `path`? Never over one of its `inputs`
    (not even with --force), a folder, device, pipe or symbolic link; over an existing file only
    with `force`. True when a file will be replaced (the caller keeps a backup: `keep_backup`)."""
    target = Path(path)
    exists = refuse_unsafe_target(target)
    for source in inputs:
        if source is None:
            continue
        try:
            same = exists and os.path.samefile(source, target)
        except OSError:
            same = False
        if same or Path(os.path.abspath(source)) == Path(os.path.abspath(target)):
            raise UserError(f"输出文件“{target}”就是输入文件，为免覆盖原稿没有写入；请另选输出文件名。")
    if exists and not force:
        raise UserError(f"“{target}”已存在，为免覆盖没有写入；确要覆盖请加 --force（原文件会保留为“{backup_path(target).name}”）。")
    return exists


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"无法保存到“{target}”：文件夹“{folder}”不存在。")
    refuse_unsafe_target(target)
    sweep_stale(folder)
    budget.spend_bytes(len(data))
    try:
        fd, tmp_name = create_temporary(folder, target.name)
    except OSError as err:
        raise UserError(f"无法保存到“{target}”：{_write_reason(err, folder)}。") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            if target.exists():  # a replaced file keeps its mode; a new one got the umask's at creation
                try:
                    os.chmod(tmp_name, target.stat().st_mode & 0o7777)
                except OSError:
                    pass
            if _flock is not None:
                os.replace(tmp_name, target)   # still locked: no sweeper can take it meanwhile
        if _flock is None:
            os.replace(tmp_name, target)       # Windows cannot replace with a file still open
    except PermissionError:
        discard(tmp_name)
        raise UserError(f"无法保存到“{target}”：文件被占用或只读（如已在 Word/WPS 中打开，请先关闭）。") from None
    except BaseException as err:
        discard(tmp_name)
        if isinstance(err, OSError):
            raise UserError(f"无法保存到“{target}”：{os_reason(err)}。") from None
        raise


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate that slipped in from a pasted or hand-made file
        raise UserError(f"无法保存到“{path}”：内容中有无法保存的残缺字符。") from None
    atomic_write_bytes(path, data)


def _write_reason(err: OSError, folder: Path) -> str:
    if isinstance(err, PermissionError):
        return f"没有写入文件夹“{folder}”的权限"
    return os_reason(err)


def temporary_name(folder: Path, name: str) -> str:
    """A fresh name of the older, age-swept pattern beside `name` (for files another library makes,
    such as SQLite's own, which cannot be locked here)."""
    return str(folder / f".{name}.{secrets.token_hex(4)}.tmp")


def create_temporary(folder: Path, name: str) -> tuple[int, str]:
    """A new temporary file beside the target, created 0666 less the umask by the system itself,
    and locked for as long as the returned descriptor is open.

    Not tempfile.mkstemp: its 0600 would make a new .docx unreadable to colleagues on a shared
    UOS/麒麟 machine, and reading the umask means setting it, which races with worker threads.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp_name = str(folder / f".{name}.{secrets.token_hex(4)}.w.tmp")
        try:
            fd = os.open(tmp_name, flags, 0o666)
        except FileExistsError:
            continue
        if _flock is None or _lock_held(fd, tmp_name):
            return fd, tmp_name
        os.close(fd)   # a sweeper took it between its creation and the lock: take another name
    raise FileExistsError(f"no free temporary name beside {name}")


def _lock_held(fd: int, path: str) -> bool:
    """Lock `fd` (waiting the moment a sweeper may hold it) and check `path` is still that file."""
    assert _flock is not None
    try:
        _flock.flock(fd, _flock.LOCK_EX)
        return os.stat(path).st_ino == os.fstat(fd).st_ino
    except OSError:
        return False


def _writer_gone(path: str) -> bool:
    """Remove `path` when no process holds its lock; True when it was removed."""
    if _flock is None:
        try:
            os.unlink(path)   # refused while its writer has it open
            return True
        except OSError:
            return False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        _flock.flock(fd, _flock.LOCK_EX | _flock.LOCK_NB)
    except OSError:
        os.close(fd)
        return False   # its writer is alive
    try:
        if os.lstat(path).st_ino == os.fstat(fd).st_ino:
            os.unlink(path)
            return True
        return False
    except OSError:
        return False
    finally:
        os.close(fd)


def sweep_stale(folder: str | os.PathLike, older_than: float = STALE_SECONDS) -> list[str]:
    """Remove from `folder` our temporary files whose writer is gone (and those of the older pattern
    older than `older_than` seconds); returns their names."""
    removed: list[str] = []
    limit = time.time() - older_than
    try:
        entries = list(os.scandir(os.fspath(folder)))
    except OSError:
        return removed
    for entry in entries:
        try:
            if _LOCKED.match(entry.name):
                if entry.is_file(follow_symlinks=False) and _writer_gone(entry.path):
                    removed.append(entry.name)
            elif _OURS.match(entry.name):
                if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < limit:
                    os.unlink(entry.path)
                    removed.append(entry.name)
        except OSError:
            continue
    return removed


_scratch_lock = threading.Lock()


@contextmanager
def scratch_folder(purpose: str, as_temp_dir: bool = False) -> Iterator[str]:
    """A private folder in the system temp folder for work files (training's model files, derived
    from the clerk's labels), removed afterwards — and, when a kill left one behind, on the next use
    by anyone: each holds a locked `.lock` for as long as its owner runs.

    `as_temp_dir`: for the block, Python's own temporary files (tempfile's default folder) go in it
    too — how training's crfsuite files, made by code that asks tempfile, are kept in it. The program
    uses tempfile nowhere else, and one such block runs at a time."""
    base = tempfile.gettempdir()
    _sweep_scratch(base)
    folder = tempfile.mkdtemp(prefix=f"{_SCRATCH_PREFIX}{purpose}-", dir=base)
    lock = os.open(os.path.join(folder, _LOCK_FILE), os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        if _flock is not None:
            _flock.flock(lock, _flock.LOCK_EX)
        if as_temp_dir:
            with _scratch_lock:
                previous, tempfile.tempdir = tempfile.tempdir, folder
                try:
                    yield folder
                finally:
                    tempfile.tempdir = previous
        else:
            yield folder
    finally:
        os.close(lock)
        shutil.rmtree(folder, ignore_errors=True)


def _sweep_scratch(base: str) -> None:
    try:
        entries = [e for e in os.scandir(base) if e.name.startswith(_SCRATCH_PREFIX)]
    except OSError:
        return
    for entry in entries:
        try:
            if not entry.is_dir(follow_symlinks=False) or entry.stat(follow_symlinks=False).st_uid != os.getuid():
                continue
        except (OSError, AttributeError):
            continue
        lock = os.path.join(entry.path, _LOCK_FILE)
        try:
            if time.time() - os.stat(lock).st_mtime < 2:   # its owner may be about to lock it
                continue
        except OSError:
            pass
        if not os.path.exists(lock) or _writer_gone(lock):
            shutil.rmtree(entry.path, ignore_errors=True)


def discard(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass


def backup_path(path: str | os.PathLike) -> Path:
    """讲话.docx → 讲话.bak.docx (beside it, the same suffix, so Word/WPS still open it)."""
    target = Path(path)
    return target.with_name(f"{target.stem}.bak{target.suffix}")


def keep_backup(path: str | os.PathLike) -> Path:
    """Copy the file about to be replaced to 名称.bak.docx (replacing an older backup), atomically."""
    target = Path(path)
    try:
        data = target.read_bytes()
    except OSError as err:
        raise UserError(f"无法保留“{target.name}”的备份：{os_reason(err)}。") from None
    backup = backup_path(target)
    atomic_write_bytes(backup, data)
    return backup
