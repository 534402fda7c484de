"""The clerk's fixes to a reading, each a new version of one line (so each is undone by putting the old one back).

Every function takes the reading and a line index and returns the line as it should become, or
raises UserError with a Chinese sentence when the fix does not apply there. No Qt: the window's
undo commands call these and the reading document's `do_replace_line`.
"""

from __future__ import annotations

from dataclasses import replace

from speechwriter.core.labelling import Reading, ReadLine
from speechwriter.errors import UserError
from speechwriter.vocabulary import LINE_PARTS, PART_NAMES, ROLE_NAMES, ROLES

MAX_LEVEL = 4


def _role_here(reading: Reading, index: int) -> str:
    """The role a new section starting at `index` gets: that of the section it is cut from."""
    return reading.role_at(index) or ("opening" if reading.section_of(index) is None else "key_points")


def set_line_part(reading: Reading, index: int, part: str) -> ReadLine:
    """This line is the title / subtitle / speaker / date / salutation / web noise / body text."""
    if part not in LINE_PARTS:
        raise UserError(f"不认识的行类型“{part}”。")
    line = reading.lines[index]
    if part != "body":
        return ReadLine(line.text, part)
    if line.part == "body":
        return line
    # a line becoming body text before the first section opens the body
    starts = reading.section_of(index) is None
    return ReadLine(line.text, "body", starts=starts, role=_role_here(reading, index) if starts else None, level=1)


def set_role(reading: Reading, index: int, role: str) -> tuple[int, ReadLine]:
    """The role of the section line `index` is in: (index of the section's first line, that line)."""
    if role not in ROLES:
        raise UserError(f"不认识的角色“{role}”。")
    start = reading.section_of(index) if reading.lines[index].part == "body" else None
    if start is None:
        raise UserError("这一行不在正文里：先把它设为正文，再设角色。")
    return start, replace(reading.lines[start], role=role)


def split_here(reading: Reading, index: int) -> ReadLine:
    """A new section starts at this line (with the role of the one it is cut from)."""
    line = reading.lines[index]
    if line.part != "body":
        raise UserError("只能在正文里分节：这一行是" + PART_NAMES[line.part] + "。")
    if line.section_start:
        raise UserError("这一行已经是一节的开头。")
    return replace(line, starts=True, level=1, role=_role_here(reading, index))


def join_previous(reading: Reading, index: int) -> ReadLine:
    """The section starting at this line joins the one before it."""
    line = reading.lines[index]
    if not line.section_start:
        raise UserError("这一行不是一节的开头，没有可合并的。")
    before = reading.section_of(index - 1) if index > 0 else None
    if before is None:
        raise UserError("这是正文的第一节，前面没有可合并的小节。")
    return replace(line, starts=False, heading=False, role=None)


def toggle_heading(reading: Reading, index: int) -> ReadLine:
    """This line is a heading (小标题) ↔ body text."""
    line = reading.lines[index]
    if line.part != "body":
        raise UserError("只有正文里的行才能设为小标题：这一行是" + PART_NAMES[line.part] + "。")
    if line.heading:   # body text now; a section or point still starts here
        return replace(line, heading=False, starts=line.starts or line.section_start)
    if line.level > 1:
        return replace(line, heading=True, starts=True)
    return replace(line, heading=True, starts=True, role=line.role if line.section_start else _role_here(reading, index))


def shift_level(reading: Reading, index: int, delta: int) -> ReadLine:
    """One level deeper (+1) or higher (-1); a line raised to level 1 that opens a block opens a section."""
    line = reading.lines[index]
    if line.part != "body":
        raise UserError("只有正文里的行有层级：这一行是" + PART_NAMES[line.part] + "。")
    level = line.level + delta
    if not 1 <= level <= MAX_LEVEL:
        raise UserError("已经是第一级了。" if level < 1 else f"最多分 {MAX_LEVEL} 级。")
    if level == 1 and (line.starts or line.heading):
        return replace(line, level=1, starts=True, role=_role_here(reading, index))
    if line.level == 1 and line.section_start:
        if index == 0 or reading.section_of(index - 1) is None:
            raise UserError("正文的第一节不能降级。")
        return replace(line, level=level, role=None)   # a point of the section before it now
    return replace(line, level=level)


def describe_fix(fix: str, detail: str = "") -> str:
    """The undo step's name, as the 撤销 button shows it."""
    names = {"part": f"设为{PART_NAMES.get(detail, detail)}", "role": f"角色改为{ROLE_NAMES.get(detail, detail)}",
             "split": "从此行分节", "join": "并入上一节", "heading": "小标题/正文", "level": "改变层级",
             "speech_kind": f"文种改为{detail}"}
    return names[fix]
