"""Atomic file replacement: a crash mid-save never leaves a half file, the old version stays intact.

Every writer of user files (outlines, .docx, recovery files) goes through here, so the Chinese
messages for unwritable places are the same everywhere.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from speechwriter.errors import UserError


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"无法保存到“{target}”：文件夹“{folder}”不存在。")
    if target.is_dir():
        raise UserError(f"无法保存到“{target}”：这是一个文件夹。")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except PermissionError:
        raise UserError(f"无法保存到“{target}”：没有写入文件夹“{folder}”的权限。") from None
    except OSError as err:
        raise UserError(f"无法保存到“{target}”：{err.strerror or err}。") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); a saved speech should be as readable as any
        # other file the clerk saves (shared UOS/麒麟 machines), or keep the replaced file's mode.
        try:
            mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_current_umask()
            os.chmod(tmp_name, mode)
        except OSError:
            pass
        os.replace(tmp_name, target)
    except PermissionError:
        _discard(tmp_name)
        raise UserError(f"无法保存到“{target}”：文件被占用或只读（如已在 Word/WPS 中打开，请先关闭）。") from None
    except OSError as err:
        _discard(tmp_name)
        raise UserError(f"无法保存到“{target}”：{err.strerror or err}。") from None


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _discard(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass
