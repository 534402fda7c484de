"""The one registry of 校对 rule kinds: each kind's Chinese name and default severity, in the order
of the CLI contract (`check --json`'s `kind`). The CLI listing, the 校对 panel and the export prompt
all read this table; a checker names its kind and takes its severity from here unless a finding
is of another weight (a `date` that cannot be is an error, one that is late only a warning)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    kind: str
    name: str          # the clerk's word for it
    severity: str      # error | warning | info
    what: str          # one line: what the rule catches (the menu's status tip, `check --help`)


REGISTRY: tuple[Kind, ...] = (
    Kind("placeholder", "占位符", "error", "××、【】、〔〕、（待补充）等没有换成实际内容的占位"),
    Kind("sample_text", "范文原话", "warning", "还是范文原话、没有改写的段落"),
    Kind("field", "字段", "error", "没有填写或写错的字段"),
    Kind("numbering", "编号", "warning", "编号跳号、重复、颠倒或混用"),
    Kind("count_mismatch", "点数不符", "warning", "“讲三点”而后面不是三点"),
    Kind("punctuation", "标点", "warning", "半角标点、重复或冲突的标点、序号后的标点"),
    Kind("pairs", "成对标点", "warning", "引号、括号、书名号不成对"),
    Kind("repeat", "重复", "warning", "误写两遍的字、词、句、段"),
    Kind("date", "日期", "warning", "不存在的日期、星期不符、年份写成○或O"),
    Kind("term", "规范表述", "warning", "规范表述少字、多字、错字、颠倒或序数写错"),
    Kind("typo", "错别字", "warning", "同音、近音、形近的错别字和成语误写"),
    Kind("usage", "易混用法", "warning", "截止/截至、必须/必需、的/地/得等按上下文的用法"),
    Kind("length", "时长", "info", "讲话时间超过目标"),
)

BY_KIND = {k.kind: k for k in REGISTRY}
KINDS = tuple(k.kind for k in REGISTRY)
KIND_NAMES = {k.kind: k.name for k in REGISTRY}
SEVERITY_NAMES = {"error": "错误", "warning": "提醒", "info": "提示"}


def severity(kind: str) -> str:
    return BY_KIND[kind].severity


def label(kind: str, severity_of_finding: str | None = None) -> str:
    """"[错别字·提醒]" — how a finding's kind is shown in the CLI listing and the panel."""
    sev = severity_of_finding or severity(kind)
    return f"[{KIND_NAMES.get(kind, kind)}·{SEVERITY_NAMES.get(sev, sev)}]"


def summary() -> str:
    """"占位符、范文原话、…" — the kinds in one line, for help texts."""
    return "、".join(k.name for k in REGISTRY)
