"""易混用法 by context (issue 18): a real word written where its confusable twin is meant — 一致强大的部队 for
一支, 应急相应 for 响应, 履行监督指责 for 职责, 国务院日前引发 for 印发 — judged by a context classifier per confusion pair, in the spirit of
Golding & Roth's confusion-set spelling correction (naive Bayes over the words around the word).

Confusion pairs: two dictionary words of two to four characters (jieba's dictionary or common.tsv) that differ in
one character, the two characters 同音 (their usual toneless readings, ngram.py's, from pypinyin) or 形近
(shapes.tsv), both written often enough in real text to learn from (MIN_WORD); plus a few pairs of public usage
notes (build_confuse.NOTED). Pairs the usage rule treats as house style or variants (variants.VARIANTS: 做/作,
订/定 …) are none. No error set was read to choose them.

Features of a place (`features`): the words of its clause (jieba's cut, dictionary only; numbers as one token)
right before and after it (position-marked: <w, >w, and two away: <<w, >>w; a clause's edge is ^ or $) and, as a
bag, the words within WINDOW words either side (~w). For each pair, real text's counts of each feature with each
member are kept where the feature tells the members apart (build_confuse.py); a feature not kept weighs nothing.

At check time, where a member is written as a word of jieba's cut, the log-odds that its twin is meant are the
prior ln(n_twin / n_written) plus, for each kept feature of the place, ln(P(f | twin) / P(f | written)) (counts +
ALPHA, each term at most CAP nats either way). A finding needs MARGIN nats at least, a position-marked feature and
a second feature on the twin's side (one word of the bag is no evidence), and the place must be none of the
written word's own: no neighbour word it is written beside ATTESTED times in real text, no run of four characters
around it real text writes (charlm.py; such a place is left before it is cut), and some twin's run of four
characters there one real text does write (a confident twin has real text's characters around it too; this also
spares most places the cut: ~10 ms of CPU per 20k characters).

Left alone: the usage rule's variants (VARIANTS); a word inside quotes or 《》; a line that writes both members (环保督察 …
督查反馈: the writer tells them apart); a word whose place (the word with the two characters before or after it) the
text writes again (a repeated phrase is meant: usage.by_context); a place the usage rule's own patterns decide
(their finding and reason stand); members of four characters (no run of four holds them with a neighbour).

The margin was set on development data only: the held-aside days of the news of 2024 (bench/confuse.py dev, a table
trained without 2024–2025) and the five development false-alarm sets with the bench's speeches (every candidate
above 8 nats read). At 12 those sets and the speeches get no finding (their highest: 多种 → 多重, 11.2); on the dev days it flags
1 of 80,689 places as written (0.004 per 10k characters) and finds 11.8% of 18,059 swaps of a member for its
twin. Measured after, on the 2025 days (bench/confuse.py test): 11.0% of 17,750 swaps found (1,945), 1 of 77,588
places flagged (研究与实验发展 → 试验, which is the statistical term's own wording).
Tried and left out: a margin of 6 (with the first guards, a third of the swaps found, but 24 findings on the five
false-alarm sets: 督查 → 督察, 升级 → 省级, 多种 → 多重, 新型 → 新兴, where both words are right); members written
40 times at least (285 pairs; at 16 nats 1,122 dev swaps found against 1,517 with the 571 pairs of 20 times).

Table: resources/check/confuse.zlib, written by build_confuse.py (a missing table or another format turns the
route off).
"""

from __future__ import annotations

import marshal
import math
import re
import threading
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from speechwriter.paths import resources_dir

if TYPE_CHECKING:
    from speechwriter.check.charlm import Table as CharTable

PREBUILT = "confuse.zlib"
FORMAT = 1
WINDOW = 5      # words either side whose presence is a (bag) feature
ALPHA = 0.5     # added to each count
MARGIN = 12.0   # nats of log-odds for the twin, at least (set on development data: build_confuse.py, bench/confuse.py)
CAP = 4.0       # nats one feature weighs at most either way (one collocation is no proof; naive Bayes over
                # overlapping features is overconfident)
