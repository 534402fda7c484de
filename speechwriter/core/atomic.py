"""Atomic file replacement: a crash mid-save never leaves a half file, the old version stays intact.

Every writer of user files (outlines, .docx, recovery files) goes through here, so the Chinese
messages for unwritable places are the same everywhere.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from speechwriter.errors import UserError, os_error_message


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"无法保存到“{target}”：文件夹“{folder}”不存在。")
    if target.is_dir():
        raise UserError(f"无法保存到“{target}”：这是一个文件夹。")
    try:
        fd, tmp_name = _create_temporary(folder, target.name)
    except PermissionError:
        raise UserError(f"无法保存到“{target}”：没有写入文件夹“{folder}”的权限。") from None
    except OSError as err:
        raise UserError(f"无法保存到“{target}”：{os_error_message(err)}。") from None
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
        os.replace(tmp_name, target)
    except PermissionError:
        _discard(tmp_name)
        raise UserError(f"无法保存到“{target}”：文件被占用或只读（如已在 Word/WPS 中打开，请先关闭）。") from None
    except OSError as err:
        _discard(tmp_name)
        raise UserError(f"无法保存到“{target}”：{os_error_message(err)}。") from None


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def _create_temporary(folder: Path, name: str) -> tuple[int, str]:
    """A new temporary file beside the target, created 0666 less the umask by the system itself.

    Not tempfile.mkstemp: its 0600 would make a new .docx unreadable to colleagues on a shared
    UOS/麒麟 machine, and reading the umask means setting it, which races with worker threads.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp_name = str(folder / f".{name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(tmp_name, flags, 0o666), tmp_name
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {name}")


def _discard(name: str) -> None:
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
        raise UserError(f"无法保留“{target.name}”的备份：{os_error_message(err)}。") from None
    backup = backup_path(target)
    atomic_write_bytes(backup, data)
    return backup
