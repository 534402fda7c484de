"""Counts of real text for the 错别字 rule's noisy-channel check: how often each character and each
pair of characters occurs in published official writing (the reports to the 12th–20th 党代会, the 1998
人民日报 and 新闻联播 2022–2025 — never a 政府工作报告: see build_lexicon and bench/data/check/SOURCES);
an index of jieba's two-character words down to a lower frequency than `lexicon`'s; and each
character's usual reading (a rare reading of a 多音字, 信 shēn or 堵 zhě, makes no slip a clerk's input
method would make).

A dictionary alone cannot tell a rare real word from a slip (jieba lists 冒然 3 times and 两霸 3): the
counts answer whether the characters as written are seen side by side in real text at all (抗疫, 堵点,
提质 are, in today's news) and whether the suspected right word fits the neighbours it would have.

`resources/check/ngram.marshal` is written by build_lexicon and read lazily, once, on the first check;
a missing file or one of another format turns the check off (no findings from it, nothing breaks).
"""

from __future__ import annotations

import marshal
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from speechwriter.paths import resources_dir

PREBUILT = "ngram.marshal"
FORMAT = 3   # 2: near2 keyed by the blanked character's usual reading too; 3: pairs by number
MIN_PAIR = 2     # pairs seen once are left out (a tenth of the file; once is as good as never)
SMOOTH = 20.0   # how many sightings of a character its pairs need before they outweigh its frequency alone
_lock = threading.Lock()


@dataclass
class Counts:
    chars: dict[str, int]                          # each character's count
    pairs: dict[int, int]                          # each pair's (seen at least MIN_PAIR times), by _pair
    total: int                                     # characters counted
    near2: dict[str, tuple[tuple[str, int], ...]]  # jieba two-character words by a character blanked + its reading
    sound: dict[str, str]                          # each common character's usual reading (toneless)

    def count(self, run: str) -> int:
        """How often real text has `run`, one character or two."""
        return self.chars.get(run, 0) if len(run) == 1 else self.pairs.get(_pair(run[0], run[1]), 0)

    def p(self, prev: str, ch: str) -> float:
        """P(ch | prev): the pair's relative frequency, interpolated with the character's own (Witten–Bell
        style: the more often `prev` was seen, the more its pairs are trusted)."""
        uni = (self.chars.get(ch, 0) + 0.5) / (self.total + 0.5 * 7000)
        seen = self.chars.get(prev, 0) if prev else 0
        if not seen:
            return uni
        lam = seen / (seen + SMOOTH)
        return lam * self.pairs.get(_pair(prev, ch), 0) / seen + (1 - lam) * uni

    def near_words(self, window: str, k: int) -> tuple[tuple[str, int], ...]:
        """The indexed words equal to `window` but for its character `k`, which sounds as that one
        usually does (同音 by the usual reading; the window's own character among them if a word)."""
        reading = self.sound.get(window[k])
        return self.near2.get(_key(window, k, reading), ()) if reading else ()


def _pair(a: str, b: str) -> int:
    """Two characters as one number below 2**31 for those of U+4E00–U+9FFF (integer keys load three
    times faster than strings; marshal stores these in four bytes)."""
    return (ord(a) << 16 | ord(b)) - 0x4E000000


def _key(word: str, k: int, reading: str) -> str:
    return word[:k] + "\0" + word[k + 1:] + "\0" + reading


def build(text_runs: Iterable[str], freq: dict[str, int], min_weight: int, sound: dict[str, str]) -> bytes:
    """The contents of `ngram.marshal` from runs of Chinese characters and jieba's frequencies."""
    from collections import Counter

    grams: Counter[str] = Counter()
    total = 0
    for run in text_runs:
        total += len(run)
        grams.update(run)
        grams.update(run[i:i + 2] for i in range(len(run) - 1))
    chars = {g: c for g, c in grams.items() if len(g) == 1}
    pairs = {_pair(g[0], g[1]): c for g, c in grams.items() if len(g) == 2 and c >= MIN_PAIR}
    near2: dict[str, list[tuple[str, int]]] = {}
    for word, count in freq.items():
        if len(word) == 2 and count >= min_weight and all(ch in sound for ch in word):
            for k in range(2):
                near2.setdefault(_key(word, k, sound[word[k]]), []).append((word, count))
    return marshal.dumps({"format": FORMAT, "min_weight": min_weight, "total": total, "chars": chars, "pairs": pairs,
                          "near2": {k: tuple(v) for k, v in near2.items()}, "sound": sound})


@lru_cache(maxsize=1)
def counts() -> Counts | None:
    with _lock:
        try:
            data = marshal.loads((resources_dir() / "check" / PREBUILT).read_bytes())
            if data.get("format") != FORMAT:
                raise ValueError(data.get("format"))
            return Counts(data["chars"], data["pairs"], data["total"], data["near2"], data["sound"])
        except (OSError, ValueError, EOFError, TypeError, KeyError):
            return None
