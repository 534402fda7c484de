"""Building the tree of numbered and un-numbered blocks from a speech body's paragraphs.

The level of a marker family comes from the order families open in (a new family nests under the
current one; a known family closes everything below it), never from its shape: `一、` may be
level 1 in one speech and level 2 under `20xx 年工作思路` in another.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from speechwriter.core.cleaning import visible_len
from speechwriter.core.header import is_date_line, is_salutation
from speechwriter.core.markers import Marker, find_marker
from speechwriter.core.paragraphs import PLAIN_HEADING_MAX, Para, is_standalone_heading
from speechwriter.core.roles import is_closing_line

PLAIN = "plain"  # un-numbered heading lines (`20xx 年度工作回顾`, `抓住机遇明方向 牢牢把握…`)


@dataclass
class Node:
    family: str
    number: int
    standalone: bool              # a heading line of its own (else a run-in point)
    first: Para                   # the heading line, or the run-in paragraph
    paragraphs: list[Para] = field(default_factory=list)  # after `first`
    children: list[Node] = field(default_factory=list)
    level: int = 1


@dataclass
class Tree:
    preamble: list[Para]
    blocks: list[Node]


def build_tree(paras: list[Para]) -> Tree:
    markers = [_marker(paras, i) for i in range(len(paras))]
    families = Counter(m.family for m in markers if m)
    heading_families = {m.family for m, p in zip(markers, paras) if m and is_standalone_heading(p.text)
                        and families[m.family] >= 2}
    first_heading = next((i for i, (m, p) in enumerate(zip(markers, paras))
                          if m and m.family in heading_families and is_standalone_heading(p.text)), None)

    preamble: list[Para] = []
    blocks: list[Node] = []
    stack: list[tuple[str, Node]] = []  # (family, open node) from level 1 down
    for index, (para, marker) in enumerate(zip(paras, markers)):
        accepted = None
        if marker and families[marker.family] >= 2 and not (first_heading is not None and index < first_heading):
            accepted = _place(stack, marker, para)
        if accepted is None:
            if stack:
                stack[-1][1].paragraphs.append(para)
            else:
                preamble.append(para)
            continue
        level, node = accepted
        assert marker is not None  # a placed paragraph always has its marker
        del stack[level - 1:]
        node.level = level
        if level == 1:
            blocks.append(node)
        else:
            stack[-1][1].children.append(node)
        stack.append((marker.family, node))
    return Tree(preamble, blocks)


def _marker(paras: list[Para], index: int) -> Marker | None:
    text = paras[index].text
    marker = find_marker(text)
    if marker:
        return marker
    if _is_plain_heading(paras, index):
        return Marker(PLAIN, 0, "")
    return None


def _is_plain_heading(paras: list[Para], index: int) -> bool:
    text = paras[index].text
    if not (4 <= visible_len(text) <= PLAIN_HEADING_MAX and is_standalone_heading(text)):
        return False
    if is_salutation(text) or is_closing_line(text) or is_date_line(text):
        return False
    nxt = paras[index + 1].text if index + 1 < len(paras) else None
    return nxt is None or not is_standalone_heading(nxt) or find_marker(nxt) is not None


def _place(stack: list[tuple[str, Node]], marker: Marker, para: Para) -> tuple[int, Node] | None:
    """The level at which this marker opens a block, or None when it breaks its sequence."""
    standalone = is_standalone_heading(para.text)
    node = Node(marker.family, marker.number, standalone, para)
    for depth, (family, open_node) in enumerate(stack):
        if family == marker.family:
            if marker.family in (PLAIN, "order") or marker.number == open_node.number + 1:
                return depth + 1, node
            if depth == 0 and marker.number == 1 and standalone and open_node.standalone and open_node.number >= 2:
                return 1, node  # a second list of top-level headings (this year's work, then next year's)
            return None
    if marker.number not in (0, 1):
        return None
    # A heading line never nests inside a run-in point: close the run-in levels first.
    depth = len(stack)
    while standalone and depth and not stack[depth - 1][1].standalone:
        depth -= 1
    return depth + 1, node
