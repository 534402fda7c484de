"""`term`: 规范表述 written wrongly.

- Known wrong forms (`resources/check/terms.tsv` + the clerk's list), each with its right form.
- Near misses of a fixed formulation (`formulas.tsv`): a span of the text that is one character
  dropped, added, replaced or two swapped from a formulation (its Han characters compared, quotes
  and marks aside) — 习近平新时代中国特色社会义思想, 全过程人民主, 中国式现代代化. In a long
  formulation also a word of two characters replaced by one that sounds alike (打铁还需自身硬) and the
  first or last character replaced by a look- or sound-alike (社会主义核心价值见); in one of four
  characters one replaced inside where that makes a pair of characters never seen in real text (扫黑险恶). A numeral
  changed counts only where the number is the formulation's own (三个确立), not an ordinal of
  meetings (党的二十届四中全会 is another plenary session). A formulation's line may list, after
  a TAB, variants that are right as well (绿水青山就是金山银山的理念), and after another its source.
- Fixed orders (`orders.tsv`) written the other way round (国务院、党中央), and the items of a series
  of formulas.tsv (创新、协调、绿色、开放、共享; 富强、民主、文明、和谐) all written but in another order.
- The official names of `names.tsv` (宪法, 党章, 国务院机构设置) are near-missed the same way
  (中华人民共合国, 中央纪律检察委员会, 国家监查委员会); names.py holds the other routes of names,
  meetings, offices and house-style wording.
- Mined, not typed (RunIndex): the fixed phrases of official writing are the long runs of characters it
  repeats. build_runs.py mines them from 新闻联播 2022–2025, the 党代会 reports and the 1998 人民日报 (runs of
  5–20 characters, Han and 、, seen in 8 documents at least — days, reports, sentences — and maximal: names
  of bodies, formulations, fixed enumerations such as 经济建设、政治建设、文化建设、社会建设、生态文明建设) into
  `resources/check/runs.zlib`; the formulations, names and orders of the curated tables are the index's seed
  entries. The index holds each run of 7 characters or more by its first and by its last three characters,
  so a text is scanned once: where the characters at a place start (or end) a run, the window that would
  hold it is compared with it by `_one_edit` (the one home of what a near miss is). Flagged, with the run as
  suggestion: one character dropped (runs of 7 or more), added, replaced or two swapped inside the run, and
  the items of an enumeration (of three characters each at least) all written in another order. Left alone:
  the run itself and a part of a run written right; a near miss real text writes (build_runs scans the same
  corpora for near misses of the runs: 省人民代表大会常务委员会 is a variant, not a slip), or that is a run of
  its own; a number, a level or body (省委/市委, 中央/省), a 、 or a word like 的 changed (doubled, 在在, it is a
  slip all the same); an edit whose characters side by side are all written in real text (ngram.py's pairs:
  历史上最好成绩 is a phrase, 改格 is no pair of real text) — which also keeps person and place names, whose
  characters pair freely, mostly out; a window that starts or ends inside a word; and wherever a listed
  form, a formulation's or a name's route already speaks. Without the table (missing, broken, not ours) the
  route is off and the rest goes on.
- Short mined phrases (5–6 characters: 乡村振兴战略, 中国式现代化, 哈萨克斯坦, by their first or last two
  characters): near-missed only by a look- or sound-alike, two characters swapped or one doubled, and only where
  the edit makes no word with a neighbour (工作的简要 is 简要, another word), a pair of characters it makes is never
  written side by side (ngram.py: 卫健 and 亚非 are), no run of three characters it makes is written in real text
  (charlm.py), nor the window itself (build_runs' near misses seen); a character dropped (义务教育段, 内涵发展) or
  put in, or one that neither sounds nor looks alike (伟大抗疫精神 is no slip of 伟大抗战精神, although the texts
  of 2022 on do not write it; a local name's character) is left to the 错别字 rule; a window with a quote inside
  (“三去一降一补”重要任务) spans two phrases.

SHORT RUNS (2026-12-07, issue 18, session term5): written from a synthetic set — 281 mined runs written in the corpus
speeches, one edit put inside each (dropped, doubled, swapped, a look- or sound-alike, any character; a /tmp harness,
seeded) — and the findings on the corpus speeches and the four development false-alarm sets (gov 1998–2025, unseen,
fresh, fadev), never from an error set's pairs. The mined route alone (curated tables and names.py off) before →
after: synthetic 75 → 94 of 281 (look- or sound-alike in runs of 5–6: 6 → 20 of 40, swapped 6 → 9 of 21);
formulations_public 10 → 12 of 20, termdev 5 → 5 of 35, termdev2 2 → 2 of 12; and, measured before their misses were
read, heldout3 0 → 0 of 29 and heldout4 1 → 1 of 36: the slips those sets hold are titles, bodies' names, house
style and banned wording, not near misses of a phrase. Tried and left out: any character replaced in a short run
(synthetic 110 of 281, but 6 findings more on fa4_official, counted and not read: local names); a character dropped
from one (义务教育段); enumerations of two or three items whose other orders the mined texts never write (2,145
of them: 各部门、各地区, 生活方式、生产方式 and 艰苦奋斗、自力更生 are written by the reports all the same); any
character replaced in a long run where charlm never saw the runs of three it makes (伟大抗疫精神, 不确定因素较多).
The full bench (bench/check.py --no-heldout, seed 10) before → after: every term figure and every false-alarm line
unchanged (term 19 → 20 of 20 is names.py's bound on the 10th Central Committee's plenums, 十届四中全会); CPU of the
whole check of 20,000 characters about 250 → 285 ms side by side on the loaded machine (term.check alone 50 → 76 ms).

MINED (2026-12-07; bench/check.py --no-heldout, the dev sets' pairs never read by a rule):
- The table: 45,668 runs (those of 7 characters or more are near-missed) and 527 near misses seen in real
  text, 382 kB; read once, on the first check (about 0.13–0.2 s of CPU on a loaded machine); the route adds
  about 15 ms of CPU per 20,000 characters.
- The dev sets' right forms the mined runs hold (not counting the curated seeds): dev1 1 of 2, termdev 13 of
  35 as a run (7 of 7 characters or more: 十四届全国人大二次会议, 中央纪律检查委员会, 全国人民代表大会常务委员会 …),
  termdev2 6 of 12 (不忘初心、牢记使命, 以习近平同志为核心的党中央, 社会主义核心价值观), heldout3 8 of 29 (中华人民共和国,
  总揽全局、协调各方的领导核心作用, 广西壮族自治区), formulations_public 16 of 20. Most right forms of the dev
  sets are short names, titles and house style (人大常委会主任, 政府工作报告) that names.py's patterns read.
- The mined route alone (curated tables and names.py off): formulations_public 10 of 20, termdev 5 of 35,
  termdev2 2 of 12, heldout3 0 of 29; the corpus speeches: no finding. With everything on, the dev figures are
  those of the curated routes (a mined finding gives way to a listed or curated one), before → after:
  term 19/20 → 19/20, term_dev1 1/2 → 1/2, termdev 34/35 → 34/35, termdev2 9/12 → 9/12, heldout3 22/29 →
  22/29 (the in place / in its words / bare splits unchanged); typo_dev2 23 → 24 of 64 (一年之季在于春: the
  mined 一年之计在于春). False alarms per 10k: 0.12 → 0.14 (中央预算投资 for 中央预算内投资: a short form real
  text writes, one character from a run of seven), unseen 0.30 → 0.30, fresh 0.24 → 0.24.
- 200 runs written in the corpus speeches, one edit put inside each (a /tmp harness, seeded): found 125 —
  swapped 32/44, doubled 33/46, dropped 20/38, a look- or sound-alike 22/29, any character 18/43.
- Tried and left out: a character put in that is not doubled (中央财政拟安排, 为市场主体添活力: mostly meant);
  the order of mined enumerations of two or three items (各部门、各地区; 数字化、网络化、智能化 come in either
  order); runs of 6 characters (the route took about 25 ms per 20,000 characters instead of 15; their recall
  was not measured); a character of another script or a rare one (國民經济); edits whose pairs are all
  written in real text, but in long runs (real-word slips: 检察 for 检查). Not done: the curated formulations
  keep their own pair index for the edits only they have (a word of two dropped or replaced, words swapped, the
  first or last character); the near-miss test (`_one_edit`) is shared.
"""

