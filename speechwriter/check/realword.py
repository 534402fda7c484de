"""The 错别字 rule's real-word route (issue 18): a character that makes a real word but not the one meant —
权利运行 for 权力运行, 群众反应 for 群众反映, 向适应 for 相适应, 收人分配 for 收入分配 — judged by both neighbours at
once. Precision first: a homophone route without evidence on both sides flagged ~40 right words for 4 slips.

Real text (ngram.py's: the 党代会 reports, the 1998 人民日报, 新闻联播 2022–2025; never a 政府工作报告) is
asked what it writes between the two neighbours of each character: `resources/check/realword.zlib` holds, for
every pair of neighbours, the middle characters real text writes between them at least MIN_MIDDLE times (its
runs of three characters). Where one of those middles is a 同音 (usual readings) or 形近 character of the one
written and the written one is not among them, the four-character runs around the character (charlm.py's
counts) decide: every run that holds the substitute must be one real text writes at least RW["min"] times, at
least RW["zeros"] of the runs as written must be runs it never writes (twice), and the substitute must make the
runs RW["gain"] nats more frequent in all (each run's count + ½, with the substitute against as written). So
the alternative is seen with this left AND right context, many times, and the written character never.

Left alone: variants the usage rule treats as house style (做/作, 它/他, 份/分, 象/像, 帐/账, 订/定, 的/地/得);
a character inside quotes (names, coinages); an item of a 、 list (生产型服务业、生活型服务业: terms); a word
written the same way twice in the text (typo.check's guard, as for the context route); the first and last
character of a run (one neighbour is no evidence on both sides). The finding spans the dictionary word
(jieba, dictionary only) the substitute makes, or the character alone (天河核心舱 → 和).

Measured (bench/check.py --no-heldout, seed 10; all rules): recall_words_dev2 0.431 → 0.462 (收人分配, 向适应),
recall_words_heldout3 0.554 → 0.566 (天河核心舱 → 天和), dev1 0.662 and heldout4 0.525 unchanged; no false alarm
more on any false-alarm set (0.12 / 0.30 / 0.24 / fa4 0.51 / fadev 0.29), and no finding at all on the
development official texts or the bench's own speeches after typo.check's guards; ~18 ms of CPU per 20k
characters; 1.08 MB on disk, ~5 MB in memory. The thresholds were set on the development misses and the
candidates on the development false-alarm sets (every one read). What holds recall down is the counts, not the
test: 10M characters lack most contexts of the development slips (入驻以来, 相像的, 导致世界, 令你们 are runs
real text here never writes twice), and most of them are injected bare, between commas, with no neighbours.
Tried and left out (development candidates on 1.4M characters of the older false-alarm sets and fadev): runs
of three instead of four (44 candidates, nearly all false: 法制环境 → 法治, 人材 → 人才, 累积 → 累计, for 2
slips more: 神州 → 神舟, 于 → 与); counts of 2–3 enough for the runs (于 → 与, but 使 → 是, 就使 → 就是); one
run as written unseen enough, or 6 nats (渡汛 → 度汛, 到 → 至, 法制 → 法治); any character real text writes
there, not only 同音/形近 ones, at 14 nats (~90 candidates: 抗疫 → 抗战, 推行 → 推进); 近音 (one false alarm more
on fa4, by its count per kind; no development slip more).

Table: `build` (build_lexicon writes it after the n-gram counts; `--realword-only` for it alone). A missing
table or one of another format turns the route off.
"""

from __future__ import annotations

import marshal
import math
import re
import sys
import threading
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from speechwriter.check.variants import variant
from speechwriter.paths import resources_dir

if TYPE_CHECKING:
    from speechwriter.check.charlm import Table
    from speechwriter.check.lexicon import Lexicon

PREBUILT = "realword.zlib"
FORMAT = 2   # 2: sorted pairs of neighbours (32-bit numbers) and the ends of their middles in one string
MIN_MIDDLE = 4     # a middle character real text writes between two neighbours this often is kept in the table
RW = {"min": 4.0,     # every four-character run with the substitute: real text's count (charlm's) at least
      "zeros": 2,     # … runs as written that real text never writes, at least
      "gain": 8.0}    # … and the sum over the runs of ln((with + ½) / (as written + ½)), at least
