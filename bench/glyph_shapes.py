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
    images = draw(chars, SIZE)
    return {ch: _bits(images[ch], SIZE) for ch in chars}


def draw(chars: list[str], size: int) -> dict[str, object]:
    """Each character drawn black on white in FONT, centred in a size×size grey image (QImage)."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

    _app = QGuiApplication.instance() or QGuiApplication([])
    font = QFont(FONT)
    font.setPixelSize(size - 2)
    out: dict[str, object] = {}
    for ch in chars:
        image = QImage(size, size, QImage.Format.Format_Grayscale8)
        image.fill(255)
        painter = QPainter(image)
        painter.setFont(font)
        painter.setPen(QColor(0, 0, 0))
        painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, ch)
        painter.end()
        out[ch] = image
    return out


_ALL = (1 << SIZE * SIZE) - 1
_NOT_FIRST = sum(((1 << SIZE) - 2) << (y * SIZE) for y in range(SIZE))   # every column but the first
_NOT_LAST = sum(((1 << (SIZE - 1)) - 1) << (y * SIZE) for y in range(SIZE))   # every column but the last


def dilate(bits: int) -> int:
    """The glyph grown by one pixel each way (no wrapping from one row to the next)."""
    return (bits | (bits << 1) & _NOT_FIRST | (bits >> 1) & _NOT_LAST | (bits << SIZE) | (bits >> SIZE)) & _ALL


def miss(maps: dict[str, int], grown: dict[str, int], a: str, b: str) -> int:
    """Pixels of either glyph lying farther than one pixel from the other's ink (`grown`: each glyph dilated)."""
    return (maps[a] & ~grown[b]).bit_count() + (maps[b] & ~grown[a]).bit_count()


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
            pixels = miss(maps, grown, a, b)
            if pixels <= max_miss:
                found.append((a, b, pixels))
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


# ---- characters that share a component (烩/脍, 俊/悛, 可/何): the part a radical swap leaves alone ----
#
# Whole-glyph pixel difference misses a radical swap: the radical differs, and it is a third of the glyph. Here
# each glyph is cut at a few places across (a left–right character) and down (a top–bottom one), and two
# characters pair when one side of a cut is nearly the same in both (烩/脍: 会 on the right) — or when one
# character, shrunk, is one side of the other (可 in 何, 旨 in 诣, 及 under 岌). A shared side is often a
# semantic radical too (别/刮 share 刂, 药/菜 share 艹), which no clerk confuses; what a clerk swaps is the
# radical beside a shared phonetic part, so the readings of the two must be near (the same initial class or
# the same rhyme, COMPONENT_SOUND) — the phonetic part makes them so.

BIG = 48                    # the drawing of a glyph for its parts (pixels a side): finer than SIZE, parts are small
CUTS = (16, 18, 20, 22, 24, 26, 28)   # where a glyph is cut for a shared side (pixels from its left or top edge)
PART_CUTS = tuple(range(10, 30))   # … and for a side that is another character (每个像素: 亻 of 何 is narrow)
SHARED_SHARE = 0.35         # the shared side holds at least this share of each glyph's ink (not a thin 刂 or 亻)
SHARED_MISS = 0.03          # … and at most this share of its ink lies farther than a pixel from the other's
PART = 24                   # a whole glyph shrunk into a side of another: both drawn at PART×PART
PART_MISS = 10              # pixels, at most, of either lying farther than a pixel from the other's ink
COMPONENT_OUT = ROOT / "bench" / "data" / "check" / "glyph_components.txt"
_INITIAL_CLASSES = ("bpmf", "dtnl", "gkh", "jqx", "zcsr", "yw")