from __future__ import annotations

import re
from functools import lru_cache

from speechwriter.check import guards
from speechwriter.check.findings import Finding, Text
from speechwriter.check.lists import Entry, entries
from speechwriter.check.variants import house_style
from speechwriter.check.wordlist import list_findings

MIN_HAN = 5            # shorter formulations are checked for a changed number only
MIN_NAME = 7           # official names (names.tsv) shorter than this are not near-missed (中国人民进行 is no 中国人民银行)
MIN_WORD_REPLACED = 7  # a formulation this long (not a name: 国家安全委员会 is no 国家监察委员会) is near-missed by a
                       # word of two characters replaced inside it (打铁还需自身硬)
MIN_EDGE = 7           # a formulation this long is near-missed by its first or last character replaced by a look- or
                       # sound-alike too (社会主义核心价值见)
MIN_DROPPED = 7        # a character dropped from a shorter one is often a phrase of its own (中国现代化)
# added to or put into a formulation these make a sentence, not a slip (人类是命运共同体, 全心全意地为人民服务,
# 统筹好发展和安全, 新的生产力); dropped they are one (以习近平同志为核心党中央)
_FUNCTION = set("的是和与及在了也之地好等")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_INSIDE = re.compile(r"[\u4e00-\u9fff“”‘’、]+")
_INSIDE_SERIES = re.compile(r"[\u4e00-\u9fff“”‘’、，]+")   # a formulation of series between commas (核心价值观's twelve words)
_NUMERALS = set("一二两三四五六七八九十百")
_ORDINAL = re.compile(r"届|次|中全会|大")


