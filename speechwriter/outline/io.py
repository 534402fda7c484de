"""The outline file: human-readable UTF-8 JSON, `*.speech.json`.

    {"format": "speechwriter-outline", "version": 2, "template": "讲话稿", "kind": "领导讲话",
     "structure_id": null, "rate": 220, "numbering": ["一、", "（一）", "1.", "（1）"],
     "fields": {"标题": "…", "会议名称": "…"}, "layout": {"fonts": "系统自带", "line_spacing": 29.5},
     "sections": [{"id": "…", "role": "opening", "heading": "", "body": "…", "children": [],
                   "sample": ["…"]}],
     "target_minutes": 15, "ignored": ["repeat:的的"]}

"template_text": true says the template's transition/closing sentences are part of the text; an older
file without it gets them put in when opened (render.open_outline), so it prints as it always did.
Optional keys (version 2 files without them load as before): a section's "sample" lists the lines
(heading, body paragraphs) still in the sample speech's wording; "target_minutes" is the clerk's
time limit; "ignored" the 校对 findings the clerk chose to ignore for this speech; "layout" the
speech's own 排版设置 (render/options.py), written only when set.

Version history (loading migrates older files in memory; saving writes the current version):
  1 — header fields at the top level under their English names (vocabulary.HEADER_FIELDS),
      free fields in "fields", section text as "paragraphs": [...]; no rate.
  2 — every field in "fields" under its Chinese name, section text as one "body" string.
  3 — adds "rounds": the speech's saved rounds (修改轮次), oldest first, each
      {"name": "初稿", "saved_at": "2026-12-06T09:00:00+08:00", "chars": 5230, "outline": {…}} where
      "outline" is that round's whole text as a version 2 outline (without rounds of its own).
      A file is written as version 3 only when it keeps rounds, so an outline without rounds stays
      readable by the programs that know version 2; a version 2 file opens with no saved rounds
      (`versions` lists its text as the one round). See outline/rounds.py.
      Also "notes": the leader's 批注 not yet marked done, [{"author", "text", "quote", "section"}].
Saving goes through core.atomic, so a crash mid-save leaves the previous file intact.

Loading checks everything a hand-edited or foreign file could get wrong (types, a lone surrogate,
"rate": Infinity, nesting, more than MAX_SECTIONS sections, a file over MAX_OUTLINE_BYTES or not a
regular file) and says what in one Chinese sentence.
"""

from __future__ import annotations

import json
import math
import os
import re
from pathlib import Path
from typing import Any

from speechwriter import defaults
from speechwriter.core.atomic import atomic_write_text
from speechwriter.core.reader import read_regular_file
from speechwriter.errors import UserError
from speechwriter.outline.numbering import STYLES
from speechwriter.outline.tree import MAX_LEVEL, Note, Outline, Round, Section, check_role
from speechwriter.vocabulary import HEADER_FIELD_NAMES

FORMAT = "speechwriter-outline"
VERSION = 3            # the newest version this program reads (and writes when the outline keeps rounds)
PLAIN_VERSION = 2      # written for an outline without rounds: older programs read it
MAX_OUTLINE_BYTES = 20 * 1024 * 1024
MAX_SECTIONS = 2000  # a long work report has a few hundred; more is not an outline a clerk wrote


def outline_to_dict(outline: Outline) -> dict:
    newer = bool(outline.rounds or outline.notes)   # what only version 3 holds
    data = {"format": FORMAT, "version": VERSION if newer else PLAIN_VERSION, "template": outline.template,
            "kind": outline.kind,
            "structure_id": outline.structure_id, "rate": outline.rate, "numbering": list(outline.numbering),
            "fields": dict(outline.fields), "sections": [_section_to_dict(s) for s in outline.sections]}
    # the template's transition/closing are in the text (files without this key predate that)
    data["template_text"] = True
    if outline.layout:
        data["layout"] = dict(outline.layout)  # only when set, like target_minutes
    if outline.target_minutes:
        data["target_minutes"] = outline.target_minutes   # only when set: older readers never see it
    if outline.ignored:
        data["ignored"] = list(outline.ignored)   # 校对 findings the clerk chose to ignore
    if outline.rounds:
        data["rounds"] = [{"name": r.name, "saved_at": r.saved_at, "chars": r.chars,
                           "outline": outline_to_dict(r.outline)} for r in outline.rounds]
    if outline.notes:
        data["notes"] = [{"author": n.author, "text": n.text, "quote": n.quote, "section": n.section}
                         for n in outline.notes]
    return data


