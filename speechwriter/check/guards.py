"""Shared guards of the wording routes (issue 18): is this near miss on a span that is part of a name, of a
new coinage, or a deliberate short form of a formulation? The 错别字 routes (typo.py) and the 规范表述 near
misses (term.py) ask before they report, so the same reasons hold for every route.

Each guard reads only the line and a general resource (charlm.py's counts of real official writing), never a
list of the strings it lets through. What they were read from: the false alarms of a development set of
official writing the routes had not seen (bench/data/check/fadev_official.txt.gz: district 政府工作报告 and
city and provincial notices) and of the three older false-alarm sets — names followed by the kind of thing
they name (城投公司, 普光气田), a preposition before a level of government (经州数据资源主管部门同意), four-character
coinages in a parallel or quoted run (“依田而居、靠菜致富”, 以蓄为主，以排为辅), a phrase real text writes
often that the window cuts into (全区上下凝心聚力 is no 上下一心), and a formulation shortened or widened on purpose
(人民对美好生活向往的奋斗目标: one 的 before another; 美好生活的新向往).
Read later from the false alarms of the 2025 provincial 政府工作报告 (bench fa5dev_official.txt.gz, development data):
a name ending in 学院, a run that repeats the changed character (联山联水联社区, 初信初访), two counties' names
(久治至马尔康), slogans joined by a middle dot or named as a campaign (“法治讲堂·逢九必讲”, “千企万户大走访”活动),
firms listed before 等…企业, a window across two words (同|央企), a 把 sentence built on a formulation and a
formulation widened by a set phrase (全面从严管党治党).
Read last from the same set and the older ones (issue 18, session fa8): a coinage of four characters in a run of
them or alone with a half that is no word (起而毅行, 惟实励新, 清费立税, 借疫生乱), a level of government in a
construction on levels (市际, 直管县), two places' one-character names before joint work (深赣共建, 酒嘉双城), and a
window new to real writing at both edges whose correction real writing never has beside either neighbour (显失公平,
水气土废, 远山红郡).
"""

from __future__ import annotations

import re
from functools import lru_cache

from speechwriter.check.util import all_han

# what follows a name: a window right before one of these is part of the name (城投公司, 普光气田, 京沪高铁)
NAME_SUFFIXES = ("有限公司", "公司", "集团", "铁路", "高铁", "高速", "公路", "大道", "大街", "隧道", "大桥", "水库",
                 "电站", "实验室", "研究院", "研究所", "学院", "通道", "港区", "园区", "产业园", "小区", "气田", "油田", "煤矿",
                 "口岸", "机场", "景区", "枢纽", "大厦", "广场", "新区", "线", "港", "区")
# (tried: 路 街 站 湾 岛 湖 河 市 县 旗 镇 村 too — no false alarm fewer and no slip fewer on any set: left out)
# a level of government that a preposition or verb may stand before (经州数据资源主管部门同意, 由市统一)
_LEVELS = frozenset("省市县区州乡镇村旗盟")
_BEFORE_LEVEL = frozenset("经由在向对报按依据从到至与和及各本全该每赴驻")
_SENTENCE = re.compile(r"[^。；！？：\n]+")
_ITEM_MARKS = "、，"
_QUOTES = "“”‘’《》「」\"'（）()"
_QUOTED = re.compile(r"“[^“”]*”")
# a phrase of real writing this often (charlm.py's count) that holds the suspect character is what was meant
PHRASE_SEEN = 16


def name_before(line: str, end: int) -> bool:
    """The span ending at `end` is followed by a name's suffix: it is (part of) a name."""
    return line.startswith(NAME_SUFFIXES, end)


def level_after_preposition(line: str, start: int, end: int) -> bool:
    """A two-character window of a preposition and a level of government (经州, 由市): two words."""
    return end - start == 2 and line[start] in _BEFORE_LEVEL and line[start + 1] in _LEVELS


