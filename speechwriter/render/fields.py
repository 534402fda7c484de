"""Which fields a template (and an outline's text) needs, and which of them are required.

The rule, also shown to clerks in `speechwriter templates`: a field is REQUIRED when the
template prints it unconditionally. It is OPTIONAL when every use of it is
  - the test of an `{% if %}` (`{% if 副标题 %}`), or inside the branches of an `{% if %}` whose
    test names that same field (`{% if 副标题 %}::subtitle {{ 副标题 }}{% endif %}`), or
  - guarded by the `default` filter (`{{ 过渡语 | default("下面，我讲几点意见。") }}`), or
  - tested with `is defined` / `is undefined`.
Names the pipeline itself provides (CONTEXT_NAMES) are not fields. Parent templates named by
`{% extends %}` are analysed as Jinja renders them (overridden blocks are skipped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import jinja2
from jinja2 import meta, nodes

from speechwriter import defaults
from speechwriter.core.field_syntax import field_names
from speechwriter.errors import UserError
from speechwriter.render.environment import (
    TEMPLATE_SUFFIX,
    environment,
    syntax_error,
    template_source,
    templates_dir,
    user_templates_dir,
)
from speechwriter.vocabulary import OUTLINE_HEADER_FIELDS as HEADER_FIELDS

# provided by the pipeline for every render, never asked of the clerk
CONTEXT_NAMES = frozenset({"有要点", "回顾有标题", "类型"})
_KIND_LINE = re.compile(r"{#-?\s*类型[:：]\s*(\S+?)\s*-?#}")
_SENTENCE_LINE = re.compile(r"{#-?\s*(过渡语|结束语)[:：]\s*(.*?)\s*-?#}")


@dataclass(frozen=True)
class FieldInfo:
    name: str
    required: bool


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    kind: str
    source: str  # "built-in" | "user"
    fields: tuple[FieldInfo, ...]
    error: str = ""  # set when the template cannot be read (syntax error …); it then has no fields

    def to_dict(self) -> dict:
        return {"name": self.name, "kind": self.kind, "source": self.source,
                "fields": [{"name": f.name, "required": f.required} for f in self.fields]}


def _parse(source: str, filename: str) -> nodes.Template:
    try:
        return environment().parse(source, filename=filename)
    except jinja2.TemplateSyntaxError as err:
        err.filename = err.filename or filename
        raise syntax_error(err) from None


def analyse_source(source: str, filename: str = "模板") -> tuple[list[str], set[str]]:
    """(undeclared names in order of first use, the subset that is required) of one source text."""
    return _analyse([_parse(source, filename)])


def _analyse(chain: list) -> tuple[list[str], set[str]]:
    """`chain` = parsed templates from the most derived to the root of its `{% extends %}` line.

    Jinja renders the root's layout with each `{% block %}` replaced by its most derived
    definition, so the walk does the same: an overridden parent block is not looked at.
    """
    blocks = {}
    for tree in reversed(chain):
        for block in tree.find_all(nodes.Block):
            blocks[block.name] = block
    undeclared = set().union(*(meta.find_undeclared_variables(tree) for tree in chain))
    order: list[str] = []
    required: set[str] = set()
    _walk(chain[-1], frozenset(), order, required, blocks)
    order = [n for n in order if n in undeclared and n not in CONTEXT_NAMES]
    return order, required & set(order)


def _names(node: Any) -> set[str]:
    return {n.name for n in node.find_all(nodes.Name) if n.ctx == "load"} | (
        {node.name} if isinstance(node, nodes.Name) else set())


def _walk(node: nodes.Node, guarded: frozenset, order: list, required: set, blocks: dict) -> None:
    def walk(child: nodes.Node, inner: frozenset = guarded) -> None:
        _walk(child, inner, order, required, blocks)

    if isinstance(node, nodes.Block) and blocks.get(node.name, node) is not node:
        walk(blocks[node.name])
        return
    if isinstance(node, nodes.If):
        test_names = _names(node.test)
        _note(test_names, False, order, required)
        for child in [*node.body, *node.elif_, *node.else_]:
            walk(child, guarded | test_names)
        return
    if isinstance(node, nodes.Filter) and node.name in ("default", "d"):
        _note(_names(node.node), False, order, required)
        for arg in node.args:
            walk(arg)
        return
    if isinstance(node, nodes.Test) and node.name in ("defined", "undefined"):
        _note(_names(node.node), False, order, required)
        return
    if isinstance(node, nodes.Name) and node.ctx == "load":
        _note({node.name}, node.name not in guarded, order, required)
        return
    for child in node.iter_child_nodes():
        walk(child)


def _note(names: set[str], is_required: bool, order: list, required: set) -> None:
    for name in sorted(names):
        if name not in order:
            order.append(name)
        if is_required:
            required.add(name)


def _chain(name: str | None) -> list:
    """Parsed template and its {% extends %} ancestors, most derived first."""
    chain: list = []
    seen: set[str] = set()
    while name and name not in seen:
        seen.add(name)
        source, _ = template_source(name)
        tree = _parse(source, name + TEMPLATE_SUFFIX)
        chain.append(tree)
        extends = tree.find(nodes.Extends)
        parent = getattr(extends.template, "value", None) if extends is not None else None
        name = parent[: -len(TEMPLATE_SUFFIX)] if isinstance(parent, str) and parent.endswith(TEMPLATE_SUFFIX) else None
    return chain


def template_fields(name: str) -> list[FieldInfo]:
    """Fields of a template including its parents, header fields first."""
    order, required = _analyse(_chain(name))
    order.sort(key=lambda n: HEADER_FIELDS.index(n) if n in HEADER_FIELDS else len(HEADER_FIELDS))
    return [FieldInfo(n, n in required) for n in order]


def template_kind(name: str) -> str:
    source, _ = template_source(name)
    match = _KIND_LINE.search(source)
    return match.group(1) if match else defaults.KIND


def template_sentences(name: str) -> dict[str, str]:
    """{"过渡语": …, "结束语": …}: the sentences a template suggests (its own comment lines first,
    then its parents'); "" when it suggests none. They go into the outline's text when the template
    is chosen, so what the preview shows is what is exported."""
    found: dict[str, str] = {}
    chain_name: str | None = name
    seen: set[str] = set()
    while chain_name and chain_name not in seen:
        seen.add(chain_name)
        source, _ = template_source(chain_name)
        for key, sentence in _SENTENCE_LINE.findall(source):
            found.setdefault(key, sentence)
        parent = re.search(r"{%-?\s*extends\s+[\"']([^\"']+)\.jinja[\"']", source)
        chain_name = parent.group(1) if parent else None
    return {"过渡语": found.get("过渡语", ""), "结束语": found.get("结束语", "")}


def template_names() -> list[str]:
    """Listable templates: every *.jinja not starting with "_" (those are shared frames)."""
    names = set()
    for folder in (templates_dir(), user_templates_dir()):
        if folder.is_dir():
            names |= {p.name[: -len(TEMPLATE_SUFFIX)] for p in folder.glob("*" + TEMPLATE_SUFFIX)
                      if not p.name.startswith("_")}
    return sorted(names, key=_builtin_order)


_BUILT_IN_ORDER = ("讲话稿", "汇报发言", "研讨发言", "交流发言", "表态发言", "工作报告")


def _builtin_order(name: str) -> tuple[int, str]:
    return (_BUILT_IN_ORDER.index(name) if name in _BUILT_IN_ORDER else len(_BUILT_IN_ORDER), name)


def list_templates() -> list[TemplateInfo]:
    """Every template; one broken user template is reported in its `error`, not fatal to the list."""
    infos = []
    for name in template_names():
        origin = "user" if (user_templates_dir() / (name + TEMPLATE_SUFFIX)).is_file() else "built-in"
        try:
            infos.append(TemplateInfo(name, template_kind(name), origin, tuple(template_fields(name))))
        except UserError as err:
            infos.append(TemplateInfo(name, "", origin, (), err.message))
    return infos


def text_fields(texts: list[str]) -> tuple[list[str], set[str]]:
    """Fields used inside an outline's section texts (same required rule)."""
    order, required = [], set()
    for text in texts:
        if "{" in text:
            try:
                names, needed = analyse_source(text, "提纲正文")
            except UserError:  # a broken field (reported with its section); the good ones still count
                names = field_names(text)
                needed = set(names)
            order += [n for n in names if n not in order]
            required |= needed
    return order, required