def _section_to_dict(section: Section) -> dict:
    data = {"id": section.id, "role": section.role, "heading": section.heading, "body": section.body,
            "children": [_section_to_dict(c) for c in section.children]}
    live = [line for line in section.sample if section.is_sample(line) and
            (line == section.heading.strip() or line in section.paragraphs())]
    if live:  # only the sample lines still in the text are worth keeping
        data["sample"] = live
    return data


def dumps(outline: Outline) -> str:
    return json.dumps(outline_to_dict(outline), ensure_ascii=False, indent=2) + "\n"


def save_outline(outline: Outline, path: str | os.PathLike) -> None:
    atomic_write_text(path, dumps(outline))


def load_outline(path: str | os.PathLike) -> Outline:
    target = Path(path)
    raw = read_regular_file(target, MAX_OUTLINE_BYTES, "提纲文件")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"提纲文件“{target}”不是 UTF-8 编码的文本，可能已损坏。") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise UserError(f"提纲文件“{target}”已损坏：第 {err.lineno} 行第 {err.colno} 列不是有效的 JSON。") from None
    except RecursionError:
        raise UserError(f"提纲文件“{target}”已损坏：内容嵌套太深。") from None
    except ValueError:  # a number of thousands of digits
        raise UserError(f"提纲文件“{target}”已损坏：含有无法读取的数值。") from None
    return outline_from_dict(data, name=str(target))


def outline_from_dict(data: Any, name: str = "提纲") -> Outline:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError(f"“{name}”不是讲稿助手的提纲文件。")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise UserError(f"提纲文件“{name}”的版本号无效。")
    if version > VERSION:
        raise UserError(f"提纲文件“{name}”由更新版本的讲稿助手保存（版本 {version}），请升级本程序后再打开。")
    try:
        return _build(_migrate_v1(data) if version == 1 else data)
    except UserError as err:
        raise UserError(f"提纲文件“{name}”内容有误：{err.message}") from None
    except RecursionError:
        raise UserError(f"提纲文件“{name}”内容有误：小节嵌套太深。") from None
    except (TypeError, ValueError, KeyError, AttributeError, OverflowError):
        raise UserError(f"提纲文件“{name}”内容有误：字段类型不对，可能被其他程序改动过。") from None


def _migrate_v1(data: dict) -> dict:
    fields = {HEADER_FIELD_NAMES[k]: v for k, v in data.items() if k in HEADER_FIELD_NAMES and v}
    fields.update(data.get("fields") or {})

    def section(old: dict) -> dict:
        return {"id": old.get("id"), "role": old.get("role", "key_points"), "heading": old.get("heading") or "",
                "body": "\n".join(old.get("paragraphs") or []),
                "children": [section(c) for c in old.get("children") or []]}

    return {**data, "version": 2, "fields": fields, "sections": [section(s) for s in data.get("sections") or []]}


# characters XML (so Word) cannot hold: control characters but tab and line breaks, U+FFFE/U+FFFF
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def without_control_characters(text: str) -> str:
    """The text without invisible characters a .docx cannot hold (pasted from odd sources)."""
    return _NOT_IN_XML.sub("", text)


def _text(value: object, what: str, default: str = "") -> str:
    """A text value of the file: a string without broken characters (lone surrogates) or control ones."""
    if value is None:
        return default
    if not isinstance(value, str):
        raise UserError(f"{what}应为文本。")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise UserError(f"{what}中有无法识别的残缺字符。") from None
    return without_control_characters(value)


def _rate(value: object) -> int:
    """The speaking rate; one a file cannot mean (Infinity, NaN, out of range, text) is the default."""
    if isinstance(value, bool) or isinstance(value, float) and not math.isfinite(value):
        value = None
    return defaults.valid_rate(value)


