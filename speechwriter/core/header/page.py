"""The web page's own lines around a pasted speech: its chrome, its record of the article, its notes to the reader."""

from __future__ import annotations

import re

from speechwriter.core.header.salutation import ADDRESSEES
from speechwriter.core.header.speaker_date import date_or_blank, ends_with_name, spaced_out
from speechwriter.core.header.words import (
    BREADCRUMBS,
    DASH,
    looks_like_speech_title,
    names_whole_speech_spaced,
    part_marker_title,
)

# a page's note to its reader about the document or the site (`下面是小编为大家整理的…，供大家参考。`,
# `1、下载文档前请自行甄别…`, `如文档侵犯您的权益，请联系客服…`): the words of a site and its reader
_SITE_WORD = re.compile(r"文档|本站|网站|平台|客服|下载|上传|版权|侵权|付费|预览|会员|用户|原创|投稿|范文|小编|整理|网友|阅读|"
                        r"参考|收集|分享|推荐|转载")


# the page's note to its reader run on to a preview of the speech it cut short (`…向全校师生员工致下面是小编为大家
# 整理的【学校致辞】…,供大家参考。`): from its `下面是小编…` to the end of the line
_NOTICE_TAIL = re.compile(r"(下面|以下|接下来|本文)就?(是|为|由)?[^，,。！？!?]{0,8}小编[^。！？!?]{0,100}[。.！!]?$")


_READER = re.compile(r"您|请|本站|本文档|本平台|大家|欢迎")


def is_page_notice(text: str) -> bool:
    """A web page's note to its reader about the document or the site: three of a site's words, or
    two with the reader addressed (`您`, `请`, `大家`, `欢迎`). Only above a speech's title block is
    such a line the page's (a speech on a service desk's work speaks of 客服 and 用户 too); a speaker
    says `我们`, and a salutation opens with whom it addresses. A note run on to a preview of the speech
    (`…致下面是小编为大家整理的…，供大家参考。`) is the page's whatever the preview says."""
    tail = _NOTICE_TAIL.search(text)
    if tail and tail.start() > 0:   # (a preview of the speech cut short, the page's note run on to it: the note is judged)
        return is_page_notice(tail.group())
    if "我们" in text or ADDRESSEES.match(text):
        return False
    words = {m.group() for m in _SITE_WORD.finditer(text)}
    return len(words) >= 3 or len(words) >= 2 and bool(_READER.search(text))


PAGE_META = re.compile(r"(来源|作者|标题|发布时间|更新时间|发表时间|投稿人|点击数|浏览次数|责任编辑)\s*[:：]")


WEB_LINE = re.compile(r"来源|作者|发布|时间|点击|浏览|编辑|日期|投稿|全文|预览|下载|首页|当前位置")


# a web page's own controls and notes, never a speech's title (`正文复制`, `+ 加入清单`, `标签: #…`,
# `官方公众号`, `佩珊分享`, `转换到繁體中文`, `下载到本地，更方便阅读`, a site's address, a periodical's issue
# line, `[此文共N字]`)
_PAGE_UI = re.compile(r"正文复制|复制全文|加入清单|联系客服|在线客服|客服电话|客服热线|服务热线|加入收藏|公众号|^标签\s*[:：]|繁體|繁体中文|简体中文|购物车|我的足迹|小编|欢迎阅读|欢迎来到|"
                      r"仅供参考|立即下载|免费下载|免费试读|^下载到(本地|电脑|手机)|侵权投诉|^[^|｜]{1,8}[|｜].*[|｜]|[A-Za-z0-9-]+\.(com|COM|cn|CN|net|org)\b|\d日讯|^\S{1,6}分享$|"
                      r"》.{0,12}第\s*\d{1,3}\s*期$|此文共\s*\d+\s*字|广告位|^广告$")


# a page's title for a collection of speeches (`毕业酒会领导致辞7篇`, `…(精选8篇)`, `…汇编-13篇`, `讲话稿大全`):
# the page's, when a speech's own title (or its part line) stands below it
_COLLECTION = re.compile(r"(?<!第)(\d{1,3}|[一二两三四五六七八九十多]{1,3})\s*篇\s*[)）】]?\s*》?\s*$|"
                         r"[（(【](精选|通用|优秀|热门)?\s*(\d{1,3}|[一二两三四五六七八九十多]{1,3})\s*篇|汇编|大全$")


# a page's column (栏目) a short line names (`快讯`, `立法会事务`, `技术资讯`, `精选专题`): where the page files
# the article, never its title (a speech's title names the speech or says something)
_COLUMN = re.compile(r"^[\u4e00-\u9fff]{0,6}(事务|动态|新闻|要闻|快讯|资讯|专题|专栏|频道|头条|焦点|热点|时政)$")


def is_page_ui(text: str) -> bool:
    return bool(_PAGE_UI.search(text) or _COLUMN.match(text.strip()))


# what separates a page's links: `首页 > 范文 > …`, `文秘之友|原创|范文|`, `• 2024-05-03 …` (not a date's `/`)
_LINK_SEPARATOR = re.compile(r"[|｜>＞»›·•→]|(?<!\d)[/／]|[/／](?!\d)")


# the words of a page's controls (a line mostly of them is the page's: `合集下载`, `内容预览:`, `VIP专免`)
_UI_WORD = re.compile(r"登录|登陆|注册|搜索|检索|首页|主页|分享|收藏|下载|打印|列印|关闭|返回|评论|点赞|举报|纠错|投诉|订阅|复制|"
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
    if not text or date_or_blank(text):
        return False
    if len(_LINK_SEPARATOR.findall(text)) >= 2:
        return True
    tokens = text.split()
    if len(tokens) >= 4 and not spaced_out(text) and not text.startswith(DASH) \
            and sum(1 for t in tokens if len(t) <= 3) >= 0.75 * len(tokens) and not names_whole_speech_spaced(text):
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


LEAD = re.compile(r"^[【\[]?(导语|导读|摘要|内容提要|编者按|提要)")   # a page's lead, above the speech


STAMP = re.compile(r"\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|\d{1,2}:\d{2}")   # `2021-04-12 发布`, `08:33`


# `这是…在…上的开幕词`, `* 这是…` (after a footnote mark): about the speech, not its title
EDITOR_NOTE = re.compile(r"^[*＊※\s]*(这是|此文|本文|编者按|编者注)")


def page_record(text: str) -> bool:
    """A line of the page's own record of the article or of where it stands: `当前位置：首页 > …`,
    `发布时间:2021-04-05 阅读:`, `来源:…`, `作者:`."""
    return bool(BREADCRUMBS.search(text) or PAGE_META.search(text) or _RECORD_FIELD.search(text))
