"""The units a speech body's roles are decided on, and the sections built back from their roles.

A unit is a paragraph before the first top-level block (or of a speech with no numbering), a
whole top-level block (a numbered block plays one role as a whole), or one of the last block's
trailing paragraphs (where a closing is cut out of the last block). The role model tags the
units; `sections_from` turns the tagged units back into the sections of `analyze --json`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from speechwriter.core.hierarchy import Node, Tree
from speechwriter.core.speech import Block

PARA, BLOCK, TAIL = "para", "block", "tail"
MAX_TAIL = 6  # trailing paragraphs of the last block that may turn out to be the closing


@dataclass
class Unit:
    kind: str                    # PARA / BLOCK / TAIL
    text: str                    # the heading line or the (first) paragraph
    texts: list[str]             # every line of the unit, in reading order
    node: Node | None = None     # the block, for BLOCK units
    block_index: int = -1        # which top-level block (BLOCK units), counted from 0
    extra: dict = field(default_factory=dict)

    @property
    def full_text(self) -> str:
        return "".join(self.texts)


def units_of(tree: Tree) -> list[Unit]:
    units = [Unit(PARA, p.text, [p.text]) for p in tree.preamble]
    if not tree.blocks:
        return units
    tail = _tail_candidates(tree.blocks[-1])
    for index, node in enumerate(tree.blocks):
        lines = _node_lines(node)
        if index == len(tree.blocks) - 1 and tail:
            lines = lines[:len(lines) - len(tail)]
        units.append(Unit(BLOCK, node.first.text, lines, node=node, block_index=index))
    units += [Unit(TAIL, text, [text]) for text in tail]
    return units


def _tail_candidates(block: Node) -> list[str]:
    """The last leaf's own paragraphs, all but what the leaf must keep (a heading keeps one)."""
    leaf = _last_leaf(block)
    keep = 1 if leaf.standalone else 0
    texts = [p.text for p in leaf.paragraphs[keep:]]
    return texts[-MAX_TAIL:]


def _last_leaf(node: Node) -> Node:
    while node.children:
        node = node.children[-1]
    return node


def _node_lines(node: Node) -> list[str]:
    lines = [node.first.text] + [p.text for p in node.paragraphs]
    for child in node.children:
        lines += _node_lines(child)
    return lines


def sections_from(units: list[Unit], roles: list[str]) -> list[Block]:
    """Sections in order: runs of paragraphs with one role, each top-level block, the closing.

    A trailing paragraph of the last block leaves it only when it is closing (and so are all the
    ones after it); otherwise it stays where the tree put it.
    """
    closing_from = len(units)
    while closing_from > 0 and units[closing_from - 1].kind == TAIL and roles[closing_from - 1] == "closing":
        closing_from -= 1
    cut = len(units) - closing_from
    if cut and closing_from < len(units):
        leaf = _last_leaf(next(u.node for u in reversed(units) if u.node is not None))
        del leaf.paragraphs[len(leaf.paragraphs) - cut:]
    sections: list[Block] = []
    from_block: list[bool] = []  # a run-in block (no heading) must not swallow the paragraphs after it
    for index, (unit, role) in enumerate(zip(units, roles)):
        if unit.kind == TAIL and index < closing_from:
            continue  # stays inside the last block
        if unit.node is not None:
            block = to_block(unit.node)
            block.role = role
            sections.append(block)
            from_block.append(True)
        elif sections and sections[-1].role == role and not from_block[-1]:
            sections[-1].paragraphs.append(unit.text)
        else:
            sections.append(Block(role=role, level=1, paragraphs=[unit.text]))
            from_block.append(False)
    return sections


def to_block(node: Node) -> Block:
    if node.standalone:
        heading, paragraphs = node.first.text, [p.text for p in node.paragraphs]
    else:
        heading, paragraphs = None, [node.first.text] + [p.text for p in node.paragraphs]
    return Block(heading=heading, level=node.level, paragraphs=paragraphs,
                 points=[to_block(child) for child in node.children])
