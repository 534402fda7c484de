"""Outline + template → blocks: the one pipeline every output (docx, preview HTML, text) uses."""

from __future__ import annotations

import re
from collections.abc import Collection

import jinja2

from speechwriter.core.field_syntax import broken_fields, has_fields, problem_message, scan, shown
from speechwriter.errors import UserError
from speechwriter.outline.tree import Outline, Section
from speechwriter.render.blocks import FORCED_BREAK, Block, section_blocks
from speechwriter.render.environment import collect_missing, environment, load_template, render_guarded
from speechwriter.render.protocol import parse_lines

# a field set to 无 is deliberately empty (no subtitle, no courtesy closing …); a blank field is missing
NONE_VALUE = "无"


def _render_text(text: str, context: dict, where: str, problems: list[str] | None) -> str:
    """Fields in a clerk's text filled in. A broken field (`{{ 单位` without its `}}` …) stays as
    written and is named in `problems`; the rest of the text is filled all the same."""
    if not has_fields(text) and "{%" not in text:
        return text
    env = environment()
    broken = broken_fields(text)
    if broken:
        if problems is not None:
            problems.extend(problem_message(piece, where) for piece in broken)
        return "".join(_render_text(p.text, context, where, problems) if p.kind == "field" else p.text
                       for p in scan(text))
    try:
        small = env.from_string(text)
    except jinja2.TemplateSyntaxError:
        if problems is None:
            raise UserError(f"{where}的{tag_problem(text)}。") from None
        problems.append(f"{where}的{tag_problem(text)}")
        return text
    return render_guarded(lambda: small.render(context), where)


_TAG = re.compile(r"{%-?\s*([^\s%}-]*)(.*?)-?%}|{%", re.DOTALL)
_BLOCK_TAGS = {"if": "endif", "for": "endfor", "macro": "endmacro", "call": "endcall", "filter": "endfilter",
               "with": "endwith", "block": "endblock", "autoescape": "endautoescape", "raw": "endraw"}
_INNER_TAGS = {"elif": "if", "else": "if"}
_USAGE = "字段写作 {{ 名称 }}，可有可无的内容写作 {% if 名称 %}……{% endif %}"


def tag_problem(text: str) -> str:
    """What is wrong with the `{% … %}` (or the field) Jinja could not read in a clerk's text, in
    Chinese: Jinja's own message is English. ("“{% if 单位 %}”少了与之对应的“{% endif %}”")"""
    open_tags: list[tuple[str, str]] = []  # (name, as written)
    for match in _TAG.finditer(text):
        written = match.group(0)
        if written == "{%":
            return f"“{text[match.start():match.start() + 12]}”少了“%}}”（{_USAGE}）"
        name = match.group(1)
        if name in _BLOCK_TAGS:
            open_tags.append((name, written))
        elif name.startswith("end") and name[3:] in _BLOCK_TAGS:
            if not open_tags or open_tags[-1][0] != name[3:]:
                return f"“{written}”前面没有与之对应的“{{% {name[3:]} … %}}”"
            open_tags.pop()
        elif name in _INNER_TAGS:
            if not open_tags or open_tags[-1][0] != _INNER_TAGS[name]:
                return f"“{written}”前面没有与之对应的“{{% if … %}}”"
        elif name not in ("set", "include", "import", "from", "extends", "do", "break", "continue"):
            return f"“{written}”不是能用的写法（{_USAGE}）"
        if name in _BLOCK_TAGS or name in _INNER_TAGS:
            if name not in ("else",) and not match.group(2).strip():
                return f"“{written}”缺少条件（{_USAGE}）"
    if open_tags:
        name, written = open_tags[-1]
        return f"“{written}”少了与之对应的“{{% {_BLOCK_TAGS[name]} %}}”"
    return f"字段或条件的写法有误（{_USAGE}）"


def field_context(outline: Outline, extra_fields: dict[str, str] | None = None,
                  problems: list[str] | None = None) -> dict:
    values = {**outline.fields, **(extra_fields or {})}
    context: dict[str, object] = {}
    for name, raw in values.items():
        # one line (joined on every break str.splitlines knows), so a value never starts a marker line;
        # the title keeps the clerk's forced breaks as FORCED_BREAK (see blocks.title_lines)
        value = (FORCED_BREAK if name == "标题" else " ").join(str(raw).splitlines()).strip()
        if value:
            context[name] = "" if value == NONE_VALUE else value
    context["有要点"] = any(s.role == "key_points" for s in outline.sections)
    context["回顾有标题"] = any(s.role == "review" and s.heading.strip() for s in outline.sections)
    context["类型"] = outline.kind
    # a value may itself use fields (标题 = "在{{ 会议名称 }}上的讲话", learned from a structure)
    for name, item in list(context.items()):
        if isinstance(item, str) and (has_fields(item) or "{%" in item):
            others = {k: v for k, v in context.items() if k != name}
            filled = _render_text(item, others, f"字段“{name}”", problems if problems is not None else [])
            context[name] = " ".join(filled.splitlines()).strip()
    return context


def render_blocks(outline: Outline, template: str | None = None, extra_fields: dict[str, str] | None = None,
                  problems: list[str] | None = None) -> list[Block]:
    """`problems` collects the Chinese messages of broken fields (printed as written); without it
    a field that Jinja itself cannot read in a section text is a UserError."""
    name = template or outline.template
    compiled = load_template(name)
    placed: set[str] = set()

    def fill(text: str, section: Section, part: str) -> str:
        title = shown(section.heading.strip() or section.body.strip().split("\n")[0])
        title = title if len(title) <= 12 else title[:12] + "…"
        where = f"小节“{title}”{part}" if part != "标题" else f"小节“{title}”的标题"
        found: list[str] = [] if problems is None else problems
        return _render_text(text, context, where, found)

    def expand(roles: Collection[str]) -> list[Block]:
        blocks = []
        for i, section in enumerate(outline.sections):
            if section.role in roles and section.id not in placed:
                placed.add(section.id)
                blocks += section_blocks(outline, (i,), section, fill)
        return blocks

    with collect_missing():
        context = field_context(outline, extra_fields, problems)
        output = render_guarded(lambda: compiled.render(context), f"模板“{name}”")
        blocks = parse_lines(output, name, expand)
        # a template that forgot a role still must not lose the clerk's text
        leftover = [s.role for s in outline.sections if s.id not in placed]
        if leftover:
            blocks += expand(set(leftover))
    return blocks
