"""Who speaks and when: a speaker's line (a person's name, a position and a name, a unit) and the date line."""

from __future__ import annotations

import re

from speechwriter.core.cleaning import PLACEHOLDER_NAME, has_inner_sentence_end
from speechwriter.core.header.words import NAMES_SPEECH, PART_ALONE, SPEECH_TITLE_WORDS, compacted

_DATE = re.compile(
    r"^[（(]?\s*(\d{4}|[一二三四五六七八九〇零○]{4}|20[xX×]{2}|[xX×]{4})\s*年"
    r"\s*(\d{1,2}|[一二三四五六七八九十]{1,3}|[xX×]{1,2})\s*月"
    r"(\s*(\d{1,2}|[一二三四五六七八九十]{1,3}|[xX×]{1,2})\s*日)?\s*[)）]?$")


PERSON = re.compile(r"^[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3}$")


# the positions a speaker's line names before the person (`…局长 王琛`)
_POSITION_WORDS = "书记|主席|主任|市长|县长|区长|乡长|镇长|局长|部长|厅长|处长|科长|秘书长|理事长|会长|社长|校长|院长|所长|经理|总裁|董事长|代表|委员"


_POSITION_AND_NAME = re.compile(rf"^[\u4e00-\u9fff]{{0,12}}({_POSITION_WORDS})\s*[\u4e00-\u9fff]{{2,4}}$")


ORGANISATION = re.compile(r"^[\u4e00-\u9fff（）()]{2,24}(局|委|办|部|厅|处|院|(?<![社晚宴聚])会|中心|公司|集团|党委|党组|支部|政府|"
                           r"妇联|工会|学校|医院|街道|镇|乡|村|所|站|队)$")


_NUMERIC_DATE = re.compile(r"^[（(]?(19|20)\d{2}\s*[./\-]\s*\d{1,2}\s*[./\-]\s*\d{1,2}[)）]?$")   # `2019.12.31`, `2021/02/27`


def is_date_line(text: str) -> bool:
    compact = text.replace(" ", "")
    return bool(_DATE.match(compact) or _NUMERIC_DATE.match(compact))


# the speaker named as a field of the title block: `发言人：王琛`, `主讲人: 市委书记 王琛`, `【致辞人】某某市卫健委`
_WHO_SPEAKS = "发言人|讲话人|主讲人|报告人|汇报人|演讲人|致辞人|述职人|主持人"
_SPEAKER_FIELD = re.compile(rf"^(?:(?:{_WHO_SPEAKS})\s*[:：]|[【\[](?:{_WHO_SPEAKS})[】\]]\s*[:：]?)\s*(?P<who>\S.{{0,24}})$")


def speaker_field(text: str) -> bool:
    """`发言人：王琛`: who speaks, given as a field; never (part of) the title."""
    match = _SPEAKER_FIELD.match(text.strip())
    return bool(match) and not has_inner_sentence_end(text) and text.strip()[-1] not in "。！？!?；;，,、"


def is_speaker_line(text: str) -> bool:
    return bool(PERSON.match(text) or PLACEHOLDER_NAME.match(text) or _position_and_name(text) or speaker_field(text)
                or (ORGANISATION.match(text) and not SPEECH_TITLE_WORDS.search(text)))


def _position_and_name(text: str) -> bool:
    """`…局长 王琛`; not `市长欢迎词` (what follows the position names a speech, not a person)."""
    return bool(_POSITION_AND_NAME.match(text)) and not NAMES_SPEECH.search(text)


# every position a speaker's line gives before the name, the longest first (`副委员长` before `委员`)
_ANY_POSITION = "|".join(sorted(set(_POSITION_WORDS.split("|")) | {"总理", "省长", "主委", "总经理", "委员长"},
                                key=lambda word: (-len(word), word)))
_POSITION_WORD = re.compile(_ANY_POSITION)
# (the body's name before the position as long as it is: `全国人民代表大会常务委员会副委员长田纪云`)
_UNIT_POSITION_AND_NAME = re.compile(rf"^[\u4e00-\u9fff、]{{0,30}}({_ANY_POSITION})\s*[\u4e00-\u9fff]{{2,4}}$")


