"""The text layer of a PDF that Qt wrote: the characters the clerk wrote, not the font's radicals.

Qt's PDF engine writes each embedded font's ToUnicode map by asking the font, for every code point
from U+0000 to U+FFFF, which glyph it has, and keeps the LOWEST code point of each glyph. Noto CJK
(the usual Chinese font of Debian, 统信UOS and 麒麟) draws 工 and the Kangxi radical ⼯ (U+2F2F) with
the same glyph, so the PDF looked right but said ⼯: searching for 工作 found nothing, copied text was
wrong; and a character beyond U+FFFF (𠮷 in a name) had no text at all.

Here each font's map is written again from what `paint_page` recorded (`Painted`): Qt numbers a
font's glyphs in the order they are first drawn, so replaying the drawing (each character in the
first font of its QFont's families that has it, found through QRawFont) gives every glyph's
character. That replay is used only when it agrees with every glyph Qt could name; otherwise a code
point that was not drawn is replaced by the drawn character with the same glyph (工 for ⼯).
The catalog also names the language (/Lang zh-CN), and the pages are tagged (`paint.pdf_tags`),
so readers and screen readers take it as Chinese text in paragraphs and headings.

`fix_text_layer(pdf, painted) -> bytes`; `fix_pdf_file(path, painted)` — the same for a PDF a
QPrinter wrote (打印到文件). A file not in the layout Qt writes is left as it is.
"""

from __future__ import annotations

import re
import struct
import unicodedata
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

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


@dataclass
class Painted:
    """What `paint_page` drew, in order: the pages, and each drawText's font and text. The fonts
    it made are cached here too, so one QFont serves every page."""
    pages: list[Page] = field(default_factory=list)
    calls: list[tuple[QFont, str]] = field(default_factory=list)
    fonts: dict = field(default_factory=dict)


def _chain_key(font: QFont) -> tuple:
    return tuple(font.families() or [font.family()]), font.bold(), font.italic()


def _chain(font: QFont, cache: dict) -> list[tuple[QRawFont, str]]:
    """The installed fonts Qt tries for `font`, in its order of families: (font, PostScript name)."""
    key = _chain_key(font)
    if key not in cache:
        chain = []
        for family in key[0]:
            if not QFontDatabase.hasFamily(family):
                continue  # Qt passes over a family that is not installed
            single = QFont(font)
            single.setFamilies([family])
            raw = QRawFont.fromFont(single)
            if raw.isValid():
                chain.append((raw, _ps_name(raw)))
        cache[key] = chain
    return cache[key]


def font_named(ps_name: str) -> QRawFont | None:
    """An installed font by its PostScript name (one Qt fell back to by itself, not in any chain):
    the family whose name without spaces is the name's first part ("NotoSansCJKjp-Bold")."""
    stem, _, style = ps_name.partition("-")
    for family in QFontDatabase.families():
        if family.replace(" ", "").lower() == stem.lower():
            font = QFont()
            font.setFamilies([family])
            font.setBold("bold" in style.lower())
            raw = QRawFont.fromFont(font)
            if raw.isValid() and _ps_name(raw) == ps_name:
                return raw
    return None


def _subsets(painted: Painted, last: list[tuple[QRawFont, str]]) -> tuple[dict[str, dict[int, str]], dict[str, QRawFont]]:
    """What Qt's subsets should say: PostScript name → {CID: character drawn}, and the font of each
    name. Qt numbers a font's glyphs in the order they are first drawn (CID 0 is .notdef); each
    character is drawn with the first font of its chain that has it, else with a font Qt chose by
    itself (`last`: the PDF's fonts that no chain names)."""
    cache: dict = {}
    numbers: dict[str, dict[int, int]] = {}
    characters: dict[str, dict[int, str]] = {}
    fonts: dict[str, QRawFont] = {}
    found: dict[tuple, tuple[str, int] | None] = {}  # (chain, character) → (font's name, glyph)
    chains: dict[int, tuple[tuple, list]] = {}       # the painter's few QFonts, looked at once each
    for font, text in painted.calls:
        if id(font) not in chains:
            chains[id(font)] = (_chain_key(font), _chain(font, cache) + last)
        chain_key, chain = chains[id(font)]
        for ch in text:
            key = (chain_key, ch)
            if key not in found:
                hit = next(((raw, name, g) for raw, name in chain if (g := _glyph(raw, ch))), None)
                found[key] = None if hit is None else (hit[1], hit[2])
                if hit is not None:
                    fonts.setdefault(hit[1], hit[0])
            place = found[key]
            if place is None:
                continue
            name, glyph = place
            table = numbers.setdefault(name, {})
            if glyph not in table:
                table[glyph] = len(table) + 1
                characters.setdefault(name, {})[table[glyph]] = ch
    return characters, fonts


