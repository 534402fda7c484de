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
  hold it is compared with it by `one_edit` (the one home of what a near miss is). Flagged, with the run as
  suggestion: one character dropped (runs of 7 or more), added, replaced or two swapped inside the run, and
  the items of an enumeration (four or more of three characters each at least, or — since session term8 — three
  of four each: 亲自部署、亲自谋划、亲自推动) all written in another order, unless real text writes that order. Left alone:
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
  first or last character); the near-miss test (`one_edit`) is shared.
"""

from __future__ import annotations

import re
from functools import lru_cache

from speechwriter.check import guards
from speechwriter.check.findings import Finding, Text
from speechwriter.check.lists import Entry, entries
from speechwriter.check.term_edit import (
    MIN_DROPPED,
    NUMERALS,
    alike,
    first_longest,
    in_dictionary,
    one_edit,
    sounds_alike,
    unseen_pair,
)
from speechwriter.check.term_mined import mined_findings, run_index
from speechwriter.check.wordlist import list_findings

MIN_HAN = 5            # shorter formulations are checked for a changed number only
MIN_NAME = 7           # official names (names.tsv) shorter than this are not near-missed (中国人民进行 is no 中国人民银行)
MIN_EDGE = 7           # a formulation this long is near-missed by its first or last character replaced by a look- or
                       # sound-alike too (社会主义核心价值见)
# added to or put into a formulation these make a sentence, not a slip (人类是命运共同体, 全心全意地为人民服务,
# 统筹好发展和安全, 新的生产力); dropped they are one (以习近平同志为核心党中央)
_FUNCTION = set("的是和与及在了也之地好等")
_JOINERS = ("和", "与", "及")   # a formulation's joining word, for which a text may write a 、 or a comma
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_INSIDE = re.compile(r"[\u4e00-\u9fff“”‘’、]+")
_INSIDE_SERIES = re.compile(r"[\u4e00-\u9fff“”‘’、，]+")   # a formulation of series between commas (核心价值观's twelve words)
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
            edit = one_edit(window, f, drops, word=is_formula, edge=edge)
            if edit is None:
                continue
            how, where, chars = edit
            if how == "错字" and where in (0, m - 1) and not alike(chars[0], chars[1]):
                continue   # 中国特色社会主义道理 would be; another word at the end is another phrase
            changed = set(chars)
            doubled = how == "多字" and (window[where - 1] == window[where] or window[where] == window[where + 1])
            if changed and changed <= NUMERALS and _ORDINAL.search(f) and not doubled:
                continue   # 二十届四中全会: another session, not a slip (but 三三中全会 is one)
            if m < MIN_HAN and not (changed and changed <= NUMERALS) and \
                    not (is_formula and m == MIN_HAN - 1 and how == "错字" and not in_dictionary(window)
                         and unseen_pair(window, where)):
                continue   # a formulation of four: one character replaced inside, if that makes no word and
                           # no pair of real text (扫黑险恶; 高度政治自觉 is no slip of 高度自治: 度政 is written)
            if how == "错词" and not sounds_alike(chars[:2], chars[2:]):
                continue   # 构建两岸命运共同体, 中国特色社会主义工会发展道路: another word in its slot is another phrase
            if m == MIN_HAN - 1 and how == "错字" and set(f) & NUMERALS:
                continue   # 四个方面 is no slip of “四个全面”: a numbered formulation is near-missed by its number only
            if (how == "少字" and m < MIN_DROPPED) or (how == "多字" and changed <= _FUNCTION) or \
                    (how == "错字" and chars[0] in _FUNCTION) or (how == "错词" and set(chars[:2]) & _FUNCTION):
                continue
            if any(es < e and s < ee and not (s <= es and ee <= e and ee - es < e - s) for es, ee in exact):
                continue   # overlaps a formulation written right (one inside the window is no matter)
            found.append((s, e, written, how, where, chars))
    return first_longest(found)


def _clear_of(new: list[Finding], findings: list[Finding]) -> list[Finding]:
    """The findings of `new` that overlap none of `findings` (another route has said it there)."""
    spans = [(f.paragraph, f.start, f.end) for f in findings]
    return [f for f in new if not any(p == f.paragraph and s < f.end and f.start < e for p, s, e in spans)]


# put in or taken out these make another phrase (做好同疫情防控, 了解马克思主义); a run does not start or end with one


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


def check(text: Text) -> list[Finding]:
    findings = list_findings(text, "terms", "term", "“{wrong}”不是规范表述，应为“{right}”。")
    taken = {(f.paragraph, f.start) for f in findings}
    listed = list(findings)
    formulations = _formulations((id(entries("formulas")), id(entries("names"))))
    orders = _orders(id(entries("orders")))
    series = _series(id(entries("formulas")))
    long_names = _long_names()
    runs = run_index((id(entries("formulas")), id(entries("names")), id(entries("orders"))))
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
                    not (how == "错字" and len(_skeleton(written)[0]) == MIN_HAN - 1 and not set(chars) & NUMERALS):
                continue   # 三位一体, 五个全面: only “三个确立” in quotes is surely the formulation
            if bounds is None:
                from speechwriter.check.wordlist import boundaries

                bounds = boundaries(para.text)
            if start not in bounds or end not in bounds:
                continue   # 社会主义核心价值体系: the window ends inside a word
            if how == "多字" and _apart(para.text, offsets, s + where):
                continue   # 人与人、人与自然和谐共生: a mark between the doubled characters, a list not a slip
            if how == "少字" and chars in _JOINERS and \
                    any(mark in para.text[offsets[s + where - 1] + 1:offsets[s + where]] for mark in "、，"):
                continue   # 更加积极的财政政策、适度宽松的货币政策: a 、 for the formulation's 和 joins the same two
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
    mined = [f for i, para in enumerate(text.paragraphs) for f in mined_findings(para, i, runs, here.get(i, []))]
    from speechwriter.check import bodies, names, places

    findings += _clear_of(names.check(text), findings)
    # places (a division under a place that does not hold it), then the words around names (titles, deputies, …)
    findings += _clear_of(places.check(text), findings)
    findings += _clear_of(bodies.check(text), findings)
    # the mined phrases' near misses last: a listed form, a formulation's or a name's route says it better
    findings += _clear_of(mined, findings)
    return findings