def _items(line: str, start: int) -> tuple[list[tuple[int, str]], bool] | None:
    """The items (offset, text) around `start`, split at 、 and ，: those of the quotes `start` is in (and
    True), else those of its sentence piece, quotes cut off."""
    for m in _SENTENCE.finditer(line):
        if m.start() <= start < m.end():
            break
    else:
        return None
    lo, hi, quoted = m.start(), m.end(), False
    for q in _QUOTED.finditer(line, lo, hi):
        if q.start() < start < q.end() - 1:
            lo, hi, quoted = q.start() + 1, q.end() - 1, True
            break
    items, at = [], lo
    for piece in re.split(f"([{_ITEM_MARKS}{_QUOTES}])", line[lo:hi]):
        if piece and piece not in _ITEM_MARKS + _QUOTES:
            items.append((at, piece))
        at += len(piece)
    return items, quoted


def in_parallel(line: str, start: int, end: int, changed: tuple[int, ...] = ()) -> bool:
    """The window lies in a four-character phrase of a run of such phrases that is a coinage: phrases that
    share a character at the same place (幼有所育、老有所养; 应当以蓄为主，以排为辅 — two places for a window
    of the whole phrase), or quoted together (“依田而居、靠菜致富”). A phrase is an item between 、 and ，, or
    the last four characters of one before a four-character item (应当|以蓄为主), the first four of one after.
    `changed`: the places in the line of the characters the route would change (else the whole window)."""
    found = _items(line, start)
    if found is None:
        return False
    items, quoted = found
    for n, (at, piece) in enumerate(items):
        if not at <= start < at + len(piece):
            continue
        if end > at + len(piece):
            return False
        for x, lo in ((n - 1, at), (n + 1, at + len(piece) - 4)):
            if not 0 <= x < len(items) or not lo <= start or end > lo + 4:
                continue
            phrase, other = line[lo:lo + 4], items[x][1]
            if lo < 0 or len(phrase) != 4 or len(other) != 4 or not all_han(phrase + other):
                # (an item of three at the line's start has no four characters before its end: 民族兴，则国家兴)
                continue
            suspect = {c - lo for c in changed} or set(range(start - lo, end - lo))
            need = 2 if end - start >= 4 else 1
            shared = {i for i in range(4) if other[i] == phrase[i] and i not in suspect}
            if len(shared) >= need and shared not in ({0, 1}, {2, 3}):
                return True   # (a shared word, 大力弘扬、大力推进, makes a list of words, not a coinage)
            if quoted and end - start < 4 and len(piece) == 4:
                return True   # “依田而居、靠菜致富”: quoted together, one slogan
        return False
    return False


def glossed(line: str, end: int, wrong: str) -> bool:
    """The window's last character is glossed by the bracket after it, a name that begins with it
    (引大（大通河）入秦（秦王川）): an abbreviation, not a slip."""
    return line[end:end + 1] in ("（", "(") and line[end + 1:end + 2] == wrong[-1:]


def phrase_across(line: str, start: int, end: int, at: int) -> bool:
    """The suspect character at `at`, read with the characters beside the window, makes a run of four that
    real writing has often (全区上下凝心聚力: 凝心聚力, not 上下一心)."""
    from speechwriter.check import charlm

    grams = charlm.table()
    if grams is None:
        return False
    for q in range(at - 3, at + 1):
        if q < 0 or q + 4 > len(line) or (start <= q and q + 4 <= end):
            continue
        run = line[q:q + 4]
        if all_han(run) and grams.count(run) >= PHRASE_SEEN:
            return True
    return False


# what a quoted name may be the name of (“千企万户大走访”活动): the quotes hold a name, however long
NAMED_KINDS = ("活动", "行动", "工程", "计划", "模式", "机制", "做法", "品牌", "平台", "服务", "专项", "等做法", "等活动")


def quoted_term(line: str, start: int, end: int) -> bool:
    """The window lies in a short quoted term (“信易贷”, “三地一区”, “双招双引”), in one of the terms a middle dot
    joins in quotes (“法治讲堂·逢九必讲”), or in a quoted name followed by the kind of thing it names (“千企万户大走访”
    活动): names and coinages are quoted so; the clause route leaves them out for the same reason."""
    for q in _QUOTED.finditer(line, max(0, start - 16), min(len(line), end + 16)):
        if not (q.start() < start and end < q.end()):
            continue
        lo = q.start() + 1
        if line.startswith(NAMED_KINDS, q.end()) and q.end() - lo - 1 <= 12 and all_han(line[lo:q.end() - 1]):
            return True   # “千企万户大走访”活动, “有诉必应马上办”等做法: a campaign's name, quoted
        for part in line[lo:q.end() - 1].split("·"):
            if lo <= start and end <= lo + len(part) and len(part) <= 6 and all_han(part):
                return True
            lo += len(part) + 1
    return False


