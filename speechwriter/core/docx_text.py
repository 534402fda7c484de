"""Paragraph text of a .docx, with the numbers Word draws for list paragraphs put back in front.

A clerk's 一、/（一）/1. headings are often Word list numbering, which is not part of the run text;
without it the analyser would see un-numbered headings.
"""

from __future__ import annotations

from collections.abc import Callable

from speechwriter.core.numerals import chinese_numeral
from speechwriter.errors import UserError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_LIST_LEVEL = 8  # Word's list levels are 0–8; anything else in a file is not a level Word draws


def _number(value, default: int | None) -> int | None:
    """An integer attribute as Word writes it; `default` when missing or not a number ("abc")."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return number if -10 ** 6 < number < 10 ** 6 else default


def _start(node) -> int:
    number = _number(node.get(f"{_W}val"), 1) if node is not None else 1
    return 1 if number is None else number


def _chinese(n: int) -> str:
    return chinese_numeral(n) if 0 < n < 10000 else str(n)


_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalFullWidth": lambda n: "".join(chr(ord(c) + 0xFEE0) for c in str(n)),
    "chineseCounting": _chinese,
    "chineseCountingThousand": _chinese,
    "ideographTraditional": lambda n: "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10],
    "japaneseCounting": _chinese,
    "taiwaneseCounting": _chinese,
    "decimalEnclosedCircle": lambda n: chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n),
    "lowerLetter": lambda n: chr(ord("a") + (n - 1) % 26),
    "upperLetter": lambda n: chr(ord("A") + (n - 1) % 26),
}


def docx_paragraphs(source, name: str) -> list[str]:
    """`source`: a path or a binary file object of the .docx."""
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(source if hasattr(source, "read") else str(source))
    except (PackageNotFoundError, KeyError, ValueError):
        raise UserError(f"“{name}”不是有效的 Word 文档（.docx），文件已损坏。") from None
    except Exception:  # noqa: BLE001 - lxml errors and the like: the XML inside is broken
        raise UserError(f"“{name}”里的内容已损坏，Word 文档无法解析。") from None
    levels = _list_levels(document)
    counters: dict[tuple[str, int], int] = {}
    lines = []
    for paragraph in document.paragraphs:
        text = _join_soft_breaks(_paragraph_text(paragraph))
        label = _list_label(paragraph, levels, counters)
        lines.append(label + text if label and text.strip() else text)
    return lines


_REVISIONS = tuple(f"{_W}{tag}" for tag in ("ins", "del", "moveFrom", "moveTo"))
_GONE = {f"{_W}del", f"{_W}moveFrom", f"{_W}pPr", f"{_W}rPr", f"{_W}drawing", f"{_W}pict",
         "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"}


def _paragraph_text(paragraph) -> str:
    """The paragraph's text; in a copy edited with 修订 (track changes), as if every change were
    accepted: inserted and moved-here text in, deleted and moved-away text out (python-docx's own
    `text` leaves out both)."""
    if next(paragraph._p.iter(*_REVISIONS), None) is None:
        return paragraph.text
    return "".join(_accepted(paragraph._p))


def _accepted(element):
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _GONE:
            continue
        if tag == f"{_W}t":
            yield child.text or ""
        elif tag == f"{_W}tab":
            yield "\t"
        elif tag in (f"{_W}br", f"{_W}cr"):
            yield "\n"
        else:
            yield from _accepted(child)


_ENDS_SENTENCE = tuple("。！？；：”’」』）!?;:")


def _join_soft_breaks(text: str) -> str:
    """A line break inside a paragraph (Shift+Enter, e.g. a title broken into two lines) joins
    the words again unless the line before ends a sentence (then it stays a line of its own)."""
    if "\n" not in text:
        return text
    parts = text.split("\n")
    joined = parts[0]
    for part in parts[1:]:
        joined += ("\n" if joined.rstrip().endswith(_ENDS_SENTENCE) else "") + part
    return joined


def _list_levels(document) -> dict[tuple[str, int], tuple[str, str, int]]:
    """(numId, ilvl) → (numFmt, lvlText, start) from numbering.xml."""
    try:
        numbering = document.part.numbering_part.element
    except (NotImplementedError, KeyError, AttributeError):
        return {}
    abstract = {}
    for node in numbering.findall(f"{_W}abstractNum"):
        levels = {}
        for lvl in node.findall(f"{_W}lvl"):
            fmt = lvl.find(f"{_W}numFmt")
            text = lvl.find(f"{_W}lvlText")
            start = lvl.find(f"{_W}start")
            level = _number(lvl.get(f"{_W}ilvl", "0"), None)
            if level is None or not 0 <= level <= MAX_LIST_LEVEL:
                continue
            levels[level] = (
                (fmt.get(f"{_W}val") or "decimal") if fmt is not None else "decimal",
                (text.get(f"{_W}val") or "") if text is not None else "",
                _start(start),
            )
        abstract[node.get(f"{_W}abstractNumId")] = levels
    result = {}
    for num in numbering.findall(f"{_W}num"):
        ref = num.find(f"{_W}abstractNumId")
        if ref is None:
            continue
        for ilvl, spec in abstract.get(ref.get(f"{_W}val"), {}).items():
            result[(str(num.get(f"{_W}numId")), ilvl)] = spec
    return result


def _list_label(paragraph, levels, counters) -> str:
    num_pr = paragraph._p.find(f"{_W}pPr/{_W}numPr")
    if num_pr is None:
        return ""
    num_id_node, ilvl_node = num_pr.find(f"{_W}numId"), num_pr.find(f"{_W}ilvl")
    if num_id_node is None:
        return ""
    num_id = num_id_node.get(f"{_W}val")
    ilvl = _number(ilvl_node.get(f"{_W}val"), None) if ilvl_node is not None else 0
    if ilvl is None or not 0 <= ilvl <= MAX_LIST_LEVEL:
        return ""
    spec = levels.get((num_id, ilvl))
    if spec is None or spec[0] in ("bullet", "none"):
        return ""
    # deeper levels restart when a shallower one advances
    for key in [k for k in counters if k[0] == num_id and k[1] > ilvl]:
        del counters[key]
    counters[(num_id, ilvl)] = counters.get((num_id, ilvl), spec[2] - 1) + 1
    text = spec[1]
    for level in range(ilvl + 1):
        fmt = levels.get((num_id, level), ("decimal", "", 1))[0]
        value = counters.get((num_id, level), levels.get((num_id, level), ("", "", 1))[2])
        text = text.replace(f"%{level + 1}", _FORMATS.get(fmt, str)(value))
    return text
