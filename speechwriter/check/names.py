"""`term`, the part about names: institutions, meetings, offices and house-style wording written
wrongly. Each route reads a pattern that holds whatever the place or the number is, not a list of
slips:

- a name of `names.tsv` (宪法, 党章, 国务院机构设置 …) with the wrong prefix: 国家 put before a
  ministry that has none (国家教育部), 中国 for 国家 (中国发展和改革委员会), 国家 for 中国 or 全国
  (国家科学院, 国家人民代表大会); the near misses of those names (one character dropped, added,
  replaced or two swapped) go through term.py's formulation route;
- the 和 of a name joining two fields written 与 or 及 (人力资源与社会保障, 市工业与信息化局), built from the
  names with 和 of `names.tsv`;
- a level written twice (东莞市市委, 该县县委: the 委 is already the 市's; with no place before it at all,
  县县委办 and 省省委书记 opening a clause, surely twice);
- a meeting name with a word too many (三中全会会议, X会会议, 党的二十大会议精神); the order of a session's name
  (十四届全国人大二次会议, 全国政协十四届二次会议) is bodies.py's (_SESSION_ORDER, every order in one table);
- 人大 for 人大常委会 in an office or organ (市人大主任 → 市人大常委会主任, 人大办公厅; a 乡镇人大 has a 主席), and the titles of
  other bodies (全国人大常委会主任 → 委员长, 省人大常委会委员长 → 主任, 政协主任 → 主席, 纪委主任 → 书记);
- 政府报告 for 政府工作报告 (not 向政府报告);
- the general office by level: a 办公厅 at the centre and in a province (省委办公室 → 省委办公厅), an 办公室 in a
  county, district or township (县委办公厅 → 县委办公室); a city's may be either;
- a region of `regions.tsv` (民政部: the province-level divisions, the autonomous prefectures and, since session
  terms10, the autonomous counties and banners) with the
  wrong level (广西省, 北京省) or its peoples dropped, added or in another order (宁夏自治区, 新疆维吾尔族自治区,
  湘西苗族土家族自治州); a former name (广西僮族自治区) is in outdated.tsv, a hint;
- a leader's name of `leaders.tsv` with one character replaced by one that sounds or looks alike, a title
  or an address beside it (国家主席习进平); with its first or last character left out, before a title or alone
  between marks (李克总理, ，李克，; the middle one left out is another name: 李强); a state title before the name
  with its first characters lost (家主席江泽民, 务院总理李克强: _cut_titles, the short titles 主席, 军委主席 being titles
  of their own). A near miss without a title is left alone (丁学祥, 王护宁: other people);
- the prefix route also reads the official short forms (科技部 → 国家科技部 is a slip) and the former bodies of
  outdated.tsv (中国乡村振兴局 → 国家乡村振兴局, before the hint that it is a former name);
- the names of the state's programmes and emblem whatever the number (_PROGRAMMES: 神舟N号, 单独两孩/全面两孩/三孩
  生育政策, 镰刀和锤头);
- a numbered formulation without its quotes (两个维护, 十四五规划: a hint);
- the wording tables: `nonstandard.tsv` (新华社's banned wording, wrong short names: a warning) and
  `outdated.tsv` (names and formulations since replaced: a hint, since a look back rightly uses them).
Every table line names its public source; the patterns' sources:
  国家/中国/全国 before a name  https://www.cnzjam.com/article/5396418688950417 (名称中带“国家”的不可省去、
                               不能换成“中国”；不带“国家”的不能自行加上；带“中国”的不可换成“国家”)
  level twice                  https://freewechat.com/a/MzAwODE5ODEwMA==/2653036802/1 (文心雕虫：北山县委，
                               不写北山县县委；名字一个字的“中县”写中县县委)
  人大主任, 镇人大主席          http://npcxj.com/eduShow/id/4113.html (不当简化式：人大主任),
                               http://npcxj.com/eduShow/id/208.html (乡镇人大设主席、副主席)
  人大领导                     http://www.huiyangrd.cn/html/2024/rdzs_1111/4832783.html
  委员长会会议, 全会会议        http://npcxj.com/eduShow/id/4113.html (简单类比式：委员长会会议应为委员长会议;
                               全会 is likewise the 中央委员会全体会议 itself, 《中国共产党中央委员会工作条例》)
  session order, 政府报告       http://www.yusrgfq.cn/c/2016-02-27/711343.shtml (“×届全国人大×次会议”
                               “全国政协×届×次会议”；“政府工作报告”不要简写成“政府报告”)
  和 of a body's name          the names themselves (names.tsv: 国发5号, the ministries' own names)
  办公厅/办公室                 国发5号 (国务院办公厅) and the bodies' own sites: 中共中央办公厅, each 省委办公厅 and
                               省人民政府办公厅, each 县委办公室 and 县人民政府办公室 (副省级 cities have 办公厅: 市 left out)
  X大会议精神                   党章 第十九条 (党的全国代表大会): the 二十大 is the 代表大会 itself
  X次全会                      党章 第二十二条 (中央委员会全体会议), the 公报 of each 中全会
  an ordinal past the series   宪法 第六十条、第六十一条 (全国人大每届任期五年，每年举行一次会议: 一次 to 五次会议),
                               政协章程 第三十条 (全国委员会每届任期五年，全体会议每年举行一次); the 公报 of the last
                               中全会 of each closed term (九届二中全会 1970, 十届三中全会 1977, 十三届九中全会 1992;
                               十一、十二、十四 to 十九届: 七中全会)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from speechwriter.check.findings import Finding, Text
from speechwriter.check.lists import entries, matcher
from speechwriter.check.util import ORDINALS, all_han

# characters that end the word before a name without being part of a name (了国家教育部, 由国家财政部)
_BEFORE_NAME = set("的了和与同向由在对经是将及并据为从按请让给被把等于以会")


@lru_cache(maxsize=4)
def _names(_key: int) -> frozenset[str]:
    return frozenset(entries("names"))


@lru_cache(maxsize=4)
def _prefixed_names(_key: tuple[int, int]) -> frozenset[str]:
    """The names whose 国家/中国/全国 prefix is read: names.tsv's and the former names of bodies of outdated.tsv (中国乡村振兴局
    is a slip of 国家乡村振兴局 before it is a former name)."""
    former = {name for name in entries("outdated") if _BODY_SUFFIX.search(name) and name.startswith(("国家", "中国"))}
    return frozenset(entries("names")) | frozenset(former)


@lru_cache(maxsize=4)
def _prefix_table(names: frozenset[str]) -> tuple[re.Pattern | None, dict[str, str]]:
    """The wrong prefixed forms of the names (the longest first), each with its name."""
    table: dict[str, str] = {}
    for name in sorted(names, key=lambda n: (-len(n), n)):
        if len(name) < 3:
            continue
        if name.startswith("国家") and len(name) >= 5:
            wrong = "中国" + name[2:]           # 国家 cannot become 中国
        elif name.startswith("中国") and not name.startswith("中国共产党") and len(name) >= 5:
            wrong = "国家" + name[2:]           # nor 中国 国家
        elif name.startswith("全国"):
            wrong = "国家" + name[2:]           # nor 全国 国家
        elif not name.startswith(("中央", "国务院", "中华", "最高", "地方", "人民")):
            wrong = "国家" + name               # and a name without 国家 takes none
        else:
            continue
        if wrong not in names and wrong not in table:
            table[wrong] = name
    pattern = re.compile("|".join(map(re.escape, sorted(table, key=len, reverse=True)))) if table else None
    return pattern, table


def _prefix_slips(line: str, names: frozenset[str]) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, wrong, right) of a name with the wrong one of 国家/中国/全国 before it."""
    pattern, table = _prefix_table(names)
    if pattern is None or not ("国家" in line or "中国" in line):
        return
    for m in pattern.finditer(line):
        at = m.start()
        # 西班牙国家气象局, 发展中国家科学院, 林琴国家科学院: another country's or an academy's name
        # runs into it, so only after a mark, the line's start or a word that cannot end a name
        if at == 0 or not all_han(line[at - 1]) or line[at - 1] in _BEFORE_NAME:
            if m.group().endswith("部") and line[m.end():m.end() + 1] in ("门", "署", "分"):
                continue   # 国家科技部署, 国家科技部门: the word goes on
            yield at, m.end(), m.group(), table[m.group()]