def component_characters() -> list[str]:
    """chars.tsv's characters, then the other characters of jieba's dictionary by their weight there (悛 of
    怙恶不悛: a rare character a slip is made for is one a word needs)."""
    sys.path.insert(0, str(ROOT))
    from speechwriter.core.tokens import tokenizer

    chars = characters()
    known = set(chars)
    weight: dict[str, int] = {}
    for word, freq in tokenizer().FREQ.items():
        if freq:
            for ch in word:
                if "\u4e00" <= ch <= "\u9fff" and ch not in known:
                    weight[ch] = weight.get(ch, 0) + freq
    return chars + sorted(weight, key=lambda ch: -weight[ch])


def sounds(chars: list[str]) -> dict[str, set[str]]:
    """Each character's keys of a near reading: its initial's class (b/p/m/f …) and its rhyme (the final
    without its medial i/u/ü, -ng as -n), from pypinyin's usual reading, tones aside (all readings paired 月
    with 朝 by their rare ru and zhu)."""
    from pypinyin import Style, pinyin

    out: dict[str, set[str]] = {}
    for ch in chars:
        keys = set()
        found = pinyin(ch, style=Style.NORMAL, errors="ignore")
        for syllable in found[0] if found else ():
            syllable = syllable.replace("ü", "v")
            initial = syllable[:2] if syllable[:2] in ("zh", "ch", "sh") else syllable[:1]
            if not initial or initial[0] not in "bpmfdtnlgkhjqxzcsryw":
                initial = ""
            final = syllable[len(initial):]
            for name in _INITIAL_CLASSES:
                if initial and initial[0] in name:
                    keys.add("I" + name)
            rhyme = final[1:] if len(final) > 1 and final[0] in "iuv" and final not in ("in", "ing", "un", "ui") \
                else final
            keys.add("F" + (rhyme[:-1] if rhyme.endswith("ng") else rhyme))
        out[ch] = keys
    return out


def _bits(image, size: int) -> int:
    bits = 0
    for y in range(size):
        row = bytes(image.constScanLine(y))[:size]
        for x in range(size):
            if row[x] < 128:
                bits |= 1 << (y * size + x)
    return bits


def _grow(bits: int, size: int) -> int:
    every = (1 << size * size) - 1
    not_first = sum(((1 << size) - 2) << (y * size) for y in range(size))
    not_last = sum(((1 << (size - 1)) - 1) << (y * size) for y in range(size))
    return (bits | (bits << 1) & not_first | (bits >> 1) & not_last | (bits << size) | (bits >> size)) & every


def _box(bits: int, size: int, x0: int, x1: int, y0: int, y1: int) -> tuple[int, int, int, int] | None:
    """The ink's bounding box within the rectangle (x0..x1, y0..y1), or None when it holds no ink."""
    xs = [x for x in range(x0, x1) if any(bits >> (y * size + x) & 1 for y in range(y0, y1))]
    ys = [y for y in range(y0, y1) if any(bits >> (y * size + x) & 1 for x in range(x0, x1))]
    return (xs[0], xs[-1] + 1, ys[0], ys[-1] + 1) if xs and ys else None


