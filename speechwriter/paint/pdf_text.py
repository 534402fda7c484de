"""The text layer of a PDF that Qt wrote: the characters the clerk wrote, not the font's radicals.

Qt's PDF engine writes each embedded font's ToUnicode map by asking the font, for every code point
from U+0000 up, which glyph it has, and keeps the LOWEST code point of each glyph. Noto CJK (the
usual Chinese font of Debian, 统信UOS and 麒麟) draws 工 and the Kangxi radical ⼯ (U+2F2F) with the
same glyph, so the PDF looked right but said ⼯: searching for 工作 found nothing, copied text was
wrong. Here each font's map is written again from what was drawn: a glyph whose code point was not
drawn gets the drawn character with that glyph in the same font (found through QRawFont).
The catalog also names the language (/Lang zh-CN), and the pages are tagged (`paint.pdf_tags`),
so readers and screen readers take it as Chinese text in paragraphs and headings.

`fix_text_layer(pdf, pages, fonts) -> bytes` — `pages`: the laid-out pages painted, in order;
`fonts`: the QFonts they were painted with (their families and fall-backs are looked up by
PostScript name). `fix_pdf_file(path, pages, fonts)` — the same for a PDF a QPrinter wrote.
"""

from __future__ import annotations

import re
import struct
import unicodedata
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtGui import QFont, QRawFont

from speechwriter.paint.pdf_file import QtPdf
from speechwriter.paint.pdf_tags import tag_structure
from speechwriter.render.layout import Page

_HEX_PAIR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)")
_SECTION = re.compile(rb"begin(bfchar|bfrange)(.*?)end\1", re.S)


def _ps_name(raw: QRawFont) -> str:
    """PostScript name (name ID 6) from the font's name table: what Qt writes as /BaseFont."""
    table = bytes(raw.fontTable("name").data())
    if len(table) < 6:
        return ""
    count, strings = struct.unpack(">HH", table[2:6])
    for i in range(count):
        record = table[6 + 12 * i: 18 + 12 * i]
        if len(record) < 12:
            break
        platform, _, _, name_id, length, offset = struct.unpack(">HHHHHH", record)
        if name_id == 6:
            value = table[strings + offset: strings + offset + length]
            return value.decode("utf-16-be", "replace") if platform in (0, 3) else value.decode("latin-1")
    return ""


def raw_fonts(fonts: Iterable[QFont]) -> dict[str, list[QRawFont]]:
    """PostScript name → the installed fonts of every family (and weight) the painter could use."""
    found: dict[str, list[QRawFont]] = {}
    seen = set()
    for font in fonts:
        for family in font.families() or [font.family()]:
            key = (family, font.bold())
            if key in seen:
                continue
            seen.add(key)
            single = QFont(font)
            single.setFamilies([family])
            raw = QRawFont.fromFont(single)
            if raw.isValid():
                found.setdefault(_ps_name(raw), []).append(raw)
    return found


def _glyph(raw: QRawFont, ch: str) -> int:
    indexes = raw.glyphIndexesForString(ch)
    return indexes[0] if indexes else 0


def _by_glyph(raw: QRawFont, drawn: list[str]) -> dict[int, str]:
    """Glyph → the first drawn character the font draws with it."""
    found: dict[int, str] = {}
    for ch in drawn:
        glyph = _glyph(raw, ch)
        if glyph:
            found.setdefault(glyph, ch)
    return found


def _units(hex_text: bytes) -> str:
    data = bytes.fromhex(hex_text.decode("ascii"))
    return data.decode("utf-16-be", "replace") if len(data) % 2 == 0 else ""


