"""The lines above a speech's body: title, subtitle, speaker, date, and the salutation (称呼)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from speechwriter.core.cleaning import PLACEHOLDER_NAME, has_inner_sentence_end, visible_len
from speechwriter.core.markers import find_marker

ADDRESSEES = re.compile(r"同志们|各位|尊敬的|女士们|先生们|朋友们|代表们|老师们|同学们|领导|委员|执委|来宾|嘉宾")
_SALUTATION = re.compile(r"[：:]$")
_DATE = re.compile(
    r"^[（(]?\s*(\d{4}|[一二三四五六七八九〇零○]{4}|20[xX×]{2}|[xX×]{4})\s*年"
    r"\s*(\d{1,2}|[一二三四五六七八九十]{1,3}|[xX×]{1,2})\s*月"
    r"(\s*(\d{1,2}|[一二三四五六七八九十]{1,3}|[xX×]{1,2})\s*日)?\s*[)）]?$")
_SUBTITLE = re.compile(r"^(——|—|--|－－)|^[（(]?在.{2,60}(讲话|发言|报告|致辞|讲稿|汇报)[)）]?$")
_PERSON = re.compile(r"^[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3}$")
# the positions a speaker's line names before the person (`…局长 王琛`)
_POSITION_WORDS = "书记|主席|主任|市长|县长|区长|乡长|镇长|局长|部长|厅长|处长|科长|秘书长|理事长|会长|社长|校长|院长|所长|经理|总裁|董事长|代表|委员"
_POSITION_AND_NAME = re.compile(rf"^[\u4e00-\u9fff]{{0,12}}({_POSITION_WORDS})\s*[\u4e00-\u9fff]{{2,4}}$")
_ORGANISATION = re.compile(r"^[\u4e00-\u9fff（）()]{2,24}(局|委|办|部|厅|处|院|(?<![社晚宴聚])会|中心|公司|集团|党委|党组|支部|政府|"
                           r"妇联|工会|学校|医院|街道|镇|乡|村|所|站|队)$")
_PART_MARKER = re.compile(r"^(?P<title>.{2,80}?)\s*(篇\s*\d{1,2}|[（(]?第[一二三四五六七八九十\d]{1,3}篇[)）]?)$")
_SPEECH_TITLE_WORDS = re.compile(r"讲话|发言|报告|致辞|讲稿|开幕词|闭幕词|汇报|主持词|党课|动员(大)?会|表态")


# whom a salutation addresses, beyond ADDRESSEES' words: `全体同志`, `同仁们`, `乡亲们`, `家人们`
_HEARERS = re.compile(r"^(尊敬的|亲爱的|敬爱的|全体|各位)?[\u4e00-\u9fff]{0,6}(同志|同仁|(?<![我你他她它咱])们|朋友|乡亲|家人)$")


def addresses_hearers(text: str) -> bool:
    """`全体党员同志：`, `同仁们：`, `乡亲们、朋友们：`: a short line of whom the speech addresses, ending in `：`."""
    text = text.strip()
    if visible_len(text) > 30 or text[-1:] not in "：:" or has_inner_sentence_end(text):
        return False
    return all(_HEARERS.match(part) and part != "人们" for part in re.split(r"[、，,]", text[:-1].strip()))


_GREETING = re.compile(r"[，,：:；;、\s]*(大家|你们|您们)?(早上|上午|中午|下午|晚上)?好[。！!.]?$")


def greets_hearers(text: str) -> bool:
    """`尊敬的各位领导；各位同事，大家好。`, `各位来宾，下午好！`: whom the speech addresses, then a
    greeting — the salutation, however its parts are punctuated. Not `同志们好好学习。` (the words
    before `好` must each name hearers) nor a sentence (`今天天气很好。`)."""
    text = text.strip()
    match = _GREETING.search(text)
    if not match or visible_len(text) > 40 or not match.group(1) and not match.group(2):
        return False
    who = text[:match.start()].strip()
    parts = [p for p in re.split(r"[、，,；;\s]+", who) if p]
    return bool(parts) and not re.search(r"[。！？!?]", who) and all(
        ADDRESSEES.search(p) or _HEARERS.match(p) for p in parts)


def is_salutation(text: str) -> bool:
    """`同志们：`, `尊敬的…，各位…：`; with `！` only when it opens with whom it addresses (`各位代表！`)."""
    if visible_len(text) > 40 or has_inner_sentence_end(text) or not ADDRESSEES.search(text):
        return False
    return bool(_SALUTATION.search(text)) or (text[-1] in "！!" and visible_len(text) <= 30
                                              and bool(ADDRESSEES.match(text)))


_NUMERIC_DATE = re.compile(r"^[（(]?(19|20)\d{2}\s*[./\-]\s*\d{1,2}\s*[./\-]\s*\d{1,2}[)）]?$")   # `2019.12.31`, `2021/02/27`


def is_date_line(text: str) -> bool:
    compact = text.replace(" ", "")
    return bool(_DATE.match(compact) or _NUMERIC_DATE.match(compact))


def is_subtitle_line(text: str) -> bool:
    return bool(_SUBTITLE.search(text))


# the speaker named as a field of the title block: `发言人：王琛`, `主讲人: 市委书记 王琛`
_SPEAKER_FIELD = re.compile(r"^(发言人|讲话人|主讲人|报告人|汇报人|演讲人|致辞人|述职人|主持人)\s*[:：]\s*(?P<who>\S.{0,24})$")


def speaker_field(text: str) -> bool:
    """`发言人：王琛`: who speaks, given as a field; never (part of) the title."""
    match = _SPEAKER_FIELD.match(text.strip())
    return bool(match) and not has_inner_sentence_end(text) and text.strip()[-1] not in "。！？!?；;，,、"


def is_speaker_line(text: str) -> bool:
    return bool(_PERSON.match(text) or PLACEHOLDER_NAME.match(text) or _position_and_name(text) or speaker_field(text)
                or (_ORGANISATION.match(text) and not _SPEECH_TITLE_WORDS.search(text)))


def _position_and_name(text: str) -> bool:
    """`…局长 王琛`; not `市长欢迎词` (what follows the position names a speech, not a person)."""
    return bool(_POSITION_AND_NAME.match(text)) and not _NAMES_SPEECH.search(text)


_POSITION_WORD = re.compile(_POSITION_WORDS)


def position_and_person(text: str) -> bool:
    """`…局长 王琛`, `县委书记李明`: a position, then a person's name (or one left to fill in) — not
    `书记校长读书` (a title's first line, wrapped: what follows the position is no name)."""
    if not _position_and_name(text):
        return False
    return any(is_name_line(rest) or PLACEHOLDER_NAME.match(rest)
               for rest in (text[m.end():].strip() for m in _POSITION_WORD.finditer(text)) if rest)


def _speaker_shaped(text: str) -> bool:
    """is_speaker_line, with a position and a name only when the name is a person's."""
    return bool(_PERSON.match(text) or PLACEHOLDER_NAME.match(text) or position_and_person(text) or speaker_field(text)
                or (_ORGANISATION.match(text) and not _SPEECH_TITLE_WORDS.search(text) and "在" not in text
                    and not _NOT_A_UNIT.search(text)))
    # (`领导在重点镇`: a unit's name says no `在`; that is a title's first line, wrapped; `…青年干部`,
    # `…全部` end as a unit's name does and name none)


_NOT_A_UNIT = re.compile(r"(干|全|内|外|局)部$")


_NAMES_SPEECH = re.compile(r"(词|讲话|发言|报告|致辞|演讲|汇报|稿|材料|总结|体会|心得)$")


def part_marker_title(text: str) -> str | None:
    """`在…讲话 篇1` (a web aggregator's part line) → its title part; None for other lines."""
    match = _PART_MARKER.match(text)
    if not match or _BREADCRUMBS.search(match.group("title")):
        return None   # (`您的当前位置:首页…开幕词 篇7`: where the page is, not a part of it)
    return match.group("title")


def looks_like_speech_title(text: str) -> bool:
    return bool(_SPEECH_TITLE_WORDS.search(text))


def is_header_like(text: str) -> bool:
    """Short, no sentence inside: could be a title-block line."""
    return visible_len(text) <= 60 and not has_inner_sentence_end(text) and text[-1] not in "。！？!?；;，,、"


def classify_header(lines: list[str]) -> dict:
    """Assign header lines to title/subtitle/speaker/date; the rest is noise.

    Page noise in a header: a page title repeated above the real title, and a `…篇N` part line
    when the part has its own title.
    """
    result: dict = {"title": None, "subtitle": None, "speaker": None, "date": None, "noise": []}  # noise: indices
    candidates: list[tuple[int, str]] = []
    for index, text in enumerate(lines):
        later = lines[index + 1:]
        if any(other == text or (part_marker_title(other) or "") == text for other in later):
            result["noise"].append(index)  # the page repeats the title: keep the last copy
        elif is_date_line(text) and result["date"] is None:
            result["date"] = text
        elif is_speaker_line(text) and result["speaker"] is None and candidates:
            result["speaker"] = text
        elif is_subtitle_line(text) and candidates and result["subtitle"] is None:
            result["subtitle"] = text
        else:
            candidates.append((index, text))
    # A part line is the title only when the part has no title of its own.
    own_titles = [c for _, c in candidates if part_marker_title(c) is None]
    for index, text in candidates:
        if part_marker_title(text) is not None and own_titles:
            result["noise"].append(index)
        elif result["title"] is None:
            result["title"] = text
        elif result["subtitle"] is None:
            result["subtitle"] = text  # a second heading line under the title
        else:
            result["subtitle"] = f"{result['subtitle']}{text}"
    return result



# a page's note to its reader about the document or the site (`下面是小编为大家整理的…，供大家参考。`,
# `1、下载文档前请自行甄别…`, `如文档侵犯您的权益，请联系客服…`): the words of a site and its reader
_SITE_WORD = re.compile(r"文档|本站|网站|平台|客服|下载|上传|版权|侵权|付费|预览|会员|用户|原创|投稿|范文|小编|整理|网友|阅读|"
                        r"参考|收集|分享|推荐|转载")
_READER = re.compile(r"您|请|本站|本文档|本平台|大家|欢迎")


def is_page_notice(text: str) -> bool:
    """A web page's note to its reader about the document or the site: three of a site's words, or
    two with the reader addressed (`您`, `请`, `大家`, `欢迎`). Only above a speech's title block is
    such a line the page's (a speech on a service desk's work speaks of 客服 and 用户 too); a speaker
    says `我们`, and a salutation opens with whom it addresses."""
    if "我们" in text or ADDRESSEES.match(text):
        return False
    words = {m.group() for m in _SITE_WORD.finditer(text)}
    return len(words) >= 3 or len(words) >= 2 and bool(_READER.search(text))

# --- what a clerk never gets wrong in a title block ------------------------------------------

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


def is_name_line(text: str) -> bool:
    """A line that is only a person's name: 2–4 characters (`王琛`, `王  琛`, `欧阳明`), or `…同志`.
    A speech's title block names its speaker so; a clerk never takes it for the title."""
    compact = re.sub(r"[\s　]", "", text).lstrip("□■●◆◇○·•*")   # (`□粟增林`: a paper's bullet before the name)
    if _PART_ALONE.match(compact):
        return False   # `范文一`, `范例二`: a collection item's number, not a person
    if compact.endswith("同志") and 2 <= len(compact) - 2 <= 4:
        compact = compact[:-2]
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", compact) or _NOT_A_NAME.search(compact):
        return False
    return compact[0] in _SURNAMES or compact.startswith(_DOUBLE_SURNAMES)


_DASH = ("——", "――", "—", "--", "－－")   # (`――`: two horizontal bars, as some pages type the dash)
_DATED = re.compile(r"^[（(]?\s*(\d{4}|[一二三四五六七八九〇零○]{4})\s*年.{1,4}月.{1,3}日")   # `1957年6月26日在…上`
_DATED_OCCASION = re.compile(r"^[（(]?\s*(\d{4}|[一二三四五六七八九〇零○]{4})\s*年.{1,4}月.{1,3}日.{0,4}在.{2,60}(上|时|中)"
                             r"(的(讲话|发言|报告|致辞))?[)）]?$")
_PAGE_META = re.compile(r"(来源|作者|标题|发布时间|更新时间|发表时间|投稿人|点击数|浏览次数|责任编辑)\s*[:：]")
_WEB_LINE = re.compile(r"来源|作者|发布|时间|点击|浏览|编辑|日期|投稿|全文|预览|下载|首页|当前位置")


def _compact(text: str) -> str:
    return re.sub(r"[\s　\-—－:：，,。.!！?？“”\"'‘’《》()（）]", "", text)


def _title_shaped(text: str) -> bool:
    """Short, no sentence inside; a title may end with `！`, and one naming a whole speech with a
    full stop a clerk typed after it (`教职工代表大会闭幕词。`; not a host's `下面请王局长讲话。`)."""
    stop = text.endswith(("。", ".")) and names_whole_speech(text) and not _HOSTING.search(text)
    return is_header_like(text[:-1] if (text.endswith(("！", "!")) or stop) and len(text) > 2 else text)


_HOSTING = re.compile(r"请|下面|现在|接下来|首先|欢迎")


def _copies(texts: list[str], index: int) -> bool:
    """Does this line repeat (or hold, or sit inside) a later line of the title block? A web page puts
    its own title above the speech's title block: `主标题——副标题` above `主标题` and `——副标题`."""
    own = _compact(texts[index])
    later = [_compact(t) for t in texts[index + 1:] if not _PAGE_META.search(t) and not is_page_ui(t) and _title_shaped(t)
             and t[-1] not in "：:" and not ends_with_name(t)]
    # (a title run on to the salutation, `在…上的讲话同志们：`, is no page line; nor is the speaker's
    # line a copy of the title: `最高人民检察` / `院工作报告` above `最高人民检察院检察长 张军`)
    return any(o and (own in o or (o in own and len(o) >= 4)) for o in later)


def ends_with_name(text: str) -> bool:
    """`绍兴一中党委书记、校长   王 琛`, `王可青2018.05.21`: a speaker line, whatever comes before the name."""
    text = re.sub(r"[\d.\-/年月日]+$", "", text.strip()).strip()
    parts = text.split()
    if len(parts) > 1 and all(len(p) == 1 for p in parts):
        return is_name_line(text)   # `王 琛` is a name spaced out; `中 国 人 民 站 起 来 了` a title
    if len(parts) >= 2 and len(parts[-1]) == 1:
        parts[-2:] = [parts[-2][-1:] + parts[-1]] if len(parts[-2]) > 1 else [parts[-2] + parts[-1]]
    tail = parts[-1] if parts else ""
    if len(parts) > 1 and PLACEHOLDER_NAME.match(tail):
        return True   # `交通局局长 xxx`: the name left for the clerk to fill in
    if len(parts) > 1 and len(re.sub(r"同志$", "", tail)) == 4 and not tail.startswith(_DOUBLE_SURNAMES) \
            and not _POSITION_END.search(parts[-2]):
        return False   # `提高能力 强化素质`: a title in two parts; a four-character name follows a position
    return is_name_line(tail) and (len(parts) > 1 or tail != text.strip() or len(text.strip()) <= 4)


_POSITION_END = re.compile(rf"({_POSITION_WORDS}|总理|省长|主委|总经理|委员长)$")


_WHOLE_LABEL = re.compile(r"^[【{〔\[].{1,20}[】}〕\]]$")   # `【自我介绍】`: a document's section label
# a title that names a whole speech ends with what the speech is (`…上的讲话`, `…述职报告`, `…主持词`)
_COMPLETE_TITLE = re.compile(r"(讲话|发言|报告|致辞|讲稿|发言稿|讲话稿|开幕词|闭幕词|主持词|献词|贺词|欢迎词|祝酒词|答谢词|演讲|"
                             r"汇报|讲话提纲|党课|工作总结|发言材料)[》”\"]?[.。]?$")
# a date without its year, in a title block (`（1月13日下午4点，…）`): the date line, never a title
_DAY = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日")


_SECTION_WORD = re.compile(r"^(引言|前言|序言|导言|目录|结束语|结语|附件|附录|摘要|正文|全文)$")
# a speaker line that gives the position alone, above the name (`国务院总理` / `李克强`)
_POSITION = re.compile(r"^([Xx×*]{1,4})?[\u4e00-\u9fff、]{0,16}(总理|副总理|主席|副主席|书记|副书记|省长|市长|县长|区长|部长|局长|厅长|"
                       r"主任|校长|院长|董事长|总经理|总裁|委员长|会长|理事长)$")


# a date left for the clerk to fill in (`(X年X月X日)`, `(200*年*月*日)`, `(二00九年三月   日)`)
_PLACEHOLDER_DATE = re.compile(r"^[（(]?\s*[\dXx×*＊〇零○一二三四五六七八九]{1,4}\s*年\s*[\dXx×*＊一二三四五六七八九十]{0,2}\s*月"
                               r"(\s*[\dXx×*＊一二三四五六七八九十]{0,3}\s*日)?\s*[)）]?$")


def _date_or_blank(text: str) -> bool:
    """A date line, written or left for the clerk to fill in."""
    return bool(is_date_line(text) or _PLACEHOLDER_DATE.match(text))
# a web page's own controls and notes, never a speech's title (`正文复制`, `+ 加入清单`, `标签: #…`,
# `官方公众号`, `佩珊分享`, `转换到繁體中文`, a site's address, a periodical's issue line, `[此文共N字]`)
_PAGE_UI = re.compile(r"正文复制|复制全文|加入清单|联系客服|在线客服|客服电话|客服热线|服务热线|加入收藏|公众号|^标签\s*[:：]|繁體|繁体中文|简体中文|购物车|我的足迹|小编|欢迎阅读|欢迎来到|"
                      r"仅供参考|立即下载|免费下载|免费试读|侵权投诉|^[^|｜]{1,8}[|｜].*[|｜]|[A-Za-z0-9-]+\.(com|COM|cn|CN|net|org)\b|\d日讯|^\S{1,6}分享$|"
                      r"》.{0,12}第\s*\d{1,3}\s*期$|此文共\s*\d+\s*字|广告位|^广告$")
# a page's title for a collection of speeches (`毕业酒会领导致辞7篇`, `…(精选8篇)`, `…汇编-13篇`, `讲话稿大全`):
# the page's, when a speech's own title (or its part line) stands below it
_COLLECTION = re.compile(r"(?<!第)(\d{1,3}|[一二两三四五六七八九十多]{1,3})\s*篇\s*[)）】]?\s*》?\s*$|"
                         r"[（(【](精选|通用|优秀|热门)?\s*(\d{1,3}|[一二两三四五六七八九十多]{1,3})\s*篇|汇编|大全$")
# closing words (the end of the page's previous speech): never a title
_CLOSING_WORDS = re.compile(r"^(谢谢(大家|各位)?|祝愿.{0,30}|祝.{0,30}(成功|健康|快乐|美好|顺利|如意))[!！。.]?$")


# the date a title names its speech by, in brackets at its end (`在2008年春节团拜会上的讲话(2008年2月5日)`)
_TRAILING_DATE = re.compile(r"(?<=[讲话发言报告致辞词])\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]$")


def _section_label(text: str) -> bool:
    """`【自我介绍】`: a document's section label; `【毕业典礼校长致辞一】` names a speech and is its title."""
    return bool(_WHOLE_LABEL.match(text)) and not looks_like_speech_title(text)


def is_page_ui(text: str) -> bool:
    return bool(_PAGE_UI.search(text))


# --- a line of the web page, not of the speech (its shape, not a site's wording) ----------------

# what separates a page's links: `首页 > 范文 > …`, `文秘之友|原创|范文|`, `• 2024-05-03 …` (not a date's `/`)
_LINK_SEPARATOR = re.compile(r"[|｜>＞»›·•→]|(?<!\d)[/／]|[/／](?!\d)")
# the words of a page's controls (a line mostly of them is the page's: `合集下载`, `内容预览:`, `VIP专免`)
_UI_WORD = re.compile(r"登录|登陆|注册|搜索|检索|首页|主页|分享|收藏|下载|打印|关闭|返回|评论|点赞|举报|纠错|投诉|订阅|复制|"
                      r"上一篇|下一篇|手机版|扫一扫|二维码|微信|微博|QQ|字号|[【\[(（]\s*[大中小]\s*[】\]）)]|会员|客服|"
                      r"充值|VIP|查看|更多|全部|预览|加入|推荐|阅读|浏览|点击|版权|声明|顶部|导航|菜单|海报|赞赏|打赏|字体|字号|窗口|本页")
# a page's link to another page or its tags (`上一篇:…`, `标签:#…`)
_LINK_LEAD = re.compile(r"^(上一篇|下一篇|上一页|下一页|标签|关键词|相关阅读|相关文章|推荐阅读)\s*[:：]")
# a counter: `阅读:0`, `浏览 1234`, `2.1W 次阅读`, `23 页`, `25.50 KB`
_COUNTER = re.compile(r"(阅读|浏览|点击|访问|评论|点赞|收藏|下载)(量|数|次数|人数)?\s*[:：]?\s*\d+|"
                      r"\d+\s*(次|人)\s*(阅读|浏览|点击|下载|评价|评分|评论|收藏|点赞|看过)|^\d+\s*页$|"
                      r"^共\s*\d+\s*页|第\s*\d+\s*页\s*$|\d+(\.\d+)?\s*[KkMm][Bb]\b")
# a field of the page's record of the article: `发布时间:`, `来源:`, `责任编辑:`, `作者:`, `时间:`, `当前位置`
_RECORD_FIELD = re.compile(r"(发布|更新|发表|上传|录入|添加)(时间|日期|者|人)?\s*[:：]|(文章|信息|稿件)?来源\s*[:：]|"
                           r"(责任)?编辑\s*[:：]|作者\s*[:：]|(阅读|浏览|点击)(量|数|次数)?\s*[:：]|^(时间|日期)\s*[:：]|"
                           r"审核\s*[:：]|(当前|所在)(位置|路径)")
# who wrote the page's article (`文/张三`, `作者｜李四`, `撰稿 / 王五`): the page's byline, never a title line
_BYLINE = re.compile(r"^(文|图|图文|撰文|撰稿|作者|编辑|整理)\s*[/／|｜]\s*\S")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(:\d{2})?(?!\d)")   # `16:00:02`: when the page was posted
# a page's record field with a count (`热度：53℃`, `字数：2563`, `人气：1200`, `评分：4.5分`): no speech writes so
_COUNT_FIELD = re.compile(r"^([\u4e00-\u9fff]{1,4}\s*[:：]\s*\d+(\.\d+)?\s*[^\s\d]{0,2}\s*){1,4}$")
# the name of a site of documents (`公文写作网`, `某某范文网`, `某某文库`, `某某素材库`): the page's, above the title
_SITE_NAME = re.compile(r"^\S{1,8}((文|稿|写作|材料|资料|秘|范|档)\S{0,3}(网|站)|网站|文库|素材库|资料库|论坛|频道)$")
_CONTACT = re.compile(r"[:：]\s*\d{5,}")   # `客服QQ:403074932`, `电话：86123456`: whom to write to, not a speech's line
# `2021-04-12 发布`, `10-28 某某素材库`: a page's stamp, not a speech's date
_DASHED_DAY = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|^\d{1,2}[-/]\d{1,2}\s+\S")


def is_page_furniture(text: str) -> bool:
    """A line of the web page the speech was pasted from, not of the speech, by its shape: links
    between separators (`首页 > 讲话 > …`, `a | b | c`), a row of short links (`首页 新闻 通知 下载`),
    a line mostly of a page's controls (`合集下载`, `正文复制`, `返回`), a link to another page
    (`上一篇:…`), a counter (`阅读:0`, `23 页`), a contact (`QQ:403074932`), the article's record (`发布时间:`, `来源:`,
    `作者:`), a time stamp (`16:00:02`, `2021-04-12 发布`). A date alone (`2021/02/27`), a title
    spaced out (`走 向 远 方`) or in parts (`竖直脊梁 立定脚跟 …`) and a name after a date are the
    speech's."""
    text = text.strip()
    if not text or _date_or_blank(text):
        return False
    if len(_LINK_SEPARATOR.findall(text)) >= 2:
        return True
    tokens = text.split()
    if len(tokens) >= 4 and any(len(t) > 1 for t in tokens) and not text.startswith(_DASH) \
            and sum(1 for t in tokens if len(t) <= 3) >= 0.75 * len(tokens) and not _names_whole_speech_spaced(text):
        return True
    letters = len(re.sub(r"[\W_]", "", text))
    controls = sum(len(m.group()) for m in _UI_WORD.finditer(text))
    if controls and controls >= 0.5 * letters:
        return True
    return bool(_LINK_LEAD.match(text) or _BYLINE.match(text) or _COUNTER.search(text) or _RECORD_FIELD.search(text) or _CLOCK.search(text)
                or _CONTACT.search(text) or _COUNT_FIELD.match(text)
                or _SITE_NAME.match(text) and not looks_like_speech_title(text)
                or _DASHED_DAY.search(text) and not ends_with_name(text))


def is_collection_title(text: str) -> bool:
    return bool(_COLLECTION.search(text)) and part_marker_title(text) is None


def names_whole_speech(text: str) -> bool:
    """`在…会议上的讲话`, `…述职报告`: a line that is a speech's whole title, not the first part of one."""
    return bool(_COMPLETE_TITLE.search(text.strip()))


def _names_whole_speech_spaced(text: str) -> bool:
    """names_whole_speech, of a title spaced out (`第 二 次 会 议 开 幕 词`) too."""
    return names_whole_speech(re.sub(r"[\s　]", "", text))


def can_be_title(texts: list[str], index: int) -> bool:
    """Could this header line be (part of) the title? Not a date, name, salutation, dash line, page
    line, numbered heading, section label or part line, not a sentence, and not the page's copy of a
    later line. A title may end with `！` (`欢迎你为“求真”而来！`)."""
    text = texts[index]
    if not _title_shaped(text) or text.startswith(_DASH) or _date_or_blank(text) or is_salutation(text) \
            or _POSITION.match(_compact(text)) or _PART_ALONE.match(text) or _BREADCRUMBS.search(text) \
            or text.endswith(("…", "...")) or text.startswith(("…", "...")) or _EDITOR_NOTE.match(text) \
            or (_speaker_shaped(text) and not _PERSON.match(text)) or is_name_line(text) or ends_with_name(text) \
            or placeholder_unit(text) \
            or _WEB_LINE.search(text) or text[-1] in "：:" or _DATED.match(text) or _DAY.search(_TRAILING_DATE.sub("", text)) \
            or part_marker_title(text) is not None or find_marker(text) or _section_label(text) \
            or _SECTION_WORD.match(_compact(text)) or is_page_ui(text) \
            or _CLOSING_WORDS.match(text) or is_page_furniture(text) or keywords_of_another_line(texts, index):
        return False
    return bool(_compact(text)) and not _copies(texts, index)


# what a page lists a document under: `镇政府,工作报告,2023` (the title's own words, between commas)
_KEYWORD_SEPARATOR = re.compile(r"\s*[,，、;；]\s*")


def keywords_of_another_line(texts: list[str], index: int) -> bool:
    """A line of three or more short words between commas, each of them in one other line of the
    title block (`镇政府,工作报告,2023` above `2023年镇政府工作报告`): the page's tags for the
    document, not a line of its title."""
    words = [w for w in _KEYWORD_SEPARATOR.split(texts[index].strip()) if w]
    if len(words) < 3 or any(len(w) > 8 for w in words):
        return False
    return any(k != index and all(w in other for w in words) for k, other in enumerate(texts))


_HOW_TO = re.compile(r"(怎么|如何|怎样)(写|说|讲)$")


def asks_about_speech(text: str) -> bool:
    """A page's question about a kind of speech (`…校长发言稿如何写?`, `…讲话稿怎么写`): its headline,
    never a title (a speech's title names the speech; it does not ask how one is written)."""
    text = text.strip()
    return looks_like_speech_title(text) and (text.endswith(("?", "？")) or bool(_HOW_TO.search(text)))


# a unit left for the clerk to name (`xx 中学`, `XX县教育局`, `××公司`, `某某镇政府`): who speaks, never a title line
_PLACEHOLDER_UNIT = re.compile(r"^([XxＸｘ×*＊]{1,4}|某{1,2})\s*[\u4e00-\u9fff]{0,10}(中学|小学|大学|学院|学校|幼儿园|医院|公司|集团|"
                               r"银行|委员会|政府|办公室|党委|党组|支部|中心|局|厅|委|办|部|处|院|街道|镇|乡|村|所|站|队|县|市|区)$")


def placeholder_unit(text: str) -> bool:
    return bool(_PLACEHOLDER_UNIT.match(text.strip()))


def can_be_speaker(text: str) -> bool:
    """A speaker line as a clerk writes it: a name (`王琛`, `李明同志`, `XXX`), a name after the
    position (`…校长 王琛`, `王可青2018.05.21`), a position and name, or the unit that speaks."""
    return bool(is_name_line(text) or ends_with_name(text) or PLACEHOLDER_NAME.match(text) or speaker_field(text)
                or position_and_person(text) or _POSITION.match(_compact(text)) or placeholder_unit(text)
                or (_ORGANISATION.match(text) and not _SPEECH_TITLE_WORDS.search(text)))


def _is_date(text: str) -> bool:
    return bool(_date_or_blank(text) or _DATED.match(text) or _DAY.search(text))


def no_body_before(texts: list[str]) -> int:
    """How many of a speech's first lines are certainly no body: up to the salutation (`同志们：`, in
    the first 7 lines), and up to a `——在…上的讲话` subtitle line in the first 6 (and the name line
    right under it): whatever stands above such a line is the title block."""
    until = next((i + 1 for i, text in enumerate(texts[:7]) if is_salutation(text)), 0)
    for i, text in enumerate(texts[:6]):
        if text.startswith(_DASH) and is_header_like(text) and looks_like_speech_title(text):
            until = max(until, i + 1)
            if i + 1 < len(texts) and (is_name_line(texts[i + 1]) or ends_with_name(texts[i + 1])):
                until = max(until, i + 2)
    return until


def clerk_header_tags(lines: list, tags: list[str], set_aside: Sequence = ()) -> list[str]:
    """The header's tags (`lines`: cleaning.Line, the speech's first lines; tags as the header model
    or the rules give them) corrected where a clerk would never read them so. In order:
    1. what cannot be a title is none: the page's copy of the title block above it (`主标题——副标题`
       above `主标题`), a page's meta line (`发布时间:…`), a numbered heading (`1、…`), a section label
       (`【…】`); a line that is a person's name (`王琛`, `…校长 王琛`, `王琛 2020.6.20`) is the
       speaker, a date the date;
    2. what cannot be a speaker or a date is not (a line taken for one that can be a title is the
       title: the name went to the speaker line);
    3. a line above the title that the model took for a subtitle, and is no `——`/`在…上的讲话` line,
       is the title's first line;
    4. lines of one title separated by a blank line are one title, when the first does not end a
       sentence or name a whole speech (`…上的讲话` is a title of its own: the page's, above);
    5. of two lines that each name a whole speech, the one nearer the body is the title, the other
       the page's (`某某在…上的讲话` above `在…上的讲话提纲`);
    6. an occasion line (`在…上的讲话`) beside the title's own lines is the subtitle;
    7. a line opening with —— is a subtitle, never the title, when a line above can be the title
       (and that line is the title, when nothing else is);
    8. a subtitle needs a title: with none, the subtitle line is the title; with no title at all,
       the last line above the body that can be a title and names a speech (or is the page's second
       copy of a line: the page repeats its title) is the title;
    9. the body starts at the first paragraph under the salutation (whom the speech addresses:
       `同志们：`, and `全体同志：`, `乡亲们：` too, `addresses_hearers`).
    `set_aside`: the lines (cleaning.Line) taken out of the text above as residue; those of them
    that are the page's record (`发布时间:…`, `来源:…`) tell where the page's lines end.
    """
    tags = list(tags)
    end = next((i for i, tag in enumerate(tags) if tag == "body"), len(tags))
    texts = [ln.text for ln in lines[:end]]
    numbers = [ln.number for ln in lines[:end]]
    records = [ln.number for ln in set_aside if _page_record(ln.text)]

    def present(tag: str) -> bool:
        return tag in tags[:end]

    for i in range(end):   # 0. `同志们：` is never the page's: with no other salutation it is the salutation
        if tags[i] == "noise" and (is_salutation(texts[i]) or addresses_hearers(texts[i]) or greets_hearers(texts[i])) \
                and not present("salutation"):
            tags[i] = "salutation"
    if not present("salutation") and end + 1 < len(tags) and tags[end + 1] == "body" \
            and (addresses_hearers(lines[end].text) or greets_hearers(lines[end].text)):
        tags[end] = "salutation"   # `全体同志：`, `乡亲们：`, `各位同事，大家好。` read as the body's first line
        end += 1
        texts.append(lines[end - 1].text)
        numbers.append(lines[end - 1].number)
    if end == 0 and len(lines) > 2:   # the title read as the body's first line, right above its first paragraph
        first_two = ["noise", "noise"]
        _title_above_first_paragraph([lines[0].text, lines[1].text], first_two, [lines[0].number, lines[1].number], 2)
        if first_two[0] == "title":
            tags[0], end = "title", 1
            texts, numbers = [lines[0].text], [lines[0].number]
    if end == 0 and len(lines) > 2 and is_header_like(lines[0].text) and lines[0].text[-1] not in "：:" \
            and (_PART_PREFIX.match(lines[0].text) or is_collection_title(lines[0].text)) \
            and _title_the_page_copied([lines[0].text], lines[1].text):
        tags[0] = "noise"   # `第一篇：…大全` read as the body's first line: the page's line above the speech's title
        end = 1
        texts, numbers = [lines[0].text], [lines[0].number]
    if end + 1 < len(tags) and not present("title") and _title_the_page_copied(texts, lines[end].text):
        tags[end] = "title"   # (the page's title, `…_公文范文网`, then its guide's prose, then the speech's own)
        end += 1
        texts.append(lines[end - 1].text)
        numbers.append(lines[end - 1].number)
    if 0 < end < len(lines) - 1 and tags[end - 1] in ("title", "subtitle", "speaker", "date"):
        # the body read from a line of the title block: `在延安文艺座` / `谈会上的讲话` (the second line
        # ends the title), a name (`王建国`, `县委书记 王建国`) or a date right under the title
        start = end
        if tags[end - 1] == "title" and _title_runs_on(texts[end - 1], lines[end], numbers[end - 1]):
            tags[end] = "title"
            end += 1
        while end < len(lines) - 1 and lines[end].number - lines[end - 1].number <= 2 and is_header_like(lines[end].text) \
                and not find_marker(lines[end].text):
            text = lines[end].text
            tag = "date" if _date_or_blank(text) or _DATED.match(text) else "speaker" if is_name_line(text) \
                or ends_with_name(text) or position_and_person(text) else "subtitle" if is_subtitle_line(text) else None
            if tag is None or tag in tags[:end]:
                break
            tags[end] = tag
            end += 1
        if end != start:
            texts = [ln.text for ln in lines[:end]]
            numbers = [ln.number for ln in lines[:end]]
    _salutation_broken_over_lines(texts, tags, numbers, end)
    for i in range(end):   # 1. what is no title
        if tags[i] == "subtitle" and _PAGE_META.search(texts[i]) \
                or tags[i] in ("title", "subtitle", "speaker") and is_page_furniture(texts[i]):
            tags[i] = "noise"   # `文章标题：…`, `首页 > 讲话 > …`, `时间:… 浏览量:`: the page's, never the speech's
        if tags[i] in ("title", "subtitle", "salutation") and _date_or_blank(texts[i]) \
                and not present("date"):
            tags[i] = "date"   # `2022.08.31`, `(X年X月X日)` alone on its line
        if tags[i] == "salutation" and texts[i][-1] in "。." and "salutation" in tags[i + 1:end + 1]:
            tags[i] = "noise"   # a sentence above the salutation (a page's `请用空格间隔。`) is none of it
        if tags[i] == "salutation" and texts[i][-1] not in "：:、，,！!" and looks_like_speech_title(texts[i]) \
                and can_be_title(texts, i):
            tags[i] = "title"   # `委员会工作报告(…)` under `…常务`: a salutation names whom it addresses, never a speech
        if tags[i] != "title":
            continue
        if is_name_line(texts[i]) or _POSITION.match(_compact(texts[i])) or speaker_field(texts[i]):
            # a name, or a position alone (`武进区区长`, above the name on a line of its own)
            tags[i] = "speaker" if not present("speaker") or i + 1 < end and tags[i + 1] == "speaker" else "noise"
        elif _PART_ALONE.match(texts[i]) or _BREADCRUMBS.search(texts[i]) or _EDITOR_NOTE.match(texts[i]) \
                or texts[i].startswith(("…", "...")) or texts[i].endswith(("…", "...")) \
                or _WEB_LINE.search(texts[i]) and _STAMP.search(texts[i]):
            tags[i] = "noise"   # `篇1` alone (an aggregator's part number), `首页 > …` (where the page is)
        elif (ends_with_name(texts[i]) and " " in texts[i].strip() or position_and_person(texts[i])) \
                and not looks_like_speech_title(texts[i]) and not names_whole_speech(texts[i]) and not present("speaker"):
            tags[i] = "speaker"   # `…党委书记、校长 王琛`, `…代县长林昭闹`: a position and a name, never a title
        elif is_page_ui(texts[i]) or _CLOSING_WORDS.match(texts[i]) or _PLACEHOLDER_DATE.match(texts[i]) \
                or asks_about_speech(texts[i]) or keywords_of_another_line(texts, i):
            tags[i] = "noise"   # `正文复制`, `官方公众号`, `谢谢大家！` (the page's last speech), a date
        elif texts[i][-1] in "：:" and not ADDRESSEES.search(texts[i]) and not speaker_field(texts[i]):
            tags[i] = "noise"   # `运动会闭幕词如下：`, `发言之一：`: a line that leads in to what follows names nothing
        elif _PAGE_META.search(texts[i]) or _copies(texts, i) or _section_label(texts[i]) \
                or _SECTION_WORD.match(_compact(texts[i])) or find_marker(texts[i]):
            tags[i] = "noise"
    _collection_titles(texts, tags, end)
    _second_lines(texts, tags, end)
    for i in range(1, end):   # a title line opening with 的 (`的表态发言`) ends the line above
        if tags[i] == "title" and texts[i].startswith("的") and tags[i - 1] != "title" and can_be_title(texts, i - 1):
            tags[i - 1] = "title"
    _subtitle_continued(texts, tags, numbers, end)
    for i in range(end):   # 2. what is no speaker, no date
        if tags[i] == "speaker" and texts[i].startswith(_DASH) and looks_like_speech_title(texts[i]) \
                and not present("subtitle"):
            tags[i] = "subtitle"   # `——在…上的讲话 王琛`: the subtitle, with the name run on
            continue
        if tags[i] == "date" and _DATED_OCCASION.match(texts[i]) and not present("subtitle"):
            tags[i] = "subtitle"   # `1957年6月26日在…会议上`: when and where it was given, the subtitle
            continue
        wrong = (tags[i] == "speaker" and not can_be_speaker(texts[i])) or (tags[i] == "date" and not _is_date(texts[i]))
        if wrong and can_be_title(texts, i):
            tags[i] = "title"
        elif wrong and tags[i] == "date" and can_be_speaker(texts[i]) and not present("speaker"):
            tags[i] = "speaker"   # `交通局局长 xxx`
        elif wrong and tags[i] == "speaker" and _is_date(texts[i]) and not present("date"):
            tags[i] = "date"   # `2020年10月29日上午`
        elif wrong:
            tags[i] = "noise"   # `引 言` (the first section's label), `合集下载`, `篇1`: a page's or a document's
    for i in range(end):   # a name read as a subtitle or page noise (a name after a position as a subtitle)
        signed = texts[i].lstrip("—-－ 　")   # (`——百年人寿陕西分公司总经理 荆晓达`: who speaks, signed with a dash)
        named = is_name_line(texts[i]) or tags[i] == "subtitle" and ends_with_name(signed) \
            and not looks_like_speech_title(signed) and "在" not in signed
        # (`常务副市长尚根仓` under the title, read as the page's: a position and a person's name)
        named = named or tags[i] == "noise" and position_and_person(texts[i]) and "title" in tags[:i]
        # (`xx 中学` under the title: the unit that reports, its name left to fill in)
        named = named or tags[i] in ("noise", "title") and placeholder_unit(texts[i]) and "title" in tags[:i]
        if tags[i] in ("subtitle", "noise") and named and not present("speaker") and not is_page_furniture(texts[i]):
            tags[i] = "speaker"
    for i in range(end):   # the page repeats the subtitle line too: the last copy is the subtitle
        if tags[i] == "subtitle" and any(tags[k] == "subtitle" and texts[k] == texts[i] for k in range(i + 1, end)):
            tags[i] = "noise"
    titles = [i for i in range(end) if tags[i] == "title"]
    if titles:   # 3. a "subtitle" right above the title
        j = titles[0] - 1
        if j >= 0 and tags[j] == "subtitle" and not is_subtitle_line(texts[j]) and can_be_title(texts, j) \
                and texts[j][-1] not in _SENTENCE_END and not names_whole_speech(texts[j]):
            tags[j] = "title"
        _title_ending_read_as_subtitle(texts, tags, numbers, titles[-1], end)
    page_line = _page_line_for_title(texts, tags, numbers, end)
    for i in range(1, end):   # 4. one title over two lines with a blank line between
        j = i - 1
        if numbers[i] - numbers[j] < 2 or texts[j][-1] in _SENTENCE_END or names_whole_speech(texts[j]) \
                or j == page_line or any(numbers[j] < m < numbers[i] for m in records):
            continue   # (a page's record line between two lines parts them: `标题` / `发布时间:…` / `标题`)
        if tags[i] == "title" and tags[j] == "noise" and (j == 0 or tags[j - 1] != "title") and can_be_title(texts, j) \
                and not is_collection_title(texts[j]) \
                and not (is_subtitle_line(texts[i]) and looks_like_speech_title(texts[j])):
            # (a page's headline naming the speech, `…动员会讲话:发挥…`, above `在…上的讲话`, is none of it)
            tags[j] = "title"
        elif tags[j] == "title" and tags[i] in ("noise", "speaker", "subtitle") \
                and not any(tags[k] == "title" and not texts[k].startswith(_DASH) for k in range(i + 1, end)) \
                and can_be_title(texts, i) and not is_subtitle_line(texts[i]):
            tags[i] = "title"
    _second_lines(texts, tags, end)
    _adjacent_title_lines(texts, tags, numbers, end)
    _own_title_under_record(texts, tags, end)
    # 5. two whole titles: the page's above the speech's own (a second line under a title that
    # names a whole speech too, and is no `——…`/`在…上的讲话` subtitle, is the speech's own title)
    whole = [i for i in range(end) if _names_whole_speech_spaced(texts[i]) and (
        tags[i] == "title" or tags[i] == "subtitle" and not is_subtitle_line(texts[i]) and "title" in tags[:i])]
    for i in whole[:-1]:
        occasion_above_title = is_subtitle_line(texts[i]) and not is_subtitle_line(texts[whole[-1]])
        if not occasion_above_title:   # (`在…上的讲话` above `…工作报告` is its subtitle: 6.)
            tags[i] = "noise"
            tags[whole[-1]] = "title"
    _adjacent_title_lines(texts, tags, numbers, end)   # (the title the page's line stood above)
    titles = [i for i in range(end) if tags[i] == "title"]
    occasion = [i for i in titles if is_subtitle_line(texts[i])]
    if occasion and len(occasion) < len(titles) and not present("subtitle"):   # 6. the occasion line
        tags[occasion[0]] = "subtitle"
    for i in range(end):   # 7. a dash line
        if tags[i] not in ("title", "subtitle") or not texts[i].startswith(_DASH) \
                or tags[i] == "subtitle" and "title" in tags[:end]:
            continue
        if "title" in tags[:i]:
            tags[i] = "subtitle"
            continue
        above = next((j for j in range(i - 1, -1, -1)
                      if tags[j] in ("noise", "subtitle", "speaker") and can_be_title(texts, j)), None)
        if above is not None:
            tags[above], tags[i] = "title", "subtitle"
    _headline_above_own_title(texts, tags, end)
    _collection_titles(texts, tags, end)
    _own_title_block_under_page(texts, tags, numbers, end, records)
    if not present("title"):   # 8. a subtitle needs a title
        lone = next((i for i in range(end) if tags[i] == "subtitle" and not texts[i].startswith(_DASH)
                     and can_be_title(texts, i)), None)
        if lone is None:
            lone = next((i for i in range(end - 1, -1, -1) if tags[i] == "noise" and can_be_title(texts, i)
                         and (looks_like_speech_title(texts[i]) or names_whole_speech(texts[i]) or texts[i] in texts[:i])
                         and not _PAGE_META.search(texts[i]) and not is_collection_title(texts[i])), None)
        if lone is None:   # the line right above the title block's date, speaker or subtitle (`论联合政府` / `（一九四五年…）`)
            block = next((i for i in range(end) if tags[i] in ("date", "speaker", "subtitle")), 0)
            k = block - 1
            if k >= 0 and tags[k] == "noise" and numbers[block] - numbers[k] <= 2 and can_be_title(texts, k) \
                    and not is_collection_title(texts[k]):
                lone = k
        if lone is None:   # a part line (`…讲话 篇1`) under the collection's title
            lone = next((i for i in range(end - 1, -1, -1) if tags[i] in ("noise", "speaker")
                         and part_marker_title(texts[i]) is not None), None)
        if lone is None:   # the collection's title itself, when the page holds one speech of it
            lone = next((i for i in range(end - 1, -1, -1) if tags[i] == "noise" and can_be_title(texts, i)
                         and is_collection_title(texts[i]) and looks_like_speech_title(texts[i])), None)
        if lone is not None:
            tags[lone] = "title"
            _adjacent_title_lines(texts, tags, numbers, end)   # (`…决胜摘帽“` / `冲刺200天”…上的讲话`)
    if not present("title") and not present("salutation"):
        _title_above_first_paragraph(texts, tags, numbers, end)
    _one_title_run(texts, tags, numbers, end, [ln.number for ln in set_aside])
    salutation = next((i for i in range(end) if tags[i] == "salutation"), None)
    if salutation is not None:   # 9. the body starts at the first paragraph under the salutation
        first = next((k for k in range(salutation + 1, end) if tags[k] == "noise" and not is_header_like(texts[k])
                      and not is_page_notice(texts[k]) and not is_page_furniture(texts[k])), None)
        if first is not None:
            tags[first] = "body"
    elif present("title"):   # 9'. no salutation: the paragraph right under the title block starts the body
        block = max(i for i in range(end) if tags[i] in ("title", "subtitle", "speaker", "date"))
        k = block + 1
        if k < end and tags[k] == "noise" and numbers[k] - numbers[block] <= 2 and not is_header_like(texts[k]) \
                and texts[k][-1] in _SENTENCE_END and not is_page_notice(texts[k]) and not is_page_furniture(texts[k]) \
                and not _EDITOR_NOTE.match(texts[k]) and not _LEAD.match(texts[k]):
            tags[k] = "body"
    return tags


_LEAD = re.compile(r"^[【\[]?(导语|导读|摘要|内容提要|编者按|提要)")   # a page's lead, above the speech


_SENTENCE_END = "。！？!?；;…"
_BREADCRUMBS = re.compile(r"[>＞»›]|首页|位置\s*[:：]")   # `首页 > 教育 > …`, `您现在的位置：…`
_STAMP = re.compile(r"\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|\d{1,2}:\d{2}")   # `2021-04-12 发布`, `08:33`
_EDITOR_NOTE = re.compile(r"^(这是|此文|本文|编者按|编者注)")   # `这是…在…上的开幕词`: about the speech, not its title
# a part's or a collection item's number alone (`篇1`, `第三篇`, `篇一`, `范文2`, `【篇3】`, `模板一`): the page's
_PART_ALONE = re.compile(r"^[【\[（(]?\s*(篇\s*[\d一二三四五六七八九十]{1,3}|第[一二三四五六七八九十\d]{1,3}篇|"
                         r"(范文|范例|例文|模板|材料|精选|样本|示例)\s*[\d一二三四五六七八九十]{1,3})\s*[)）\]】]?[:：]?$")
# a collection item's number before its title (`第一篇：…`, `篇二、…`, `范文3：…`): the page's
_PART_PREFIX = re.compile(r"^[【\[]?\s*(第[一二三四五六七八九十\d]{1,3}篇|篇\s*[\d一二三四五六七八九十]{1,3}|"
                          r"(范文|范例|例文|模板|精选)\s*[\d一二三四五六七八九十]{1,3})\s*[】\]]?\s*[:：、.．]\s*\S")
# a slogan title is long or in parts (`走 向 远 方`, `乘风破浪，逐梦扬帆`); a page's own short line is neither
_SHORT_PLAIN = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{1,10}$")


# how an occasion line ends when it is whole: `…上的讲话`, `…会议上`, `…时`, `（…）`
_OCCASION_END = re.compile(r"(讲话|发言|报告|致辞|演讲|汇报|讲稿|[上时中]|[)）])$")


def _subtitle_continued(texts: list[str], tags: list[str], numbers: list[int], end: int) -> None:
    """`1957年6月26日在第一届` / `全国人民代表大会第四次会议上`, `——在全县…工作` / `会议上的讲话`: a
    subtitle wrapped over two lines; the line right under an occasion line that has not ended, and is
    no name, date or salutation, is its second line."""
    for k in range(1, end):
        j = k - 1
        head = texts[j].strip()
        dated = bool(_DATED.match(head)) and "在" in head
        # (both lines read as the page's or the title's: `――2007年1月26日在福建省` / `第十届…会议上` under the
        # title line, the occasion opened and ended)
        if tags[j] == "noise" and tags[k] in ("noise", "title") and (head.startswith(_DASH) or dated) \
                and _OCCASION_END.search(texts[k].strip()) and any(tags[t] == "title" for t in range(j)):
            tags[j] = "subtitle"
            if tags[k] == "title":
                tags[k] = "noise"
        if tags[j] not in ("subtitle", "date") or tags[j] == "date" and not dated \
                or tags[k] in ("salutation", "body") or tags[k] == tags[j] == "subtitle" or numbers[k] - numbers[j] != 1:
            continue
        opens = head.startswith(_DASH) or dated or head.lstrip("（(").startswith("在")
        if not opens or _OCCASION_END.search(head) or head[-1] in _SENTENCE_END \
                or "subtitle" in tags[:j] + tags[k + 1:end]:
            continue
        line = texts[k].strip()
        if is_name_line(line) or ends_with_name(line) or _date_or_blank(line) or is_salutation(line) \
                or line.startswith(_DASH) or not is_header_like(line):
            continue
        tags[j] = tags[k] = "subtitle"


def _title_the_page_copied(above: list[str], text: str) -> bool:
    """Is this line, read as the body's first, the speech's own title: a line that can be a title,
    held whole in a line above it (the page's title, `…上的讲话_某某范文网`)?"""
    own = _compact(text)
    if len(own) < 4 or not (can_be_title(above + [text], len(above))
                            or part_marker_title(text) is not None and _title_shaped(text)):
        return False
    return any(own in _compact(line) and own != _compact(line) for line in above)


def _title_ending_read_as_subtitle(texts: list[str], tags: list[str], numbers: list[int], last: int, end: int) -> None:
    """`在庆祝中国共产党成立` / `100周年大会上的讲话`: a "subtitle" (or, on the very next line, a line
    read as the page's) right under a title line that ends no sentence and names no speech, that is
    no `——`/`在…上的讲话` line and ends naming the speech, is the title's last line (a title in two
    parts has a break in its first, `守牢底线 护航发展`)."""
    k = last + 1
    if k >= end or tags[k] not in ("subtitle", "noise") or numbers[k] - numbers[last] > (2 if tags[k] == "subtitle" else 1):
        return
    title, line = texts[last], texts[k]
    # (a title in two parts has a break in its first line; an occasion opened on the line right above,
    # `在BT系统部、英国代` / `表处汇报会上的讲话`, is one title's whatever its first line holds)
    opened = title.startswith("在") and numbers[k] - numbers[last] == 1 and not _OCCASION_END.search(title)
    if title[-1] in _SENTENCE_END or names_whole_speech(title) or re.search(r"[\s　，,、]", title.strip()) and not opened \
            or is_subtitle_line(line) or not names_whole_speech(line) or not can_be_title(texts, k):
        return
    tags[k] = "title"


def _page_line_for_title(texts: list[str], tags: list[str], numbers: list[int], end: int) -> int | None:
    """A line the model took for the title that is one short plain line naming no speech (`正文复制`,
    a site's name), beside a line that names a whole speech (`在…上的讲话`, no `——`) taken for a
    title line, the subtitle or the page's: the line naming the speech is the title, the short one
    the page's (its index is returned; None when there is no such line)."""
    named = [k for k in range(end) if tags[k] in ("title", "subtitle", "noise") and not texts[k].startswith(_DASH)
             and names_whole_speech(texts[k]) and not _PAGE_META.search(texts[k]) and can_be_title(texts, k)]
    plain = [i for i in range(end) if tags[i] == "title" and i not in named]
    if len(plain) != 1 or not named or looks_like_speech_title(texts[plain[0]]) or not _SHORT_PLAIN.match(texts[plain[0]]):
        return None
    if plain[0] + 1 in named and numbers[plain[0] + 1] - numbers[plain[0]] <= 2 and can_be_title(texts, plain[0]):
        return None   # (`书记校长读书` / `会表态发言稿`: one title wrapped, its first line ending no sentence)
    tags[plain[0]], tags[named[-1]] = "noise", "title"
    return plain[0]


def _second_lines(texts: list[str], tags: list[str], end: int) -> None:
    """A "title" line beside another (or under a line that can be the title) that is the speaker's
    (`…校长 王琛`, `王琛 2020.6.20`) or the date (`…日上午`) is that (alone, such a line may be a
    title that runs on to its date and name)."""
    for i in range(end):
        if tags[i] != "title":
            continue
        others = any(k != i and tags[k] == "title" for k in range(end))
        # (or a line above, taken for page noise, can be the title and names a speech)
        if not others and not any(tags[k] == "noise" and looks_like_speech_title(texts[k]) and can_be_title(texts, k)
                                  for k in range(i)):
            continue
        if ends_with_name(texts[i]) and "speaker" not in tags[:end]:
            tags[i] = "speaker"
        elif _is_date(texts[i]) and "date" not in tags[:end]:
            tags[i] = "date"


def _collection_titles(texts: list[str], tags: list[str], end: int) -> None:
    """A collection page's title (`毕业酒会领导致辞7篇`, `…(精选31篇)`) taken for the title is the
    page's when a line below it can be the title or is a part line (`…篇1`); with no title left, the
    last of those that names a speech (else the last part line) is the title."""
    for i in range(end):
        if tags[i] != "title" or not is_collection_title(texts[i]):
            continue
        below = [k for k in range(i + 1, end) if tags[k] not in ("salutation", "date") and not is_collection_title(texts[k])
                 and (can_be_title(texts, k) or part_marker_title(texts[k]) is not None)]
        if not below:
            continue
        tags[i] = "noise"
        if "title" in tags[:end]:
            continue
        own = [k for k in below if can_be_title(texts, k) and looks_like_speech_title(texts[k])]
        parts = [k for k in below if part_marker_title(texts[k]) is not None]
        pick = own[-1] if own else parts[-1] if parts else None
        if pick is not None:
            tags[pick] = "title"


# a unit's name alone on the line above a title (`绍兴市第一中学`): its letterhead, not the title's first line
_UNIT_NAME = re.compile(r"(中学|小学|大学|学院|学校|医院|公司|集团|银行|委员会|政府|办公室|局|厅)$")


def _adjacent_title_lines(texts: list[str], tags: list[str], numbers: list[int], end: int) -> None:
    """Lines of one title on consecutive lines (no blank line between): a line between two title
    lines that can be a title is one of them (`市委副书记在…专题` / `学习…的` / `…上的发言`); the line
    right above the title that can be a title, ends no sentence and names no speech of its own is
    its first line (`中国人民政治协商会议` / `第七届…工作报告`, `政府工作报` / `告`); a line of one or
    two characters right under the title ends it."""
    titles = [i for i in range(end) if tags[i] == "title"]
    if not titles:
        return
    first, last = titles[0], titles[-1]
    for k in range(first + 1, last):
        if tags[k] == "noise" and numbers[k + 1] - numbers[k - 1] == 2 and can_be_title(texts, k):
            tags[k] = "title"
    while first > 0:   # (a title wrapped over three lines: its first lines, one by one)
        j = first - 1
        # (the body above a bare kind title, `共青团…第一次代表大会` / `筹备工作报告`, names itself as a unit does)
        body_above = bool(_ORGANISATION.match(texts[j])) and visible_len(texts[first]) <= 8 \
            and _names_whole_speech_spaced(texts[first]) and not _copies(texts, j)
        letterhead = bool(_UNIT_NAME.search(texts[j]) or _ORGANISATION.match(texts[j]))
        if tags[j] == "noise" and numbers[first] - numbers[j] == 1 \
                and (can_be_title(texts, j) and not letterhead or body_above) \
                and texts[j][-1] not in _SENTENCE_END and not looks_like_speech_title(texts[j]) \
                and not is_collection_title(texts[j]) and not texts[first].startswith(_DASH) \
                and not is_subtitle_line(texts[first]):
            tags[j] = "title"
            first = j
        else:
            break
    k = last + 1
    if k < end and tags[k] == "noise" and numbers[k] - numbers[last] == 1 and visible_len(texts[k]) <= 2 \
            and not is_salutation(texts[k]) and not _PART_ALONE.match(texts[k]) and _compact(texts[k]):
        tags[k] = "title"
    # a title's second line right under it, above the rest of the title block (`决胜全面建成小康社会` /
    # `为夺取新时代…伟大胜利` / `——在…上的报告`): the title's first line ends no sentence and names no
    # whole speech, the second is no `——`/`在…上的讲话` line
    own = [i for i in titles if not texts[i].startswith(_DASH)]   # (a `——` line read as a title is the subtitle)
    if not own:
        return
    last = own[-1]
    k = last + 1
    if k + 1 < end and tags[k] == "noise" and numbers[k] - numbers[last] == 1 and can_be_title(texts, k) \
            and texts[last][-1] not in _SENTENCE_END and not _names_whole_speech_spaced(texts[last]) \
            and not is_subtitle_line(texts[k]) and not is_collection_title(texts[k]) \
            and (tags[k + 1] in ("speaker", "subtitle", "date", "salutation") or texts[k + 1].startswith(_DASH)):
        tags[k] = "title"


def _salutation_broken_over_lines(texts: list[str], tags: list[str], numbers: list[int], end: int) -> None:
    """A salutation the page broke over two lines (`各位代表、` / `同志们：`, `各位领导、各位` / `同志：`): the
    line right above it that is only whom it addresses is its first line."""
    salutation = next((i for i in range(end) if tags[i] == "salutation"), None)
    if not salutation or tags[salutation - 1] == "salutation" or numbers[salutation] - numbers[salutation - 1] > 2:
        return
    above = texts[salutation - 1].strip()
    parts = [p for p in re.split(r"[、，,]", above) if p]
    joined = above + texts[salutation].strip()
    if parts and all(ADDRESSEES.match(p) and visible_len(p) <= 10 for p in parts) and above[-1] not in "：:。！!" \
            and not looks_like_speech_title(above) and (is_salutation(joined) or addresses_hearers(joined)):
        tags[salutation - 1] = "salutation"   # (never a title above it: `领导…讲话稿篇1` / `同志们：`)


def _own_title_under_record(texts: list[str], tags: list[str], end: int) -> None:
    """A page's headline naming a whole speech, the page's record of it (`发表时间:…`, `阅读 4973`),
    then, right above the salutation or the body, a line that names a whole speech too: that line is
    the speech's own title, the headline the page's (as when the page repeats its title)."""
    titles = [i for i in range(end) if tags[i] == "title"]
    if not titles or not all(_names_whole_speech_spaced(texts[i]) for i in titles):
        return
    last = titles[-1]
    own = next((k for k in range(end - 1, last, -1) if tags[k] == "noise" and _names_whole_speech_spaced(texts[k])
                and can_be_title(texts, k)), None)
    if own is None or any(tags[k] in ("title", "subtitle") for k in range(own + 1, end)):
        return
    if any(is_page_furniture(texts[m]) or _PAGE_META.search(texts[m]) for m in range(last + 1, own)):
        for i in titles:
            tags[i] = "noise"
        tags[own] = "title"


def _headline_above_own_title(texts: list[str], tags: list[str], end: int) -> None:
    """A page's headline naming the speech (`党委书记在学院党委全会上的讲话`) above a title that
    names none, whose `——在…上的报告` subtitle names it: the headline is the page's."""
    titles = [i for i in range(end) if tags[i] == "title"]
    dash = [k for k in range(end) if tags[k] == "subtitle" and texts[k].startswith(_DASH) and looks_like_speech_title(texts[k])]
    if len(titles) > 1 and dash and titles[-1] < dash[0] and looks_like_speech_title(texts[titles[0]]) \
            and not any(looks_like_speech_title(texts[t]) for t in titles[1:]):
        tags[titles[0]] = "noise"


def _page_record(text: str) -> bool:
    """A line of the page's own record of the article or of where it stands: `当前位置：首页 > …`,
    `发布时间:2021-04-05 阅读:`, `来源:…`, `作者:`."""
    return bool(_BREADCRUMBS.search(text) or _PAGE_META.search(text) or _RECORD_FIELD.search(text))


_FIELD_TAGS = ("speaker", "date", "subtitle", "salutation")


def _own_title_block_under_page(texts: list[str], tags: list[str], numbers: list[int], end: int,
                                set_aside: list[int]) -> None:
    """The page's lines (a site's name and slogan, its breadcrumbs, its headline) above its record
    (`当前位置：首页 > …`, `发布时间:…`, `来源:…`), then the speech's own title block: lines that can be
    a title right above its speaker, date or subtitle line. The title is the own block's; a line read
    as the title above the page's record is the page's. (`set_aside`: the line numbers of the page's
    record lines taken out of the text as residue.)"""
    if not end:
        return
    marks = [numbers[i] for i in range(end) if _page_record(texts[i])] + [m for m in set_aside if m < numbers[end - 1]]
    if not marks:
        return
    fence = max(marks)
    below = [k for k in range(end) if numbers[k] > fence]
    above_titles = [i for i in range(end) if numbers[i] < fence and tags[i] == "title"]
    if not below or not above_titles and "title" in tags[:end]:
        return
    if not any(tags[k] == "title" for k in below):
        field = next((k for k in below if tags[k] in _FIELD_TAGS), None)
        if field is None or tags[field] == "salutation" and field == below[0]:
            return
        run: list[int] = []
        k = field - 1
        while k >= below[0] and len(run) < 3 and tags[k] in ("noise", "title") and can_be_title(texts, k) \
                and numbers[k + 1] - numbers[k] <= 2 and texts[k][-1] not in _SENTENCE_END:
            run.insert(0, k)
            k -= 1
        # (a salutation right under the run: the run is the title only when it names the speech or the
        # block has a speaker, date or subtitle too — else it may be the page's lead)
        if not run or tags[field] == "salutation" and not any(_names_whole_speech_spaced(texts[r]) for r in run):
            return
        for r in run:
            tags[r] = "title"
    for i in above_titles:
        tags[i] = "noise"


def _title_above_first_paragraph(texts: list[str], tags: list[str], numbers: list[int], end: int) -> None:
    """No title, no salutation, and all read as the page's down to the first paragraph: the line
    right above that paragraph that can be a title and is far shorter than it (`以产业振兴为抓手，推动…`
    above `今天，我们召开…`) is the title, and the paragraph starts the body. (A paragraph broken into
    lines of one width is no title above its next line: the lines are as long as each other.)"""
    p = next((i for i in range(end) if not is_header_like(texts[i])), None)
    if p is None or p == 0 or any(tags[i] != "noise" for i in range(p + 1)):
        return
    k = p - 1
    if numbers[p] - numbers[k] > 2 or not can_be_title(texts, k) or texts[k][-1] in "，,、；;" \
            or ADDRESSEES.search(texts[k]) or is_collection_title(texts[k]) or is_page_notice(texts[k]) \
            or texts[p][-1] not in _SENTENCE_END or 2 * visible_len(texts[k]) > visible_len(texts[p]):
        return
    tags[k], tags[p] = "title", "body"


def _title_runs_on(title: str, line: Any, title_number: int) -> bool:
    """Is `line` (cleaning.Line, read as the body's first) the last line of a title wrapped right
    above it: on the very next line, the title's line ending no sentence and naming no whole speech,
    the line short, naming a whole speech (`谈会上的讲话`), and no `——`/`在…上的讲话` line of its own?"""
    text = line.text
    return line.number - title_number == 1 and title[-1] not in _SENTENCE_END and not names_whole_speech(title) \
        and not is_subtitle_line(text) and is_header_like(text) and visible_len(text) <= 30 \
        and names_whole_speech(text) and can_be_title([title, text], 1)


def _one_title_run(texts: list[str], tags: list[str], numbers: list[int], end: int, aside: list[int]) -> None:
    """A title is one run of lines: title lines parted by a line that is none of it (the page's
    `精选范文` above its collection's title, set aside, above `篇一：在…上的讲话`) are the page's but
    the last run, the one nearest the body (as when the page repeats its title). `aside`: the
    numbers of the lines set aside as residue."""
    titles = [i for i in range(end) if tags[i] == "title"]
    if len(titles) < 2:
        return
    start = titles[-1]
    while start - 1 in titles and not any(numbers[start - 1] < m < numbers[start] for m in aside):
        start -= 1
    if not all(_title_shaped(texts[i]) for i in range(start, titles[-1] + 1)):
        return   # (a sentence read as a title below the title block is no title run: the model's slip)
    for i in titles:
        if i < start and (any(tags[k] == "noise" for k in range(i + 1, start))
                          or any(numbers[i] < m < numbers[start] for m in aside)):
            tags[i] = "noise"
