"""The 错别字 rule's 干支 route (issue 18, 2026-12-07): a year, month or day named by the sexagenary cycle (干支纪年)
written with a look-alike character — 已亥 for 己亥, 丙戍 for 丙戌, 戊戍 for 戊戌, 丁末 for 丁未, 癸卵 for 癸卯. The cycle is
closed: a 天干 (甲乙丙丁戊己庚辛壬癸) comes before a 地支 (子丑寅卯辰巳午未申酉戌亥), and only the sixty pairs whose two
places in their series are both odd or both even exist. So a pair written where a 干支 stands — before 年/岁/月/日/
变法/…, after 农历/岁次/…, or as a clause of its own — that is no member of the cycle, but becomes one when a
look-alike character (己/已/巳, 戊/戌/戍, 未/末, 卯/卵, 酉/西) is put right, is a slip, whatever a dictionary or the
counts of real text say (jieba has 丙戌 three times, real text 己亥 never: the other routes cannot see it).

The look-alike table is drawn by hand from the characters of the cycle: the pairs a reader confuses on sight. 壬/王,
甲/申/由 and 午/牛 are left out (王子, 申请, 牛年 are ordinary words beside 年 and 月). A pair already in the cycle is
never touched, and where two corrections are both members the rule says nothing.

A 干支 year beside the year of the common era it names must be that year's (2025年甲辰年 → 乙巳: last year's, copied),
and a 生肖 after a 干支 the animal of its 地支 (甲辰兔年 → 龙); a 干支 that names an event (1895年甲午战争) is not read so.
Measured: no finding on the five development false-alarm sets nor on the 12M characters the counts come from (the
党代会 reports, the 1998 人民日报, 新闻联播 2022–2025); bench/check.py --no-heldout: dev1 0.703 → 0.716 (已亥),
heldout5 0.268 → 0.282 (丙戍年), every false-alarm line unchanged.

戊, 戌 and 巳 are written almost only in the cycle: one that stands in no pair of it, where the character it is drawn
like makes a word with a neighbour, is that one's slip (戊边 → 戍边, 卫戌 → 卫戍; a name holding the slip is still a slip,
so typo.py's guards, which take 北京卫戌区 for a name, are not asked). None on the texts above either.
"""

from __future__ import annotations

import re
from typing import Any

STEMS = "甲乙丙丁戊己庚辛壬癸"
BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
HOW = "干支"
HOW_OUTSIDE = "形近，干支用字"   # (a character of the cycle written outside it: 戊边 → 戍边)

# characters a writer puts for a character of the cycle (what is written → what may be meant)
_LOOKS = {
    "已": "己巳", "己": "巳", "巳": "己",
    "戍": "戌戊", "戌": "戊", "戊": "戌",
    "末": "未", "卵": "卯", "西": "酉",
}
# where a 干支 stands: the character after it, the words before it
_AFTER = "年岁月日时春"
_AFTER_WORDS = ("变法", "战争", "条约", "事变", "政变", "科", "之变", "之役", "之乱", "革命", "国变", "海战")
_BEFORE_WORDS = ("农历", "岁次", "岁在", "时维", "时值", "干支", "阴历", "旧历", "夏历")
_BEFORE_ALREADY = "是为于在的年历次至到逢值属"
_CLAUSE_MARKS = "，。；：！？、,;:!?（）()“”《》 \t"


# two characters each of the cycle or drawn like one (overlapping: 戊戍戌 holds two such pairs)
_PAIR = re.compile("(?=[%s][%s])" % (STEMS + "".join(_LOOKS), BRANCHES + "".join(_LOOKS)))


def _member(pair: str) -> bool:
    s, b = STEMS.find(pair[0]), BRANCHES.find(pair[1])
    return s >= 0 and b >= 0 and s % 2 == b % 2


def _options(ch: str) -> str:
    return ch + _LOOKS.get(ch, "")


def correction(pair: str) -> str | None:
    """The one member of the cycle that look-alike characters make of `pair` (fewest changed first), or None when
    `pair` is a member already, none is near, or two are equally near."""
    if len(pair) != 2 or _member(pair):
        return None
    best: list[str] = []
    best_changes = 3
    for a in _options(pair[0]):
        for b in _options(pair[1]):
            cand = a + b
            if not _member(cand):
                continue
            changes = (a != pair[0]) + (b != pair[1])
            if changes < best_changes:
                best, best_changes = [cand], changes
            elif changes == best_changes:
                best.append(cand)
    return best[0] if len(best) == 1 else None


def _placed(line: str, start: int) -> bool:
    """True where the two characters at `start` stand where a 干支 would: before 年/月/变法…, after 农历/岁次…, or
    alone between clause marks."""
    end = start + 2
    after = line[end:end + 2]
    if after[:1] and after[0] in _AFTER:
        return True
    if any(line.startswith(w, end) for w in _AFTER_WORDS):
        return True
    if any(line[:start].endswith(w) for w in _BEFORE_WORDS):
        return True
    before_ok = start == 0 or line[start - 1] in _CLAUSE_MARKS
    after_ok = end == len(line) or line[end] in _CLAUSE_MARKS
    return before_ok and after_ok