def _pairs(skeleton: str) -> set[str]:
    return {skeleton[i:i + 2] for i in range(len(skeleton) - 1)}


MAX_PAIRS_LOST = 4   # one edit breaks at most this many of a formulation's pairs of characters (three dropped: 4)


def _skeleton(text: str) -> tuple[str, list[int]]:
    offsets = [i for m in _HAN.finditer(text) for i in range(m.start(), m.end())]   # (by runs: a regex, not a loop)
    return "".join(_HAN.findall(text)), offsets


@lru_cache(maxsize=4)
def _formulations(_key) -> tuple[tuple[str, str, frozenset[str], bool, frozenset[str], frozenset[str]], ...]:
    """(skeleton, as written, skeletons of the right forms incl. variants, a formulation not a name, its
    characters, its pairs of characters side by side) of each formulation and official name."""
    found = []
    # a name's official short form drops its 和 (人力资源社会保障部, 住房城乡建设部); a name of five
    # or six characters is one character from another body's or words (国土安全部, 中国人民进行)
    names = [Entry(name, name.replace("和", "")) for name in entries("names") if len(_skeleton(name)[0]) >= MIN_NAME]
    formulas = list(entries("formulas").values())
    for k, entry in enumerate(formulas + names):
        # a formulation's line: the formulation, the variants that are right as well (；), its source
        right = {_skeleton(entry.wrong)[0]} | {_skeleton(v)[0] for v in entry.right.split("；") if v.strip()}
        skeleton = _skeleton(entry.wrong)[0]
        if len(skeleton) >= 4:
            found.append((skeleton, entry.wrong.replace("“", "").replace("”", ""), frozenset(right), k < len(formulas),
                          frozenset(skeleton), frozenset(_pairs(skeleton))))
    return tuple(found)


def _one_edit(a: str, b: str, drops: tuple[int, ...] = (), word: bool = False,
              edge: bool = False) -> tuple[str, int, str] | None:
    """How `a` (written) differs from `b` (the formulation) by one edit inside it (not at either
    end, where the text has simply another word): (少字/多字/错字/颠倒, where in `a`, the
    characters concerned; 错词 with `word`: two characters side by side replaced in a long
    formulation, the written and the right ones; with `edge` the first or the last character may be
    the one replaced); None otherwise."""
    if a == b:
        return None
    la, lb = len(a), len(b)
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1 and (0 < diff[0] < la - 1 or edge):
            return "错字", diff[0], a[diff[0]] + b[diff[0]]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return "颠倒", diff[0], a[diff[0]] + a[diff[1]]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and lb >= MIN_WORD_REPLACED and 0 < diff[0] and diff[1] < la - 1 \
                and word:
            return "错词", diff[0], a[diff[0]:diff[1] + 1] + b[diff[0]:diff[1] + 1]   # 打铁还需自身硬
        if len(diff) >= 4:
            return _words_swapped(a, b, diff[0], diff[-1] + 1)
        return None
    if lb - la in drops:   # a word of a long name dropped (全国人民代表大会委员会), a person's name from a long
        gap = lb - la      # formulation (以同志为核心的党中央; two characters dropped from one are often another phrase)
        i = next((k for k in range(la) if a[k] != b[k]), la)
        return ("少字", i, b[i:i + gap]) if a[i:] == b[i + gap:] and 0 < i < lb - gap else None
    if la + 1 == lb:
        i = next((k for k in range(la) if a[k] != b[k]), la)
        return ("少字", i, b[i]) if a[i:] == b[i + 1:] and 0 < i < lb - 1 else None
    if la == lb + 1:
        i = next((k for k in range(lb) if a[k] != b[k]), lb)
        return ("多字", i, a[i]) if a[i + 1:] == b[i:] and 0 < i < la - 1 else None
    return None


MIN_LONG_FORMULA = 10  # a formulation this long is near-missed by a word of three characters dropped too
MIN_LONG_NAME = 10     # an official name this long is near-missed by a word (two characters) dropped too (Vietnam's
                       # 中央检查委员会 is no 中央纪律检查委员会)


@lru_cache(maxsize=4)
def _long_names_of(_key) -> dict[str, tuple[int, ...]]:
    """The skeletons of long names and formulations, each with the lengths of a word that may be dropped."""
    drops: dict[str, tuple[int, ...]] = {_skeleton(f)[0]: (3,) for f in entries("formulas") if len(_skeleton(f)[0]) >= MIN_LONG_FORMULA}
    drops.update({_skeleton(name)[0]: (2,) for name in entries("names") if len(_skeleton(name)[0]) >= MIN_LONG_NAME})
    return drops