def anaphora(line: str, changed: tuple[int, ...], fix: str = "") -> bool:
    """The one character the route would change recurs two places on or back, heading the next or the last
    two-character unit (联山联水联社区, 初信初访): a run built on that character, written so on purpose — unless
    the two units, corrected (`fix`: the character proposed), make a dictionary word (自始自终 → 自始至终: the
    repeat is the slip). (再接再励: the character changed, 励, is not the one the run repeats — a finding.)"""
    if len(changed) != 1:
        return False
    from speechwriter.core.tokens import tokenizer

    c = changed[0]
    for o in (c - 2, c + 2):
        lo = min(o, c)
        if 0 <= o < len(line) and line[o] == line[c] and lo + 4 <= len(line) and all_han(line[lo:lo + 4]):
            fixed = line[lo:c] + fix + line[c + 1:lo + 4] if fix else ""
            if not (fixed and tokenizer().FREQ.get(fixed)):
                return True
    return False


def places_run(line: str, start: int, end: int) -> bool:
    """The window is a division's name without its level word (久治 of 久治县) written beside another one, joined
    by 至/到/、/和 (久治至马尔康: a road between two counties), or followed by its level word (久治县)."""
    from speechwriter.check import places

    table = places.divisions()
    window = line[start:end]
    if table is None or window not in table.stems:
        return False
    if line[end:end + 1] in "县市区旗州盟":
        return True
    after = line[end + 1:end + 1 + places.MAX_NAME] if line[end:end + 1] in "至到、和" else ""
    before = line[max(0, start - 1 - places.MAX_NAME):start - 1] if line[start - 1:start] in "至到、和" else ""
    return any(after[:n] in table.stems for n in range(2, len(after) + 1)) or \
        any(before[-n:] in table.stems for n in range(2, len(before) + 1))


_FIRM_LIST = re.compile(r"(?:[\u4e00-\u9fffA-Za-z0-9]{1,6}、)+[\u4e00-\u9fffA-Za-z0-9]{1,6}等"
                        r"(?:一批|多家|[0-9一二三四五六七八九十百千]+家)?[\u4e00-\u9fff]{0,4}?(?:企业|公司|集团|品牌)")


def firm_list(line: str, start: int, end: int) -> bool:
    """The window is a whole item of a 、 list closed by 等…企业/公司/集团/品牌 (远景、明阳、隆基、龙马等一批企业):
    firms' names, which no dictionary holds. (教育、医僚、养老等民生保障 lists no firms: a finding.)"""
    for m in _FIRM_LIST.finditer(line, max(0, start - 40), min(len(line), end + 40)):
        if m.start() <= start and end <= m.end() and line[end:end + 1] in ("、", "等") and \
                (line[start - 1:start] == "、" or start == m.start()) and start > m.start() - 1:
            return line[start - 1:start] == "、" or line[end:end + 1] == "、"
    return False


STRADDLE_SEEN = 100   # a pair of characters real text writes this often (ngram.py's count) is a word


def straddles(line: str, start: int, end: int, changed: tuple[int, ...], right: str) -> bool:
    """A two-character window whose changed character makes, with the character just outside the window, a
    word real writing has often — more often than the word proposed (同央企的合作: 央企, not 同样): the window
    spans two words, 同|央企."""
    from speechwriter.check import ngram

    counts = ngram.counts()
    if counts is None or end - start != 2 or len(changed) != 1 or len(right) != 2:
        return False
    c = changed[0]
    pair = line[c:c + 2] if c == end - 1 else line[c - 1:c + 1] if c == start and start > 0 else ""
    return len(pair) == 2 and all_han(pair) and counts.count(pair) >= max(STRADDLE_SEEN, counts.count(right) + 1)


# a pair of characters the dictionary has fewer times than this and real text (ngram.py's count) too is no word
HALF_WORD, HALF_SEEN = 50, 10