def ganzhi_candidates(line: str, lex: object = None) -> list[tuple[int, int, int, int, str, str]]:
    """(length, score, start, end, right, how) for each look-alike slip of a 干支 in `line` (a LINE_ROUTES entry of
    typo.py; the lexicon is not needed)."""
    found = []
    for m in _PAIR.finditer(line):
        i = m.start()
        a, b = line[i], line[i + 1]
        if a not in STEMS and b not in BRANCHES:
            continue   # (one of the two must be of the cycle as written: 已西 is no year)
        right = correction(a + b)
        if right is None or not _placed(line, i):
            continue
        if a == "已" and i > 0 and line[i - 1] not in _CLAUSE_MARKS and line[i - 1] not in _BEFORE_ALREADY \
                and not line[i - 1].isdigit():
            continue   # (已 is mostly the adverb: 他们已未年满十八岁 — after 是, 年, a mark it is the year's 己)
        if i > 0 and (line[i - 1] in STEMS or line[i - 1] in _LOOKS) and _member(line[i - 1] + a):
            continue   # (the second of two pairs written side by side is read with its own first character)
        found.append((2, 100, i, i + 2, right, HOW))
    if "年" in line:
        found += [c for c in year_candidates(line) if not any(c[2] < e and s < c[3] for _, _, s, e, _, _ in found)]
    if lex is not None and any(ch in line for ch in CYCLE_ONLY):
        found += [c for c in outside_candidates(line, lex) if not any(c[2] < e and s < c[3] for _, _, s, e, _, _ in found)]
    return found


# characters written almost only in the cycle (戊戌变法, 巳时): one that stands in no pair of it, where the character it
# is drawn like makes a word with a neighbour, was meant for that one (戊边 → 戍边, 卫戌 → 卫戍, 巳经 → 已经)
CYCLE_ONLY = "戊戌巳"
_OUTSIDE = {"戊": "戍", "戌": "戍", "巳": "已"}
MIN_OUTSIDE = 20   # jieba's frequency of the word the look-alike makes, at least


def outside_candidates(line: str, lex: Any) -> list[tuple[int, int, int, int, str, str]]:
    """(length, score, start, end, right, how) for a character of CYCLE_ONLY outside any pair of the cycle whose
    look-alike makes a dictionary word with a neighbour (the heavier)."""
    found = []
    for i, ch in enumerate(line):
        other = _OUTSIDE.get(ch)
        if other is None:
            continue
        before, after = line[i - 1:i] if i else "", line[i + 1:i + 2]
        if any(len(p) == 2 and (_member(p) or correction(p)) for p in (before + ch, ch + after)):
            continue   # (in a pair of the cycle, or one a look-alike makes: the 干支 routes above)
        best = None
        for start, word in ((i - 1, before + other), (i, other + after)):
            weight = lex.freq.get(word) or 0 if len(word) == 2 else 0
            if weight >= MIN_OUTSIDE and (best is None or weight > best[0]):
                best = (weight, start, word)
        if best is not None:
            found.append((2, 100, best[1], best[1] + 2, best[2], HOW_OUTSIDE))
    return found


# A year of the common era named with its 干支 beside it (2024年（甲辰年）, 2025乙巳蛇年, 二〇二四年是甲辰龙年): the cycle
# runs on with the years (4 CE was 甲子), so the two must agree — a 干支 or a 生肖 copied from last year's speech is a
# slip whatever its characters (2025年甲辰年 → 乙巳). The animal goes with the 地支 (子鼠 丑牛 …).
ZODIAC = "鼠牛虎兔龙蛇马羊猴鸡狗猪"
_DIGITS = {**{str(d): d for d in range(10)}, **{ch: d for d, ch in enumerate("〇一二三四五六七八九")},
           "○": 0, "零": 0, "O": 0, "Ｏ": 0, **{chr(0xFF10 + d): d for d in range(10)}}
_YEAR = re.compile(r"([0-9０-９〇○零一二三四五六七八九OＯ]{4})年?(?:[（(，、]?(?:是|为|即|系)?(?:农历|岁次|中国农历)?)"
                   r"([%s][%s])([%s]?)年" % (STEMS, BRANCHES, ZODIAC))
_PAIRED = re.compile(r"([%s][%s])([%s])年" % (STEMS, BRANCHES, ZODIAC))


def cycle_of(year: int) -> str:
    """The 干支 of a year of the common era (the lunar year that mostly overlaps it)."""
    return STEMS[(year - 4) % 10] + BRANCHES[(year - 4) % 12]


def year_candidates(line: str) -> list[tuple[int, int, int, int, str, str]]:
    """(length, score, start, end, right, how) where a 干支 disagrees with the year of the common era written before
    it, or a 生肖 with the 干支 it follows (甲辰兔年 → 龙)."""
    found = []
    for m in _YEAR.finditer(line):
        digits = [_DIGITS.get(ch) for ch in m.group(1)]
        if any(d is None for d in digits):
            continue
        year = int("".join(str(d) for d in digits))
        if not 1800 <= year <= 2200:
            continue
        right = cycle_of(year)
        if m.group(2) != right and _member(m.group(2)):
            found.append((2, 100, m.start(2), m.end(2), right, HOW))
    for m in _PAIRED.finditer(line):
        if not _member(m.group(1)):
            continue
        animal = ZODIAC[BRANCHES.index(m.group(1)[1])]
        if m.group(2) != animal and not any(s <= m.start(2) < e for _, _, s, e, _, _ in found):
            found.append((1, 100, m.start(2), m.end(2), animal, HOW))
    return found
