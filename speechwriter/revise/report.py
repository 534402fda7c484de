"""The printable 对照稿: the new text with the changes from the old shown inline — deleted text red
and struck through, inserted text underlined, a moved paragraph marked where it went and where it
was. HTML here (no Qt); the PDF is the same page printed by Qt (speechwriter.paint.comparison)."""

from __future__ import annotations

from html import escape

from speechwriter.render.options import css_font_family
from speechwriter.revise.diff import ParaDiff, Piece

STYLE = """
body { font-family: %s; font-size: 16pt; line-height: 1.7;
       max-width: 40em; margin: 2em auto; }
p { margin: 0; text-indent: 2em; }
""" % css_font_family("body")
# each kind of paragraph styled inline too: Qt's rich text (the PDF, the window's 对照 view) ignores
# class selectors
KIND_STYLE = {"title": "text-align:center; font-size:20pt; font-weight:bold; text-indent:0",
              "subtitle": "text-align:center; text-indent:0", "meta": "text-align:center; text-indent:0",
              "salutation": "text-indent:0", "heading": "font-weight:bold"}
# inline styles (not <del>/<ins> or classes): Qt's rich text, which prints the PDF and shows the
# window's 对照 view, knows these properties and no such tags
DELETED = "color:#c00000; text-decoration:line-through"
INSERTED = "color:#0040a0; text-decoration:underline"
MOVED = "color:#007000"
NOTE = "color:#606060; font-size:11pt"


def _span(style: str, text: str) -> str:
    return f"<span style='{style}'>{text}</span>"


KEY = f"图例：{_span(DELETED, '删去的文字')}　{_span(INSERTED, '加上的文字')}　{_span(MOVED, '挪动的段落')}"


def piece_html(piece: Piece) -> str:
    text = escape(piece.text)
    if piece.op == "delete":
        return _span(DELETED, text)
    if piece.op == "insert":
        return _span(INSERTED, text)
    return text


def paragraph_html(diff: ParaDiff, anchor: str = "") -> str:
    """One paragraph with its changes inline; `anchor` names it (the window jumps from change to change)."""
    para = diff.new or diff.old
    kind = para.kind if para else "paragraph"
    if diff.op == "move_from":
        moved = escape(diff.old.text if diff.old else "")
        body = _span(MOVED + "; text-decoration:line-through", moved) + _span(NOTE, "（此段挪到别处）")
    elif diff.op == "move_to":
        body = _span(MOVED, "".join(piece_html(p) for p in diff.pieces)) + _span(NOTE, "（此段由别处挪来）")
    else:
        body = "".join(piece_html(p) for p in diff.pieces)
    mark = f"<a name='{anchor}'></a>" if anchor else ""
    style = KIND_STYLE.get(kind, "")
    return f"<p style='{style}'>{mark}{body}</p>" if style else f"<p>{mark}{body}</p>"


def anchor_name(n: int) -> str:
    """The anchor of the n-th changed paragraph (from 0) in `comparison_html`."""
    return f"change-{n}"


def comparison_html(diffs: list[ParaDiff], old_name: str, new_name: str) -> str:
    changed = sum(1 for d in diffs if d.op != "equal")
    head = (f"<p style='text-indent:0; {NOTE}'>对照稿：“{escape(old_name)}” → “{escape(new_name)}”，"
            f"{changed} 段有改动。{KEY}</p>")
    parts, n = [], 0
    for diff in diffs:
        anchor = ""
        if diff.op != "equal":
            anchor, n = anchor_name(n), n + 1
        parts.append(paragraph_html(diff, anchor))
    body = "\n".join(parts)
    return (f"<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>对照稿</title>"
            f"<style>{STYLE}</style></head><body>\n{head}\n{body}\n</body></html>\n")