def _long_names() -> dict[str, tuple[int, ...]]:
    return _long_names_of((id(entries("names")), id(entries("formulas"))))


def _words_swapped(a: str, b: str, i: int, j: int) -> tuple[str, int, str] | None:
    """Two words of `b[i:j]` (two characters or more each, up to three kept between them) written in
    each other's place in `a`: 群众路线实践教育活动, 国家治理能力和治理体系现代化."""
    region, right = a[i:j], b[i:j]
    for first in range(2, len(right) - 1):
        for last in range(2, len(right) - first + 1):
            middle = right[first:len(right) - last]
            if len(middle) <= 3 and region == right[len(right) - last:] + middle + right[:first]:
                return "颠倒", i, region
    return None


class _PairIndex:
    """The formulations (by their place in the tuple) holding each pair of characters, those of so few
    pairs that one edit may break them all, and likewise the right forms (with their formulation's place)."""

    def __init__(self, formulations: tuple) -> None:
        self.formulations = formulations
        index: dict[str, list[int]] = {}
        for k, item in enumerate(formulations):
            for pair in item[5]:
                index.setdefault(pair, []).append(k)
        self.index = {pair: tuple(ks) for pair, ks in index.items()}
        self.always = frozenset(k for k, item in enumerate(formulations) if len(item[5]) <= MAX_PAIRS_LOST)
        self.rights = [(r, len(_pairs(r))) for item in formulations for r in item[2]]
        by_pair: dict[str, list[int]] = {}
        for j, (r, _n) in enumerate(self.rights):
            for pair in _pairs(r):
                by_pair.setdefault(pair, []).append(j)
        self.rights_index = {pair: tuple(js) for pair, js in by_pair.items()}
        # (both by each pair: one look-up a pair of the text)
        self.both = {pair: (self.rights_index.get(pair, ()), self.index.get(pair, ()))
                     for pair in self.index.keys() | self.rights_index.keys()}


_PAIR_INDEX: dict[int, _PairIndex] = {}


def _pair_index(formulations: tuple) -> _PairIndex:
    """Kept by the tuple's identity (hashing the tuple costs more than the index saves)."""
    kept = _PAIR_INDEX.get(id(formulations))
    if kept is None or kept.formulations is not formulations:
        if len(_PAIR_INDEX) > 4:
            _PAIR_INDEX.clear()
        kept = _PAIR_INDEX[id(formulations)] = _PairIndex(formulations)
    return kept


def _near_misses(skeleton: str, formulations, long_names: dict[str, tuple[int, ...]] | None = None) -> list[tuple]:
    """(start, end) in the skeleton, the formulation, how, where in the window and the characters
    concerned, of each near miss (overlapping ones: the first, longest kept)."""
    table = _pair_index(formulations)
    pairs = _pairs(skeleton)
    # the right forms written here: only those with all their pairs of characters here are looked for
    right_hits: dict[int, int] = {}
    hits: dict[int, int] = {}
    both = table.both
    for pair in pairs:
        found_by = both.get(pair)
        if found_by is not None:
            for j in found_by[0]:
                right_hits[j] = right_hits.get(j, 0) + 1
            for k in found_by[1]:
                hits[k] = hits.get(k, 0) + 1
    exact: list[tuple[int, int]] = []
    for j in sorted(right_hits):
        r, n = table.rights[j]
        if right_hits[j] == n:
            at = skeleton.find(r)
            while at >= 0:
                exact.append((at, at + len(r)))
                at = skeleton.find(r, at + 1)
    present = set(skeleton)
    found: list[tuple] = []
    # only the formulations with all their pairs of characters side by side here but as many as one edit breaks
    candidates = sorted(table.always | {k for k, n in hits.items() if n + MAX_PAIRS_LOST >= len(formulations[k][5])})
    for k in candidates:
        f, written, rights, is_formula, _chars_of, _pairs_of = formulations[k]
        m = len(f)
        # a long formulation's first or last character may be replaced by one that sounds or looks alike
        # (社会主义核心价值见): the rest is too long to be another phrase
        edge = is_formula and m >= MIN_EDGE
        if (f[0] not in present or f[-1] not in present) and not (edge and (f[0] in present or f[-1] in present)):
            continue   # a near miss starts with the formulation's first character and ends with its last
        drops = (long_names or {}).get(f, ())
        starts: list[tuple[int, int]] = []
        # the edit is inside: a near miss starts with the formulation's first character and ends
        # with its last
        at = skeleton.find(f[0])
        while at >= 0:
            for length in tuple(m - d for d in drops) + (m - 1, m, m + 1):
                if at + length <= len(skeleton) and skeleton[at + length - 1] == f[-1]:
                    starts.append((at, at + length))
            at = skeleton.find(f[0], at + 1)
        if edge:   # all of it but the first character or the last
            for part, k in ((f[:-1], 0), (f[1:], 1)):
                at = skeleton.find(part)
                while at >= 0:
                    if 0 <= at - k and at - k + m <= len(skeleton):
                        starts.append((at - k, at - k + m))
                    at = skeleton.find(part, at + 1)
        for s, e in starts:
            window = skeleton[s:e]
            if window in rights or any(es <= s and e <= ee for es, ee in exact):
                continue
            edit = _one_edit(window, f, drops, word=is_formula, edge=edge)
            if edit is None:
                continue
            how, where, chars = edit
            if how == "错字" and where in (0, m - 1) and not _alike(chars[0], chars[1]):
                continue   # 中国特色社会主义道理 would be; another word at the end is another phrase
            changed = set(chars)
            doubled = how == "多字" and (window[where - 1] == window[where] or window[where] == window[where + 1])
            if changed and changed <= _NUMERALS and _ORDINAL.search(f) and not doubled:
                continue   # 二十届四中全会: another session, not a slip (but 三三中全会 is one)
            if m < MIN_HAN and not (changed and changed <= _NUMERALS) and \
                    not (is_formula and m == MIN_HAN - 1 and how == "错字" and not _in_dictionary(window)
                         and _unseen_pair(window, where)):
                continue   # a formulation of four: one character replaced inside, if that makes no word and
                           # no pair of real text (扫黑险恶; 高度政治自觉 is no slip of 高度自治: 度政 is written)
            if how == "错词" and not _sounds_alike(chars[:2], chars[2:]):
                continue   # 构建两岸命运共同体, 中国特色社会主义工会发展道路: another word in its slot is another phrase
            if m == MIN_HAN - 1 and how == "错字" and set(f) & _NUMERALS:
                continue   # 四个方面 is no slip of “四个全面”: a numbered formulation is near-missed by its number only
            if (how == "少字" and m < MIN_DROPPED) or (how == "多字" and changed <= _FUNCTION) or \
                    (how == "错字" and chars[0] in _FUNCTION) or (how == "错词" and set(chars[:2]) & _FUNCTION):
                continue
            if any(es < e and s < ee and not (s <= es and ee <= e and ee - es < e - s) for es, ee in exact):
                continue   # overlaps a formulation written right (one inside the window is no matter)
            found.append((s, e, written, how, where, chars))
    return _first_longest(found)