_RUN = re.compile(r"[\u4e00-\u9fff]{3,}")
_lock = threading.Lock()
HOW = "，看两侧上下文"
_OTHERS: dict[str, str] = {}   # (each character's substitutes, worked out once)


class Middles:
    """What real text writes between two neighbours, by the pair of neighbours: a sorted array of the pairs (each
    as one number) and, for each, where its middles end in one string — a tenth of a dict's memory."""

    def __init__(self, keys: array, ends: array, blob: str) -> None:
        self.keys, self.ends, self.blob = keys, ends, blob

    def get(self, left: str, right: str) -> str:
        """The middle characters real text writes between `left` and `right` (Han characters) often."""
        key = _key(left, right)
        at = bisect_left(self.keys, key)
        if at == len(self.keys) or self.keys[at] != key:
            return ""
        return self.blob[self.ends[at - 1] if at else 0:self.ends[at]]


def _key(left: str, right: str) -> int:
    return (ord(left) - 0x4E00) << 16 | (ord(right) - 0x4E00)


def build(runs: Iterable[str]) -> bytes:
    """The contents of PREBUILT from runs of Chinese characters (U+4E00–U+9FFF): for each pair of neighbours,
    the middles of the runs of three characters seen at least MIN_MIDDLE times."""
    from collections import Counter

    grams: Counter[str] = Counter()
    for run in runs:
        grams.update(run[i:i + 3] for i in range(len(run) - 2))
    middles: dict[int, list[str]] = {}
    for gram, count in grams.items():
        if count >= MIN_MIDDLE:
            middles.setdefault(_key(gram[0], gram[2]), []).append(gram[1])
    keys, ends, parts, at = array("I"), array("I"), [], 0
    for key in sorted(middles):
        chars = "".join(sorted(middles[key]))
        at += len(chars)
        keys.append(key)
        ends.append(at)
        parts.append(chars)
    if keys.itemsize != 4:
        raise ValueError("array('I') is not 32 bits here")
    if sys.byteorder != "little":
        keys.byteswap()
        ends.byteswap()
    return zlib.compress(marshal.dumps({"format": FORMAT, "min": MIN_MIDDLE, "keys": keys.tobytes(),
                                        "ends": ends.tobytes(), "blob": "".join(parts)}), 9)


def load(data: bytes) -> Middles | None:
    """The table of PREBUILT's contents, or None when they are of another format."""
    try:
        table = marshal.loads(zlib.decompress(data))
        if table.get("format") != FORMAT:
            return None
        keys, ends = array("I"), array("I")
        keys.frombytes(table["keys"])
        ends.frombytes(table["ends"])
        if sys.byteorder != "little":
            keys.byteswap()
            ends.byteswap()
        if keys.itemsize != 4 or len(keys) != len(ends) or (ends and ends[-1] != len(table["blob"])):
            return None
        return Middles(keys, ends, table["blob"])
    except (ValueError, EOFError, TypeError, KeyError, zlib.error):
        return None


@lru_cache(maxsize=1)
def middles() -> Middles | None:
    """The table of PREBUILT, or None when it is missing or of another format."""
    with _lock:
        try:
            data = (resources_dir() / "check" / PREBUILT).read_bytes()
        except OSError:
            return None
        return load(data)


def _others(ch: str, lex: Lexicon, sound: dict[str, str], by_sound: dict[str, str]) -> str:
    """The characters a slip could have put `ch` for: the same usual reading (同音) or a look-alike (形近). (近音
    too — z/zh, n/l, -n/-ng — found no development slip more and one false alarm more on the unseen provincial
    reports: left out.)"""
    found = _OTHERS.get(ch)
    if found is None:
        reading = sound.get(ch)
        chars = set(by_sound.get(reading, "")) if reading else set()
        chars |= lex.glyphs.get(ch, frozenset()) | lex.shapes.get(ch, frozenset())
        chars.discard(ch)
        found = _OTHERS[ch] = "".join(sorted(o for o in chars if not variant(ch, o)))
    return found