# 东莞市市委, 该县县委, 光明区区委: the level twice before 委 (X市市长 is right: the mayor of X市). A county
# or district of one character keeps both (丰县县委, 浦东新区区委): 县/区/镇/乡 only after 该 or after a
# two-character word (光明, 北山), 省/市 after any character but 城/都/各/每 (各城市市委)
_DOUBLED = re.compile(r"(?<![城都各每])([省市县区镇乡])\1(?=委(?!员))")
# 三中全会会议精神: 全会 is the meeting; 委员长会会议 (a 委员长会议 modelled on 常委会会议)
_REDUNDANT = re.compile(r"(?<=全会)会议(?=精神|公报|决定|的|上|期间|[，。；、])|(?<=委员长)会(?=会议)"
                        # 党的二十大会议精神: the 二十大 is the 代表大会, a meeting already
                        rf"|(?:(?<=党的[{ORDINALS}]大)|(?<=[{ORDINALS}]{{2}}大))会议(?=精神)")
# only the Central Committee's plenums are X中全会: a 省委's are rightly 十一届八次全会
_PLENUM = re.compile(rf"(?<=党的|中共|中央)([{ORDINALS}]+届)([{ORDINALS}])次全会")
# 市人大主任: the 人大 has no 主任 (its 常委会 has); a 乡镇人大 has a 主席
_NPC_OFFICE = re.compile(r"(乡|镇)?人大(副?主任|领导|副?委员长|办公厅|副?秘书长)")
# the titles of other bodies: a local 人大常委会 has a 主任, the national one a 委员长 (宪法 第六十五条, 地方组织法);
# a 政协 has a 主席 (政协章程); a 纪委 a 书记 (党章 第四十六条)
_TITLES = re.compile(r"(?:(全国)人大常委会(副?)主任(?!会议)|(省|市|县|区)人大常委会(副?)委员长|政协(副?)主任|纪委(副?)主任)")
# a numbered formulation is written in quotes (GB/T 15834—2011 4.1.3.2: words of a special sense; the
# 政府工作报告 and 党代会报告 quote them all: “两个确立” 467 times quoted, once not, in the official text at hand)
_UNQUOTED = re.compile(r"(?<![“‘\"'一二三四五六七八九十])(两个确立|两个维护|四个意识|四个自信|四个全面|五位一体|三个代表|"
                       r"两个一百年|两学一做|三会一课|十[一二三四五六]五)(?![”’\"'])")