def _first_longest(found: list[tuple]) -> list[tuple]:
    """Of windows (start, end, …), the first and, at one start, the longest, none overlapping one kept."""
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    kept: list[tuple] = []
    for item in found:
        if not any(item[0] < k[1] and k[0] < item[1] for k in kept):
            kept.append(item)
    return kept


def _clear_of(new: list[Finding], findings: list[Finding]) -> list[Finding]:
    """The findings of `new` that overlap none of `findings` (another route has said it there)."""
    spans = [(f.paragraph, f.start, f.end) for f in findings]
    return [f for f in new if not any(p == f.paragraph and s < f.end and f.start < e for p, s, e in spans)]


RUNS = "runs.zlib"                 # the mined runs and the near misses seen in real text (build_runs.py)
RUNS_HEADER = "speechwriter-runs 1"
RUN_KEY = 3        # characters of a run's start or end by which the index finds it (one edit inside leaves one whole)
MIN_RUN = 7        # characters of a run (、 counted) whose near misses are looked for
MIN_SHORT_RUN = 5  # a shorter run (5–6 Han characters) is near-missed only where real text never writes the edit (_unwritten)
SHORT_KEY = 2      # characters of a short run's start or end by which the index finds it
# put in or taken out these make another phrase (做好同疫情防控, 了解马克思主义); a run does not start or end with one
_RUN_FUNCTION = set("的是和与及在了也之地好等同跟把被将对向从为以就都还更又再很得着过于其")
MIN_LONG_RUN = 8   # a run this long is near-missed by a look- or sound-alike or two characters swapped wherever that leaves
MIN_LONG_DROP = 10  # … and this long by a character dropped wherever that leaves
MIN_SERIES = 4     # items of a mined enumeration whose order counts: two or three often come in either order
                   # (各地区、各部门 and 各部门、各地区; 数字化、网络化、智能化) — the fixed ones are curated (orders.tsv)
MIN_ITEM = 3       # characters of each item of an enumeration whose order counts (铁路、公路、民航 may come in any)
_LEVELS = set("省市县区乡镇村州盟旗国党团部委厅局处科院校会中")   # one for another (省委/市委, 中央/省): another body
_RUN_SEGMENT = re.compile(r"[\u4e00-\u9fff、“”‘’]+")
_QUOTE = re.compile("[“”‘’]")


