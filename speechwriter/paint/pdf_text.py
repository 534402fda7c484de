"""The text layer of a PDF that Qt wrote: the characters the clerk wrote, not the font's radicals.

Qt's PDF engine writes each embedded font's ToUnicode map by asking the font, for every code point
from U+0000 up, which glyph it has, and keeps the LOWEST code point of each glyph. Noto CJK (the
usual Chinese font of Debian, 统信UOS and 麒麟) draws 工 and the Kangxi radical ⼯ (U+2F2F) with the
same glyph, so the PDF looked right but said ⼯: searching for 工作 found nothing, copied text was
wrong. Here each font's map is written again from what was drawn: a glyph whose code point was not
drawn gets the drawn character with that glyph in the same font (found through QRawFont).
The catalog also names the language (/Lang zh-CN) so readers and screen readers treat it as Chinese.

`fix_text_layer(pdf, drawn, fonts) -> bytes` — `drawn`: every character painted; `fonts`: the
QFonts they were painted with (their families and fall-backs are looked up by PostScript name).
`fix_pdf_file(path, drawn, fonts)` — the same for a PDF a QPrinter wrote (print to file).
"""

from __future__ import annotations

import re
import struct
import unicodedata
import zlib
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import QFont, QRawFont

_TO_UNICODE = re.compile(rb"/BaseFont\s*/([^\s/<>\[\]()]+)[^>]*?/ToUnicode\s+(\d+)\s+0\s+R", re.S)
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


def _stream(body: bytes) -> tuple[bytes, bytes] | None:
    """(dictionary, decoded data) of a stream object's body."""
    match = re.search(rb"stream\r?\n", body)
    end = body.rfind(b"endstream")
    if not match or end < 0:
        return None
    head, data = body[:match.start()], body[match.end():end].rstrip(b"\r\n")
    length = re.search(rb"/Length\s+(\d+)(?!\s+0\s+R)", head)
    if length:
        data = body[match.end():match.end() + int(length.group(1))]
    if b"/FlateDecode" in head:
        try:
            data = zlib.decompress(data)
        except zlib.error:
            return None
    return head, data


def _objects(pdf: bytes) -> tuple[dict[int, tuple[int, int]], int]:
    """{object number: (start, end)} from the cross-reference table, and where that table starts."""
    found = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", pdf)
    if not found:
        raise ValueError("no startxref")
    xref = int(found.group(1))
    if not pdf.startswith(b"xref", xref):
        raise ValueError("not a classic cross-reference table")
    lines = pdf[xref:pdf.index(b"trailer", xref)].split(b"\n")[1:]
    starts: dict[int, int] = {}
    number = 0
    for line in lines:
        parts = line.split()
        if len(parts) == 2:
            number = int(parts[0])
        elif len(parts) == 3:
            if parts[2] == b"n":
                starts[number] = int(parts[0])
            number += 1
    ordered = sorted(starts.items(), key=lambda item: item[1])
    spans = {}
    for i, (n, start) in enumerate(ordered):
        spans[n] = (start, ordered[i + 1][1] if i + 1 < len(ordered) else xref)
    return spans, xref


def fix_text_layer(pdf: bytes, drawn: str, fonts: Iterable[QFont]) -> bytes:
    """The PDF with every font's ToUnicode map naming the characters drawn, and /Lang zh-CN."""
    try:
        spans, xref = _objects(pdf)
    except (ValueError, IndexError):
        return pdf  # not the layout Qt writes: left as it is rather than broken
    characters = list(dict.fromkeys(drawn))
    present = set(characters)
    raws = raw_fonts(fonts)
    replaced: dict[int, bytes] = {}
    for ps_name, number in _TO_UNICODE.findall(pdf):
        number = int(number)
        name = ps_name.decode("latin-1").split("+")[-1]
        if number not in spans:
            continue
        start, end = spans[number]
        stream = _stream(pdf[start:end])
        if stream is None:
            continue
        mapping = parse_cmap(stream[1])
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
            data = zlib.compress(write_cmap(fixed))
            replaced[number] = (f"{number} 0 obj\n<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode()
                                + data + b"\nendstream\nendobj\n")
    catalog = _catalog(pdf, spans)
    if catalog is not None:
        replaced[catalog[0]] = catalog[1]
    if not replaced:
        return pdf
    return _rebuild(pdf, spans, xref, replaced)


def _catalog(pdf: bytes, spans) -> tuple[int, bytes] | None:
    root = re.search(rb"trailer\s*<<.*?/Root\s+(\d+)\s+0\s+R", pdf[max(0, len(pdf) - 4096):], re.S)
    if not root or int(root.group(1)) not in spans:
        return None
    number = int(root.group(1))
    start, end = spans[number]
    body = pdf[start:end]
    if b"/Lang" in body or b"<<" not in body:
        return None
    return number, body.replace(b"<<", b"<<\n/Lang (zh-CN)", 1)


def _rebuild(pdf: bytes, spans, xref: int, replaced: dict[int, bytes]) -> bytes:
    ordered = sorted(spans.items(), key=lambda item: item[1][0])
    first = ordered[0][1][0]
    out = bytearray(pdf[:first])
    offsets = {}
    for number, (start, end) in ordered:
        offsets[number] = len(out)
        out += replaced.get(number, pdf[start:end])
    trailer_at = pdf.index(b"trailer", xref)
    trailer = pdf[trailer_at:pdf.index(b"startxref", trailer_at)]
    size = max(offsets) + 1
    new_xref = len(out)
    out += f"xref\n0 {size}\n".encode() + b"0000000000 65535 f \n"
    for number in range(1, size):
        out += f"{offsets[number]:010d} 00000 n \n".encode() if number in offsets else b"0000000000 65535 f \n"
    out += trailer + f"startxref\n{new_xref}\n%%EOF\n".encode()
    return bytes(out)


def fix_pdf_file(path: str | Path, drawn: str, fonts: Iterable[QFont]) -> None:
    from speechwriter.core.atomic import atomic_write_bytes

    target = Path(path)
    data = target.read_bytes()
    fixed = fix_text_layer(data, drawn, fonts)
    if fixed != data:
        atomic_write_bytes(target, fixed)
