"""The one reader of `{{ 字段 }}` in a clerk's text (section text, field values, learned phrasing).

A field is `{{ 名称 }}`, optionally with a filter (`{{ 过渡语 | default("…") }}`). Anything else that
uses the braces — `{{ 单位` without its end, a stray `}}`, `{{ }}`, `{{ 单 位 }}` — is *broken*: it is
kept in the text exactly as the clerk wrote it and named in a Chinese message, so one slip never
stops the rest of the speech from showing. Every part of the program reads fields through here
(the editor's tree, the start page's cards, new outlines, generalised phrasing, the render
pipeline, 字数 and the 校对).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN, _CLOSE = "{{", "}}"
_NAME = re.compile(r"\s*([^\W\d][\w]*)\s*(\|.*)?", re.DOTALL)
_BARE_NAME = re.compile(r"\s*([^\W\d][\w]*)")
_CN_ORDINALS = "一二三四五六七八九十"
PLACEHOLDER = "〔{name}〕"   # what a draft shows (and counts) for a field still empty


@dataclass(frozen=True)
class Piece:
    kind: str        # "text" | "field" | "broken"
    text: str        # as written
    start: int
    end: int
    name: str = ""   # field: its name; broken: the name if one can be read
    filter: str = ""  # field: the "| default(…)" part, "" when none
    problem: str = ""  # broken: what is wrong, e.g. "少了“}}”"


def scan(text: str) -> list[Piece]:
    """The text cut into plain runs, fields and broken fields, covering it exactly."""
    pieces: list[Piece] = []
    pos = plain = 0

    def flush(upto: int) -> None:
        if upto > plain:
            pieces.append(Piece("text", text[plain:upto], plain, upto))

    while True:
        opening, closing = text.find(_OPEN, pos), text.find(_CLOSE, pos)
        if opening < 0 and closing < 0:
            break
        if closing >= 0 and (opening < 0 or closing < opening):  # "}}" with no "{{" before it
            flush(closing)
            pieces.append(Piece("broken", _CLOSE, closing, closing + 2, problem="少了“{{”"))
            pos = plain = closing + 2
            continue
        end = text.find(_CLOSE, opening + 2)
        following = text.find(_OPEN, opening + 2)
        line_end = text.find("\n", opening + 2)
        limits = [x for x in (following, line_end) if x >= 0]
        if end < 0 or (limits and min(limits) < end):  # no "}}" before the next field or line
            stop = min(limits) if limits else len(text)
            flush(opening)
            name = _BARE_NAME.match(text, opening + 2, stop)
            finish = name.end() if name else opening + 2
            pieces.append(Piece("broken", text[opening:finish], opening, finish,
                                name=name.group(1) if name else "", problem="少了“}}”"))
            pos = plain = finish
            continue
        inner = text[opening + 2:end]
        match = _NAME.fullmatch(inner)
        flush(opening)
        if match:
            pieces.append(Piece("field", text[opening:end + 2], opening, end + 2, name=match.group(1),
                                filter=(match.group(2) or "").strip()))
        else:
            problem = "字段名是空的" if not inner.strip() else "字段名只能是一个词，不能含空格或标点"
            pieces.append(Piece("broken", text[opening:end + 2], opening, end + 2, problem=problem))
        pos = plain = end + 2
    flush(len(text))
    return pieces


# words Jinja reads as its own (a literal or a statement), never as a field: {{ none }} prints "None"
_JINJA_WORDS = frozenset({"true", "false", "none", "True", "False", "None", "and", "or", "not", "in", "is",
                          "if", "else", "elif", "for", "loop", "self", "super", "varargs", "kwargs"})


def valid_name(name: str) -> str:
    """The name a clerk typed, trimmed, when a field can carry it; else UserError saying why in Chinese.

    A field name is one word (汉字, letters, digits, _) not starting with a digit: 「主持人（男）」 or
    「1号文件」 typed into 添加字段 would print as written, braces and all, and the 校对 would complain."""
    from speechwriter.errors import UserError

    name = name.strip()
    if not name:
        raise UserError("字段名称是空的，请写一个词，例如“主持人”。")
    if name[0].isdigit():
        raise UserError(f"字段名称“{name}”不能以数字开头，可以改成“第{name}”或把数字放在后面。")
    if not (_BARE_NAME.fullmatch(name) and name.isidentifier()):
        others = "".join(dict.fromkeys(ch for ch in name if not (ch.isalnum() or ch == "_")))
        raise UserError(f"字段名称“{name}”不能含有“{others}”：只能用汉字、字母、数字和下划线，"
                        "例如把“主持人（男）”写成“男主持人”。")
    if name in _JINJA_WORDS:
        raise UserError(f"“{name}”是模板的保留字，不能作字段名称，请换一个词。")
    return name


def mark(name: str) -> str:
    """The `{{ 名称 }}` that puts a field into a text: the only place one is written (UserError for a
    name valid_name refuses)."""
    return f"{_OPEN} {valid_name(name)} {_CLOSE}"


def has_fields(text: str) -> bool:
    return _OPEN in text or _CLOSE in text


def field_names(text: str) -> list[str]:
    """Names of the well-formed fields, in order of first use."""
    names: list[str] = []
    if has_fields(text):
        for piece in scan(text):
            if piece.kind == "field" and piece.name not in names:
                names.append(piece.name)
    return names


def broken_fields(text: str) -> list[Piece]:
    return [p for p in scan(text) if p.kind == "broken"] if has_fields(text) else []


def shown(text: str, pattern: str = PLACEHOLDER) -> str:
    """The text as a clerk reads it: `{{ 会议名称 }}` → 〔会议名称〕; broken fields as written."""
    if not has_fields(text):
        return text
    return "".join(pattern.format(name=p.name) if p.kind == "field" else p.text for p in scan(text))


def fill(text: str, values: dict[str, str], missing: str = PLACEHOLDER) -> str:
    """Fields replaced by their values (a missing one by `missing`); broken fields as written."""
    if not has_fields(text):
        return text
    out = []
    for piece in scan(text):
        if piece.kind == "field":
            value = values.get(piece.name, "")
            out.append(value if value else missing.format(name=piece.name))
        else:
            out.append(piece.text)
    return "".join(out)


def ordinal(n: int) -> str:
    """第一 … 第十 as a clerk names a paragraph; digits beyond."""
    return f"第{_CN_ORDINALS[n - 1]}" if 1 <= n <= len(_CN_ORDINALS) else f"第 {n} "


def problem_message(piece: Piece, where: str = "") -> str:
    """"第二段的字段“{{ 单位”少了“}}”" — `where` names the place (第二段, 标题, 字段“标题”…)."""
    prefix = f"{where}的" if where else ""
    return f"{prefix}字段“{piece.text}”{piece.problem}"