# an ordinal past the end of its series: a term of the NPC or of the CPPCC holds five sessions, and each closed
# Central Committee held so many plenums (a term still sitting, 二十届 on, is not bounded here)
_SESSION = re.compile(rf"(?:[{ORDINALS}]+届(?:全国|省|市|县|区)人大|(?:全国|省|市|县|区)政协[{ORDINALS}]+届)([{ORDINALS}]+)次会议")
_PLENUMS_HELD = {"九": 2, "十": 3, "十一": 7, "十二": 7, "十三": 9, "十四": 7, "十五": 7, "十六": 7, "十七": 7, "十八": 7, "十九": 7}
_CLOSED_PLENUM = re.compile(rf"(?<![{ORDINALS}])(十[一二三四五六七八九]?|九)届([{ORDINALS}]+)中全会")
# the general office of a body at the centre or of a province is a 办公厅, of a county, district or township an
# 办公室 (中共中央办公厅, 国务院办公厅, 省委办公厅, 省人民政府办公厅; 县委办公室); a city's may be either
_OFFICE_HALL = re.compile(r"(党中央|中共中央|国务院|省委|省政府|省人民政府|自治区党委|"
                          r"自治区政府|自治区人民政府)(办公室)")
_OFFICE_ROOM = re.compile(r"(?<!自治)(?<!行政)(?<!新)(县委|县政府|县人民政府|区委|区政府|区人民政府|乡党委|镇党委|乡政府|镇政府|乡人民政府|镇人民政府)(办公厅)")
_GOV_REPORT = re.compile(r"(?<=[年《“份议读取论次本届的了过])政府报告")
# names of the state's programmes and emblems, whatever the number: the crewed spaceships are 神舟 (中国载人航天工程办公室,
# www.cmse.gov.cn: 神舟一号 to 神舟二十号), not 神州; the birth policies are 单独两孩/全面两孩/三孩 (十八届三中全会决定 2013:
# 启动实施一方是独生子女的夫妇可生育两个孩子的政策, 国家卫生计生委 称“单独两孩”; 中共中央 国务院《关于实施全面两孩政策改革完善
# 计划生育服务管理的决定》2015-12; 《关于优化生育政策促进人口长期均衡发展的决定》2021-06: 三孩生育政策) — 孩, not the
# colloquial 胎 (生二胎 in talk is left alone: only the policy's name is read); the party's emblem is 镰刀和锤头 (党章 第五十三条)
_PROGRAMMES = (
    (re.compile(rf"神(州)(?=[{ORDINALS}0-9]+号|号|系列飞船|载人飞船|飞船)"), "舟",
     "载人飞船名为“神舟”（神舟十六号）"),
    (re.compile(r"(?:单独|全面|放开|全面放开)[二两三](胎)|[二两三](胎)(?=(?:生育)?政策)"), "孩",
     "生育政策的名称是“单独两孩”“全面两孩”“三孩生育政策”，用“孩”"),
    (re.compile(r"镰刀[和与、]?(斧头)"), "锤头", "党徽是“镰刀和锤头”组成的图案（党章第五十三条）"),
)