class RunIndex:
    """The fixed phrases of official writing — the runs mined by build_runs.py, with the curated formulations
    and names as seed entries — indexed by their first and last RUN_KEY characters, so that a text is scanned
    once: at each place the characters that start (or end) a run are looked up, and the window that would hold
    the run is compared with it (term's `_one_edit`). `seen`: near misses written in real text (variants,
    other phrases), never flagged."""

    def __init__(self, runs, seen: frozenset[str]) -> None:
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
            if len(items) >= MIN_SERIES and all(len(item) >= MIN_ITEM for item in items) and len(set(items)) == len(items):
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

    def scan(self, seg: str, check_seen: bool = True):
        """(start, end, as written, the run, how) of each near miss of a run in `seg` (Han characters and 、
        only); overlapping ones: the first, longest kept."""
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
        return _first_longest(kept)

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
    edit = _one_edit(written, run)
    if edit is None:
        return None
    how, where, chars = edit
    if how == "错字" and house_style(chars[0], chars[1]):
        return None   # 发展做出重要贡献: house style, the usage rule's hint (variants.py); a curated formulation
                      # is written to the letter (人民当家作主), and near-missed by its house-style character too
    changed = set(chars)
    doubled = how == "多字" and chars in (written[where - 1], written[where + 1])
    if changed & _NUMERALS or "、" in changed or (changed & _RUN_FUNCTION and not doubled) or \
            (how == "错字" and changed <= _LEVELS):
        return None
    if how == "多字" and not doubled:
        return None   # a character put in, not doubled, is mostly meant (中央财政拟安排, 为市场主体添活力)
    if how == "错字" and not _common(chars[0]):
        return None   # 國民經济: another script or a rare character of a name, not a slip of the keyboard
    if len(run) < MIN_RUN:   # a short run: only where the edit makes no word and what real text never writes
        if how == "少字":
            return None   # 义务教育段, 内涵发展, 我有信心: a short phrase without a character is mostly another phrase
        if how == "多字":
            made_words = [chars * 2]
        elif how == "颠倒":
            made_words = [written[where:where + 2]]
        else:   # 工作的简要, 进一步努力: the character replaced makes a word with its neighbour, another word chosen
            if not _alike(chars[0], chars[1]):
                return None   # a slip of the keyboard or the eye only (振兴/振星, 斯/期): another character is another name
            made_words = [written[where - 1:where + 1], written[where:where + 2]]
        if any(_word(pair) for pair in made_words):
            return None
        # … and a pair of characters never seen side by side (民应 in 支持民应企业; not 卫健 in 卫健等领域)
        pairs = [written[k:k + 2] for k in range(max(0, where - 1), where + (2 if how == "颠倒" else 1))]
        if not any(_unseen_pair(pair, 1) for pair in pairs if len(pair) == 2):
            return None
        return how if _unwritten(written, how, where) else None
    if how == "少字" and len(run) < MIN_DROPPED:
        return None
    if doubled:   # 在在路上, 社社会: a character written twice is a slip, unless the two make a word (大大) or
        i = where - 1 if written[where - 1] == chars else where   # each ends and starts a word (加工工业)
        two_words = i > 0 and _word(written[i - 1:i + 1]) and _word(written[i + 1:i + 3])
        return None if _word(chars * 2) or two_words else how
    # the pairs of characters the edit makes (、 aside)
    made = {"少字": (where - 1,), "多字": (where - 1, where), "错字": (where - 1, where),
            "颠倒": (where - 1, where, where + 1)}[how]
    pairs = [written[k:k + 2] for k in made if k >= 0 and "、" not in written[k:k + 2]]
    unseen = [_unseen_pair(pair, 1) for pair in pairs]
    alike = how == "错字" and _alike(chars[0], chars[1])
    if how == "错字" and not alike:
        return how if unseen and all(unseen) else None   # (师德师能建设: 能建 is written; 能 for 风 no slip of the ear)
    words = pairs if how == "少字" else [written[where:where + 2]] if how == "颠倒" else []
    if any(_word(pair) for pair in words):
        return None
    # in a long run a slip of the ear or the eye, two characters swapped or (longer still) one left out are
    # slips even where the pairs they make are written (中央纪律检察委员会, 人力资源和社会保险部: real-word slips)
    long = (alike or how == "颠倒") and len(run) >= MIN_LONG_RUN or how == "少字" and len(run) >= MIN_LONG_DROP
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


def _common(ch: str) -> bool:
    from speechwriter.check.lexicon import lexicon

    return ch in lexicon().readings


WORD_FREQ = 50   # jieba's weight of a word a clerk means (育人 74, 中人 230), not one of its rare entries (思思 7)


def _word(pair: str) -> bool:
    from speechwriter.core.tokens import tokenizer

    return tokenizer().FREQ.get(pair, 0) >= WORD_FREQ


def load_runs(path, seeds=()) -> RunIndex | None:
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
def _run_index(_key) -> RunIndex | None:
    """The mined runs (resources/check/runs.zlib), the curated formulations and names their seed entries;
    read once."""
    from speechwriter.paths import resources_dir

    seeds = [form for item in _formulations(_key) for form in (item[1], *item[2])] + list(entries("orders"))
    return load_runs(resources_dir() / "check" / RUNS, seeds)