def position_and_person(text: str) -> bool:
    """`…局长 王琛`, `县委书记李明`, `全国人民代表大会常务委员会副委员长田纪云`: a position, then a
    person's name (or one left to fill in), whatever the body's name before the position — not
    `书记校长读书` (a title's first line, wrapped: what follows the position is no name). And the
    other ways a title block names who speaks with what they are: a class, then a name
    (`高二（3）班钱晗欣`, `class_and_person`), a name, then the posts in brackets (`孙洪亮（党委副书记、纪委书记）`,
    numbered in a page of several: `1.孙洪亮（…）`, `person_and_post`)."""
    if class_and_person(text) or person_and_post(text):
        return True
    if not _UNIT_POSITION_AND_NAME.match(text) or NAMES_SPEECH.search(text):
        return False
    return any(is_name_line(rest) or PLACEHOLDER_NAME.match(rest)
               for rest in (text[m.end():].strip() for m in _POSITION_WORD.finditer(text)) if rest)


# a school's class, numbered (`高二（3）班`, `初三(2)班`, `2018级计算机1班`, `七年级三班`), and what its speaker is in it
_CLASS = re.compile(r"^(?P<grade>[\u4e00-\u9fff\dA-Za-z]{1,16}?)\s*[（(]?\s*[\d一二三四五六七八九十]{1,3}\s*[)）]?\s*班"
                    r"\s*(学生代表|学生|代表|班长|团支书|同学)?\s*(?P<name>\S.{0,8})$")


def class_and_person(text: str) -> bool:
    """`高二（3）班钱晗欣`, `初三(2)班 王小明同学`, `2018级计算机1班学生代表 张三`: a student's class, then
    the student's name — who speaks (a school's speeches under the flag are signed so). Not
    `高三（1）班主题班会` (no name after the class) nor `领导班子…` (no class number)."""
    match = _CLASS.match(text.strip())
    if not match or NAMES_SPEECH.search(text):
        return False
    name = match.group("name").strip()
    name = name[:-2] if name.endswith("同学") and len(name) > 3 else name
    return is_name_line(name) and not name.startswith("班")


# a person's name, then the posts held, in brackets (`孙洪亮（党委副书记、纪委书记）`), a list's number before it
# when a page gives several people's reports (`1.孙洪亮（…）`, `（二）王琛（校长）`)
_PERSON_AND_POST = re.compile(r"^(\d{1,2}\s*[.、．]|[（(][\d一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}\s*、)?\s*"
                              r"(?P<name>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,4})\s*[（(](?P<post>[^（()）]{2,30})[)）]$")


def person_and_post(text: str) -> bool:
    """`孙洪亮（党委副书记、纪委书记）`, `1.孙洪亮（党委副书记、纪委书记）`: a person, then the posts they hold, in
    brackets — who speaks. Not `发展规划（2021—2025年）` (no person) nor `王琛（摘要）` (a note, no post)."""
    match = _PERSON_AND_POST.match(text.strip())
    if not match or not is_name_line(match.group("name")):
        return False
    post = match.group("post")
    return bool(_POSITION_WORD.search(post)) and not has_inner_sentence_end(post) and not NAMES_SPEECH.search(post)


def speaker_shaped(text: str) -> bool:
    """is_speaker_line, with a position and a name only when the name is a person's."""
    return bool(PERSON.match(text) or PLACEHOLDER_NAME.match(text) or position_and_person(text) or speaker_field(text)
                or (ORGANISATION.match(text) and not SPEECH_TITLE_WORDS.search(text) and "在" not in text
                    and not _NOT_A_UNIT.search(text)))
    # (`领导在重点镇`: a unit's name says no `在`; that is a title's first line, wrapped; `…青年干部`,
    # `…全部` end as a unit's name does and name none)


_NOT_A_UNIT = re.compile(r"(干|全|内|外|局)部$")


