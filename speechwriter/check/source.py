"""The text the 校对 reads: an outline as its template prints it, or a .docx / .txt as written."""

from __future__ import annotations

import datetime as dt
import os
import re
from typing import TYPE_CHECKING

from speechwriter.check.findings import Para, Text
from speechwriter.filetypes import OUTLINE_JSON
from speechwriter.outline.count import outline_chars

if TYPE_CHECKING:
    from speechwriter.outline.tree import Outline
    from speechwriter.render.blocks import Block

_FULL_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def text_from_string(content: str) -> Text:
    """Paragraphs = the non-blank lines, without their indent (the contract counts them from 0)."""
    return Text([Para(line.strip()) for line in content.splitlines() if line.strip()])


def text_from_file(path: str | os.PathLike) -> Text:
    """A .speech.json outline, a .docx or a .txt; UserError when it cannot be read."""
    if OUTLINE_JSON.matches(path):
        from speechwriter.render import open_outline

        return text_from_outline(open_outline(path))
    from speechwriter.core.reader import read_speech_file

    return text_from_string(read_speech_file(path))


def printed_outline(outline: Outline) -> tuple[list[Block], tuple[str, ...], list[str]]:
    """(blocks, missing field names, field problems) of the outline as its own template prints it;
    empty required fields print as 〔名称〕, broken fields as written."""
    from speechwriter.render import draft_fields, render_blocks, unfilled_fields

    missing = tuple(unfilled_fields(outline))
    problems: list[str] = []
    blocks = render_blocks(outline, extra_fields=draft_fields(missing), problems=problems)
    return blocks, missing, problems


def text_from_outline(outline: Outline) -> Text:
    blocks, missing, _ = printed_outline(outline)
    paragraphs = [Para(b.plain(), b.kind, b.section, b.sample, b.lead) for b in blocks]
    return Text(paragraphs, date=outline_date(outline), rate=outline.rate,
                target_minutes=outline.target_minutes, missing_fields=missing, length=outline_chars(outline))


def outline_date(outline: Outline) -> dt.date | None:
    match = _FULL_DATE.search(outline.field("日期"))
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None
