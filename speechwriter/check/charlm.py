"""A character language model of real official writing, for the 错别字 rule's context route (typo.py,
`context_candidates`): how often each run of three and of four characters occurs in the writing ngram.py
counts (党代会 reports, the 1998 人民日报, 新闻联播 2022–2025; never a 政府工作报告), and with ngram.py's
counts of characters and pairs, the probability of a character after the three before it (`log_p`).

Storage: the runs seen at least MIN_COUNT times, hashed (a stable hash of the code points: Python's
hash() of a str changes with every process) into an open-addressing table of SLOTS 16-bit cells, each a
12-bit fingerprint and the count quantised to its power of two (4 bits). A run never seen reads 0 —
except, about once in 400 look-ups, when another run's fingerprint sits in the probed cells (a
sighting no rule may take alone: typo.py asks for a dictionary word too).

`resources/check/charlm.bin` is written by build_lexicon and read lazily, once; a missing file or one
of another format or size turns the route off (no findings from it, nothing breaks).
"""

from __future__ import annotations

import math
import struct
import threading
from array import array
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from speechwriter.paths import resources_dir

if TYPE_CHECKING:
    from speechwriter.check.ngram import Counts

PREBUILT = "charlm.bin"
MAGIC = b"SWCLM"
FORMAT = 1
SLOTS = 1_900_000      # cells (3.8 MB): the 1.3M runs of three and four characters seen twice, 0.68 full
MIN_COUNT = 2
ORDERS = (3, 4)
_MASK = (1 << 64) - 1
_HEADER = struct.Struct("<5sBI")
_lock = threading.Lock()
# each quantised count (a power of two) read back as the middle of its range
_DECODE = (0.0, 2.5) + tuple(2 ** b * 1.41 for b in range(2, 16))


def _hash(run: str) -> int:
    """A stable 64-bit hash of the code points of `run` (FNV-1a, then mixed: splitmix64's finaliser)."""
    h = 0xCBF29CE484222325
    for ch in run:
        h = ((h ^ ord(ch)) * 0x100000001B3) & _MASK
    h ^= h >> 31
    h = (h * 0xBF58476D1CE4E5B9) & _MASK
    return h ^ (h >> 29)


def _cell(h: int) -> tuple[int, int]:
    """(first cell, fingerprint 1–4095) of a hash."""
    return h % SLOTS, (h >> 52) or 1


def _bucket(count: int) -> int:
    return min(15, count.bit_length() - 1)


class Table:
    """The hashed counts of runs of three and four characters."""

    def __init__(self, cells: array) -> None:
        self.cells = cells

    def count(self, run: str) -> float:
        """How often real text has `run` (three or four characters; 0 when never or once), to within a
        factor of √2."""
        cells = self.cells
        at, fp = _cell(_hash(run))
        while True:
            cell = cells[at]
            if not cell:
                return 0.0
            if cell >> 4 == fp:
                return _DECODE[cell & 15]
            at += 1
            if at == SLOTS:
                at = 0


def build(runs: Iterable[str]) -> bytes:
    """The contents of PREBUILT from runs of Chinese characters."""
    from collections import Counter

    grams: Counter[str] = Counter()
    for run in runs:
        for n in ORDERS:
            grams.update(run[i:i + n] for i in range(len(run) - n + 1))
    cells = array("H", bytes(2 * SLOTS))
    kept = sorted(((c, g) for g, c in grams.items() if c >= MIN_COUNT), key=lambda x: (-x[0], x[1]))
    if len(kept) > 0.8 * SLOTS:
        raise ValueError(f"{len(kept)} runs for {SLOTS} cells")
    for count, gram in kept:   # (the frequent first: their probes are the shortest)
        at, fp = _cell(_hash(gram))
        while cells[at]:
            at = (at + 1) % SLOTS
        cells[at] = fp << 4 | _bucket(count)
    if cells.itemsize != 2:
        raise ValueError("array('H') is not 16 bits here")
    if struct.pack("=H", 1) != struct.pack("<H", 1):
        cells.byteswap()
    return _HEADER.pack(MAGIC, FORMAT, SLOTS) + cells.tobytes()


@lru_cache(maxsize=1)
def table() -> Table | None:
    """The table of PREBUILT, or None when it is missing or not of this format."""
    with _lock:
        try:
            data = (resources_dir() / "check" / PREBUILT).read_bytes()
            magic, version, slots = _HEADER.unpack_from(data)
            if magic != MAGIC or version != FORMAT or slots != SLOTS or len(data) != _HEADER.size + 2 * SLOTS:
                return None
            cells = array("H")
            cells.frombytes(memoryview(data)[_HEADER.size:])
            if struct.pack("=H", 1) != struct.pack("<H", 1):
                cells.byteswap()
            return Table(cells)
        except (OSError, struct.error, ValueError):
            return None


def log_p(ch: str, history: str, grams: Table, counts: Counts, memo: dict[str, float] | None = None) -> float:
    """log P(ch | history) (natural log; `history` the up to three characters before, in one run),
    interpolated from the character alone up through the pair and the runs of three and four (Witten–Bell
    with every history given WITTEN_BELL continuations: a history real text has often, 改革开, and never
    followed by `ch`, makes `ch` improbable however common it is after 开 alone), from `grams` and
    ngram.py's characters and pairs (`counts`); `memo` keeps the runs looked up (one position's
    substitutes share most)."""
    if memo is None:
        memo = {}
    p = (counts.chars.get(ch, 0) + 0.5) / (counts.total + 3500)
    for n in range(1, min(3, len(history)) + 1):
        h = history[-n:]
        below: float
        seen: float
        if n == 1:
            below, seen = counts.chars.get(h, 0), counts.count(h + ch)
        else:
            below = counts.count(h) if n == 2 else _memo_count(h, grams, memo)
            if not below:
                continue   # (a run never seen is followed by nothing seen either)
            seen = _memo_count(h + ch, grams, memo)
        if below:
            p = (min(seen, below) + WITTEN_BELL * p) / (below + WITTEN_BELL)
    return math.log(p)


def _memo_count(run: str, grams: Table, memo: dict[str, float]) -> float:
    found = memo.get(run)
    if found is None:
        found = memo[run] = grams.count(run)
    return found


def window_log_p(run: str, q: int, grams: Table, counts: Counts, span: int = 4,
                 memo: dict[str, float] | None = None) -> float:
    """The log-probability of the characters of `run` whose history (three before) holds `run[q]`:
    run[q] .. run[q + span - 1]."""
    memo = {} if memo is None else memo
    return sum(log_p(run[j], run[max(0, j - 3):j], grams, counts, memo) for j in range(q, min(len(run), q + span)))


WITTEN_BELL = 3.0
