"""The shapes a speech's top takes in real files and pasted pages, made from a labelled speech.

A labelled speech (its title, subtitle, speaker, date and salutation, and the text from its body's
first line on) is written out again with the title block in another shape: a clerk's file (tight
or with blank lines, the title wrapped over two or three lines, the title spaced out `工 作 报 告`,
the speaker under the title, the date in another form, the salutation run into the body, a number
label `范文1` above the title, traditional script) or a page pasted from a site (the site's name, a
breadcrumb, a post-time line, the page's headline or a collection's title above the title, a
guide paragraph, an ad). Each shape gives the text and the header a clerk reads in it, so the
reader can be tested on shapes nobody here has seen, and the header model trained on them.

    variants(top, seed)  →  [(shape name, text, expected header fields)]
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from speechwriter.core.labelling import norm
from speechwriter.core.script import traditional
from speechwriter.vocabulary import HEADER_FIELDS as FIELDS

_SENTENCE_END = "。！？!?；;…，,、：:"


@dataclass(frozen=True)
class Top:
    """A labelled speech's header fields and its body (the text from the body's first line on)."""

    title: str | None
    subtitle: str | None
    speaker: str | None
    date: str | None
    salutation: str | None
    body: str

    def fields(self) -> dict[str, str | None]:
        return {key: getattr(self, key) for key in FIELDS}


def top_of(text: str, label: dict) -> Top | None:
    """The labelled speech's parts, or None when its body's first line is not found (or a header
    field runs on to another on one line: its shape is the file's own, not one to rewrite)."""
    first = label.get("body_first") if not label.get("sections") else label["sections"][0]["first"]
    want = norm(first or "")
    if not want or not label.get("title"):
        return None
    lines = text.split("\n")
    salutation = label.get("salutation")
    for index, line in enumerate(lines):
        line_n = norm(line)
        if line_n.startswith(want):
            body = "\n".join(lines[index:]).strip()
            break
        if salutation and line.strip().startswith(salutation.strip()) and norm(line.strip()[len(salutation.strip()):]).startswith(want):
            body = "\n".join([line.strip()[len(salutation.strip()):].strip()] + lines[index + 1:]).strip()
            break
    else:
        return None
    header_n = norm("".join(lines[:index]))
    values = [label.get(key) for key in FIELDS]
    if any(v and norm(v) not in header_n for v in values) or not body:
        return None
    title, subtitle, speaker, date, salutation = [v.strip() if isinstance(v, str) and v.strip() else None for v in values]
    return Top(title, subtitle, speaker, date, salutation, body)


# --- pieces of a page --------------------------------------------------------------------------

_SITES = ("公文范文网", "第一范文站", "机关写作网", "讲话稿大全", "笔杆子文库", "党政材料网")
_CRUMBS = ("首页 > 讲话稿 > 领导讲话", "当前位置：首页 > 范文大全 > 讲话致辞", "您的位置：网站首页 / 发言稿 / 正文",
           "首页 » 工作报告 » 正文")
_POSTED = ("发布时间：2023-05-12 10:21:07  浏览次数：1283", "2022-11-03 08:45 来源：本站原创 作者：佚名",
           "时间：2024/03/18  阅读：562 次", "更新时间：2021-07-09 16:02:31")
_ADS = ("扫码关注公众号，获取更多范文", "【推荐】各类讲话稿一键下载，会员免费", "此处为预留广告位",
        "相关推荐：领导讲话稿怎么写？")
_GUIDES = ("下面是小编为大家整理的{title}，供大家参考，希望对大家有所帮助。",
           "以下是本站为您收集整理的{title}，欢迎阅读与收藏。",
           "{title}由网友投稿，小编整理分享，仅供参考。")
# a guide's prose about the kind of speech, with none of a site's words (the page's, all the same)
_PROSE = ("讲话稿是人们在特定的场合发表讲话的文稿，随着社会不断地进步，讲话稿的使用频率越来越高。那么你知道讲话稿怎么写才规范吗？",
          "时间过得真快，转眼一年又过去了，回顾这一年的工作，是时候写一份报告了。一起来看看怎么写吧。",
          "在日常工作中，我们经常需要在各种会议上发言。一篇好的发言稿，能让听的人记住你要说的话。")
_COLLECTIONS = ("{title}（精选5篇）", "{title}范文汇编", "最新{title}3篇", "{title}_公文范文网")
_NUMBERS = ("范文1", "篇一", "第一篇", "【篇1】", "范文一")
_NAMES = ("王建国", "李红", "张志强同志", "欧阳明", "陈晓东")
_POSITIONS = ("县委书记 王建国", "市教育局局长  李红", "公司董事长 张志强")


def _date_forms(rng: random.Random) -> list[str]:
    year, month, day = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    digits = "〇一二三四五六七八九"
    tens = ["", "十", "二十"]

    def chinese(n: int) -> str:
        return (tens[n // 10] if n >= 10 else "") + (digits[n % 10] if n % 10 else "")
    return [f"{year}年{month}月{day}日", f"（{year}年{month}月{day}日）", f"{year}.{month}.{day}",
            "".join(digits[int(c)] for c in str(year)) + f"年{chinese(month)}月{chinese(day)}日"]


def _split(text: str, parts: int) -> list[str] | None:
    """A title wrapped over `parts` lines, as a page or a narrow column breaks it: no line ends a
    sentence, none is a lone name or position (`王琛同志`, `国有企业董事长` are the speaker's
    lines, whatever the break) or a date or a number, none shorter than three characters."""
    from speechwriter.core.header import can_be_speaker, is_date_line

    if "\n" in text:
        pieces = [p.strip() for p in text.split("\n") if p.strip()]
        return pieces if len(pieces) == parts else None
    size = len(text)
    if size < 3 * parts + 2:
        return None
    cuts = [round(size * k / parts) for k in range(1, parts)]
    for shift in (0, 1, -1, 2, -2, 3, -3):
        points = [c + shift for c in cuts]
        pieces = [text[a:b] for a, b in zip([0] + points, points + [size])]
        if all(len(p.strip()) >= 3 and p.strip()[-1] not in _SENTENCE_END and not can_be_speaker(p.strip())
               and not is_date_line(p.strip()) and not p.strip().isdigit() and "—" not in p[-1:]
               and not p.startswith(("——", "—", "（", "(")) for p in pieces):
            return [p.strip() for p in pieces]
    return None


# --- the shapes --------------------------------------------------------------------------------

@dataclass
class Draft:
    """A title block being written: page lines above it, its own lines, the gap between lines."""

    top: Top
    above: list[str]
    title: list[str]
    lines_after_title: list[str]
    blank: bool = True
    run_in: bool = False
    script: Callable[[str], str] | None = None

    def text(self) -> str:
        top = self.top
        own = list(self.title)
        rest = [line for line in self.lines_after_title]
        lines: list[str] = []
        for block in (self.above, own, rest):
            for line in block:
                lines.append(line)
                if self.blank and line:
                    lines.append("")
        body = top.body
        if top.salutation:
            if self.run_in:
                body = top.salutation + body
            else:
                lines.append(top.salutation)
                if self.blank:
                    lines.append("")
        text = ("\n".join(lines) + "\n" if lines else "") + body + "\n"
        return self.script(text) if self.script else text

    def expected(self) -> dict[str, str | None]:
        fields = self.top.fields()
        return {k: (self.script(v) if self.script and v else v) for k, v in fields.items()}

    def written(self) -> dict[str, str | None]:
        """The fields as their lines are written (a wrapped title's lines joined by a line break, as a
        label gives a title on two lines), with where the body starts: a label to train on."""
        fields = self.expected()
        script = self.script or (lambda text: text)
        fields["title"] = script("\n".join(self.title)) if self.top.title else None
        if self.top.subtitle:
            fields["subtitle"] = next((script(line) for line in self.lines_after_title
                                       if norm(line) == norm(self.top.subtitle)), fields["subtitle"])
        first = self.top.body.split("\n", 1)[0].strip()
        fields["body_first"] = script(first[:12])
        return fields


def _base(top: Top) -> Draft:
    after = [v for v in (top.subtitle, top.speaker, top.date) if v]
    return Draft(top, [], [top.title or ""], after)


Shape = Callable[[Top, random.Random], Draft | None]


def _tight(top: Top, rng: random.Random) -> Draft:
    return replace(_base(top), blank=False)


def _page_above(top: Top, rng: random.Random) -> Draft:
    title = (top.title or "").replace("\n", "")
    return replace(_base(top), above=[rng.choice(_COLLECTIONS).format(title=title)])


def _title_repeated(top: Top, rng: random.Random) -> Draft:
    return replace(_base(top), above=[(top.title or "").replace("\n", "")])


def _site_lines(top: Top, rng: random.Random) -> Draft:
    above = [rng.choice(_SITES), rng.choice(_CRUMBS), (top.title or "").replace("\n", ""), rng.choice(_POSTED)]
    return replace(_base(top), above=above, blank=rng.random() < 0.5)


def _guide(top: Top, rng: random.Random) -> Draft:
    title = (top.title or "").replace("\n", "")
    above = [rng.choice(_CRUMBS), title, rng.choice(_POSTED), rng.choice(_GUIDES).format(title=title), rng.choice(_ADS)]
    return replace(_base(top), above=above)


def _prose(top: Top, rng: random.Random) -> Draft:
    title = (top.title or "").replace("\n", "")
    return replace(_base(top), above=[rng.choice(_COLLECTIONS).format(title=title), rng.choice(_PROSE)])


def _ad(top: Top, rng: random.Random) -> Draft:
    return replace(_base(top), above=[rng.choice(_SITES), rng.choice(_ADS)])


def _wrapped(parts: int, blank: bool) -> Shape:
    def shape(top: Top, rng: random.Random) -> Draft | None:
        pieces = _split(top.title or "", parts)
        if pieces is None:
            return None
        draft = replace(_base(top), title=pieces, blank=True)
        if not blank:   # the title's lines tight, the rest as before
            draft = replace(draft, title=["\n".join(pieces)])
        return draft
    return shape


def _subtitle_two_lines(top: Top, rng: random.Random) -> Draft | None:
    if not top.subtitle or "\n" in top.subtitle:
        return None
    pieces = _split(top.subtitle, 2)
    if pieces is None:
        return None
    after = ["\n".join(pieces)] + [v for v in (top.speaker, top.date) if v]
    return replace(_base(top), lines_after_title=after)


def _speaker_added(top: Top, rng: random.Random) -> Draft:
    """The speaker's line under the title (a name, `…同志`, or the position and the name)."""
    speaker = top.speaker or rng.choice(_NAMES + _POSITIONS)
    top = replace(top, speaker=speaker)
    after = [speaker] + [v for v in (top.subtitle, top.date) if v]
    return replace(_base(top), top=top, lines_after_title=after)


def _date_form(top: Top, rng: random.Random) -> Draft:
    date = rng.choice(_date_forms(rng))
    top = replace(top, date=date)
    return replace(_base(top), top=top)


def _spaced(top: Top, rng: random.Random) -> Draft | None:
    title = top.title or ""
    if "\n" in title or len(title) > 12 or not re.fullmatch(r"[\u4e00-\u9fff]+", title):
        return None
    spaced = " ".join(title)
    top = replace(top, title=spaced)
    return replace(_base(top), top=top)


def _run_in(top: Top, rng: random.Random) -> Draft | None:
    """The salutation run into the body's first line; a greeting (`大家好！`) run in so is part of
    the salutation's line, as the labels have it (`同志们：大家好！`)."""
    if not top.salutation or not top.salutation.endswith(("：", ":")) or "\n" in top.salutation:
        return None
    first = top.body.split("\n", 1)[0].strip()
    if len(first) <= 10 and first.endswith(("！", "!")):
        top = replace(top, salutation=top.salutation + first, body=top.body[len(first):].lstrip("\n"))
        return replace(_base(top), top=top)
    return replace(_base(top), run_in=True)


def _numbered(top: Top, rng: random.Random) -> Draft:
    return replace(_base(top), above=[rng.choice(_COLLECTIONS).format(title=(top.title or "").replace("\n", "")),
                                      rng.choice(_NUMBERS)])


def _traditional(top: Top, rng: random.Random) -> Draft:
    return replace(_base(top), script=traditional)


def _whole_page(top: Top, rng: random.Random) -> Draft:
    """A page pasted whole: the site, where the page is, the collection's title, its record, the
    guide, an ad and the item's number above the speech's own title (wrapped, when it is long)."""
    title = (top.title or "").replace("\n", "")
    above = [rng.choice(_SITES), rng.choice(_CRUMBS), rng.choice(_COLLECTIONS).format(title=title), rng.choice(_POSTED),
             rng.choice(_GUIDES).format(title=title), rng.choice(_ADS), rng.choice(_NUMBERS)]
    pieces = _split(top.title or "", 2) if len(title) > 16 else None
    return replace(_base(top), above=above, title=pieces or [top.title or ""], blank=rng.random() < 0.7)


def _clerk_file(top: Top, rng: random.Random) -> Draft:
    """A clerk's own file: no blank lines, the title over two lines when it is long, the speaker
    under the title, a date, the salutation run into the first paragraph."""
    speaker = top.speaker or rng.choice(_NAMES + _POSITIONS)
    top = replace(top, speaker=speaker, date=rng.choice(_date_forms(rng)))
    pieces = _split(top.title or "", 2) if len((top.title or "").replace("\n", "")) > 16 else None
    title = ["\n".join(pieces)] if pieces else [top.title or ""]
    after = [v for v in (top.subtitle, top.speaker, top.date) if v]
    return Draft(top, [], title, after, blank=False, run_in=bool(top.salutation and top.salutation.endswith(("：", ":"))))


SHAPES: dict[str, Shape] = {
    "tight": _tight, "page_title_above": _page_above, "title_repeated": _title_repeated, "site_lines": _site_lines,
    "guide_and_ad": _guide, "guide_prose": _prose, "ad": _ad, "wrapped_2": _wrapped(2, False), "wrapped_2_blank": _wrapped(2, True),
    "wrapped_3": _wrapped(3, False), "subtitle_two_lines": _subtitle_two_lines, "speaker_added": _speaker_added,
    "date_form": _date_form, "spaced_title": _spaced, "salutation_run_in": _run_in, "number_label": _numbered,
    "traditional": _traditional, "whole_page": _whole_page, "clerk_file": _clerk_file,
}


def drafts(top: Top, seed: int = 0, shapes: list[str] | None = None) -> list[tuple[str, Draft]]:
    """(shape, draft) for each shape that fits this speech."""
    out = []
    for name in shapes or list(SHAPES):
        draft = SHAPES[name](top, random.Random(f"{seed}:{name}"))
        if draft is not None:
            out.append((name, draft))
    return out


def variants(top: Top, seed: int = 0, shapes: list[str] | None = None) -> list[tuple[str, str, dict]]:
    """(shape, text, the header a clerk reads in it) for each shape that fits this speech."""
    return [(name, draft.text(), draft.expected()) for name, draft in drafts(top, seed, shapes)]
