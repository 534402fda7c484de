"""How a template's output becomes blocks: one block per non-blank output line.

    ::title 文字        ::subtitle 文字      ::meta 文字        ::salutation 文字
    ::h1 … ::h4 文字    (a fixed heading written by the template)
    ::outline [roles]   the outline's sections whose role is listed (all remaining ones when
                        none is listed), in outline order, each section at most once
    any other line      a body paragraph (the frame's fixed wording: 下面，我讲几点意见。)

Lines are stripped, so templates may indent freely; Jinja whitespace control is not needed.
Field values are made single-line before they reach the template, so a value can never start
a marker line of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from speechwriter.errors import UserError
from speechwriter.render.blocks import FORCED_BREAK, Block
from speechwriter.vocabulary import ROLES

_SIMPLE = {"::title": "title", "::subtitle": "subtitle", "::meta": "meta", "::salutation": "salutation"}
_HEADINGS = {"::h1": 1, "::h2": 2, "::h3": 3, "::h4": 4}


def parse_lines(output: str, template_name: str, expand_outline: Callable[[Collection[str]], list[Block]]) -> list[Block]:
    """`expand_outline(roles)` returns the blocks of the not yet placed sections with those roles."""
    blocks: list[Block] = []
    for number, raw in enumerate(output.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if not line.startswith("::"):
            blocks.append(Block("paragraph", line.replace(FORCED_BREAK, "")))
            continue
        marker, _, rest = line.partition(" ")
        rest = rest.strip()
        if marker != "::title":
            rest = rest.replace(FORCED_BREAK, "")
        if marker in _SIMPLE:
            if rest:
                blocks.append(Block(_SIMPLE[marker], rest))
        elif marker in _HEADINGS:
            if rest:
                blocks.append(Block("heading", rest, _HEADINGS[marker]))
        elif marker == "::outline":
            roles = rest.split() or list(ROLES)
            unknown = [r for r in roles if r not in ROLES]
            if unknown:
                raise UserError(f"模板“{template_name}”输出的第 {number} 行写了未知的小节类型：{'、'.join(unknown)}。")
            blocks += expand_outline(roles)
        else:
            raise UserError(f"模板“{template_name}”输出的第 {number} 行有未知的标记“{marker}”。")
    return blocks