def coined_item(line: str, start: int, end: int, right: str) -> bool:
    """The window lies inside a four-character phrase of a run of them — beside four characters joined by 、, or an
    item of four between ， (挺膺担当、起而毅行;
    惟实励新、精进臻善; 主业升级、科技创新、战投合作), that, corrected, is a run real writing never has (起而一行, 惟实力新,
    战役合作): a coinage in a run of four-character phrases — the way official writing coins its slogans — where
    the correction mends nothing. (A slip in a set phrase of such a run, 统筹布署、狠抓落实, corrected, is a run real
    writing has; a slip alone between commas, 令人不耻, has no run of phrases beside it: both still findings.)
    Alone between marks, four characters are a coinage too when their half without the changed character is no word (清费立税,
    “三股势力”借疫生乱)."""
    from speechwriter.check import charlm

    grams = charlm.table()
    if grams is None or end - start >= 4 or len(right) != end - start:
        return False
    lo, hi = start, end
    while lo > 0 and all_han(line[lo - 1]):
        lo -= 1
    while hi < len(line) and all_han(line[hi]):
        hi += 1
    if hi - lo != 4:
        return False
    # a phrase beside it: four characters after a 、 or before one (its last or first four, 力量挺膺担当、), or an item
    # of exactly four between ，
    before, after = line[max(0, lo - 5):lo], line[hi:hi + 5]
    beside = any(len(near) == 5 and all_han(four) and (
        mark == "、" or mark == "，" and not (outer and (all_han(outer) or outer.isalnum())))
        for near, four, mark, outer in ((before, before[:4], before[-1:], line[lo - 6:lo - 5] if lo >= 6 else ""),
                                        (after, after[1:], after[:1], line[hi + 5:hi + 6])))
    if grams.count(line[lo:start] + right + line[end:hi]):
        return False
    if beside:
        return True
    # alone, the four are a coinage when the half without the changed character is no word either (清费|立税,
    # 借疫|生乱: the correction would leave half a phrase nobody writes; 令人|不耻 keeps 令人, a word — a finding)
    changed = [start + i for i in range(end - start) if line[start + i] != right[i]]
    if len(changed) != 1:
        return False
    from speechwriter.check import ngram
    from speechwriter.core.tokens import tokenizer

    other, counts = line[lo + 2:hi] if changed[0] < lo + 2 else line[lo:lo + 2], ngram.counts()
    return (tokenizer().FREQ.get(other) or 0) < HALF_WORD and counts is not None and counts.count(other) < HALF_SEEN


# the levels of government a construction may be built on (省际/市际, 直管县): a level word is no slip there
_LEVEL_WORDS = "省市县区乡镇"


def level_construction(line: str, start: int, end: int, changed: tuple[int, ...]) -> bool:
    """The character taken for a slip is a level of government in a construction built on levels: a level
    heading the window that three other levels make dictionary words of (市际 beside 国际, 省际, 区际), or a level after a
    word the window's first character ends (直管|县: jieba cuts 直管 and 县 — the window holds two words' pieces).
    (铺设管县 for 管线: 管 is a word of its own there — still a finding; so is 实力 written 市力: 国力 and 省力 are words, no third.)"""
    from speechwriter.core.tokens import tokenizer

    if len(changed) != 1 or end - start != 2 or line[changed[0]] not in _LEVEL_WORDS:
        return False
    cutter = tokenizer()
    window = line[start:end]
    if changed[0] == start:   # (three at least: 省力 and 国力 make no 市力 of 实力)
        return sum(1 for other in "国" + _LEVEL_WORDS if other != window[0] and cutter.FREQ.get(other + window[1])) >= 3
    lo = start
    while lo > 0 and start - lo < 8 and all_han(line[lo - 1]):
        lo -= 1
    at = lo
    for word in cutter.cut(line[lo:end], HMM=False):
        at += len(word)
        if at == start + 1:
            return len(word) >= 2 and at - len(word) < start
    return False


# words of two places' joint work after their one-character short names (深赣共建, 酒嘉双城, 湘赣合作)
_JOINT = ("共建", "双城", "同城", "合作", "协作", "协同", "一体", "联动", "两地", "经济圈", "都市圈", "城市群",
          "产业园", "飞地", "对口", "通道", "高铁", "铁路", "高速")


