"""形近字 by the glyphs themselves: renders each character of resources/check/chars.tsv in Noto Sans CJK SC
(SIL Open Font License; the font the app's PDFs use) at 32×32 pixels and pairs two characters when
few pixels of either glyph lie farther than a pixel from the other's ink (己/已/巳, 人/入, 未/末, 士/土,
戍/戌 — pairs pycorrector's same_stroke groups lack), one of them among the COMMON most frequent. A developer's tool, like build_lexicon: writes
bench/data/check/glyph_similar.txt, whose closest pairs build_lexicon adds to resources/check/shapes.tsv and
the looser ones (莱/菜 72 pixels, 萧/肃 60) to resources/check/loose.tsv (bench/data/check/SOURCES). Needs Qt (PySide6) for the drawing, so it lives here, not in
speechwriter.check.

    QT_QPA_PLATFORM=offscreen python bench/glyph_shapes.py

Last line: pairs=… chars=… seconds=…
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "data" / "check" / "glyph_similar.txt"
SIZE = 32
FONT = "Noto Sans CJK SC"
MAX_MISS = 72     # pixels of the two glyphs farther than one pixel from the other's ink, at most (build_lexicon
                  # takes those up to 24 for look-alikes, the rest for typo.py's clause route only: loose.tsv)
COMMON = 3000     # one of the two among this many most frequent characters (chars.tsv's order)


def characters() -> list[str]:
    rows = (ROOT / "resources" / "check" / "chars.tsv").read_text(encoding="utf-8").splitlines()
    return [row.split("\t")[0] for row in rows if row and not row.startswith("#")]


def bitmaps(chars: list[str]) -> dict[str, int]:
    """Each character's glyph as SIZE×SIZE bits (row-major) in one integer."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

    _app = QGuiApplication.instance() or QGuiApplication([])
    font = QFont(FONT)
    font.setPixelSize(SIZE - 2)
    out = {}
    for ch in chars:
        image = QImage(SIZE, SIZE, QImage.Format.Format_Grayscale8)
        image.fill(255)
        painter = QPainter(image)
        painter.setFont(font)
        painter.setPen(QColor(0, 0, 0))
        painter.drawText(QRect(0, 0, SIZE, SIZE), Qt.AlignmentFlag.AlignCenter, ch)
        painter.end()
        bits = 0
        for y in range(SIZE):
            row = bytes(image.constScanLine(y))[:SIZE]
            for x in range(SIZE):
                if row[x] < 128:
                    bits |= 1 << (y * SIZE + x)
        out[ch] = bits
    return out


_ALL = (1 << SIZE * SIZE) - 1
_NOT_FIRST = sum(((1 << SIZE) - 2) << (y * SIZE) for y in range(SIZE))   # every column but the first
_NOT_LAST = sum(((1 << (SIZE - 1)) - 1) << (y * SIZE) for y in range(SIZE))   # every column but the last


def dilate(bits: int) -> int:
    """The glyph grown by one pixel each way (no wrapping from one row to the next)."""
    return (bits | (bits << 1) & _NOT_FIRST | (bits >> 1) & _NOT_LAST | (bits << SIZE) | (bits >> SIZE)) & _ALL


def similar(chars: list[str], maps: dict[str, int], max_miss: int, common: int) -> list[tuple[str, str, int]]:
    """(a, b, pixels missed) for the pairs of look-alike glyphs (MAX_MISS), one of them common."""
    ink = {ch: maps[ch].bit_count() for ch in chars if maps[ch]}
    grown = {ch: dilate(maps[ch]) for ch in ink}
    frequent = set(chars[:common])
    order = sorted(ink, key=ink.__getitem__)
    found = []
    for i, a in enumerate(order):
        for b in order[i + 1:]:
            if ink[b] > 1.25 * ink[a]:
                break   # (glyphs of so different weight are no look-alikes: 己 has 176 pixels of ink, 已 204)
            if a not in frequent and b not in frequent:
                continue
            miss = (maps[a] & ~grown[b]).bit_count() + (maps[b] & ~grown[a]).bit_count()
            if miss <= max_miss:
                found.append((a, b, miss))
    return found


def main() -> int:
    start = time.process_time()
    chars = characters()
    pairs = similar(chars, bitmaps(chars), MAX_MISS, COMMON)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(f"# 形近字对：{FONT} {SIZE}×{SIZE} 点阵，两字离对方笔画一像素以外的点共 ≤{MAX_MISS} 个"
                  f"（第三列），至少一字在最常用的 {COMMON} 字之内；bench/glyph_shapes.py 生成。\n")
        for a, b, miss in sorted(pairs, key=lambda p: (p[2], p[0], p[1])):
            out.write(f"{a}\t{b}\t{miss}\n")
    print(f"pairs={len(pairs)} chars={len(chars)} seconds={time.process_time() - start:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
