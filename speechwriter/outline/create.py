"""New outlines: from a learned structure, or from an existing (analysed) speech.

From a structure, the skeleton becomes sections whose text is the structure's learned phrasing
(with Jinja fields such as {{ 会议名称 }} left in place for the clerk to fill or keep). From a
speech, its own wording is kept verbatim; headings lose their typed numbers, which the outline
derives from order again.
"""

from __future__ import annotations

import re

from speechwriter.core.field_syntax import field_names
from speechwriter.core.markers import find_marker
from speechwriter.core.numbering_styles import BY_NAME, OUTLINE_STYLES
from speechwriter.core.speech import Block, Speech
from speechwriter.core.structure import Structure
from speechwriter.outline.tree import DEFAULT_NUMBERING, MAX_LEVEL, Outline, Section
from speechwriter.vocabulary import ROLES

# kind of speech → built-in template that lays it out
TEMPLATE_FOR_KIND = {"领导讲话": "讲话稿", "开幕词": "讲话稿", "闭幕词": "讲话稿", "调研讲话": "讲话稿",
                     "动员讲话": "讲话稿", "汇报发言": "汇报发言", "研讨发言": "研讨发言", "交流发言": "研讨发言",
                     "表态发言": "表态发言", "工作报告": "工作报告", "述职报告": "述职报告", "致辞": "致辞"}
ROLE_PLACEHOLDER = {"review": "（在此回顾过去一段时间的工作和成绩。）",
                    "key_points": "（在此展开这一点的具体要求。）",
                    "opening": "（在此写开场白。）", "closing": "（在此写结束语。）"}
HEADING_PLACEHOLDER = "（要点标题）"


def new_fields() -> dict[str, str]:
    """The 基本信息 a new speech starts with (the clerk fills in the blanks)."""
    return {"标题": "", "讲话人": "", "日期": "", "称呼": "同志们："}


def blank() -> Outline:
    """文件 → 新建空白讲稿: an opening, one key point and a closing, each with its guidance."""
    return Outline(fields=new_fields(), sections=[
        Section("opening", body=ROLE_PLACEHOLDER["opening"]),
        Section("key_points", heading=HEADING_PLACEHOLDER, body=ROLE_PLACEHOLDER["key_points"]),
        Section("closing", body=ROLE_PLACEHOLDER["closing"])])



def template_for_kind(kind: str) -> str:
    return TEMPLATE_FOR_KIND.get(kind, "讲话稿")


def split_label(text: str) -> tuple[str, str]:
    """("（一）", "加强领导") for "（一）加强领导"; ("", text) when it carries no number."""
    marker = find_marker(text)
    if marker is None:
        return "", text
    style = BY_NAME[marker.family].style
    rest = text[len(marker.text):].lstrip()
    if style not in OUTLINE_STYLES or not style or not rest:
        return "", text  # ①, 第一部分: numbers an outline does not write stay in the words
    return style, rest


_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_CJK = r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’…]"


def full_width_punctuation(text: str) -> str:
    """Half-width , ; : ? ! ( ) next to Chinese text → full width (web copies mix them; a manuscript
    must not). Jinja fields and Latin/number contexts such as "3,000" or "(a)" are left alone."""
    pattern = re.compile(rf"(?<={_CJK})[,;:?!]|[,;:?!](?={_CJK})|\((?={_CJK})|(?<={_CJK})\)")
    for _ in range(2):  # a second pass sees the marks the first one converted: "（…）!" → "（…）！"
        text = pattern.sub(lambda m: _HALF_TO_FULL[m.group()], text)
    return text


def as_material(text: str, heading: bool = False) -> str:
    """A paragraph from another speech, ready to go into a section's body: full-width punctuation,
    and a heading without its old number (二、坚持… → 坚持…), which would be wrong in its new place."""
    text = full_width_punctuation(text.strip())
    return split_label(text)[1] if heading else text


def numbering_from_structure(numbering: str) -> list[str]:
    """"一、/一是" → ["一、", "一是", "1.", "（1）"]; "none" or an unnumbered style → level 1 without numbers."""
    from speechwriter.outline.numbering import STYLES

    levels = [part.strip() if part.strip() in STYLES else "" for part in numbering.split("/")][:MAX_LEVEL]
    used = [DEFAULT_NUMBERING.index(style) for style in levels if style in DEFAULT_NUMBERING]
    following = DEFAULT_NUMBERING[max(max(used) + 1 if used else 1, len(levels)):]
    while len(levels) < MAX_LEVEL:
        levels.append(following.pop(0) if following else "（1）")
    return levels


