"""规范表述: near misses of the fixed phrases mined from real text (build_runs.py → resources/check/runs.zlib) —
the run index (`RunIndex`, `load_runs`, `run_index`), what makes a written span a slip of a run (`_run_edit`),
and the findings of a paragraph (`mined_findings`), which term.check asks for after its curated routes. What
the route does and how it was measured: term.py's docstring ("Mined, not typed", "Short mined phrases").
Split from term.py (2026-12-07), unchanged."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from speechwriter.check import guards
from speechwriter.check.findings import Finding, Para
from speechwriter.check.lists import entries
from speechwriter.check.term_edit import (
    MIN_DROPPED,
    NUMERALS,
    alike,
    common_char,
    first_longest,
    is_word,
    one_edit,
    unseen_pair,
)
from speechwriter.check.variants import house_style

RUNS = "runs.zlib"                 # the mined runs and the near misses seen in real text (build_runs.py)


RUNS_HEADER = "speechwriter-runs 1"
RUN_KEY = 3        # characters of a run's start or end by which the index finds it (one edit inside leaves one whole)
MIN_RUN = 7        # characters of a run (、 counted) whose near misses are looked for
MIN_SHORT_RUN = 5  # a shorter run (5–6 Han characters) is near-missed only where real text never writes the edit (_unwritten)
SHORT_KEY = 2      # characters of a short run's start or end by which the index finds it
_RUN_FUNCTION = set("的是和与及在了也之地好等同跟把被将对向从为以就都还更又再很得着过于其")
MIN_LONG_RUN = 8   # a run this long is near-missed by a look- or sound-alike or two characters swapped wherever that leaves
MIN_LONG_DROP = 10  # … and this long by a character dropped wherever that leaves
MIN_SERIES = 4     # items of a mined enumeration whose order counts: two or three often come in either order
                   # (各地区、各部门 and 各部门、各地区; 数字化、网络化、智能化) — the fixed ones are curated (orders.tsv)
MIN_ITEM = 3       # characters of each item of an enumeration whose order counts (铁路、公路、民航 may come in any)
MIN_ITEM_OF_THREE = 4   # … and of each of three items (中国特色、中国风格、中国气派; 各部门、各地区、各单位 come in any order)
_LEVELS = set("省市县区乡镇村州盟旗国党团部委厅局处科院校会中")   # one for another (省委/市委, 中央/省): another body
_RUN_SEGMENT = re.compile(r"[\u4e00-\u9fff、“”‘’]+")
_QUOTE = re.compile("[“”‘’]")


class RunIndex:
    """The fixed phrases of official writing — the runs mined by build_runs.py, with the curated formulations
    and names as seed entries — indexed by their first and last RUN_KEY characters, so that a text is scanned
    once: at each place the characters that start (or end) a run are looked up, and the window that would hold
    the run is compared with it (term's `one_edit`). `seen`: near misses written in real text (variants,
    other phrases), never flagged."""

    def __init__(self, runs: Iterable[str], seen: frozenset[str]) -> None:
        self.runs = frozenset(runs)
        self.seen = seen
        starts: dict[str, list[str]] = {}
        ends: dict[str, list[str]] = {}
        series: dict[tuple[str, ...], str] = {}
        short_starts: dict[str, list[tuple[str, int]]] = {}
        short_ends: dict[str, list[tuple[str, int]]] = {}
        for run in self.runs:
            if len(run) < MIN_SHORT_RUN or run[0] in _RUN_FUNCTION or run[-1] in _RUN_FUNCTION:
                continue   # (中国共产党为, 了马克思主义: a part of a sentence, not a phrase)
            if len(run) < MIN_RUN:
                if "、" not in run:   # by its first two characters and its last, and by its last two and its first
                    short_starts.setdefault(run[:SHORT_KEY] + run[-1], []).append((run, len(run)))
                    short_ends.setdefault(run[-SHORT_KEY:] + run[0], []).append((run, len(run)))
                continue
            starts.setdefault(run[:RUN_KEY], []).append(run)
            ends.setdefault(run[-RUN_KEY:], []).append(run)
            items = run.split("、")
            if (len(items) >= MIN_SERIES and all(len(item) >= MIN_ITEM for item in items) or
                    len(items) == MIN_SERIES - 1 and all(len(item) >= MIN_ITEM_OF_THREE for item in items)) and \
                    len(set(items)) == len(items):
                series[tuple(sorted(items))] = run
        # each key: the runs it starts, the runs it ends (one look-up a place)
        self.keys = {k: (tuple((r, len(r), r[-1]) for r in starts.get(k, ())),
                         tuple((r, len(r), r[0]) for r in ends.get(k, ()))) for k in starts.keys() | ends.keys()}
        self.short_starts = {k: tuple(v) for k, v in short_starts.items()}
        self.short_ends = {k: tuple(v) for k, v in short_ends.items()}
        # each first (last) pair of a short run: the characters that may end (start) such a run
        lasts: dict[str, set[str]] = {}
        firsts: dict[str, set[str]] = {}
        for k in self.short_starts:
            lasts.setdefault(k[:SHORT_KEY], set()).add(k[SHORT_KEY])
        for k in self.short_ends:
            firsts.setdefault(k[:SHORT_KEY], set()).add(k[SHORT_KEY])
        self.short_lasts = {k: frozenset(v) for k, v in lasts.items()}
        self.short_firsts = {k: frozenset(v) for k, v in firsts.items()}
        # each pair of characters that starts a key: (the short runs' lasts, firsts, some long run's key) — one
        # look-up a place for all three tables (most places start none)
        long = {k[:SHORT_KEY] for k in self.keys}
        self.by_pair = {k: (self.short_lasts.get(k), self.short_firsts.get(k), k in long)
                        for k in self.short_lasts.keys() | self.short_firsts.keys() | long}
        self.series = series
        self.items = frozenset(item for key in series for item in key)
        self.sizes = frozenset(len(k) for k in series)

    def scan(self, seg: str, check_seen: bool = True, every: bool = False) -> list[tuple]:
        """(start, end, as written, the run, how) of each near miss of a run in `seg` (Han characters and 、
        only); overlapping ones: the first, longest kept (with `every`, all of them, for the caller to choose)."""
        found: list[tuple[int, int, str]] = []
        short: list[tuple[int, int, str]] = []   # (the short runs' windows come after the long runs')
        exact: list[tuple[int, int]] = []
        n = len(seg)
        keys, by_pair, short_starts, short_ends = self.keys, self.by_pair, self.short_starts, self.short_ends
        for p in range(n - SHORT_KEY + 1):
            tables = by_pair.get(seg[p:p + SHORT_KEY])
            if tables is None:
                continue
            both = keys.get(seg[p:p + RUN_KEY]) if tables[2] and p + RUN_KEY <= n else None
            if both is not None:
                for run, m, last in both[0]:
                    if seg.startswith(run, p):
                        exact.append((p, p + m))
                        continue
                    for e in (p + m - 1, p + m, p + m + 1):
                        if e <= n and seg[e - 1] == last:
                            found.append((p, e, run))
                q = p + RUN_KEY
                for run, m, first in both[1]:
                    for b in (q - m + 1, q - m, q - m - 1):
                        if b >= 0 and seg[b] == first and seg[b:q] != run:
                            found.append((b, q, run))
            # a short run (5–6 characters) with one edit inside, by its first two characters and its last (`ending`:
            # the lasts of the runs the two at p start), or its last two and its first (`starting`): one edit inside
            # a run of five leaves one of the two pairs whole; a window one character shorter or longer at most
            ending, starting = tables[0], tables[1]
            if ending is not None:
                key = seg[p:p + SHORT_KEY]
                for at, ch in enumerate(seg[p + MIN_SHORT_RUN - 2:p + MIN_RUN], p + MIN_SHORT_RUN - 2):
                    if ch in ending:   # (the window's last character)
                        e = at + 1
                        for run, m in short_starts[key + ch]:
                            if e - p == m and seg.startswith(run, p):
                                exact.append((p, e))
                            elif m - 1 <= e - p <= m + 1:
                                short.append((p, e, run))
            if starting is not None:
                key, q = seg[p:p + SHORT_KEY], p + SHORT_KEY
                lo = max(0, q - MIN_RUN)
                for b, ch in enumerate(seg[lo:max(lo, q - MIN_SHORT_RUN + 2)], lo):
                    if ch in starting:
                        for run, m in short_ends[key + ch]:
                            if m - 1 <= q - b <= m + 1 and seg[b:q] != run:
                                short.append((b, q, run))
        found += short
        kept = []
        # the furthest end of a run written right starting at or before each place
        cover = [0] * (n + 1)
        if found and exact:
            for es, ee in exact:
                if ee > cover[es]:
                    cover[es] = ee
            furthest = 0
            for k in range(n + 1):
                furthest = cover[k] = cover[k] if cover[k] > furthest else furthest
        for s, e, run in found:
            written = seg[s:e]
            if check_seen and cover[s] >= e:
                continue   # part of a run written right
            if check_seen and (written in self.seen or written in self.runs):
                continue   # real text writes it: a variant or another phrase
            how = _run_edit(written, run)
            if how is not None:
                kept.append((s, e, written, run, how))
        if self.series and "、" in seg:
            kept += self._reordered(seg)
        return kept if every else first_longest(kept)

    def _reordered(self, seg: str) -> list[tuple]:
        """The items of a fixed enumeration all written, but in another order (国务院、党中央); the first
        and last item may run into the words around them."""
        items, at = [], 0
        for item in seg.split("、"):
            items.append((at, item))
            at += len(item) + 1
        found = []
        for i in range(len(items) - 1):
            for j in range(i + 1, len(items)):   # the items i to j; those between them are items of a series
                if j - i >= 2 and items[j - 1][1] not in self.items:
                    break
                if j - i + 1 not in self.sizes:
                    continue
                part = [item for _, item in items[i:j + 1]]
                inner = part[1:-1]
                firsts = [part[0][-k:] for k in range(MIN_ITEM, min(len(part[0]), 8) + 1) if part[0][-k:] in self.items]
                lasts = [part[-1][:k] for k in range(MIN_ITEM, min(len(part[-1]), 8) + 1) if part[-1][:k] in self.items]
                for first in firsts:
                    for last in lasts:
                        run = self.series.get(tuple(sorted([first, *inner, last])))
                        if run is None:
                            continue
                        start = items[i][0] + len(part[0]) - len(first)
                        written = "、".join([first, *inner, last])
                        if written != run and written not in self.seen and written not in self.runs:
                            found.append((start, start + len(written), written, run, "次序"))
        return found


def _run_edit(written: str, run: str) -> str | None:
    """How `written` is a slip of `run` (少字, 多字, 错字, 颠倒), None when it is not one or is rather another
    phrase: a number, a level (省委/市委), a 、 or a word like 的 or 同 changed; a character put in that does not
    double its neighbour (doubled, 在在 社社会, it is a slip unless the two make a word or two words meet:
    大大, 加工工业); a character dropped from a short run; a rare character put in (經); where the pair of
    characters the edit makes is a word (坚持以育人为本); where all the pairs it makes are written in real text
    (历史上最好成绩) — for a character replaced by one that neither sounds nor looks alike, where one of them is;
    two characters swapped in a long run are a slip all the same (产业链供链应稳定: 链应 is in 产业链应对)."""
    edit = one_edit(written, run)
    if edit is None:
        return None
    how, where, chars = edit
    if how == "错字" and house_style(chars[0], chars[1]):
        return None   # 发展做出重要贡献: house style, the usage rule's hint (variants.py); a curated formulation
                      # is written to the letter (人民当家作主), and near-missed by its house-style character too
    changed = set(chars)
    doubled = how == "多字" and chars in (written[where - 1], written[where + 1])
    if changed & NUMERALS or "、" in changed or (changed & _RUN_FUNCTION and not doubled) or \
            (how == "错字" and changed <= _LEVELS):
        return None
    if how == "多字" and not doubled:
        return None   # a character put in, not doubled, is mostly meant (中央财政拟安排, 为市场主体添活力)
    if how == "错字" and not common_char(chars[0]):
        return None   # 國民經济: another script or a rare character of a name, not a slip of the keyboard
    if len(run) < MIN_RUN:   # a short run: only where the edit makes no word and what real text never writes
        if how == "少字":
            return None   # 义务教育段, 内涵发展, 我有信心: a short phrase without a character is mostly another phrase
        if how == "多字":
            made_words = [chars * 2]
        elif how == "颠倒":
            made_words = [written[where:where + 2]]
        else:   # 工作的简要, 进一步努力: the character replaced makes a word with its neighbour, another word chosen
            if not alike(chars[0], chars[1]):
                return None   # a slip of the keyboard or the eye only (振兴/振星, 斯/期): another character is another name
            made_words = [written[where - 1:where + 1], written[where:where + 2]]
        if any(is_word(pair) for pair in made_words):
            return None
        # … and a pair of characters never seen side by side (民应 in 支持民应企业; not 卫健 in 卫健等领域)
        pairs = [written[k:k + 2] for k in range(max(0, where - 1), where + (2 if how == "颠倒" else 1))]
        if not any(unseen_pair(pair, 1) for pair in pairs if len(pair) == 2):
            return None
        return how if _unwritten(written, how, where) else None
    if how == "少字" and len(run) < MIN_DROPPED:
        return None
    if doubled:   # 在在路上, 社社会: a character written twice is a slip, unless the two make a word (大大) or
        i = where - 1 if written[where - 1] == chars else where   # each ends and starts a word (加工工业)
        two_words = i > 0 and is_word(written[i - 1:i + 1]) and is_word(written[i + 1:i + 3])
        return None if is_word(chars * 2) or two_words else how
    # the pairs of characters the edit makes (、 aside)
    made = {"少字": (where - 1,), "多字": (where - 1, where), "错字": (where - 1, where),
            "颠倒": (where - 1, where, where + 1)}[how]
    pairs = [written[k:k + 2] for k in made if k >= 0 and "、" not in written[k:k + 2]]
    unseen = [unseen_pair(pair, 1) for pair in pairs]
    look_or_sound = how == "错字" and alike(chars[0], chars[1])
    if how == "错字" and not look_or_sound:
        return how if unseen and all(unseen) else None   # (师德师能建设: 能建 is written; 能 for 风 no slip of the ear)
    words = pairs if how == "少字" else [written[where:where + 2]] if how == "颠倒" else []
    if any(is_word(pair) for pair in words):
        return None
    # in a long run a slip of the ear or the eye, two characters swapped or (longer still) one left out are
    # slips even where the pairs they make are written (中央纪律检察委员会, 人力资源和社会保险部: real-word slips)
    long = (look_or_sound or how == "颠倒") and len(run) >= MIN_LONG_RUN or how == "少字" and len(run) >= MIN_LONG_DROP
    return how if any(unseen) or long else None


def _unwritten(written: str, how: str, where: int) -> bool:
    """Every run of three characters of `written` that the edit made (one holding the character changed or put
    in, the two characters swapped, or the two that a character dropped brought together) is never written in real
    text (charlm.py's counts of 10M characters of official writing): 乡村振办战略 (振办, 振办战 …); 发展机遇 for
    发展的机遇 is written."""
    from speechwriter.check.charlm import table

    grams = table()
    if grams is None:
        return False
    lo, hi = {"错字": (where, where), "多字": (where, where), "颠倒": (where, where + 1), "少字": (where - 1, where)}[how]
    made = [written[k:k + 3] for k in range(max(0, hi - 2), lo + 1) if k + 3 <= len(written)]
    return bool(made) and all(grams.count(gram) == 0 for gram in made)


def load_runs(path: Path, seeds: Iterable[str] = ()) -> RunIndex | None:
    """The index of the runs in `path` (build_runs.py's file) with `seeds`; None when the file is missing,
    unreadable or not ours: the route is off, the rest of the 校对 goes on."""
    import zlib

    try:
        lines = zlib.decompress(path.read_bytes()).decode("utf-8").split("\n")
    except (OSError, zlib.error, UnicodeDecodeError, ValueError):
        return None
    if not lines or lines[0] != RUNS_HEADER or "--" not in lines:
        return None
    cut = lines.index("--")
    return RunIndex([*lines[1:cut], *seeds], frozenset(lines[cut + 1:]))


@lru_cache(maxsize=2)
def run_index(_key: object) -> RunIndex | None:
    """The mined runs (resources/check/runs.zlib), the curated formulations and names their seed entries;
    read once."""
    from speechwriter.check.term import _formulations  # (term imports this module: read when first asked)
    from speechwriter.paths import resources_dir

    seeds = [form for item in _formulations(_key) for form in (item[1], *item[2])] + list(entries("orders"))
    return load_runs(resources_dir() / "check" / RUNS, seeds)


def _run_segments(line: str) -> Iterator[tuple[str, Sequence[int]]]:
    """(segment of Han characters and 、, quotes left out; the offset in `line` of each of its characters)."""
    for m in _RUN_SEGMENT.finditer(line):
        seg = m.group()
        if len(seg) < MIN_SHORT_RUN - 1:
            continue
        if not _QUOTE.search(seg):   # (most: the offsets are the match's own)
            yield seg, range(m.start(), m.end())
            continue
        offsets = [m.start() + k for k, ch in enumerate(seg) if ch not in "“”‘’"]
        if len(offsets) >= MIN_SHORT_RUN - 1:
            yield "".join(line[k] for k in offsets), offsets


def mined_findings(para: Para, i: int, index: RunIndex | None, here: list[Finding]) -> list[Finding]:
    """The near misses of the fixed phrases of official writing (RunIndex) in paragraph `i`, where no finding
    of `here` already says something, starting and ending at word boundaries."""
    if index is None:
        return []
    found: list[Finding] = []
    bounds = None
    for seg, offsets in _run_segments(para.text):
        # every near miss first, then the first and longest of those that pass: a run mined as a fragment that
        # starts inside a word (续推动经济实现…, of 继续推动/持续推动) must not hide the whole run's window
        passed = []
        for s, e, written, run, how in index.scan(seg, every=True):
            start, end = offsets[s], offsets[e - 1] + 1
            if any(f.start < end and start < f.end for f in here + found):
                continue
            if bounds is None:
                from speechwriter.check.wordlist import boundaries

                bounds = boundaries(para.text)
            if start not in bounds or end not in bounds:
                continue   # the window starts or ends inside a word: another phrase
            wrong = para.text[start:end]
            if len(run) < MIN_RUN and _QUOTE.search(wrong):
                continue   # “三去一降一补”重要任务: a quote ends inside a short window, which spans two phrases
            if guards.term_guarded(para.text, start, end, run):
                continue   # a deliberate short or wider form of the phrase: guards.py
            passed.append((s, e, written, run, how))
        for s, e, _written, run, how in first_longest(passed):
            start, end = offsets[s], offsets[e - 1] + 1
            wrong = para.text[start:end]
            suggestion = run if wrong == seg[s:e] else None
            message = (f"“{wrong}”次序不规范，应为“{run}”。" if how == "次序"
                       else f"“{wrong}”疑为规范表述“{run}”之误（{how}）。")
            found.append(Finding("term", "warning", message, i, start, end, wrong, suggestion, para.section))
    return found