def _shrunk(image, box: tuple[int, int, int, int]) -> int:
    """The ink of `box` of the image drawn at PART×PART (stretched to fill it), grown by a pixel."""
    from PySide6.QtCore import QRect, Qt

    x0, x1, y0, y1 = box
    part = image.copy(QRect(x0, y0, x1 - x0, y1 - y0)).scaled(
        PART, PART, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return _bits(part, PART)


class Drawings:
    """Each character's glyph at BIG×BIG (bits, ink, ink grown by two pixels), and for 含 the glyph whole and
    each side of it (cut at CUTS) shrunk to PART×PART, each with its ink grown by a pixel."""

    def __init__(self, chars: list[str]) -> None:
        images = draw(chars, BIG)
        self.bits = {ch: _bits(images[ch], BIG) for ch in chars}
        self.grown = {ch: _grow(b, BIG) for ch, b in self.bits.items()}
        self.ink = {ch: b.bit_count() for ch, b in self.bits.items()}
        row = (1 << BIG) - 1
        self.sides: list[tuple[str, int]] = []   # (side, mask), the smallest of each side last
        for how in ("右", "下", "上"):
            for cut in CUTS if how != "上" else CUTS[::-1]:
                top = sum(row << (y * BIG) for y in range(cut))
                right = sum(((row >> cut) << cut) << (y * BIG) for y in range(BIG))
                self.sides.append((how, {"右": right, "下": ((1 << BIG * BIG) - 1) ^ top, "上": top}[how]))
        self.side_ink = {ch: [(b & mask).bit_count() for _, mask in self.sides] for ch, b in self.bits.items()}
        self.whole: dict[str, tuple[int, int]] = {}
        self.parts: dict[str, list[tuple[int, int]]] = {}
        for ch in chars:
            box = _box(self.bits[ch], BIG, 0, BIG, 0, BIG)
            if box is None or min(box[1] - box[0], box[3] - box[2]) < BIG // 4:
                continue   # (丨 or 一 shrunk into a side is a blot that matches any)
            drawn = _shrunk(images[ch], box)
            self.whole[ch] = (drawn, _grow(drawn, PART))
            found, boxes = [], set()
            for cut in PART_CUTS:
                for rect in ((cut, box[1], box[2], box[3]), (box[0], box[1], cut, box[3])):
                    part = _box(self.bits[ch], BIG, *rect)
                    if part and part != box and part not in boxes:
                        boxes.add(part)
                        drawn = _shrunk(images[ch], part)
                        found.append((drawn, _grow(drawn, PART)))
            self.parts[ch] = found


def shared_components(chars: list[str], common: int) -> list[tuple[str, str, str]]:
    """(a, b, how) for the pairs of near readings that share a component, one of them among the `common` first
    of `chars`: how is the side both share (右, 下; 上 only for readings nearer still: the top is more often
    the radical, 艹 宀 竹) or 含 (one, shrunk, is a side of the other)."""
    drawn = Drawings(chars)
    keys = sounds(chars)
    by_key: dict[str, list[str]] = {}
    for ch in chars:
        for key in keys.get(ch, ()):
            by_key.setdefault(key, []).append(ch)
    rank = {ch: i for i, ch in enumerate(chars)}
    out = []
    for a in chars[:common]:
        if not drawn.ink[a]:
            continue
        near = {b for key in keys.get(a, ()) for b in by_key[key] if rank[b] > rank[a]}
        for b in sorted(near, key=rank.__getitem__):
            if not drawn.ink[b]:
                continue
            shared = keys[a] & keys[b]
            initial = any(key[0] == "I" for key in shared)
            rhyme = any(key[0] == "F" for key in shared)
            how = _shared_side(a, b, drawn, ("右", "下", "上") if initial and rhyme else ("右", "下") if initial
                               else ()) or _inside((a, b), drawn)
            if how:
                out.append((a, b, how))
    return out


def _shared_side(a: str, b: str, drawn: Drawings, allowed: tuple[str, ...]) -> str | None:
    if not allowed:
        return None
    apart = (drawn.bits[a] & ~drawn.grown[b]) | (drawn.bits[b] & ~drawn.grown[a])
    most = SHARED_MISS * (drawn.ink[a] + drawn.ink[b])
    ink_a, ink_b = drawn.side_ink[a], drawn.side_ink[b]
    for how in allowed:
        first = next(k for k, (side, _) in enumerate(drawn.sides) if side == how)
        if (apart & drawn.sides[first + len(CUTS) - 1][1]).bit_count() > most:
            continue   # (more apart in the side's smallest cut than its largest may hold)
        for k in range(first, first + len(CUTS)):
            mask = drawn.sides[k][1]
            if ink_a[k] >= SHARED_SHARE * drawn.ink[a] and ink_b[k] >= SHARED_SHARE * drawn.ink[b] \
                    and (apart & mask).bit_count() <= SHARED_MISS * (ink_a[k] + ink_b[k]):
                return how
    return None


def _inside(pair: tuple[str, str], drawn: Drawings) -> str | None:
    for small, big in (pair, pair[::-1]):
        if small not in drawn.whole or not 0.3 * drawn.ink[big] <= drawn.ink[small] <= drawn.ink[big]:
            continue
        mine, mine_grown = drawn.whole[small]
        for part, part_grown in drawn.parts.get(big, ()):
            if (mine & ~part_grown).bit_count() + (part & ~mine_grown).bit_count() <= PART_MISS:
                return "含"
    return None


def components_main() -> int:
    start = time.process_time()
    chars = component_characters()
    pairs = shared_components(chars, len(characters()))
    with open(COMPONENT_OUT, "w", encoding="utf-8") as out:
        out.write(f"# 共用部件的字对：{FONT} {BIG}×{BIG} 点阵，横切或竖切后一边几乎相同（第三列：共用的一边），或一字缩小后"
                  f"即另一字的一边（含）；两字读音相近（声母同类；含：或韵同；上：且韵同），至少一字在 chars.tsv 之内；"
                  "bench/glyph_shapes.py --components 生成。\n")
        for a, b, how in pairs:
            out.write(f"{a}\t{b}\t{how}\n")
    print(f"pairs={len(pairs)} chars={len(chars)} seconds={time.process_time() - start:.0f}")
    return 0


# ---- rare characters drawn (nearly) as a common one (倶 for 俱, 値 for 值): what an input method or a copied
# Japanese text puts in a draft, and no reader sees ----

TWIN_MISS = 6     # pixels apart (as `similar` counts them, at SIZE), at most: the same drawing but for a tick
TWIN_INK = 0.08   # (glyphs whose ink differs by more are not twins: skipped without comparing)
TWIN_OUT = ROOT / "bench" / "data" / "check" / "glyph_twins.txt"


def twins(known: list[str], common: int) -> list[tuple[str, str, int]]:
    """(rare, common, pixels) for each character of the CJK block outside `known` (chars.tsv and jieba's
    dictionary) whose glyph nearly coincides with that of one of the `common` most frequent of `known`."""
    have = set(known)
    rare = [chr(code) for code in range(0x4E00, 0xA000) if chr(code) not in have]
    maps = bitmaps(known[:common] + rare)
    frequent = sorted((maps[ch].bit_count(), ch) for ch in known[:common] if maps[ch])
    grown = {ch: dilate(maps[ch]) for _, ch in frequent} | {ch: dilate(maps[ch]) for ch in rare}
    inks = [ink for ink, _ in frequent]
    import bisect

    found = []
    for ch in rare:
        ink = maps[ch].bit_count()
        if not ink:
            continue
        best = None
        for _, other in frequent[bisect.bisect_left(inks, ink * (1 - TWIN_INK)):bisect.bisect_right(inks, ink * (1 + TWIN_INK))]:
            pixels = miss(maps, grown, ch, other)
            if pixels <= TWIN_MISS and (best is None or pixels < best[2]):
                best = (ch, other, pixels)
        if best:
            found.append(best)
    return found


def twins_main() -> int:
    start = time.process_time()
    pairs = twins(component_characters(), COMMON)
    with open(TWIN_OUT, "w", encoding="utf-8") as out:
        out.write(f"# 字形几乎相同的生僻字与常用字：{FONT} {SIZE}×{SIZE} 点阵，两字离对方笔画一像素以外的点共 ≤{TWIN_MISS} 个"
                  f"（第三列）；第一字不在 chars.tsv 与 jieba 词典之内，第二字在最常用的 {COMMON} 字之内；"
                  "bench/glyph_shapes.py --twins 生成。\n")
        for rare, usual, miss in pairs:
            out.write(f"{rare}\t{usual}\t{miss}\n")
    print(f"pairs={len(pairs)} seconds={time.process_time() - start:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(components_main() if "--components" in sys.argv[1:] else twins_main() if "--twins" in sys.argv[1:]
             else main())