# the 和 of a name joining two fields (人力资源和社会保障部, 国家发展和改革委员会, 文化和旅游部) is part of the name: 与/及 is not
_BODY_PREFIX = re.compile(r"^(?:国家|中国|中央|国务院)")
_BODY_SUFFIX = re.compile(r"(?:委员会|总局|部|局|委|署|办公室)$")
MIN_JOINED = 8   # two fields this long joined by 与 are the body's name even without 部/局 (人力资源与社会保障)


@lru_cache(maxsize=4)
def _joined_table(names: frozenset[str]) -> tuple[re.Pattern | None, dict[str, str]]:
    """The fields of each name joined by 和, written with 与/及 instead (发展与改革), each with the right form."""
    table: dict[str, str] = {}
    for name in names:
        core = _BODY_SUFFIX.sub("", _BODY_PREFIX.sub("", name))
        first, sep, second = core.partition("和")
        if sep and len(first) >= 2 and len(second) >= 2 and "和" not in second:
            for wrong in ("与", "及"):
                table[first + wrong + second] = core
    if not table:
        return None, table
    # short fields (工业与信息化, 发展与改革) are the name only before a body's word (部, 厅, 局, 委员会 …)
    alternatives = "|".join(map(re.escape, sorted(table, key=len, reverse=True)))
    return re.compile(alternatives), table


def _joined_slips(line: str, names: frozenset[str]) -> Iterator[tuple[int, int, str, str]]:
    if "与" not in line and "及" not in line:
        return
    pattern, table = _joined_table(names)
    if pattern is None:
        return
    for m in pattern.finditer(line):
        right = table[m.group()]
        if len(m.group()) - 1 >= MIN_JOINED or re.match(r"委|部|厅|局|办|处|科", line[m.end():m.end() + 1]):
            yield m.start(), m.end(), m.group(), right


Regions = tuple[re.Pattern | None, re.Pattern | None, dict[str, str], dict[tuple[str, str], str]]


@lru_cache(maxsize=4)
def _regions(_key: int) -> Regions:
    """From regions.tsv: the pattern of a place written with 省 that is no province (广西省, 北京省) and of a
    place followed by an autonomous region's or prefecture's words; the full name of each place (province
    level), and of each (place, 区/州)."""
    provinces: dict[str, str] = {}
    autonomous: dict[tuple[str, str], str] = {}
    for full, entry in entries("regions").items():
        place = entry.right
        if not place or not full.startswith(place):
            continue
        if full.endswith(("省", "市", "自治区", "特别行政区")):
            provinces[place] = full
        if full.endswith(("自治区", "自治州", "自治县", "自治旗")):
            autonomous[(place, full[-1])] = full
    wrong_province = sorted((p for p, full in provinces.items() if not full.endswith("省")), key=len, reverse=True)
    places = sorted({p for p, _ in autonomous}, key=len, reverse=True)
    province = re.compile(rf"(?:{'|'.join(wrong_province)})省(?![钱力时事心去掉略吃下])") \
        if wrong_province else None
    # the words between the place and 自治区/州/县/旗: none, or names of peoples (壮族, 蒙古, 维吾尔族, 土家族苗族; four in
    # 双江拉祜族佤族布朗族傣族自治县)
    region = re.compile(rf"({'|'.join(places)})((?:(?:(?![省市县区州和与及的、])[\u4e00-\u9fff]){{1,4}}?族|蒙古|哈萨克|柯尔克孜|维吾尔|塔吉克|锡伯){{0,4}})自治([区州县旗])") \
        if places else None
    return province, region, provinces, autonomous