@lru_cache(maxsize=1)
def _place_initials() -> frozenset[str]:
    """The first characters of the names of provinces and prefectures (divisions.tsv; empty without it)."""
    from speechwriter.check import places

    table = places.divisions()
    return frozenset(name[0] for code, name in table.name_of.items() if len(code) <= 4) if table else frozenset()


def paired_places(line: str, start: int, end: int) -> bool:
    """A two-character window whose characters each begin the name of a province or a prefecture (深 of 深圳,
    赣 of 赣州; 酒 of 酒泉, 嘉 of 嘉峪关), followed by a word of joint work (深赣共建产业园, 酒嘉双城经济圈): two
    places' short names put together, as official writing names joint projects. (A slip followed by the same
    word — 技木合作 — is no pair of places: still a finding.)"""
    if end - start != 2 or not line.startswith(_JOINT, end):
        return False
    firsts = _place_initials()
    return line[start] in firsts and line[start + 1] in firsts and line[start] != line[start + 1]


# a pair of characters real text (ngram.py's count) has fewer times than this is one it does not write
NOVEL_PAIR = 5


def unmended(line: str, start: int, end: int, right: str) -> bool:
    """A window new to real writing at both its edges — each outer character beside the window's character next to
    it is a pair real text hardly has — whose correction is no better known: each run of three characters that holds
    the word proposed whole (two, inside running text) is one charlm.py never counts (显失公平 → 除显示, 显示公; 水气土废
    → 气土匪, 土匪和; 筑峰引领行动, 远山红郡配套): a term, a name or a short form the counts lack as a whole, which the
    correction explains no better than the text as written.
    (我们要按装空调: 要按 is a pair real text writes, 工作作风要镇密细致: 密细 — still findings; so is 参予中: 在参与 and
    参与中 are written. A character outside GB 2312, 紧張, is a slip of a simplified text whatever its neighbours.)"""
    from speechwriter.check import charlm, ngram

    grams, counts = charlm.table(), ngram.counts()
    if grams is None or counts is None or end - start != 2 or len(right) != 2:
        return False
    changed = [line[start + i] for i in range(2) if line[start + i] != right[i]]
    try:
        "".join(changed).encode("gb2312")
    except UnicodeEncodeError:
        return False
    fixed = line[:start] + right + line[end:]
    runs = [fixed[q:q + 3] for q in (start - 1, start) if q >= 0 and q + 3 <= len(line) and all_han(fixed[q:q + 3])]
    if len(runs) != 2 or any(grams.count(r) for r in runs):
        return False
    if counts.count(line[start - 1:start + 1]) >= NOVEL_PAIR or counts.count(line[end - 1:end + 1]) >= NOVEL_PAIR:
        return False
    return not _bound_home(line[start:end], right)


def _bound_home(wrong: str, right: str) -> bool:
    """One character of `wrong` changed, and the one kept a bound character (typo_orphan.bound: 睐, 导) whose home word
    — the word real text mostly writes it in, at that place — is `right` (亲睐 → 青睐, 导治 → 导致): the correction is
    the only reading of the kept character, not a guess over a name or a term (显失 → 显示: 显 stands in many words)."""
    from speechwriter.check.typo import indexed_lexicon
    from speechwriter.check.typo_orphan import _dominant, bound

    changed = [i for i in range(2) if wrong[i] != right[i]]
    if len(changed) != 1:
        return False
    k = changed[0]
    kept = wrong[1 - k]
    return bound(kept, indexed_lexicon()) and right[k] in _dominant(kept, k)


def typo_guarded(line: str, start: int, end: int, right: str) -> bool:
    """A 错别字 route's suspect window [start, end) that is rather a name, a coinage or part of a phrase."""
    wrong = line[start:end]
    if name_before(line, end) or level_after_preposition(line, start, end) or glossed(line, end, wrong) or \
            quoted_term(line, start, end):
        return True
    changed = tuple(start + i for i in range(len(wrong)) if wrong[i] != right[i]) if len(right) == len(wrong) else ()
    fix = right[changed[0] - start] if len(changed) == 1 else ""
    if in_parallel(line, start, end, changed) or anaphora(line, changed, fix) or places_run(line, start, end) or \
            firm_list(line, start, end) or paired_places(line, start, end) or \
            level_construction(line, start, end, changed) or coined_item(line, start, end, right) or \
            unmended(line, start, end, right) or \
            straddles(line, start, end, changed, right):
        return True
    return len(changed) == 1 and phrase_across(line, start, end, changed[0])


