"""The 错别字 rule's real-word route (issue 18): a character that makes a real word but not the one meant —
改革开发 for 改革开放, 向适应 for 相适应, 收人分配 for 收入分配 — judged by both neighbours at once.

Real text (ngram.py's: the 党代会 reports, the 1998 人民日报, 新闻联播 2022–2025; never a 政府工作报告) is
asked what it writes between the two neighbours of each character: `resources/check/realword.zlib` holds, for
every left and right neighbour, the middle characters real text writes between them at least MIN_MIDDLE
times (its runs of three characters). Where one of those middles is a 同音 (usual readings) or 形近 character
of the one written and the written one is not among them, the four-character runs around the character
(charlm.py's counts) decide: every run that holds the substitute must be one real text writes at least
RW["min"] times, at least RW["zeros"] of the runs as written must be runs it never writes (twice), and the
substitute must make the runs RW["gain"] nats more frequent in all (each run's count + ½, as written against
with the substitute). So the alternative is seen with this left AND right context, many times, and the
written character never — the evidence on both sides that a homophone route without it lacked (it flagged
~40 right words for 4 slips).

Variants that the usage rule treats as house style (做/作, 它/他, 份/分, 象/像, 帐/账, 订/定, 的/地/得) are left
to it. A character inside quotes (names and coinages) is not taken.

The finding spans the dictionary word (jieba, dictionary only) that the substitute makes, or the character
alone where it stands alone (机遇于挑战 → 与).

Table: build_realword (written by build_lexicon after the n-gram counts; `--realword-only` alone). A missing
table or one of another format turns the route off.
"""

from __future__ import annotations

import marshal
import math
import re
import threading
import zlib
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from speechwriter.paths import resources_dir

if TYPE_CHECKING:
    from speechwriter.check.charlm import Table
    from speechwriter.check.lexicon import Lexicon

PREBUILT = "realword.zlib"
FORMAT = 1
MIN_MIDDLE = 4     # a middle character real text writes between two neighbours this often is kept in the table
RW = {"min": 4.0,     # every four-character run with the substitute: real text's count (charlm's) at least
      "zeros": 2,     # … runs as written that real text never writes, at least
      "gain": 8.0}    # … and the sum over the runs of ln((with + ½) / (as written + ½)), at least
# pairs the usage rule treats as house style or variants, not slips of this route
VARIANTS = frozenset("".join(sorted(pair)) for pair in ("做作", "它他", "它她", "份分", "象像", "帐账", "订定", "的地", "的得",
                                                            "地得", "那哪"))
_RUN = re.compile(r"[\u4e00-\u9fff]{3,}")
_lock = threading.Lock()
HOW = "，看两侧上下文"
_OTHERS: dict[str, str] = {}   # (each character's substitutes, worked out once)


def build(runs: Iterable[str]) -> bytes:
    """The contents of PREBUILT from runs of Chinese characters: {left + right: middles} for the runs of
    three characters seen at least MIN_MIDDLE times."""
    from collections import Counter

    grams: Counter[str] = Counter()
    for run in runs:
        grams.update(run[i:i + 3] for i in range(len(run) - 2))
    middles: dict[str, list[str]] = {}
    for gram, count in grams.items():
        if count >= MIN_MIDDLE:
            middles.setdefault(gram[0] + gram[2], []).append(gram[1])
    table = {key: "".join(sorted(chars)) for key, chars in middles.items()}
    return zlib.compress(marshal.dumps({"format": FORMAT, "min": MIN_MIDDLE, "middles": table}), 9)


@lru_cache(maxsize=1)
def middles() -> dict[str, str] | None:
    """{left + right neighbour: the middles real text writes between them}, or None without the table."""
    with _lock:
        try:
            data = marshal.loads(zlib.decompress((resources_dir() / "check" / PREBUILT).read_bytes()))
            if data.get("format") != FORMAT:
                return None
            return data["middles"]
        except (OSError, ValueError, EOFError, TypeError, KeyError, zlib.error):
            return None


def _others(ch: str, lex: Lexicon, sound: dict[str, str], by_sound: dict[str, str]) -> str:
    """The characters a slip could have put `ch` for: the same usual reading (同音) or a look-alike (形近)."""
    found = _OTHERS.get(ch)
    if found is None:
        reading = sound.get(ch)
        chars = set(by_sound.get(reading, "")) if reading else set()
        chars |= lex.glyphs.get(ch, frozenset()) | lex.shapes.get(ch, frozenset())
        chars.discard(ch)
        found = _OTHERS[ch] = "".join(sorted(o for o in chars if "".join(sorted(ch + o)) not in VARIANTS))
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
    out = []
    for run in _RUN.finditer(line):
        lo, hi = run.span()
        if line[lo - 1:lo] == "、" or line[hi:hi + 1] == "、":
            continue   # an item of a list: often a name or a term (生产型服务业、生活型服务业)
        text = run.group()
        for r in range(1, len(text) - 1):
            found = table.get(text[r - 1] + text[r + 1])
            ch = text[r]
            if not found or ch in found:
                continue   # (nothing real text writes there, or the character as written is one of them)
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
            how = ("同音" if sound.get(other) == sound.get(ch) else "形近") + HOW
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
    """(start, end, right) of the dictionary word the substitute makes at `q` (jieba, dictionary only), or the
    character alone."""
    from speechwriter.core.tokens import tokenizer

    start = max(lo, q - 6)
    segment = line[start:q] + other + line[q + 1:min(hi, q + 7)]
    for word, s, e in tokenizer().tokenize(segment, HMM=False):
        if s <= q - start < e:
            return start + s, start + e, word
    return q, q + 1, other