def _build(data: dict) -> Outline:
    fields = data.get("fields") or {}
    if not isinstance(fields, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in fields.items()):
        raise UserError("“fields”应为“字段名: 文本”的对照表。")
    fields = {_text(k, "字段名"): _text(v, f"字段“{k}”") for k, v in fields.items()}
    numbering = data.get("numbering") or []
    if not isinstance(numbering, list):
        raise UserError("编号样式“numbering”应为列表。")
    unknown = [s for s in numbering if not isinstance(s, str) or s not in STYLES]
    if unknown:
        raise UserError(f"未知的编号样式“{'、'.join(map(str, unknown))}”。")
    sections = data.get("sections")
    if not isinstance(sections, list):
        raise UserError("缺少小节列表“sections”。")
    count = [0]
    outline = Outline(fields=fields, sections=[_build_section(s, 1, count) for s in sections],
                      template=_text(data.get("template"), "模板名“template”") or defaults.TEMPLATE,
                      kind=_text(data.get("kind"), "讲稿类型“kind”") or defaults.KIND,
                      structure_id=_text(data.get("structure_id"), "结构编号“structure_id”") or None,
                      rate=_rate(data.get("rate")))
    if numbering:
        outline.numbering = list(numbering)
    outline.sentences_in_text = bool(data.get("template_text"))
    outline.layout = _layout(data.get("layout"))
    target = data.get("target_minutes")
    if target is not None:
        if not isinstance(target, int) or isinstance(target, bool) or not 1 <= target <= 600:
            raise UserError(f"篇幅目标“{target}”应为 1 到 600 之间的分钟数。")
        outline.target_minutes = target
    ignored = data.get("ignored") or []
    if isinstance(ignored, list):
        outline.ignored = [str(key) for key in ignored if isinstance(key, str)]
    outline.rounds = _rounds(data.get("rounds"))
    outline.notes = _notes(data.get("notes"))
    return outline


def _notes(notes: object) -> list[Note]:
    if notes is None:
        return []
    if not isinstance(notes, list) or not all(isinstance(n, dict) for n in notes):
        raise UserError("批注“notes”应为列表。")
    return [Note(author=_text(n.get("author"), "批注人") or None, text=_text(n.get("text"), "批注"),
                 quote=_text(n.get("quote"), "批注所指的文字"), section=_text(n.get("section"), "批注所在小节") or None)
            for n in notes]


MAX_ROUNDS = 200  # five rounds a week for most of a year


def _rounds(rounds: object) -> list[Round]:
    """The saved rounds (version 3); each round's text is checked like a whole outline."""
    if rounds is None:
        return []
    if not isinstance(rounds, list) or len(rounds) > MAX_ROUNDS:
        raise UserError(f"修改轮次“rounds”应为不超过 {MAX_ROUNDS} 项的列表。")
    kept = []
    for n, item in enumerate(rounds, 1):
        if not isinstance(item, dict) or not isinstance(item.get("outline"), dict) \
                or item["outline"].get("rounds") or not isinstance(item.get("chars", 0), int):
            raise UserError(f"第 {n} 轮的记录不完整。")
        text = item["outline"]
        if text.get("version") not in (1, 2):
            raise UserError(f"第 {n} 轮的版本号无效。")
        body = _build(_migrate_v1(text) if text.get("version") == 1 else text)
        body.sentences_in_text = True
        kept.append(Round(name=_text(item.get("name"), f"第 {n} 轮的名称") or f"第{n}轮",
                          saved_at=_text(item.get("saved_at"), f"第 {n} 轮的时间"),
                          chars=max(0, item.get("chars") or 0), outline=body))
    return kept


def _layout(layout: object) -> dict:
    """The speech's 排版设置: names and simple values; their meaning is checked when rendering."""
    if layout is None:
        return {}
    if not isinstance(layout, dict) or not all(isinstance(k, str) and isinstance(v, (str, int, float, bool))
                                               for k, v in layout.items()):
        raise UserError("“layout”（排版设置）应为“名称: 值”的对照表。")
    return dict(layout)


def _build_section(data: dict, level: int, count: list[int]) -> Section:
    if level > MAX_LEVEL:
        raise UserError(f"标题层级超过 {MAX_LEVEL} 级。")
    if not isinstance(data, dict):
        raise UserError("小节应为对象。")
    count[0] += 1
    if count[0] > MAX_SECTIONS:
        raise UserError(f"小节超过 {MAX_SECTIONS} 个，不像是一篇讲稿的提纲。")
    heading, body = data.get("heading") or "", data.get("body") or ""
    if not isinstance(heading, str) or not isinstance(body, str):
        raise UserError("小节的标题和正文应为文本。")
    heading, body = _text(heading, "小节标题"), _text(body, "小节正文")
    children = data.get("children") or []
    if not isinstance(children, list):
        raise UserError("小节的“children”应为列表。")
    role = data.get("role", "key_points")
    section = Section(role=check_role(role if isinstance(role, str) else str(role)), heading=heading, body=body,
                      children=[_build_section(c, level + 1, count) for c in children])
    if isinstance(data.get("id"), str) and data["id"]:
        section.id = _text(data["id"], "小节编号")
    sample = data.get("sample") or []
    if isinstance(sample, list):
        section.sample = [_text(line, "范例句") for line in sample if isinstance(line, str)]
    return section
