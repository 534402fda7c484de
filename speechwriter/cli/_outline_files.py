"""Shared by `new` and `outline`: write a fresh outline file without clobbering one (core/atomic.check_output)."""

from __future__ import annotations

from pathlib import Path

from speechwriter.core.atomic import check_output, keep_backup
from speechwriter.filetypes import OUTLINE
from speechwriter.outline.count import outline_chars, outline_minutes
from speechwriter.outline.io import save_outline
from speechwriter.outline.tree import Outline


def write_new_outline(outline: Outline, target: str, force: bool, inputs: tuple = ()) -> str:
    """`inputs`: the files the outline was made from, never overwritten (not even with --force);
    an existing file is replaced only with `force`, and kept as 名称.bak.json first."""
    path = Path(target)
    replacing = check_output(path, inputs, force)
    note = "" if OUTLINE.matches(path) else f"（提示：提纲文件一般以 {OUTLINE.suffixes[0]} 结尾）"
    count = sum(1 for _ in outline.walk())
    # the summary first: whatever fails, fails before anything is written
    summary = (f"已写入提纲“{path}”：{count} 个小节，约 {outline_chars(outline)} 字，"
               f"讲话约 {outline_minutes(outline):.1f} 分钟。{note}")
    if replacing:
        keep_backup(path)
    save_outline(outline, path)
    return summary