def _run_segments(line: str):
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


def _sounds_alike(written: str, right: str) -> bool:
    """A character of the written word is read as the right one's in its place (还需 for 必须: 需 and 须
    are both xu): the word replaced is a slip of the ear, not another word chosen."""
    from speechwriter.check.lexicon import lexicon

    readings = lexicon().readings
    return any(set(readings.get(a, ())) & set(readings.get(b, ())) for a, b in zip(written, right))


def _alike(written: str, right: str) -> bool:
    """The two characters sound alike or look alike (见 for 观: shapes.tsv)."""
    from speechwriter.check.lexicon import lexicon

    return _sounds_alike(written, right) or right in lexicon().shapes.get(written, frozenset())


def _unseen_pair(window: str, k: int) -> bool:
    """The character `k` of `window` and one beside it are never seen side by side in real text (ngram.py)."""
    from speechwriter.check.ngram import counts

    seen = counts()
    if seen is None:
        return False
    return any(seen.count(two) == 0 for two in (window[k - 1:k + 1], window[k:k + 2]) if len(two) == 2)


def _in_dictionary(word: str) -> bool:
    from speechwriter.core.tokens import tokenizer

    return bool(tokenizer().FREQ.get(word))


def _apart(line: str, offsets: list[int], k: int) -> bool:
    """A mark (not a quote) stands next to the skeleton's character `k` in `line`."""
    before = line[offsets[k - 1] + 1:offsets[k]] if k > 0 else ""
    after = line[offsets[k] + 1:offsets[k + 1]] if k + 1 < len(offsets) else ""
    return any(ch not in "“”‘’" for ch in before + after)


@lru_cache(maxsize=4)
def _orders(_key) -> tuple[tuple[str, str], ...]:
    """(reversed, right) for each adjacent pair of a fixed order."""
    pairs = []
    for line in entries("orders"):
        parts = re.split(r"(、|和)", line)
        items, seps = parts[0::2], parts[1::2]
        for k, sep in enumerate(seps):
            pairs.append((items[k + 1] + sep + items[k], items[k] + sep + items[k + 1]))
    return tuple(pairs)


_SEPARATORS = "、|和|以及|及"


def _quotes_anywhere(item: str) -> str:
    return "[“”]?".join(map(re.escape, item))


@lru_cache(maxsize=4)
def _series(_key) -> tuple[tuple[tuple[str, ...], re.Pattern, re.Pattern], ...]:
    """The series of formulas.tsv (three items or more joined by 、; a line's parts between commas are
    series each), each with the patterns of one item and of a run of its items (和 may join the last)."""
    found = []
    for formulation in entries("formulas"):
        for part in re.split(r"[，；]", formulation.replace("“", "").replace("”", "")):
            items = tuple(part.split("、"))
            if len(items) >= 3 and len(set(items)) == len(items) and all(len(item) >= 2 for item in items):
                alternatives = "|".join(_quotes_anywhere(i) for i in sorted(items, key=len, reverse=True))
                item = rf"[“”]?(?:{alternatives})[“”]?"
                found.append((items, re.compile(item), re.compile(rf"{item}(?:(?:{_SEPARATORS}){item})+")))
    return tuple(found)


def _series_findings(line: str, series: tuple[tuple[tuple[str, ...], re.Pattern, re.Pattern], ...]) -> list[tuple[int, int, str, str]]:
    """(start, end, written, right) of each run holding all the items of a series (`_series`) in another order."""
    found = []
    for items, one, run in series:
        if items[0][:2] not in line:
            continue
        for m in run.finditer(line):
            pieces, at = [], m.start()
            while at < m.end():
                item = one.match(line, at)
                if item is None:
                    break
                sep = re.compile(_SEPARATORS).match(line, item.end())
                pieces.append((item.group(), sep.group() if sep and sep.end() < m.end() else ""))
                at = sep.end() if sep and sep.end() < m.end() else item.end()
                if at == item.end():
                    break
            written = tuple(p.replace("“", "").replace("”", "") for p, _ in pieces)
            if len(written) != len(items) or set(written) != set(items) or written == items or \
                    any(sep != "、" for _, sep in pieces[:-2]):
                continue   # 把文化自信和道路自信、理论自信、制度自信并列: 和 joins only the last item of a series
            as_written = {p.replace("“", "").replace("”", ""): p for p, _ in pieces}
            right = "".join(as_written[item] + pieces[k][1] for k, item in enumerate(items))
            found.append((m.start(), m.end(), m.group(), right))
    return found


def _mined_findings(para, i: int, index: RunIndex | None, here: list[Finding]) -> list[Finding]:
    """The near misses of the fixed phrases of official writing (RunIndex) in paragraph `i`, where no finding
    of `here` already says something, starting and ending at word boundaries."""
    if index is None:
        return []
    found: list[Finding] = []
    bounds = None
    for seg, offsets in _run_segments(para.text):
        for s, e, _written, run, how in index.scan(seg):
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
            suggestion = run if wrong == seg[s:e] else None
            message = (f"“{wrong}”次序不规范，应为“{run}”。" if how == "次序"
                       else f"“{wrong}”疑为规范表述“{run}”之误（{how}）。")
            found.append(Finding("term", "warning", message, i, start, end, wrong, suggestion, para.section))
    return found