def _starts_word(line: str, at: int) -> bool:
    from speechwriter.check.wordlist import boundaries

    return at == 0 or not all_han(line[at - 1]) or line[at - 1] in _BEFORE_NAME or at in boundaries(line)


def _region_slips(line: str, regions: Regions) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, wrong, right, why) of a region's name written wrongly: the wrong level (广西省), the
    peoples of an autonomous region or prefecture dropped, added or in another order."""
    if "省" not in line and "自治" not in line:
        return
    province, region, provinces, autonomous = regions
    if province is not None:
        for m in province.finditer(line):
            if not _starts_word(line, m.start()):
                continue   # 东北京省…: the place is the end of another word
            right = provinces[m.group()[:-1]]
            yield m.start(), m.end(), m.group(), right, "这一省级行政区不是省"
    if region is not None:
        for m in region.finditer(line):
            official = autonomous.get((m.group(1), m.group(3)))
            if official and m.group() != official and _starts_word(line, m.start()):
                yield m.start(), m.end(), m.group(), official, "自治地方名称中的民族以正式名称为准（有无、次序）"


# a title or address beside a person's name (主席习近平, 习近平总书记, 习近平同志指出)
_TITLE_BEFORE = re.compile(r"(?:总书记|主席|总理|委员长|书记|常委|同志)$")
_TITLE_AFTER = re.compile(r"(?:总书记|主席|总理|委员长|书记|同志|指出|强调|讲话|出席|主持|会见|考察|视察)")


@lru_cache(maxsize=4)
def _leaders(_key: int) -> tuple[re.Pattern | None, dict[str, tuple[str, ...]]]:
    """The pattern of the leaders' names (leaders.tsv) of three characters with any one character
    replaced, and the names keyed by each with that character blanked."""
    by_blank: dict[str, list[str]] = {}
    for name in entries("leaders"):
        if len(name) == 3 and all_han(name):
            for k in range(3):
                by_blank.setdefault(name[:k] + "\0" + name[k + 1:], []).append(name)
    if not by_blank:
        return None, {}
    alternatives = "|".join(re.escape(key).replace("\\\0", "[\u4e00-\u9fff]").replace("\0", "[\u4e00-\u9fff]")
                            for key in by_blank)
    return re.compile(f"(?=({alternatives}))"), {key: tuple(names) for key, names in by_blank.items()}


def _leader_slips(line: str, leaders: tuple[re.Pattern | None, dict[str, tuple[str, ...]]]) \
        -> Iterator[tuple[int, int, str, str]]:
    """(start, end, written, name) of a leader's name written with one character replaced by one that sounds
    or looks alike, a title or an address beside it (国家主席习进平, 习近平 as 习进平同志)."""
    from speechwriter.check.term_edit import alike, in_dictionary

    pattern, by_blank = leaders
    if pattern is None:
        return
    for m in pattern.finditer(line):
        at, window = m.start(), m.group(1)
        for k in range(3):
            for name in by_blank.get(window[:k] + "\0" + window[k + 1:], ()):
                if name == window or not alike(window[k], name[k]) or in_dictionary(window):
                    continue
                if _TITLE_BEFORE.search(line[max(0, at - 3):at]) or _TITLE_AFTER.match(line, at + 3):
                    yield at, at + 3, window, name


# the state's and the party's offices written before a leader's name (宪法 第七十九条 国家主席、副主席, 第八十六条 国务院
# 总理、副总理, 第九十三条 中央军事委员会主席, 第六十五条 全国人大常委会委员长; 政协章程: 全国委员会主席): a part of one
# before the name, its first characters lost (家主席江泽民, 务院总理), is a title cut short — but the short titles
# (主席, 总理, 军委主席, 政协主席 …) are titles of their own
_FULL_TITLES = ("国家主席", "国家副主席", "国务院总理", "国务院副总理", "中央军委主席", "中央军委副主席",
                "全国人大常委会委员长", "全国人大常委会副委员长", "全国政协主席", "全国政协副主席")
_SHORT_TITLES = frozenset({"主席", "副主席", "总理", "副总理", "委员长", "副委员长", "军委主席", "军委副主席", "人大常委会委员长",
                           "人大常委会副委员长", "常委会委员长", "常委会副委员长", "政协主席", "政协副主席"})
_CUT_TITLES = {t[k:]: t for t in _FULL_TITLES for k in range(1, len(t) - 1) if t[k:] not in _SHORT_TITLES}
# the same offices by the bodies' full names (宪法 第五十八条、第七十九条、第九十三条; 政协章程), whose ends are no cut titles
_LONG_TITLES = ("全国人民代表大会常务委员会委员长", "全国人民代表大会常务委员会副委员长", "中华人民共和国主席", "中华人民共和国副主席",
                "中央军事委员会主席", "中央军事委员会副主席", "中国人民政治协商会议全国委员会主席", "中国人民政治协商会议全国委员会副主席",
                "中华人民共和国国务院总理", "中华人民共和国国务院副总理")


def _cut_titles(line: str, leaders: tuple[re.Pattern | None, dict[str, tuple[str, ...]]]) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, written, full title) of a title before a leader's name with its first characters lost."""
    from speechwriter.check.term_edit import in_dictionary

    names = {n for ns in leaders[1].values() for n in ns}
    for name in names:
        at = line.find(name)
        while at > 0:
            if line[:at].endswith(_LONG_TITLES):
                at = line.find(name, at + 1)
                continue
            for size in range(min(at, 11), 2, -1):
                cut = line[at - size:at]
                if cut in _SHORT_TITLES or cut in _FULL_TITLES:
                    break   # 军委主席习近平: a title of its own
                full = _CUT_TITLES.get(cut)
                if full:
                    # 大家主席…: the character before makes a word with the cut's first, so nothing was lost
                    if not in_dictionary(line[at - size - 1:at - size + 1]):
                        yield at - size, at, cut, full
                    break
            at = line.find(name, at + 1)


