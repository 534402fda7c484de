"""`term`, the part about places: a division written under a province or a prefecture that does not hold it
(甘肃省银川市: 银川市 is 宁夏回族自治区's; 苏州市江宁区: 江宁区 is 南京市's), and a name one character from a
division of the province or prefecture just written that is no division anywhere (营口市鱿鱼圈区 for 鲅鱼圈区).

The divisions are `resources/check/divisions.tsv` (build_divisions.py, from the 国家统计局's 统计用区划代码 2023,
the codes of GB/T 2260): a division's code holds its parents' (two digits a province, four a prefecture, six a
county), so what a place holds is read off the codes, not listed. Only a place written in full with its level
(安徽省, 南京市, 延边朝鲜族自治州) followed at once by a division written in full with its own is read: 安徽南京,
省内各市 and 全省城区 are left alone. A division of a province-level name (重庆市 under 四川省, in a text of before
1997) is a former arrangement, not a slip, and is left alone; so are divisions that no longer exist (a county
since made a district is no division of the table, and a near miss must keep the level word).

Also (session term9): a prefecture's name of four characters or more, or a county's of five or more (the level word
kept), with one character of the name dropped and written as a word of its own (齐齐哈市, 呼和浩市, 锡林郭盟), where no
division, no dictionary word and no other division's slip is written so (_dropped: 256 such slips) — no finding on the
five readable false-alarm sets nor on the 12M characters below.

Read for false alarms on 新闻联播 2022–2025, the 党代会 reports and the 1998 人民日报 (12M characters, the texts the
lexicons are built from, not a false-alarm set): no finding of these routes. Tried and left out: the short forms
(甘肃银川, 安徽南京: a province's name without its level before a prefecture's) — on the same text 28 findings, all
wrong: 北京朝阳 (a district of Beijing, and 辽宁's 朝阳市), 广西兴安 (a county), 内蒙古大兴安岭 (a forest region),
上海南京西路, 浙江南阳 (a town), 贵州六安高速 (六盘水–安顺); a place's short name is too often another place's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from speechwriter.check.findings import Finding, Text
from speechwriter.check.util import all_han

DIVISIONS = "divisions.tsv"
MAX_NAME = 12          # characters of the longest division's name (额尔古纳市 … 积石山保安族东乡族撒拉族自治县)
# two-character names whose first character is a common word of direction or kind (城区, 郊区, 矿区, 东区): after
# a province they are mostly the words (全省城区面积), not the division of that name
_GENERIC = set("城郊矿东西南北中新老")


class Divisions:
    """The divisions by name (each name's codes), the parents' pattern and each parent's divisions by length."""

    def __init__(self, rows: list[tuple[str, str]]) -> None:
        self.name_of: dict[str, str] = {}
        self.codes: dict[str, list[str]] = {}
        for code, name in rows:
            self.name_of[code] = name
            self.codes.setdefault(name, []).append(code)
        self.children: dict[str, list[str]] = {}
        for code, name in rows:
            for cut in (2, 4):
                if len(code) > cut and code[:cut] in self.name_of:
                    self.children.setdefault(code[:cut], []).append(name)
        # each division's name without its level word (清远 of 清远市, 延边朝鲜族 of 延边朝鲜族自治州 and 延边)
        self.stems = {re.sub(r"(?:自治[区州县旗]|特别行政区|地区|林区|特区|[省市县区旗州盟])$", "", name) for _, name in rows}
        parents = sorted({name for code, name in rows if len(code) <= 4}, key=len, reverse=True)
        self.parent = re.compile("|".join(map(re.escape, parents))) if parents else None

    def known(self, line: str, at: int) -> str | None:
        """The longest division's name written at `at`."""
        for n in range(min(MAX_NAME, len(line) - at), 1, -1):
            if line[at:at + n] in self.codes:
                return line[at:at + n]
        return None


def load(path: Path) -> Divisions | None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    rows = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, _, name = line.partition("\t")
            if code.isdigit() and name:
                rows.append((code, name))
    return Divisions(rows) if rows else None


@lru_cache(maxsize=1)
def divisions() -> Divisions | None:
    from speechwriter.paths import resources_dir

    return load(resources_dir() / "check" / DIVISIONS)


def _full_name(table: Divisions, code: str) -> str:
    """安徽省合肥市 for a prefecture's code, 江苏省南京市江宁区 for a county's (the prefecture left out where there is
    none: 湖北省仙桃市)."""
    names = [table.name_of[code[:cut]] for cut in (2, 4) if len(code) > cut and code[:cut] in table.name_of]
    return "".join(names) + table.name_of[code]


def _right_place(table: Divisions, code: str, child: str, parents: list[str]) -> str:
    """The place written at the level the clerk wrote it: 江苏省南京市 for 安徽省南京市, 南京市江宁区 for 苏州市江宁区
    (a prefecture written before a county of another prefecture), 江苏省南京市江宁区 for 安徽省江宁区."""
    if all(len(p) == 4 for p in parents) and len(code) == 6 and code[:4] in table.name_of:
        return table.name_of[code[:4]] + child
    return _full_name(table, code)


def place_slips(line: str, table: Divisions) -> Iterator[tuple[int, int, str, str | None, str]]:
    """(start, end, written, right or None, why) of each division written under a place that does not hold it,
    and each near miss of a division of the place written."""
    if table.parent is None:
        return
    for m in table.parent.finditer(line):
        at = m.end()
        parents = [c for c in table.codes[m.group()] if len(c) <= 4]
        child = table.known(line, at)
        if child is not None:
            if len(child) == 2 and child[0] in _GENERIC:
                continue
            codes = table.codes[child]
            if any(c.startswith(p) for c in codes for p in parents) or any(len(c) == 2 for c in codes):
                continue
            if any(len(c) < len(p) for c in codes for p in parents):
                continue   # 南京市江苏省: a larger place after a smaller one is another phrase
            elsewhere = "、".join(_full_name(table, c)[:-len(child)] for c in codes)
            right = _right_place(table, codes[0], child, parents) if len(codes) == 1 else None
            yield (m.start(), at + len(child), m.group() + child, right,
                   f"{child}不属于{m.group()}，属于{elsewhere}")
            continue
        near = _near_child(line, at, parents, table)
        if near is not None:
            written, right = near
            yield at, at + len(written), written, right, f"{m.group()}没有“{written}”，与其所辖的“{right}”只差一个字"


def _near_child(line: str, at: int, parents: list[str], table: Divisions) -> tuple[str, str] | None:
    """(written, division) where the characters at `at` differ by one character of the name from one division
    of `parents`, keep its level word and are no division and no word themselves."""
    from speechwriter.core.tokens import tokenizer

    found = None
    for parent in parents:
        for name in table.children.get(parent, ()):
            n = len(name)
            if n < 3 or at + n > len(line):
                continue
            written = line[at:at + n]
            if written[-1] != name[-1] or written in table.codes or not all_han(written):
                continue
            if written[:-1] in table.stems:
                continue   # 广东省清远县: a former county whose name a division keeps (清远市), not a slip
            if sum(a != b for a, b in zip(written, name)) != 1:
                continue
            if tokenizer().FREQ.get(written) or found is not None and found[1] != name:
                return None   # a word, or one character from two divisions: not this one surely
            found = (written, name)
    return found


# the characters that may end the word before a place's name (了齐齐哈尔市, 在乌鲁木齐市)
_BEFORE_PLACE = set("的了和与同向由在对经是将及并据为从按让给被把等于以到赴至往去来")
MIN_STEM_DROP = 4          # a county's name this long (without its level) is read with a character dropped anywhere;
MIN_STEM_DROP_CITY = 3     # a prefecture's this long: 齐齐哈市, 乌鲁木市, 呼和特市 (a shorter name less a character is
                           # mostly another word or name)


@lru_cache(maxsize=1)
def _dropped() -> tuple[re.Pattern | None, dict[str, str]]:
    """The names of prefectures and counties with one character of the name dropped (the level word kept), each with
    the division's name: only where no division, no dictionary word and no other division's slip is written so."""
    from speechwriter.core.tokens import tokenizer

    table = divisions()
    if table is None:
        return None, {}
    slips: dict[str, str | None] = {}
    for name, codes in table.codes.items():
        m = re.fullmatch(r"(.+?)([市县区旗盟])", name)
        if m is None or "族" in name or "自治" in name or name.endswith(("地区", "林区", "矿区", "新区", "特区")):
            continue
        stem, level = m.groups()
        if len(stem) < (MIN_STEM_DROP_CITY if any(len(c) == 4 for c in codes) else MIN_STEM_DROP):
            continue
        for k in range(len(stem)):
            slip = stem[:k] + stem[k + 1:] + level
            if slip in table.codes or slip[:-1] in table.stems or tokenizer().FREQ.get(slip) or \
                    tokenizer().FREQ.get(slip[:-1]):
                continue
            slips[slip] = name if slips.get(slip, name) == name else None   # (a slip of two names: neither)
    kept = {slip: name for slip, name in slips.items() if name}
    pattern = re.compile("|".join(map(re.escape, sorted(kept, key=len, reverse=True)))) if kept else None
    return pattern, kept


def dropped_slips(line: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, written, name) of a prefecture's or county's name with a character of the name dropped, written as
    a word of its own (after a mark, the line's start or a word that cannot end a place's name): 齐齐哈市."""
    pattern, kept = _dropped()
    if pattern is None:
        return
    for m in pattern.finditer(line):
        at = m.start()
        if at == 0 or not all_han(line[at - 1]) or line[at - 1] in _BEFORE_PLACE:
            table = divisions()
            if table is not None and any(line[at - n:m.end()] in table.codes for n in (1, 2) if at >= n):
                continue   # 和林格尔县: the character before is the name's own
            yield at, m.end(), m.group(), kept[m.group()]


# a court or procuratorate's formal name: 人民法院 / 人民检察院 (宪法 第一百二十八条、第一百三十六条; 人民法院组织法,
# 人民检察院组织法). Written after a division's full name the name is the formal one, so 人民 is not left out
# (北京市第二中级法院 → 北京市第二中级人民法院, 北京市检察院第二分院 → 北京市人民检察院第二分院); a court with neither
# 中级/高级 nor a number (南京市法院系统, 全市法院) may be all the courts of the place, and a procuratorate without a
# branch (大渡口区检察院检察官) is the short form the news writes: both left alone, as are short forms (北京二中院, 最高法)
_COURT = re.compile(r"(第[一二三四五六七八九十]+)?(中级|高级)?(法院)|(检察院)(?=第[一二三四五六七八九十]+分院)")


def court_slips(line: str, table: Divisions) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, written, right, why) of a court or procuratorate after a division's full name without 人民."""
    if "法院" not in line and "检察院" not in line:
        return
    for m in _COURT.finditer(line):
        if m.group(3) and not (m.group(1) or m.group(2)):
            continue
        at = m.start()
        if not any(line[max(0, at - n):at] in table.codes for n in range(2, MAX_NAME + 1) if at - n >= 0):
            continue
        body = m.group(3) or m.group(4)
        written = m.group()
        right = written[:-len(body)] + "人民" + body
        yield m.start(), m.end(), written, right, f"{'人民法院' if m.group(3) else '人民检察院'}的正式名称中“人民”二字不能省"


def check(text: Text) -> list[Finding]:
    table = divisions()
    if table is None:
        return []
    found = []
    for i, para in enumerate(text.paragraphs):
        for start, end, written, court, why in court_slips(para.text, table):
            found.append(Finding("term", "warning", f"“{written}”不规范：{why}，应为“{court}”。", i, start, end,
                                 written, court, para.section))
        taken = {f.start for f in found if f.paragraph == i}
        for start, end, written, name in dropped_slips(para.text):
            if start not in taken:
                found.append(Finding("term", "warning", f"“{written}”地名有误：少了一个字，应为“{name}”。", i, start, end,
                                     written, name, para.section))
        for start, end, written, right, why in place_slips(para.text, table):
            message = f"“{written}”地名有误：{why}。" + (f"应为“{right}”。" if right else "")
            found.append(Finding("term", "warning", message, i, start, end, written, right, para.section))
    return found
