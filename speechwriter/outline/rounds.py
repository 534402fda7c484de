"""修改轮次: the rounds a speech goes through (初稿, 二稿, 送审稿, 领导修改稿, 定稿 …), kept in its file.

A round is a frozen copy of the whole text (fields, sections, template, numbering) saved under a name
with its time and 字数 (`Outline.rounds`, oldest first; the file format is in outline/io.py, version 3).
The text being edited is the "current text": when it differs from the last saved round it is listed
after the rounds as 当前稿, so an outline that never saved a round lists as one round.

Going back to a round makes its text the current text again and deletes no round: a current text
that is in no round yet is first kept as a round of its own (named 退回前), so nothing is lost.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import datetime

from speechwriter.errors import UserError
from speechwriter.outline.count import outline_chars
from speechwriter.outline.tree import Outline, Round

SUGGESTED_NAMES = ("初稿", "二稿", "三稿", "送审稿", "定稿")
CURRENT_NAME = "当前稿"
BEFORE_GOING_BACK = "退回前"
MAX_NAME = 40


@dataclass(frozen=True)
class Version:
    """One line of the rounds list: `n` counts from 1; `saved` False for the unsaved current text."""

    n: int
    name: str
    saved_at: str
    chars: int
    saved: bool = True

    def to_json(self) -> dict:
        return {"n": self.n, "name": self.name, "saved_at": self.saved_at, "chars": self.chars}


def now_iso() -> str:
    return datetime.now().astimezone().replace(microsecond=0).isoformat()


def snapshot(outline: Outline) -> Outline:
    """The outline's text alone (no rounds, no open 批注), detached from the one being edited."""
    rounds, notes = outline.rounds, outline.notes
    outline.rounds, outline.notes = [], []
    try:
        return copy.deepcopy(outline)
    finally:
        outline.rounds, outline.notes = rounds, notes


def _content(outline: Outline) -> dict:
    from speechwriter.outline.io import outline_to_dict

    data = outline_to_dict(snapshot(outline))
    data.pop("version", None)
    return data


def same_text(a: Outline, b: Outline) -> bool:
    """True when the two hold the same speech (fields, sections, template, numbering, layout …)."""
    return _content(a) == _content(b)


def check_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise UserError("请给这一轮起个名字，例如“初稿”“二稿”“送审稿”。")
    if len(name) > MAX_NAME:
        raise UserError(f"轮次名称太长（最多 {MAX_NAME} 个字）。")
    return name


def suggest_name(outline: Outline) -> str:
    """The next of 初稿/二稿/三稿/送审稿/定稿 not used yet, else 第N稿."""
    used = {r.name for r in outline.rounds}
    for name in SUGGESTED_NAMES:
        if name not in used:
            return name
    return f"第{len(outline.rounds) + 1}稿"


def make_round(outline: Outline, name: str, saved_at: str | None = None) -> Round:
    """A round holding the outline's current text (not yet added to it)."""
    return Round(name=check_name(name), saved_at=saved_at or now_iso(), chars=outline_chars(outline),
                 outline=snapshot(outline))


def save_round(outline: Outline, name: str, saved_at: str | None = None) -> Round:
    """Records the current text as a new round (last in the list) and returns it."""
    kept = make_round(outline, name, saved_at)
    outline.rounds.append(kept)
    return kept


def current_is_saved(outline: Outline) -> bool:
    return bool(outline.rounds) and same_text(outline, outline.rounds[-1].outline)


def versions(outline: Outline, current_time: str | None = None) -> list[Version]:
    """Every round, then the current text when it is not the last round (so never empty)."""
    listed = [Version(n, r.name, r.saved_at, r.chars) for n, r in enumerate(outline.rounds, 1)]
    if not current_is_saved(outline):
        listed.append(Version(len(listed) + 1, CURRENT_NAME, current_time or now_iso(), outline_chars(outline),
                              saved=False))
    return listed


def round_text(outline: Outline, n: int) -> Outline:
    """Round `n` (from 1, as `versions` numbers them) as an outline of its own, without rounds."""
    count = len(versions(outline))
    if not 1 <= n <= count:
        raise UserError(f"没有第 {n} 轮（这份提纲共 {count} 轮）。")
    if n <= len(outline.rounds):
        return copy.deepcopy(outline.rounds[n - 1].outline)
    return snapshot(outline)


def gone_back(outline: Outline, n: int, saved_at: str | None = None) -> Outline:
    """A new outline whose text is round `n`'s and which keeps every round; when the current text is
    in no round, it is kept first as a round named 退回前. `outline` itself is not changed."""
    if not 1 <= n <= len(outline.rounds):
        raise UserError(f"没有第 {n} 轮可以退回（已保存 {len(outline.rounds)} 轮）。")
    rounds = list(outline.rounds)
    if not any(same_text(outline, r.outline) for r in rounds):
        rounds.append(make_round(outline, BEFORE_GOING_BACK, saved_at))
    result = copy.deepcopy(rounds[n - 1].outline)
    result.rounds, result.notes = rounds, list(outline.notes)
    return result