def _cut_names(line: str, leaders: tuple[re.Pattern | None, dict[str, tuple[str, ...]]]) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, written, name) of a leader's name of three characters with its first or last left out, a title right after it
    (李克总理, 近平总书记) or standing alone between marks (，李克，) — where the two characters are no word."""
    pattern, cuts = _cut_table(frozenset(n for ns in leaders[1].values() for n in ns))
    if pattern is None:
        return
    for m in pattern.finditer(line):
        at, end, cut = m.start(1), m.end(1), m.group(1)
        name = cuts[cut]
        before = line[at - 1] if at else ""
        after = line[end] if end < len(line) else ""
        alone = not all_han(before or "，") and not all_han(after or "，")
        titled = (not before or not all_han(before)) and _TITLE_AFTER.match(line, end) is not None
        if line[max(0, at - 1):at + 3].find(name) < 0 and (alone or titled):
            yield at, end, cut, name


@lru_cache(maxsize=4)
def _cut_table(names: frozenset[str]) -> tuple[re.Pattern | None, dict[str, str]]:
    """The leaders' names with the first or last character left out (no dictionary word), each with the name."""
    from speechwriter.check.term_edit import in_dictionary

    cuts: dict[str, str] = {}
    for name in sorted(names):
        for k in (0, 2):   # (the middle one left out is the surname and a given name: 李强 is another leader)
            cut = name[:k] + name[k + 1:]
            if not in_dictionary(cut):
                cuts.setdefault(cut, name)
    pattern = re.compile("(?=(" + "|".join(map(re.escape, cuts)) + "))") if cuts else None
    return pattern, cuts