@lru_cache(maxsize=1)
def _by_sound() -> dict[str, str]:
    from speechwriter.check import ngram

    counts = ngram.counts()
    table: dict[str, list[str]] = {}
    for ch, reading in (counts.sound.items() if counts else ()):
        table.setdefault(reading, []).append(ch)
    return {reading: "".join(chars) for reading, chars in table.items()}


def candidates(line: str, lex: Lexicon) -> list[tuple[int, float, int, int, str, str]]:
    """Candidates (as typo.suspects ranks them: length, score, start, end, right, how) of the route."""
    from speechwriter.check import charlm, ngram

    table, counts, grams = middles(), ngram.counts(), charlm.table()
    if table is None or counts is None or grams is None:
        return []
    sound, by_sound = counts.sound, _by_sound()
    keys, ends, blob, size = table.keys, table.ends, table.blob, len(table.keys)
    out = []
    for run in _RUN.finditer(line):
        lo, hi = run.span()
        if line[lo - 1:lo] == "、" or line[hi:hi + 1] == "、":
            continue   # an item of a list: often a name or a term (生产型服务业、生活型服务业)
        text = run.group()
        codes = [ord(ch) - 0x4E00 for ch in text]
        for r in range(1, len(text) - 1):
            # (Middles.get inline: this loop reads every character of the text)
            key = codes[r - 1] << 16 | codes[r + 1]
            at = bisect_left(keys, key)
            if at == size or keys[at] != key:
                continue   # nothing real text writes there often
            found = blob[ends[at - 1] if at else 0:ends[at]]
            ch = text[r]
            if ch in found:
                continue   # (the character as written is one of them)
            others = _others(ch, lex, sound, by_sound)
            tried = [o for o in found if o in others]
            if not tried:
                continue
            q = lo + r
            if line.count("“", 0, q) > line.count("”", 0, q):
                continue   # (inside quotes: names and coinages)
            best = _best(text, r, tried, grams)
            if best is None:
                continue
            gain, other = best
            span = _word_at(line, lo, hi, q, other)
            s, e, right = span
            how = "同音" if sound.get(other) == sound.get(ch) else lex.relation(ch, other) or "形近"
            how = ("形近" if how == "点阵" else how) + HOW
            out.append((e - s, gain, s, e, right, how))
    return out


def _best(text: str, r: int, tried: list[str], grams: Table) -> tuple[float, str] | None:
    """(gain, character) of the best substitute at text[r] that passes RW, or None."""
    spans = [(s, s + 4) for s in range(max(0, r - 3), min(r, len(text) - 4) + 1)]
    if len(spans) < 2:
        return None
    written = [grams.count(text[a:b]) for a, b in spans]
    if sum(1 for w in written if not w) < RW["zeros"]:
        return None
    best: tuple[float, str] | None = None
    for other in tried:
        alt = text[:r] + other + text[r + 1:]
        seen = []
        for a, b in spans:
            count = grams.count(alt[a:b])
            if count < RW["min"]:
                break
            seen.append(count)
        else:
            gain = sum(math.log((c + 0.5) / (w + 0.5)) for c, w in zip(seen, written))
            if gain >= RW["gain"] and (best is None or gain > best[0]):
                best = (gain, other)
    return best


def _word_at(line: str, lo: int, hi: int, q: int, other: str) -> tuple[int, int, str]:
    """(start, end, right) of the dictionary word the substitute makes at `q` (jieba, dictionary only); where it
    stands alone, of the word written there with the substitute in it (天河核心舱 → 天和: a finding of one
    character would be taken for meant wherever the text writes that character again); else the character."""
    from speechwriter.core.tokens import tokenizer

    cutter = tokenizer()
    start = max(lo, q - 6)
    end = min(hi, q + 7)
    at = q - start
    for segment in (line[start:q] + other + line[q + 1:end], line[start:end]):
        for _, s, e in cutter.tokenize(segment, HMM=False):
            if s <= at < e and e - s > 1:
                return start + s, start + e, line[start + s:q] + other + line[q + 1:start + e]
    return q, q + 1, other
