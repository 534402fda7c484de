"""Blocks → plain text, as a clerk would paste it into a mail or a WPS document."""

from __future__ import annotations

from speechwriter.render.blocks import Block

INDENT = "\u3000\u3000"  # two full-width spaces: the 2-character first-line indent


def blocks_to_text(blocks: list[Block]) -> str:
    lines = []
    previous = None
    for block in blocks:
        if block.kind == "salutation" or (block.kind == "meta" and previous in ("title", "subtitle")):
            lines.append("")
        if block.kind in ("title", "subtitle", "meta", "salutation"):
            lines.append(block.text)
        else:
            lines.append(INDENT + block.plain())
        previous = block.kind
    return "\n".join(lines) + "\n"
