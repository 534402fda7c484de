"""Building the tree of numbered and un-numbered blocks from a speech body's paragraphs.

The level of a marker family comes from the order families open in (a new family nests under the
current one; a known family closes everything below it), never from its shape: `一、` may be
level 1 in one speech and level 2 under `20xx 年工作思路` in another.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from speechwriter.core.cleaning import has_inner_sentence_end, visible_len
from speechwriter.core.header import is_date_line, is_salutation
from speechwriter.core.markers import Marker, find_marker
from speechwriter.core.numbering_styles import BY_NAME
from speechwriter.core.paragraphs import HEADING_MAX, PLAIN_HEADING_MAX, Para, is_standalone_heading
from speechwriter.core.roles import is_closing_line

PLAIN = "plain"  # un-numbered heading lines (`20xx 年度工作回顾`, `抓住机遇明方向 牢牢把握…`)
INNER_PLAIN = "plain_inner"  # un-numbered heading lines inside a numbered list's block
UNNUMBERED = (PLAIN, INNER_PLAIN, "order")  # families whose members follow each other in any order
LONG_HEADING_MAX = HEADING_MAX + 20  # a numbered heading line of one sentence, as its siblings are


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
    standalone = _heading_lines(paras, markers)
    _nest_inner_plain(markers, standalone)
    families = Counter(m.family for m in markers if m)
    bracketed = _bracketed_headings(paras, markers, standalone)
    counted = [m is not None and (families[m.family] >= 2 or (m.family == PLAIN and bracketed and _bracketed(paras[i].text)))
               for i, m in enumerate(markers)]
    # the first heading line of a family used at least twice (or a lone `【…】` among `一、【…】`) opens the tree
    first_heading = next((i for i, m in enumerate(markers) if m and counted[i] and standalone[i]), None)
    # … unless a list of run-in points holds the headings' lists: it starts above them
    outer = None if first_heading is None else _outer_list(markers, first_heading)
    if outer is not None:
        first_heading = outer

    preamble: list[Para] = []
    blocks: list[Node] = []
    stack: list[tuple[str, Node]] = []  # (family, open node) from level 1 down
    holder = _family(markers[outer]) if outer is not None else None
    for index, (para, marker) in enumerate(zip(paras, markers)):
        accepted = None
        if marker and counted[index] and not (first_heading is not None and index < first_heading):
            accepted = _place(stack, marker, para, standalone[index], (markers, index + 1), holder)
        if accepted is None:
            if stack:
                stack[-1][1].paragraphs.append(para)
            else:
                preamble.append(para)
            continue
        level, node = accepted
        assert marker is not None  # a placed paragraph always has its marker
        if level > 1 and stack[0][0] == PLAIN and families[PLAIN] == 1 and node.standalone \
                and marker.family not in (PLAIN, INNER_PLAIN):
            level = 1  # a lone heading line above a numbered list is its sibling, not its parent
        del stack[level - 1:]
        node.level = level
        if level == 1:
            blocks.append(node)
        else:
            stack[-1][1].children.append(node)
        stack.append((marker.family, node))
    return Tree(preamble, blocks)


def _outer_list(markers: list[Marker | None], first_heading: int) -> int | None:
    """Where a list of run-in points that holds the heading lines starts (`一、提高站位。…` above
    `（一）强化认识` `（二）…`, then `二、压实责任。…` above `（一）…` again): its first point stands
    above the first heading, its second below, and the headings' list starts again under the second.
    A heading list that goes on in order past a stray `二是…` is not held by it."""
    heading = markers[first_heading]
    assert heading is not None
    for a, outer in enumerate(markers[:first_heading]):
        if outer is None or outer.number != 1 or outer.family in (heading.family, *UNNUMBERED):
            continue
        b = next((j for j in range(a + 1, len(markers)) if _family(markers[j]) == outer.family), None)
        second = markers[b] if b is not None else None
        if b is None or second is None or b < first_heading or second.number != 2:
            continue
        under = next((j for j in range(b + 1, len(markers)) if _family(markers[j]) in (heading.family, outer.family)), None)
        again = markers[under] if under is not None else None
        if again is not None and again.family == heading.family and again.number == 1:
            return a
    return None


def _family(marker: Marker | None) -> str | None:
    return marker.family if marker is not None else None


def _heading_lines(paras: list[Para], markers: list[Marker | None]) -> list[bool]:
    """Which paragraphs are heading lines of their own: the short ones (`is_standalone_heading`),
    and a longer numbered line of one sentence whose siblings are heading lines (`一、抓紧…，提高…素
    质。` among `二、强化…` `三、以服务为本…`): siblings are written alike. Such a line heads a body;
    one followed straight by its next sibling is an item of a list (`一、聚焦…。` `二、聚焦…。`)."""
    standalone = [is_standalone_heading(p.text) for p in paras]
    headings: Counter[str] = Counter(m.family for m, alone in zip(markers, standalone) if m and alone)
    for i, (para, marker) in enumerate(zip(paras, markers)):
        if standalone[i] or marker is None or marker.family == PLAIN or headings[marker.family] < 2 \
                or BY_NAME[marker.family].run_in:
            continue
        text = para.text
        standalone[i] = _heads_a_body((markers, i + 1), marker.family) and visible_len(text) <= LONG_HEADING_MAX and not has_inner_sentence_end(text)
    return standalone


def _nest_inner_plain(markers: list[Marker | None], standalone: list[bool]) -> None:
    """An un-numbered heading line between two headings of one numbered list (`一、【工作回顾】` …
    `{工作完成情况}` … `二、【我的成长与不足】`) is a sub-heading of the first: the list goes on."""
    lists: dict[str, list[int]] = {}
    for i, marker in enumerate(markers):
        if marker is not None and marker.family != PLAIN and standalone[i]:
            lists.setdefault(marker.family, []).append(i)
    for numbered in lists.values():
        for a, b in zip(numbered, numbered[1:]):
            first, second = markers[a], markers[b]
            assert first is not None and second is not None
            if second.number != first.number + 1:
                continue
            for i in range(a + 1, b):
                marker = markers[i]
                if marker is not None and marker.family == PLAIN:
                    markers[i] = Marker(INNER_PLAIN, 0, "")


def _bracketed(text: str) -> bool:
    return text.startswith("【") and text.endswith("】")


def _bracketed_headings(paras: list[Para], markers: list[Marker | None], standalone: list[bool]) -> bool:
    """Do the numbered heading lines wrap their words in 【】 (`一、【工作回顾】`)? Then a lone `【自我介绍】`
    is a heading written as its siblings are, even with no un-numbered sibling (a page's `【编者按】`
    above headings written otherwise is not)."""
    return any(m is not None and m.family != PLAIN and standalone[i] and _bracketed(paras[i].text[len(m.text):].strip())
               for i, m in enumerate(markers))


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


def _place(stack: list[tuple[str, Node]], marker: Marker, para: Para, standalone: bool,
           after: tuple[list[Marker | None], int], holder: str | None = None) -> tuple[int, Node] | None:
    """The level at which this marker opens a block, or None when it breaks its sequence. `after`:
    the markers and where the ones below it start (a list whose next number comes later is still open); `holder`: the
    family of run-in points that holds heading lines (`_outer_list`)."""
    node = Node(marker.family, marker.number, standalone, para)
    same = [depth for depth, (family, _) in enumerate(stack) if family == marker.family]
    for depth in reversed(same):   # the innermost list it continues
        open_node = stack[depth][1]
        if marker.family in UNNUMBERED or marker.number == open_node.number + 1:
            return depth + 1, node
    if same:
        top = stack[same[0]][1]
        if marker.number != 1 or not standalone or not top.standalone:
            return None
        if _continued(after, marker.family, top.number):
            return _open(stack, node, holder)   # a list of its own inside this block: the outer list goes on below
        if same[0] == 0 and top.number >= 2 and _heads_a_body(after, marker.family):
            return 1, node  # a second list of top-level headings (this year's work, then next year's)
        return None
    if marker.number not in (0, 1):
        return None
    return _open(stack, node, holder)


def _heads_a_body(after: tuple[list[Marker | None], int], family: str) -> bool:
    """Is the next paragraph a body under this line (not its next sibling straight away: a list's items)?"""
    markers, start = after
    return start < len(markers) and _family(markers[start]) != family


def _continued(after: tuple[list[Marker | None], int], family: str, number: int) -> bool:
    """Does the open list (at `number`) go on below a list of the same family restarting here? Each
    later marker of the family goes on the new list when it can (`二、` `三、` after this `一、`); one
    that only the open list can take (`四、` after `三、` and a new `一、` `二、`) shows it is still open."""
    markers, start = after
    inner = 1
    for marker in markers[start:]:
        if marker is None or marker.family != family:
            continue
        if marker.number == inner + 1:
            inner += 1
        elif marker.number == number + 1:
            return True
        elif marker.number == 1:
            return False   # yet another list: this one did not hold it
    return False


def _open(stack: list[tuple[str, Node]], node: Node, holder: str | None) -> tuple[int, Node]:
    """A new level under the innermost open block; a heading line never nests inside a run-in
    point (but the `holder`'s), so the run-in levels are closed first."""
    depth = len(stack)
    while node.standalone and depth and not stack[depth - 1][1].standalone and stack[depth - 1][0] != holder:
        depth -= 1
    return depth + 1, node