def check(text: Text) -> list[Finding]:
    findings = list_findings(text, "terms", "term", "“{wrong}”不是规范表述，应为“{right}”。")
    taken = {(f.paragraph, f.start) for f in findings}
    listed = list(findings)
    formulations = _formulations((id(entries("formulas")), id(entries("names"))))
    orders = _orders(id(entries("orders")))
    series = _series(id(entries("formulas")))
    long_names = _long_names()
    run_index = _run_index((id(entries("formulas")), id(entries("names")), id(entries("orders"))))
    for i, para in enumerate(text.paragraphs):
        skeleton, offsets = _skeleton(para.text)
        bounds = None
        for s, e, written, how, where, chars in _near_misses(skeleton, formulations, long_names):
            start, end = offsets[s], offsets[e - 1] + 1
            wrong = para.text[start:end]
            inside = _INSIDE_SERIES if "，" in written else _INSIDE
            if (i, start) in taken or not inside.fullmatch(wrong) or \
                    any(f.paragraph == i and f.start < end and start < f.end for f in listed):
                continue   # a listed wrong form already says it
            if len(_skeleton(written)[0]) < MIN_HAN and "“" not in para.text[max(0, start - 1):end + 1] and \
                    not (how == "错字" and len(_skeleton(written)[0]) == MIN_HAN - 1 and not set(chars) & _NUMERALS):
                continue   # 三位一体, 五个全面: only “三个确立” in quotes is surely the formulation
            if bounds is None:
                from speechwriter.check.wordlist import boundaries

                bounds = boundaries(para.text)
            if start not in bounds or end not in bounds:
                continue   # 社会主义核心价值体系: the window ends inside a word
            if how == "多字" and _apart(para.text, offsets, s + where):
                continue   # 人与人、人与自然和谐共生: a mark between the doubled characters, a list not a slip
            if how == "多字" and where == 1 and chars == skeleton[s] and offsets[s + 1] - offsets[s] > 1:
                continue   # 报告中“中国式现代化”: the first character and its double are two words, a quote between
            if guards.term_guarded(para.text, start, end, written):
                continue   # a deliberate short or wider form (美好生活的新向往): guards.py
            if "“" not in wrong and "”" not in wrong:
                suggestion: str | None = written
            elif how == "错字":   # keep the clerk's quotes: change the one character
                at = offsets[s + where] - start
                suggestion = wrong[:at] + chars[1] + wrong[at + 1:]
            else:
                suggestion = None
            findings.append(Finding("term", "warning", f"“{wrong}”疑为规范表述“{written}”之误（{how}）。", i, start, end,
                                    wrong, suggestion, para.section))
        in_series = []
        for start, end, written, right in _series_findings(para.text, series):
            # a near miss that could not say the right form (quotes inside) gives way to the series' order
            findings = [f for f in findings if not (f.paragraph == i and f.start < end and start < f.end
                                                    and f.suggestion is None and f not in listed)]
            if any(f.paragraph == i and f.start < end and start < f.end for f in findings):
                continue   # a listed or near-missed form already says it
            findings.append(Finding("term", "warning", f"“{written}”次序不规范，应为“{right}”。", i, start, end,
                                    written, right, para.section))
            in_series.append((start, end))
        for reverse, right in orders:
            at = para.text.find(reverse)
            while at >= 0:
                if any(s <= at and at + len(reverse) <= e for s, e in in_series):
                    at = para.text.find(reverse, at + 1)
                    continue
                findings.append(Finding("term", "warning", f"“{reverse}”顺序不规范，应为“{right}”。", i, at,
                                        at + len(reverse), reverse, right, para.section))
                at = para.text.find(reverse, at + 1)
    # the mined phrases' near misses, paragraph by paragraph after all the rest (the run index's tables stay in the
    # processor's cache); where a finding above already speaks in the paragraph, they keep out of it
    here: dict[int, list[Finding]] = {}
    for f in findings:
        here.setdefault(f.paragraph, []).append(f)
    mined = [f for i, para in enumerate(text.paragraphs) for f in _mined_findings(para, i, run_index, here.get(i, []))]
    from speechwriter.check import bodies, names, places

    findings += _clear_of(names.check(text), findings)
    # places (a division under a place that does not hold it), then the words around names (titles, deputies, …)
    findings += _clear_of(places.check(text), findings)
    findings += _clear_of(bodies.check(text), findings)
    # the mined phrases' near misses last: a listed form, a formulation's or a name's route says it better
    findings += _clear_of(mined, findings)
    return findings
