"""`library copy --from A --to B`: a library moved between engines (a SQLite file ⇄ the unit's server).

Every file of A that B lacks (by content) is read again from the text A keeps, with A's labels,
and stored in B together with its labels in one transaction. What B already holds is left alone,
so running the copy again after an interruption goes on where it stopped, and running it twice
copies nothing twice. The bundled samples are not copied: every library has its own.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field

from speechwriter.errors import UserError
from speechwriter.library.importer import Cancel, Progress, is_cancelled, refresh
from speechwriter.library.prepare import prepare_text
from speechwriter.library.store import Library, shown_location


@dataclass
class CopySummary:
    copied: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)     # already in the target (same text)
    failed: list[tuple[str, str]] = field(default_factory=list)
    labels: int = 0
    cancelled: bool = False

    def text(self) -> str:
        lines = [("复制已取消。" if self.cancelled else "") +
                 f"复制 {len(self.copied)} 个文件（含 {self.labels} 处标注），目标里已有 {len(self.present)} 个，"
                 f"失败 {len(self.failed)} 个。"]
        lines += [f"  失败：{f}：{r}" for f, r in self.failed]
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {"copied": self.copied, "present": self.present, "labels": self.labels,
                "failed": [{"file": f, "reason": r} for f, r in self.failed], "cancelled": self.cancelled}


def copy_library(source: str | os.PathLike, target: str | os.PathLike, *, progress: Progress | None = None,
                 cancel: Cancel = None) -> CopySummary:
    if shown_location(source) == shown_location(target) or os.fspath(source) == os.fspath(target):
        raise UserError("复制的来源和目标是同一个素材库，请换一个目标。")
    summary = CopySummary()
    with Library(source) as origin, Library(target) as destination:
        refresh(destination)
        records = [r for r in origin.files() if not r.bundled]
        for number, record in enumerate(records):
            if is_cancelled(cancel):
                summary.cancelled = True
                break
            if progress:
                progress(number * 100 // len(records), f"正在复制（{number + 1}/{len(records)}）：{record.name}")
            if destination.file_by_hash(record.content_hash) is not None:
                summary.present.append(record.key)
                continue
            try:
                labels = origin.label_texts(record.content_hash)
                prepared = prepare_text(origin.file_text(record.id), record.key, size=record.size, mtime=record.mtime,
                                        digest=record.content_hash,
                                        labels={k: json.loads(v) for k, v in labels.items()})
                if not prepared.speeches:
                    raise UserError("里面没有找到讲稿内容。")
                stored = destination.store(prepared, labels=labels)
            except UserError as err:
                summary.failed.append((record.key, err.message))
                continue
            except destination.Error as err:
                raise UserError(f"写入素材库“{destination.path}”失败：{destination.reason(err)}。"
                                "已复制的文件保留，再运行一次即可接着复制。") from None
            if stored.outcome in ("imported", "updated"):
                summary.copied.append(record.key)
                summary.labels += len(labels)
            else:
                summary.present.append(record.key)
    if progress:
        progress(100, "复制已取消" if summary.cancelled else "复制完成")
    return summary