def _skeleton(text: str) -> str:
    return "".join(ch for ch in text if all_han(ch) or ch.isalnum())


def short_form_seen(wrong: str, gap: int, formula: str) -> bool:
    """The formulation written without a character, right before `gap`, the way real writing often writes
    it: a run of four across the gap that charlm.py counts often (中华民族伟大复兴中国梦 — 兴中国梦 is written;
    以习近平同志为核心党中央 — 心党中央 never is), a run the formulation itself lacks (全过程人民主: 过程人民 is
    the formulation's own)."""
    from speechwriter.check import charlm

    grams = charlm.table()
    if grams is None or gap == 0 or gap >= len(wrong):
        return False
    return any(grams.count(wrong[q:q + 4]) >= PHRASE_SEEN and wrong[q:q + 4] not in formula
               for q in range(max(0, gap - 3), min(gap - 1, len(wrong) - 4) + 1))


def term_guarded(line: str, start: int, end: int, right: str) -> bool:
    """A 规范表述 near miss on [start, end) that is a deliberate short or wider form of `right`: its 的
    left out before another 的 (人民对美好生活向往的奋斗目标) or where real writing leaves it out too
    (`short_form_seen`), a 新 put after its 的 (美好生活的新向往), a 把 sentence built on it (`disposal`), or a
    word put in that makes a set phrase with its neighbours (`widened_seen`).
    (Tried and left out: a character changed into a phrase real writing has, 培育壮大新型产业 — slips are
    common in real writing too: 人民当家做主, 社会保险部 were let through.)"""
    wrong, formula = _skeleton(line[start:end]), _skeleton(right)
    if len(wrong) + 1 == len(formula):
        for i in range(len(formula)):
            if formula[:i] + formula[i + 1:] == wrong:
                if formula[i] == "的" and i == len(formula) - 3 and line[end:end + 1] == "的":
                    return True   # …生活向往的目标: one 的 left out before the next (not 为核心党中央的领导)
                if short_form_seen(wrong, i, formula):
                    return True
    if len(wrong) == len(formula) + 1:
        for i in range(len(wrong)):
            if wrong[:i] + wrong[i + 1:] != formula:
                continue
            if wrong[i] == "新" and i > 0 and wrong[i - 1] == "的":
                return True
            if disposal(line, end, wrong, i):
                return True
    # a word put in (全面从严管党治党), whether the near miss was read as the word put in or as a character changed
    # (全面从严管党, the formulation's 治党 after it)
    for wide in (wrong, _skeleton(line[start:end + 2])):
        if len(wide) == len(formula) + 2:
            for i in range(1, len(formula)):
                if wide[:i] + wide[i + 2:] == formula and widened_seen(wide, i, formula):
                    return True
    return False


def widened_seen(wrong: str, at: int, formula: str) -> bool:
    """A two-character word put into the formulation at `at` that makes, with the characters beside it, a run
    of four real writing has often and the formulation lacks (全面从严管党治党: 管党治党 — the wider form is a set
    phrase of its own, not a slip)."""
    from speechwriter.check import charlm

    grams = charlm.table()
    if grams is None:
        return False
    return any(grams.count(wrong[q:q + 4]) >= PHRASE_SEEN and wrong[q:q + 4] not in formula
               for q in range(max(0, at - 2), min(at + 1, len(wrong) - 4) + 1))


def disposal(line: str, end: int, wrong: str, at: int) -> bool:
    """A 把/将 put after the formulation's first word (坚持把党的全面领导贯穿政府工作全过程): the 把 sentence
    makes the rest of the formulation its object, and a verb follows the span — a sentence built on the
    formulation, not a slip in it. (坚持把党的全面领导。 with nothing after it stays a finding.)"""
    return wrong[at] in "把将" and at >= 2 and at + 2 < len(wrong) and all_han(line[end:end + 1])