# the family names a person's name starts with (the common single ones and the double ones)
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
    "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古"
    "吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫"
    "寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻"
    "位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阎"
    "习逄伏邸衣郗蔚茅揭扶双旷仉厍鄂展幸凤戈訾亓")


_DOUBLE_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "令狐", "慕容", "夏侯", "长孙",
                    "宇文", "司徒", "端木", "西门", "独孤", "南宫", "轩辕", "呼延")


_NOT_A_NAME = re.compile(r"讲话|发言|报告|致辞|开幕|闭幕|汇报|总结|献词|贺词|演讲|主持|讲稿|引言|前言|结束|序言|附件|目录|"
                         r"同志们|大家|各位|谢谢|说明|提纲|党课|全文|摘要|词$|范文|范例|模板|样本|例文")   # (`元旦祝词`, `范文`)


_ADDRESSED = ("同志", "老师", "先生", "女士", "教授")


def is_name_line(text: str) -> bool:
    """A line that is only a person's name: 2–4 characters (`王琛`, `王  琛`, `欧阳明`), or with how one
    addresses the person (`李明同志`, `王明刚老师`).
    A speech's title block names its speaker so; a clerk never takes it for the title."""
    compact = re.sub(r"[\s　]", "", text).lstrip("□■●◆◇○·•*")   # (`□粟增林`: a paper's bullet before the name)
    if PART_ALONE.match(compact):
        return False   # `范文一`, `范例二`: a collection item's number, not a person
    if compact.endswith(_ADDRESSED) and 2 <= len(compact) - 2 <= 4:
        compact = compact[:-2]   # (`王明刚老师`: a name and how one addresses the person)
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", compact) or _NOT_A_NAME.search(compact):
        return False
    return compact[0] in _SURNAMES or compact.startswith(_DOUBLE_SURNAMES)


# `1957年6月26日在…上`, `民国113年6月6日第3907次会议` (a year of the Republic, as Taiwan's pages date)
DATED = re.compile(r"^[（(]?\s*(\d{4}|[一二三四五六七八九〇零○]{4}|民[国國]\s*\d{1,3})\s*年.{1,4}月.{1,3}日")


# when and where a speech was given, opening its line (`2025年3月21日在汉滨区第十九届`): a subtitle's first
# line, never a title's (no labelled title opens with a day and 在)
DATED_AT = re.compile(r"^[（(]?\s*(\d{4}|[一二三四五六七八九〇零○]{4})\s*年.{1,4}月.{1,3}日.{0,4}在")


DATED_OCCASION = re.compile(r"^[（(]?\s*(\d{4}|[一二三四五六七八九〇零○]{4})\s*年.{1,4}月.{1,3}日.{0,4}在.{2,60}(上|时|中)"
                             r"(的(讲话|发言|报告|致辞))?[)）]?$")


def names_of_people(text: str) -> bool:
    """`戚本禹、张春桥、谢富治`, `王琛 李明`: two or more people's names, one after another — who speak."""
    parts = [p for p in re.split(r"[、，,\s　]+", text.strip()) if p]
    return len(parts) >= 2 and all(is_name_line(p) for p in parts)


def spaced_out(text: str) -> bool:
    """`走 向 远 方`, `弘 扬“四气”提 振 精 神`: a line set with a space between its characters, as a
    printed title is — half of its parts or more are one character (a quote or a bracket can glue
    a few characters into one part); a row of links or a menu is of words (`首页 新闻 通知 下载`)."""
    tokens = text.split()
    return len(tokens) >= 2 and 2 * sum(1 for t in tokens if len(t) == 1) >= len(tokens)