def from_structure(structure: Structure) -> Outline:
    """The structure's skeleton with its learned wording as guidance: every line taken from the
    sample is remembered in its section's `sample` list, so it stays marked until rewritten."""
    phrases = {role: [full_width_punctuation(p) for p in texts] for role, texts in (structure.phrases or {}).items()}
    headings = [full_width_punctuation(h) for h in structure.headings]
    sections: list[Section] = []

    def learned(role: str, body: str = "", heading: str = "", placeholder: str = "") -> Section:
        section = Section(role, heading=heading, body=body or placeholder)
        section.sample = [line for line in (heading, body) if line]
        return section

    for role in structure.skeleton:
        if role not in ROLES:
            continue
        if role in ("opening", "closing"):
            sections.append(learned(role, "\n".join(phrases.get(role, [])[:1]), placeholder=ROLE_PLACEHOLDER[role]))
        elif role == "review":
            # no heading: the learned headings are the key points, and the transition counts
            # them ("讲五点意见"), so a numbered review would throw the count off
            sections.append(Section(role, body=ROLE_PLACEHOLDER[role]))
        elif headings:
            sections.append(learned(role, heading=headings.pop(0), placeholder=ROLE_PLACEHOLDER[role]))
        else:
            sections.append(Section(role, heading=HEADING_PLACEHOLDER, body=ROLE_PLACEHOLDER[role]))
    fields = new_fields()
    transition = phrases.get("transition", [])
    outline = Outline(fields=fields, sections=sections, template=template_for_kind(structure.kind), kind=structure.kind,
                      numbering=numbering_from_structure(structure.numbering), structure_id=structure.id)
    if transition:
        # the sample's own lead-in ("下面，我讲五点意见。") is text like the rest, placed where it prints
        from speechwriter.outline.template_text import insert_sentences

        insert_sentences(outline, {"过渡语": transition[0]})
        for section in outline.walk():
            if transition[0] in section.paragraphs():
                section.sample.append(transition[0])
    # the fields the learned phrasing uses, so the form asks for them
    texts = [t for s in outline.walk() for t in (s.heading, s.body)] + list(fields.values())
    for text in texts:
        for name in field_names(text):
            outline.fields.setdefault(name, "")
    return outline


def from_speech(speech: Speech) -> Outline:
    # a title or salutation the speech set over two lines is one line in the manuscript
    fields = {"标题": _one_line(speech.title), "副标题": _one_line(speech.subtitle), "讲话人": _one_line(speech.speaker),
              # a speech without a salutation keeps none (a template's default would add one)
              "日期": _bare_date(speech.date or ""), "称呼": _one_line(speech.salutation) or "无",
              # the speech's own transition and closing words stay in its text; 无 = the frame adds none
              "过渡语": "无", "结束语": "无"}
    styles: dict[int, list[str]] = {}
    sections = [_section_from_block(block, 1, styles, block.role or "key_points") for block in speech.sections]
    # per level the style most headings were typed in; "" when they were typed without numbers
    numbering = [max(styles[level], key=styles[level].count) if level in styles else DEFAULT_NUMBERING[level - 1]
                 for level in range(1, MAX_LEVEL + 1)]
    return Outline(fields={k: v for k, v in fields.items()}, sections=sections, kind=speech.kind,
                   template=template_for_kind(speech.kind), numbering=numbering)


def _one_line(text: str | None) -> str:
    return "".join(part.strip() for part in (text or "").split("\n"))


def _bare_date(date: str) -> str:
    return date.strip().strip("（）()").strip()


def _section_from_block(block: Block, level: int, styles: dict[int, list[str]], role: str) -> Section:
    paragraphs = [p for p in block.paragraphs if p.strip()]
    heading = ""
    if block.heading:
        style, heading = split_label(block.heading.strip())
        styles.setdefault(level, []).append(style)
    elif paragraphs:
        style, rest = split_label(paragraphs[0].strip())
        if style in ("一是", "第一，", "一要", "首先"):
            # run-in point: its first sentence is the heading, the rest of the paragraph its body
            head, _, tail = rest.partition("。")
            if tail.strip() or head:
                heading = head + "。"
                paragraphs = ([tail.strip()] if tail.strip() else []) + paragraphs[1:]
                styles.setdefault(level, []).append(style)
    children = []
    for point in block.points:
        if level < MAX_LEVEL:
            children.append(_section_from_block(point, level + 1, styles, role))
        else:  # deeper than four levels: keep the words, flatten the structure
            paragraphs += [line for line in point.all_paragraphs() if line]
    return Section(role=role, heading=heading, body="\n".join(paragraphs), children=children)