def _word_before(line: str, at: int) -> bool:
    """The two characters before `at` are a word of the dictionary (光明 in 光明区区委), so the place's
    name has two characters or more."""
    from speechwriter.core.tokens import tokenizer

    before = line[max(0, at - 2):at]
    return len(before) == 2 and bool(re.fullmatch(r"[\u4e00-\u9fff]{2}", before)) and \
        bool(tokenizer().FREQ.get(before))


def _pattern_findings(line: str) -> Iterator[tuple[int, int, str, str | None, str]]:
    """(start, end, wrong, right, why) of the patterned slips in `line` (right "": delete it; None: no
    right form can be said, as for an ordinal past the end of its series)."""
    for m in _DOUBLED.finditer(line):
        level = m.group(1)
        before = line[m.start() - 1] if m.start() else ""
        # no place's name before it at all (，县县委办、; 省省委书记 opening a line): the level is surely written twice
        if before and all_han(before) and level in "县区镇乡" and before != "该" and not _word_before(line, m.start()):
            continue
        yield m.start(), m.end() + 1, line[m.start():m.end() + 1], level + "委", "级别重复"
    for m in _REDUNDANT.finditer(line):
        if m.group() == "会":
            why = "是“委员长会议”，不是“委员长会会议”"
        elif line[m.start() - 1] == "大":
            why = "“X大”就是党的全国代表大会，再加“会议”重复"
        else:
            why = "“全会”就是全体会议，再加“会议”重复"
        yield m.start(), m.end(), m.group(), "", why
    for m in _PLENUM.finditer(line):
        yield m.start(), m.end(), m.group(), f"{m.group(1)}{m.group(2)}中全会", "中央全会称“X中全会”"
    for m in _NPC_OFFICE.finditer(line):
        township, office = m.group(1), m.group(2)
        if township:
            if "主任" in office:
                right = "人大" + office.replace("主任", "主席")
                yield m.start(2) - 2, m.end(), "人大" + office, right, "乡镇人大设主席、副主席，不设主任"
            continue
        right = "人大常委会" + office
        yield m.start(2) - 2, m.end(), "人大" + office, right, "人民代表大会不设此职、此机构，这是人大常委会的"
    for m in _TITLES.finditer(line):
        g = m.groups()
        if g[0]:
            right, why = f"全国人大常委会{g[1]}委员长", "全国人大常委会设委员长、副委员长"
        elif g[2]:
            right, why = f"{g[2]}人大常委会{g[3]}主任", "地方人大常委会设主任、副主任"
        elif m.group().startswith("政协"):
            right, why = f"政协{g[4]}主席", "政协设主席、副主席"
        else:
            right, why = f"纪委{g[5]}书记", "纪委设书记、副书记"
        yield m.start(), m.end(), m.group(), right, why
    for m in _SESSION.finditer(line):
        if _number(m.group(1)) > 5:
            yield m.start(1), m.end(1), m.group(1), None, "每届人大、政协任期五年，每年开一次全体会议，没有第六次及以后的会议"
    for m in _CLOSED_PLENUM.finditer(line):
        held = _PLENUMS_HELD[m.group(1)]
        if _number(m.group(2)) > held:
            yield (m.start(2), m.end(2), m.group(2), None,
                   f"{m.group(1)}届中央委员会共举行{'一二三四五六七八九'[held - 1]}次全体会议，没有{m.group(2)}中全会")
    for m in _OFFICE_HALL.finditer(line):
        yield m.start(2), m.end(2), "办公室", "办公厅", f"{m.group(1)}的综合办事机构是办公厅"
    for m in _OFFICE_ROOM.finditer(line):
        yield m.start(2), m.end(2), "办公厅", "办公室", f"{m.group(1)}的综合办事机构是办公室"
    for m in _GOV_REPORT.finditer(line):
        yield m.start(), m.end(), "政府报告", "政府工作报告", "“政府工作报告”不要简写成“政府报告”"
    for pattern, right, why in _PROGRAMMES:
        for m in pattern.finditer(line):
            k = next(g for g in range(1, (pattern.groups or 0) + 1) if m.group(g))
            yield m.start(k), m.end(k), m.group(k), right, why


def _number(numeral: str) -> int:
    """一 … 九十九 as a number."""
    digits = {ch: k + 1 for k, ch in enumerate("一二三四五六七八九")}
    if "十" not in numeral:
        return digits.get(numeral, 0)
    tens, _, ones = numeral.partition("十")
    return digits.get(tens, 1) * 10 + digits.get(ones, 0)


