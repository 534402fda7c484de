"""Paragraph text of a .docx, with the numbers Word draws for list paragraphs put back in front.

A clerk's 一、/（一）/1. headings are often Word list numbering, which is not part of the run text;
without it the analyser would see un-numbered headings.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from speechwriter.core.numerals import chinese_numeral
from speechwriter.errors import UserError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
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


def docx_paragraphs(path: Path, name: str) -> list[str]:
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError):
        raise UserError(f"“{name}”不是有效的 Word 文档（.docx），文件已损坏。") from None
    except Exception:  # noqa: BLE001 - lxml errors and the like: the XML inside is broken
        raise UserError(f"“{name}”里的内容已损坏，Word 文档无法解析。") from None
    levels = _list_levels(document)
    counters: dict[tuple[str, int], int] = {}
    lines = []
    for paragraph in document.paragraphs:
        text = _join_soft_breaks(paragraph.text)
        label = _list_label(paragraph, levels, counters)
        lines.append(label + text if label and text.strip() else text)
    return lines


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
            levels[int(lvl.get(f"{_W}ilvl", "0"))] = (
                fmt.get(f"{_W}val") if fmt is not None else "decimal",
                text.get(f"{_W}val") if text is not None else "",
                int(start.get(f"{_W}val")) if start is not None else 1,
            )
        abstract[node.get(f"{_W}abstractNumId")] = levels
    result = {}
    for num in numbering.findall(f"{_W}num"):
        ref = num.find(f"{_W}abstractNumId")
        if ref is None:
            continue
        for ilvl, spec in abstract.get(ref.get(f"{_W}val"), {}).items():
            result[(num.get(f"{_W}numId"), ilvl)] = spec
    return result


def _list_label(paragraph, levels, counters) -> str:
    num_pr = paragraph._p.find(f"{_W}pPr/{_W}numPr")
    if num_pr is None:
        return ""
    num_id_node, ilvl_node = num_pr.find(f"{_W}numId"), num_pr.find(f"{_W}ilvl")
    if num_id_node is None:
        return ""
    num_id = num_id_node.get(f"{_W}val")
    ilvl = int(ilvl_node.get(f"{_W}val")) if ilvl_node is not None else 0
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
