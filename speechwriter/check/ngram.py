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


# The real-word route (typo.realword_candidates): a slip that is itself a word (改革开发, 入住 for
# 入驻, 反应 for 反映) shows only in its neighbours. For each two-character word of jieba that one
# 同音 (usual readings) or 形近 character turns into another word real text has often (`confused`),
# the counts of three characters — the word and the character before or after it — in real text,
# kept only where they can tell the two apart (`build_realword`). Its own file: the route can be
# switched off by leaving it out.
REALWORD = "realword.marshal"
REALWORD_FORMAT = 1


@dataclass
class RealWord:
    confused: dict[str, tuple[tuple[str, str], ...]]   # written word → (word real text prefers, 同音/形近)
    triples: dict[str, int]                            # three characters → count in real text

    def count(self, run: str) -> int:
        return self.triples.get(run, 0)


def build_realword(text_runs: Iterable[str], freq: dict[str, int], sound: dict[str, str],
                   shapes: dict[str, frozenset[str]], pair_count, settings: dict[str, float]) -> bytes:
    """The contents of `realword.marshal`: the written words and the words they may stand for (jieba
    ≥ settings["min_weight"], real text ≥ settings["min_count"]), and the triples of real text — one
    of those words with a neighbour — that could ever reach the route's threshold (the right word's
    seen at least settings["context"] times there and half settings["evidence"] as often (two neighbours), scaled to the
    written word's frequency), with the written word's in the same places."""
    from collections import Counter

    def han(word: str) -> bool:
        return all("\u4e00" <= ch <= "\u9fff" for ch in word)

    right = {w for w, f in freq.items() if len(w) == 2 and f >= settings["min_weight"] and han(w)
             and pair_count(w) >= settings["min_count"]}
    by_sound: dict[str, list[str]] = {}
    for ch, reading in sound.items():
        by_sound.setdefault(reading, []).append(ch)
    confused: dict[str, list[tuple[str, str]]] = {}
    for word in sorted(right):
        for k in range(2):
            ch = word[k]
            others = [(o, "同音") for o in by_sound.get(sound.get(ch, ""), ()) if o != ch]
            others += [(o, "形近") for o in sorted(shapes.get(ch, ())) if o != ch and o not in dict(others)]
            for other, how in others:
                written = word[:k] + other + word[k + 1:]
                if freq.get(written) and han(written):
                    confused.setdefault(written, []).append((word, how))
    vocab = set(confused) | {w for v in confused.values() for w, _ in v}
    triples: Counter[str] = Counter()
    for run in text_runs:
        n = len(run)
        for i in range(n - 1):
            if run[i:i + 2] in vocab:
                if i:
                    triples[run[i - 1:i + 2]] += 1
                if i + 2 < n:
                    triples[run[i:i + 3]] += 1
    beside: dict[tuple[str, int], list[str]] = {}   # (word, 0 before / 1 after) → the neighbours seen
    for run in triples:
        beside.setdefault((run[1:], 0), []).append(run[0])
        beside.setdefault((run[:2], 1), []).append(run[2])
    kept: dict[str, int] = {}
    for written, words in confused.items():
        seen = pair_count(written)
        for word, _ in words:
            total = max(pair_count(word), 1)
            for side in (0, 1):
                for x in beside.get((word, side), ()):
                    run = x + word if side == 0 else word + x
                    c = triples[run]
                    if c >= settings["context"] and seen * c / total >= settings["evidence"] / 2:
                        kept[run] = c
                        mine = x + written if side == 0 else written + x
                        if triples.get(mine, 0) >= 1:
                            kept[mine] = triples[mine]
    return marshal.dumps({"format": REALWORD_FORMAT, "confused": {k: tuple(v) for k, v in confused.items()},
                          "triples": kept})


@lru_cache(maxsize=1)
def realword() -> RealWord | None:
    with _lock:
        try:
            data = marshal.loads((resources_dir() / "check" / REALWORD).read_bytes())
            if data.get("format") != REALWORD_FORMAT:
                raise ValueError(data.get("format"))
            return RealWord(data["confused"], data["triples"])
        except (OSError, ValueError, EOFError, TypeError, KeyError):
            return None