def ends_with_name(text: str) -> bool:
    """`绍兴一中党委书记、校长   王 琛`, `王可青2018.05.21`: a speaker line, whatever comes before the name."""
    text = re.sub(r"[\d.\-/年月日]+$", "", text.strip()).strip()
    parts = text.split()
    if len(parts) > 1 and (all(len(p) == 1 for p in parts) or len(parts[0]) == 1 and spaced_out(text)):
        # `王 琛` is a name spaced out; `中 国 人 民 站 起 来 了`, `筑 牢“三道”防 线 守 护 平 安` a title (its last
        # two characters no name), set so from its first character
        return is_name_line(text)
    if len(parts) >= 2 and len(parts[-1]) == 1:
        parts[-2:] = [parts[-2][-1:] + parts[-1]] if len(parts[-2]) > 1 else [parts[-2] + parts[-1]]
    tail = parts[-1] if parts else ""
    if len(parts) > 1 and PLACEHOLDER_NAME.match(tail):
        return True   # `交通局局长 xxx`: the name left for the clerk to fill in
    if len(parts) > 1 and len(re.sub(r"同志$", "", tail)) == 4 and not tail.startswith(_DOUBLE_SURNAMES) \
            and not POSITION_END.search(parts[-2]):
        return False   # `提高能力 强化素质`: a title in two parts; a four-character name follows a position
    return is_name_line(tail) and (len(parts) > 1 or tail != text.strip() or len(text.strip()) <= 4)


POSITION_END = re.compile(rf"({_POSITION_WORDS}|总理|省长|主委|总经理|委员长)$")


# a date without its year, in a title block (`（1月13日下午4点，…）`): the date line, never a title
DAY = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日")


# a speaker line that gives the position alone, above the name (`国务院总理` / `李克强`)
POSITION = re.compile(r"^([Xx×*]{1,4})?[\u4e00-\u9fff、]{0,16}(总理|副总理|主席|副主席|书记|副书记|省长|市长|县长|区长|部长|局长|厅长|"
                       r"主任|校长|院长|董事长|总经理|总裁|委员长|会长|理事长)$")


# a date left for the clerk to fill in (`(X年X月X日)`, `(200*年*月*日)`, `(二00九年三月   日)`)
PLACEHOLDER_DATE = re.compile(r"^[（(]?\s*[\dXx×*＊〇零○一二三四五六七八九]{1,4}\s*年\s*[\dXx×*＊一二三四五六七八九十]{0,2}\s*月"
                               r"(\s*[\dXx×*＊一二三四五六七八九十]{0,3}\s*日)?\s*[)）]?$")


def date_or_blank(text: str) -> bool:
    """A date line, written or left for the clerk to fill in."""
    return bool(is_date_line(text) or PLACEHOLDER_DATE.match(text))


# the date a title names its speech by, in brackets at its end (`在2008年春节团拜会上的讲话(2008年2月5日)`)
TRAILING_DATE = re.compile(r"(?<=[讲话发言报告致辞词])\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]$")


# a unit left for the clerk to name (`xx 中学`, `XX县教育局`, `××公司`, `某某镇政府`): who speaks, never a title line
_PLACEHOLDER_UNIT = re.compile(r"^([XxＸｘ×*＊]{1,4}|某{1,2})\s*[\u4e00-\u9fff]{0,10}(中学|小学|大学|学院|学校|幼儿园|医院|公司|集团|"
                               r"银行|委员会|政府|办公室|党委|党组|支部|中心|局|厅|委|办|部|处|院|街道|镇|乡|村|所|站|队|县|市|区)$")


def placeholder_unit(text: str) -> bool:
    return bool(_PLACEHOLDER_UNIT.match(text.strip()))


def can_be_speaker(text: str) -> bool:
    """A speaker line as a clerk writes it: a name (`王琛`, `李明同志`, `XXX`), a name after the
    position (`…校长 王琛`, `王可青2018.05.21`), a position and name, or the unit that speaks."""
    return bool(is_name_line(text) or ends_with_name(text) or PLACEHOLDER_NAME.match(text) or speaker_field(text)
                or position_and_person(text) or POSITION.match(compacted(text)) or placeholder_unit(text)
                or (ORGANISATION.match(text) and not SPEECH_TITLE_WORDS.search(text)))


def is_date(text: str) -> bool:
    return bool(date_or_blank(text) or DATED.match(text) or DAY.search(text))