def parse_cmap(text: bytes) -> dict[int, str]:
    """ToUnicode CMap → {CID: text} (bfchar and both bfrange forms)."""
    mapping: dict[int, str] = {}
    for kind, body in _SECTION.findall(text):
        if kind == b"bfchar":
            for src, dst in _HEX_PAIR.findall(body):
                mapping[int(src, 16)] = _units(dst)
            continue
        for low, high, dst in _RANGE.findall(body):
            first, last = int(low, 16), int(high, 16)
            if dst.startswith(b"["):
                for cid, item in zip(range(first, last + 1), re.findall(rb"<([0-9A-Fa-f]+)>", dst)):
                    mapping[cid] = _units(item)
            else:
                start = _units(dst[1:-1])
                for offset, cid in enumerate(range(first, last + 1)):
                    mapping[cid] = start[:-1] + chr(ord(start[-1]) + offset) if start else ""
    return mapping


def write_cmap(mapping: dict[int, str]) -> bytes:
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    items = sorted((cid, text) for cid, text in mapping.items() if text)
    for start in range(0, len(items), 100):  # at most 100 entries a section
        chunk = items[start:start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines += [f"<{cid:04X}> <{text.encode('utf-16-be').hex().upper()}>" for cid, text in chunk]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end", ""]
    return "\n".join(lines).encode("ascii")


def fix_to_unicode(pdf: QtPdf, drawn: str, fonts: Iterable[QFont]) -> None:
    """Every font's ToUnicode map names the characters drawn."""
    characters = list(dict.fromkeys(drawn))
    present = set(characters)
    raws = raw_fonts(fonts)
    for number in range(1, max(pdf.spans) + 1):
        if number not in pdf.spans or b"/ToUnicode" not in pdf.dictionary(number):
            continue
        base = re.search(rb"/BaseFont\s*/([^\s/<>\[\]()]+)", pdf.dictionary(number))
        target = pdf.ref(number, b"ToUnicode")
        if base is None or target is None:
            continue
        name = base.group(1).decode("latin-1").split("+")[-1]
        mapping = parse_cmap(pdf.stream(target))
        candidates = [(raw, _by_glyph(raw, characters)) for raw in raws.get(name, [])]
        fixed = {}
        for cid, text in mapping.items():
            if text and text not in present and len(text) == 1:
                # a font Qt fell back to by itself is not among `fonts`: its Kangxi radicals still
                # have their compatibility decomposition (⼯ → 工)
                same = unicodedata.normalize("NFKC", text)
                text = next((found[g] for raw, found in candidates if (g := _glyph(raw, text)) in found),
                            same if same in present else text)
            fixed[cid] = text
        if fixed != mapping:
            pdf.set_stream(target, write_cmap(fixed))


def fix_text_layer(data: bytes, pages: Sequence[Page], fonts: Iterable[QFont]) -> bytes:
    """The PDF Qt wrote of `pages`, with the characters drawn as its text, tagged (paint.pdf_tags)
    and its language named; as Qt wrote it when it is not in the layout this reads."""
    try:
        pdf = QtPdf(data)
        fix_to_unicode(pdf, painted_text(pages), fonts)
        entries = b"/Lang (zh-CN)\n/ViewerPreferences << /DisplayDocTitle true >>"
        tree = tag_structure(pdf, pages)
        if tree is not None:
            entries += b"\n/MarkInfo << /Marked true >>\n/StructTreeRoot %d 0 R" % tree
        pdf.add_to_dictionary(pdf.root(), entries)
        return pdf.write()
    except (ValueError, IndexError, zlib.error):
        return data  # not the layout Qt writes: left as it is rather than broken


def painted_text(pages: Sequence[Page]) -> str:
    """Every character `paint_page` draws on these pages."""
    return "".join("".join(s.text for s in line.spans) for page in pages for line in page.lines) + "".join(
        page.label for page in pages)


def fix_pdf_file(path: str | Path, pages: Sequence[Page], fonts: Iterable[QFont]) -> None:
    from speechwriter.core.atomic import atomic_write_bytes

    target = Path(path)
    data = target.read_bytes()
    fixed = fix_text_layer(data, pages, fonts)
    if fixed != data:
        atomic_write_bytes(target, fixed)