ATTESTED = 2    # real text writes the word beside a neighbour this often: the place is the word's own
REACH = 12      # characters either side of a word that are cut to find its context at check time
CLAUSE = re.compile(r"[^，。；！？、：“”‘’（）《》〈〉【】()\[\]\s,;!?:]+")
_NUMBER = re.compile(r"^[0-9０-９.．%％]+$")
_lock = threading.Lock()


def norm(word: str) -> str:
    """A token as a feature: numbers are one token."""
    return "0" if _NUMBER.match(word) else word


def features(words: list[str], k: int) -> list[str]:
    """The features of the word `words[k]` of a clause's cut."""
    n = len(words)
    out = ["<" + (words[k - 1] if k > 0 else "^"), ">" + (words[k + 1] if k + 1 < n else "$")]
    if k > 0:
        out.append("<<" + (words[k - 2] if k > 1 else "^"))
    if k + 1 < n:
        out.append(">>" + (words[k + 2] if k + 2 < n else "$"))
    bag = set(words[max(0, k - WINDOW):k]) | set(words[k + 1:k + 1 + WINDOW])
    bag.discard(words[k])
    out += ["~" + w for w in bag]
    return out


@dataclass
class Table:
    counts: dict[str, tuple[int, int]]                      # each member's count in real text, places counted
    twins: dict[str, tuple[str, ...]]                       # each member's confusable twins
    pairs: dict[str, dict[str, tuple[int, int]]]            # "a\tb" (a < b) → feature → (count with a, with b)
    first2: dict[str, tuple[str, ...]]                      # members by their first two characters
    starts: re.Pattern                                      # a first character of a member

    def odds(self, written: str, twin: str, feats: list[str]) -> tuple[float, int, int]:
        """(log-odds that `twin` is meant, features for the twin of which position-marked) at a place with
        `feats` where `written` is written."""
        a, b = (written, twin) if written < twin else (twin, written)
        table = self.pairs.get(a + "\t" + b)
        if table is None:
            return -math.inf, 0, 0
        (total_w, nw), (total_t, nt) = self.counts[written], self.counts[twin]
        score = math.log(total_t / total_w)
        support = marked = 0
        for f in feats:
            got = table.get(f)
            if got is None:
                continue
            cw, ct = (got[0], got[1]) if written == a else (got[1], got[0])
            if cw >= ATTESTED and f[0] in "<>" and f[1] not in "<>^$":
                return -math.inf, 0, 0   # (real text writes the word beside this very neighbour: no slip's place)
            step = math.log((ct + ALPHA) / (nt + 2 * ALPHA)) - math.log((cw + ALPHA) / (nw + 2 * ALPHA))
            step = max(-CAP, min(CAP, step))
            score += step
            if step > 0:
                support += 1
                marked += f[0] in "<>"
        return score, support, marked


def dumps(counts: dict[str, tuple[int, int]], pairs: dict[str, dict[str, tuple[int, int]]]) -> bytes:
    return zlib.compress(marshal.dumps({"format": FORMAT, "counts": counts, "pairs": pairs}), 9)


def load(data: bytes) -> Table | None:
    try:
        raw = marshal.loads(zlib.decompress(data))
        if raw.get("format") != FORMAT:
            return None
        counts, pairs = raw["counts"], raw["pairs"]
    except (ValueError, EOFError, TypeError, KeyError, zlib.error):
        return None
    twins: dict[str, list[str]] = {}
    for key in pairs:
        a, b = key.split("\t")
        twins.setdefault(a, []).append(b)
        twins.setdefault(b, []).append(a)
    first2: dict[str, list[str]] = {}
    for word in twins:
        first2.setdefault(word[:2], []).append(word)
    return Table(counts, {k: tuple(v) for k, v in twins.items()}, pairs,
                 {k: tuple(sorted(v, key=len, reverse=True)) for k, v in first2.items()},
                 re.compile("[" + "".join(sorted({w[0] for w in twins})) + "]"))


