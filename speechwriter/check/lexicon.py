"""The lexicons the 错别字 rule reads: jieba's dictionary frequencies, the official writing's
character runs (`resources/check/official.txt`), each common character's readings (`chars.tsv`)
and its look-alikes (`shapes.tsv`); plus the clerk's own words. Loaded once, on first use.

`confusables(ch)` gives the characters a clerk's slip could have put for `ch` (or `ch` for them):
the same syllable (同音, tone aside), a near one (近音: z/zh, c/ch, s/sh, n/l, -n/-ng) or a similar
shape (形近).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from speechwriter.paths import resources_dir

_NEAR_INITIALS = (("zh", "z"), ("ch", "c"), ("sh", "s"), ("l", "n"))
_NEAR_FINALS = (("ang", "an"), ("eng", "en"), ("ing", "in"), ("iang", "ian"), ("uang", "uan"))
_lock = threading.Lock()


def _near(syllable: str) -> str:
    for long, short in _NEAR_INITIALS:
        if syllable.startswith(long):
            syllable = short + syllable[len(long):]
            break
    for long, short in _NEAR_FINALS:
        if syllable.endswith(long):
            return syllable[: -len(long)] + short
    return syllable


@dataclass
class Lexicon:
    freq: dict[str, int]
    official: frozenset[str]
    readings: dict[str, tuple[str, ...]]
    shapes: dict[str, frozenset[str]]
    by_sound: dict[str, tuple[str, ...]] = field(default_factory=dict)
    by_near: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _confusables: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    _relations: dict[str, dict[str, str]] = field(default_factory=dict)
    _index: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        sound: dict[str, list[str]] = {}
        near: dict[str, list[str]] = {}
        for ch, values in self.readings.items():
            for value in values:
                sound.setdefault(value, []).append(ch)
                near.setdefault(_near(value), []).append(ch)
        self.by_sound = {k: tuple(v) for k, v in sound.items()}
        self.by_near = {k: tuple(v) for k, v in near.items()}

    def confusables(self, ch: str) -> tuple[tuple[str, str], ...]:
        """(character, how) — how is 同音, 近音 or 形近; each character once, the closest relation kept."""
        found = self._confusables.get(ch)
        if found is None:
            seen: dict[str, str] = {}
            for value in self.readings.get(ch, ()):
                for other in self.by_sound.get(value, ()):
                    seen.setdefault(other, "同音")
            for value in self.readings.get(ch, ()):
                for other in self.by_near.get(_near(value), ()):
                    seen.setdefault(other, "近音")
            for other in self.shapes.get(ch, ()):
                seen.setdefault(other, "形近")
            seen.pop(ch, None)
            found = self._confusables[ch] = tuple(seen.items())
        return found

    def relation(self, ch: str, other: str) -> str | None:
        """同音, 近音 or 形近 when `other` is confusable with `ch`, else None."""
        table = self._relations.get(ch)
        if table is None:
            table = self._relations[ch] = dict(self.confusables(ch))
        return table.get(other)

    def index(self, min_weight: dict[int, int]) -> None:
        """Words of 2–4 characters at least `min_weight[len]` frequent, by each of their
        characters blanked out, for `near_words`."""
        index: dict[str, list[tuple[str, int]]] = {}
        for word, freq in self.freq.items():
            n = len(word)
            if 2 <= n <= 4 and freq >= min_weight[n]:
                for k in range(n):
                    index.setdefault(word[:k] + "\0" + word[k + 1:], []).append((word, freq))
        self._index = {k: tuple(v) for k, v in index.items()}

    def near_words(self, window: str, k: int) -> tuple[tuple[str, int], ...]:
        """The indexed words equal to `window` but for its character `k`."""
        return self._index.get(window[:k] + "\0" + window[k + 1:], ())

    def weight(self, word: str) -> int:
        """How established `word` is: its jieba frequency, or a high weight when the official
        writing uses it."""
        return max(self.freq.get(word) or 0, 200 if word in self.official else 0)


def _rows(name: str) -> Iterator[list[str]]:
    path = resources_dir() / "check" / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return
    for line in text.splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    from speechwriter.core.tokens import tokenizer

    with _lock:
        freq = tokenizer().FREQ
        try:
            official = frozenset((resources_dir() / "check" / "official.txt").read_text(encoding="utf-8").split("\n"))
        except OSError:
            official = frozenset()
        readings = {row[0]: tuple(row[1].split(",")) for row in _rows("chars.tsv") if len(row) == 2}
        shapes: dict[str, set[str]] = {}
        for row in _rows("shapes.tsv"):
            for ch in row:
                shapes.setdefault(ch, set()).update(c for c in row if c != ch)
        return Lexicon(freq, official, readings, {k: frozenset(v) for k, v in shapes.items()})
