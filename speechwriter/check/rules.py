"""The one registry of 校对 rules: each rule's Chinese name and default severity, in the order of
the CLI contract (`check --json` names a finding's rule under the key `kind`). The CLI listing, the
校对 panel and the export prompt all read this table; a checker names its rule and takes its
severity from here unless a finding is of another weight (a `date` that cannot be is an error, one
that is late only a warning)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    id: str            # the contract's word (`check --json`'s "kind")
    name: str          # the clerk's word for it
    severity: str      # error | warning | info
    what: str          # one line: what the rule catches (the menu's status tip, `check --help`)


RULES: tuple[Rule, ...] = (
    Rule("placeholder", "占位符", "error", "××、【】、〔〕、（待补充）等没有换成实际内容的占位"),
    Rule("sample_text", "范文原话", "warning", "还是范文原话、没有改写的段落"),
    Rule("field", "字段", "error", "没有填写或写错的字段"),
    Rule("numbering", "编号", "warning", "编号跳号、重复、颠倒或混用"),
    Rule("count_mismatch", "点数不符", "warning", "“讲三点”而后面不是三点"),
    Rule("punctuation", "标点", "warning", "半角标点、重复或冲突的标点、序号后的标点"),
    Rule("pairs", "成对标点", "warning", "引号、括号、书名号不成对"),
    Rule("repeat", "重复", "warning", "误写两遍的字、词、句、段"),
    Rule("date", "日期", "warning", "不存在的日期、星期不符、年份写成○或O"),
    Rule("term", "规范表述", "warning", "规范表述和机构、会议、职务、地名写错（少字、多字、错字、颠倒、重复，地名与所属省市不符），称谓和用语不合规范（人大代表/政协委员、涉港澳台、纪念日），禁用或过时的说法"),
    Rule("typo", "错别字", "warning", "同音、近音、形近的错别字和成语误写"),
    Rule("usage", "易混用法", "warning", "截止/截至、必须/必需、的/地/得等按上下文的用法，按前后文用词判断写错的易混词（一致/一支、相应/响应），概数重复、语义重复、敬辞谦辞误用"),
    Rule("length", "时长", "info", "讲话时间超过目标"),
)

BY_ID = {r.id: r for r in RULES}
RULE_IDS = tuple(r.id for r in RULES)
RULE_NAMES = {r.id: r.name for r in RULES}
SEVERITY_NAMES = {"error": "错误", "warning": "提醒", "info": "提示"}


def severity(rule: str) -> str:
    return BY_ID[rule].severity


def label(rule: str, severity_of_finding: str | None = None) -> str:
    """"[错别字·提醒]" — how a finding's rule is shown in the CLI listing and the panel."""
    sev = severity_of_finding or severity(rule)
    return f"[{RULE_NAMES.get(rule, rule)}·{SEVERITY_NAMES.get(sev, sev)}]"


def summary() -> str:
    """"占位符、范文原话、…" — the rules in one line, for help texts."""
    return "、".join(r.name for r in RULES)