def _table_findings(text: Text, name: str, severity: str, message: str) -> list[Finding]:
    """Whole-word matches of a wording table (wrong, right, source)."""
    from speechwriter.check.wordlist import boundaries

    pattern, table = matcher(name)
    if pattern is None:
        return []
    found = []
    for i, para in enumerate(text.paragraphs):
        bounds: set[int] | None = None
        for m in pattern.finditer(para.text):
            entry = table[m.group()]
            if bounds is None:
                bounds = boundaries(para.text)
            if entry.wrong.endswith("部") and para.text[m.end():m.end() + 1] == "门":
                continue   # 环境保护部门: the 部门 of 环境保护, not the ministry
            # the end at a word boundary (环境保护部门 is no 环境保护部); the start too for a short form
            # (市委常委扩大会议, 各省、市、自治区: a long form may begin inside the word before it)
            if m.end() not in bounds and para.text[m.end() - 1] not in "“”、" or \
                    len(entry.wrong) < 4 and m.start() not in bounds:
                continue
            inner = str.maketrans("“”", "‘’")   # quotes inside the message's quotes
            said = message.format(wrong=entry.wrong.translate(inner), right=entry.right.translate(inner))
            found.append(Finding("term", severity, said, i,
                                 m.start(), m.end(), entry.wrong, entry.right, para.section))
    return found


def _quote_hints(text: Text) -> list[Finding]:
    found = []
    for i, para in enumerate(text.paragraphs):
        for m in _UNQUOTED.finditer(para.text):
            found.append(Finding("term", "info", f"“{m.group()}”是有特定含义的提法，公文中加引号。", i, m.start(), m.end(),
                                 m.group(), f"“{m.group()}”", para.section))
    return found


def check(text: Text) -> list[Finding]:
    names = _names(id(entries("names")))
    regions = _regions(id(entries("regions")))
    leaders = _leaders(id(entries("leaders")))
    prefixed = _prefixed_names((id(entries("names")), id(entries("outdated"))))
    findings = _table_findings(text, "nonstandard", "warning", "“{wrong}”不是规范说法，应为“{right}”。")
    findings += _table_findings(text, "outdated", "info", "“{wrong}”是旧的提法或名称，现在称“{right}”（回顾历史时可不改）。")
    taken = {(f.paragraph, f.start) for f in findings}
    # each route's spans (start, end, wrong, right, …) and how its message reads them
    routes = (
        (lambda line: _prefix_slips(line, prefixed), lambda w, r, *_: f"“{w}”名称不规范，应为“{r}”。"),
        (lambda line: _joined_slips(line, names),
         lambda w, r, *_: f"“{w}”名称不规范：机构名称中的“和”不能换成别的字，应为“{r}”。"),
        (lambda line: _leader_slips(line, leaders), lambda w, r, *_: f"“{w}”疑为“{r}”之误：人名写错是严重差错。"),
        (lambda line: _cut_names(line, leaders), lambda w, r, *_: f"“{w}”疑为“{r}”之误：人名写错是严重差错。"),
        (lambda line: _cut_titles(line, leaders), lambda w, r, *_: f"“{w}”职务名称不全，应为“{r}”。"),
        (lambda line: _region_slips(line, regions), lambda w, r, why: f"“{w}”名称不规范：{why}，应为“{r}”。"),
    )
    for i, para in enumerate(text.paragraphs):
        line = para.text
        for spans, say in routes:
            for start, end, wrong, right, *reason in spans(line):
                if (i, start) not in taken:
                    findings.append(Finding("term", "warning", say(wrong, right, *reason), i, start, end,
                                            wrong, right, para.section))
                    taken.add((i, start))
        for start, end, wrong, said, why in _pattern_findings(line):
            if (i, start) in taken:
                continue
            message = f"“{wrong}”不规范：{why}，应为“{said}”。" if said else \
                f"“{wrong}”多余：{why}。" if said == "" else f"“{wrong}”有误：{why}。"
            findings.append(Finding("term", "warning", message, i, start, end, wrong, said, para.section))
            taken.add((i, start))
    return findings + _quote_hints(text)