@lru_cache(maxsize=1)
def table() -> Table | None:
    with _lock:
        try:
            data = (resources_dir() / "check" / PREBUILT).read_bytes()
        except OSError:
            return None
        return load(data)


def judge(tab: Table, word: str, feats: list[str], margin: float = MARGIN) -> tuple[float, str] | None:
    """(log-odds, twin) of the twin meant where `word` is written with `feats`, or None."""
    best: tuple[float, str] | None = None
    for twin in tab.twins.get(word, ()):
        score, support, marked = tab.odds(word, twin, feats)
        if score >= margin and support >= 2 and marked and (best is None or score > best[0]):
            best = (score, twin)
    return best


def places(line: str, tab: Table) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of each member written in `line` (the longest at a place; the next one past it)."""
    first2 = tab.first2
    at = 0
    for match in tab.starts.finditer(line):
        i = match.start()
        if i < at:
            continue
        for word in first2.get(line[i:i + 2], ()):
            if line.startswith(word, i):
                yield i, i + len(word), word
                at = i + len(word)
                break


def candidates(line: str, margin: float = MARGIN) -> list[tuple[int, int, str, float]]:
    """(start, end, twin, log-odds) of each word of `line` whose twin the context says is meant."""
    from speechwriter.check import charlm

    tab, grams = table(), charlm.table()
    if tab is None or grams is None:
        return []
    out = []
    cutter = None
    for s, e, word in places(line, tab):
        if line.count("“", 0, s) > line.count("”", 0, s) or line.count("《", 0, s) > line.count("》", 0, s):
            continue   # (inside quotes or a title's marks: a name, a coinage, a quotation, a document's title)
        before, after = line[max(0, s - 2):s], line[e:e + 2]
        if _attested(grams, before, word, after) or not any(_attested(grams, before, twin, after)
                                                             for twin in tab.twins[word]):
            continue   # (first, as a few lookups spare most places the cut: the word as written is real text's there,
            # or no twin is — a confident twin has real text's characters around it too)
        clause = CLAUSE.search(line, max(0, s - REACH))
        while clause is not None and clause.end() < e:
            clause = CLAUSE.search(line, clause.end())
        if clause is None or clause.start() > s:
            continue
        lo, hi = max(clause.start(), s - REACH), min(clause.end(), e + REACH)
        if cutter is None:
            from speechwriter.core.tokens import tokenizer

            cutter = tokenizer()
        words: list[str] = []
        k = -1
        for w, ws, _ in cutter.tokenize(line[lo:hi], HMM=False):
            if ws + lo == s and w == word:
                k = len(words)
            words.append(norm(w))
        if k < 0:
            continue   # (part of a longer word of the cut: 化学反应 is no 反应)
        if lo > clause.start():
            words[0:1] = []
            k -= 1
        if hi < clause.end():
            words.pop()
        if k < 0 or k >= len(words):
            continue
        found = judge(tab, word, features(words, k), margin)
        if found is not None and found[1] not in line:   # (a line that writes both tells them apart: 环保督察 … 督查反馈)
            out.append((s, e, found[1], found[0]))
    return out


def _attested(grams: CharTable, before: str, word: str, after: str) -> bool:
    """Real text writes `word` with the characters `before` and `after` it (up to two each) around it: a run of
    four characters of charlm.py that holds the word and its neighbours (如实反应 is no slip's place when real text
    writes it). Runs with a mark in them are never in the table."""
    size = len(word)
    runs: tuple[str, ...]
    if size == 2:
        runs = (before + word, before[-1:] + word + after[:1], word + after)
    elif size == 3:
        runs = (before[-1:] + word, word + after[:1])
    else:
        return False
    return any(len(run) == 4 and grams.count(run) >= 2 for run in runs)