def _glyph(raw: QRawFont, ch: str) -> int:
    indexes = raw.glyphIndexesForString(ch)
    return indexes[0] if indexes else 0


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


def fix_to_unicode(pdf: QtPdf, painted: Painted) -> None:
    """Every font's ToUnicode map names the characters drawn, those beyond U+FFFF too (Qt leaves
    them out: 𠀀 in a name was lost)."""
    maps: dict[str, int] = {}  # PostScript name → its ToUnicode stream
    for number in pdf.spans:
        dictionary = pdf.dictionary(number)
        base = re.search(rb"/BaseFont\s*/([^\s/<>\[\]()]+)", dictionary)
        target = pdf.ref(number, b"ToUnicode") if b"/ToUnicode" in dictionary else None
        if base is not None and target is not None:
            maps[base.group(1).decode("latin-1").split("+")[-1]] = target
    cache: dict = {}
    used = {id(font): font for font, _ in painted.calls}.values()
    chained = {name for font in used for _, name in _chain(font, cache)}
    last = [(raw, name) for name in maps if name not in chained and (raw := font_named(name)) is not None]
    drawn, fonts = _subsets(painted, last)
    present = set("".join(text for _, text in painted.calls))
    for name, target in maps.items():
        qt = parse_cmap(pdf.stream(target))
        ours, raw = drawn.get(name, {}), fonts.get(name) or font_named(name)
        written = {cid: text for cid, text in qt.items() if cid and text and text != "\0"}
        # the order of drawing is trusted only where it agrees with every glyph Qt could name
        if raw is not None and all(cid in ours and _glyph(raw, text[0]) == _glyph(raw, ours[cid])
                                   for cid, text in written.items()):
            fixed = {**qt, **ours}
        else:
            fixed = {cid: _same_glyph(text, raw, present) for cid, text in qt.items()}
        if fixed != qt:
            pdf.set_stream(target, write_cmap(fixed))


def _same_glyph(text: str, raw: QRawFont | None, present: set[str]) -> str:
    """For a code point not drawn, the drawn character with the same glyph (工 for ⼯); a Kangxi
    radical of a font Qt fell back to by itself by its compatibility decomposition."""
    if not text or text in present or len(text) != 1:
        return text
    if raw is not None:
        glyph = _glyph(raw, text)
        same = next((ch for ch in present if _glyph(raw, ch) == glyph), None)
        if same:
            return same
    decomposed = unicodedata.normalize("NFKC", text)
    return decomposed if decomposed in present else text


def fix_text_layer(data: bytes, painted: Painted) -> bytes:
    """The PDF Qt wrote of `painted`, with the characters drawn as its text, tagged (paint.pdf_tags)
    and its language named; as Qt wrote it when it is not in the layout this reads."""
    try:
        pdf = QtPdf(data)
        fix_to_unicode(pdf, painted)
        entries = b"/Lang (zh-CN)\n/ViewerPreferences << /DisplayDocTitle true >>"
        tree = tag_structure(pdf, painted.pages)
        if tree is not None:
            entries += b"\n/MarkInfo << /Marked true >>\n/StructTreeRoot %d 0 R" % tree
        pdf.add_to_dictionary(pdf.root(), entries)
        return pdf.write()
    except (ValueError, IndexError, zlib.error):
        return data  # not the layout Qt writes: left as it is rather than broken


def fix_pdf_file(path: str | Path, painted: Painted) -> None:
    """The same for a PDF a QPrinter wrote (打印到文件)."""
    from speechwriter.core.atomic import atomic_write_bytes

    target = Path(path)
    data = target.read_bytes()
    fixed = fix_text_layer(data, painted)
    if fixed != data:
        atomic_write_bytes(target, fixed)
