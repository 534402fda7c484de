"""Outline + template → blocks: the one pipeline every output (docx, preview HTML, text) uses."""

from __future__ import annotations

import jinja2

from speechwriter.errors import UserError
from speechwriter.outline.model import Outline, Section
from speechwriter.render.blocks import Block, section_blocks
from speechwriter.render.environment import collect_missing, environment, load_template, render_guarded
from speechwriter.render.protocol import parse_lines

# a field set to 无 is deliberately empty (no subtitle, no courtesy closing …); a blank field is missing
NONE_VALUE = "无"


def field_context(outline: Outline, extra_fields: dict[str, str] | None = None) -> dict:
    values = {**outline.fields, **(extra_fields or {})}
    context: dict[str, object] = {}
    for name, raw in values.items():
        # one line (joined on every break str.splitlines knows), so a value never starts a marker line
        value = " ".join(str(raw).splitlines()).strip()
        if value:
            context[name] = "" if value == NONE_VALUE else value
    context["有要点"] = any(s.role == "key_points" for s in outline.sections)
    context["回顾有标题"] = any(s.role == "review" and s.heading.strip() for s in outline.sections)
    context["类型"] = outline.kind
    # a value may itself use fields (标题 = "在{{ 会议名称 }}上的讲话", learned from a structure)
    env = environment()
    for name, item in list(context.items()):
        if isinstance(item, str) and ("{{" in item or "{%" in item):
            try:
                small = env.from_string(item)
            except jinja2.TemplateSyntaxError as err:
                raise UserError(f"字段“{name}”的内容写法有误：{err.message}") from None
            others = {k: v for k, v in context.items() if k != name}
            context[name] = " ".join(render_guarded(lambda small=small, others=others: small.render(others), f"字段“{name}”").splitlines()).strip()
    return context


def render_blocks(outline: Outline, template: str | None = None, extra_fields: dict[str, str] | None = None) -> list[Block]:
    name = template or outline.template
    compiled = load_template(name)
    placed: set[str] = set()
    env = environment()

    def fill(text: str, section: Section, part: str) -> str:
        if "{{" not in text and "{%" not in text:
            return text
        where = f"小节“{section.heading or section.body[:12]}”的{part}"
        try:
            small = env.from_string(text)
        except jinja2.TemplateSyntaxError as err:
            raise UserError(f"{where}中第 {err.lineno} 行的字段写法有误：{err.message}") from None
        return render_guarded(lambda: small.render(context), where)

    def expand(roles):
        blocks = []
        for i, section in enumerate(outline.sections):
            if section.role in roles and section.id not in placed:
                placed.add(section.id)
                blocks += section_blocks(outline, (i,), section, fill)
        return blocks

    with collect_missing():
        context = field_context(outline, extra_fields)
        output = render_guarded(lambda: compiled.render(context), f"模板“{name}”")
        blocks = parse_lines(output, name, expand)
        # a template that forgot a role still must not lose the clerk's text
        leftover = [s.role for s in outline.sections if s.id not in placed]
        if leftover:
            blocks += expand(set(leftover))
    return blocks
