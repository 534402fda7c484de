"""Runs every checker over a `Text`, in the order of the contract's rules, findings sorted by place."""

from __future__ import annotations

from collections.abc import Collection

from speechwriter.check import (
    count_mismatch,
    date,
    field,
    length,
    numbering,
    pairs,
    placeholder,
    punctuation,
    repeat,
    sample_text,
    term,
    typo,
    usage,
)
from speechwriter.check.findings import Finding, Text

CHECKERS = {"placeholder": placeholder.check, "sample_text": sample_text.check, "field": field.check,
            "numbering": numbering.check, "count_mismatch": count_mismatch.check,
            "punctuation": punctuation.check, "pairs": pairs.check, "repeat": repeat.check, "date": date.check,
            "term": term.check, "typo": typo.check, "usage": usage.check,
            "length": length.check}


# rules whose findings concern wording: a word of the clerk's list is never one of them
WORDING = ("typo", "term", "usage", "repeat")


def run_checks(text: Text, rules: Collection[str] | None = None, ignored: set[str] | frozenset[str] = frozenset(),
               words: Collection[str] | None = None) -> list[Finding]:
    """`words`: more words never to flag (`check --wordlist`); the clerk's own list is always read."""
    from speechwriter.check.lists import clerk_words

    text.words = text.words | clerk_words() | frozenset(words or ())
    findings: list[Finding] = []
    for rule, checker in CHECKERS.items():
        if rules is None or rule in rules:
            findings += checker(text)
    # (one slip, one finding — before 忽略: a slip the clerk ignored under one rule does not come back under another)
    findings = _one_per_slip(text, findings)
    findings = [f for f in findings if f.key() not in ignored and not _in_clerk_word(text, f)]
    # a placeholder inside a field mark is the same slip twice: keep the field finding only
    fields = {(f.paragraph, f.start) for f in findings if f.rule == "field"}
    findings = [f for f in findings if not (f.rule == "punctuation" and (f.paragraph, f.start) in fields)]
    findings.sort(key=lambda f: (f.paragraph, f.start, f.rule))
    return findings


# one slip that several wording rules name with the same correction (群众反应: 错别字 and 易混用法; 乡村振星战略:
# 规范表述 and 错别字) is shown once: the gravest finding, and among equals the rule that says most about it — a
# formulation's, then a usage's reason, then the typo
ONE_SLIP_ORDER = ("term", "usage", "typo")
_GRAVITY = {"error": 0, "warning": 1, "info": 2}


def _one_per_slip(text: Text, findings: list[Finding]) -> list[Finding]:
    """The findings, but of those of ONE_SLIP_ORDER's rules that overlap and whose suggestions make the very
    same line (taking either corrects the same slip) only the first by gravity and that order."""
    kept: list[Finding] = []
    chosen: dict[int, list[tuple[int, int, str]]] = {}   # paragraph → (start, end, the line corrected) of those kept
    ranked = sorted(findings, key=lambda f: (_GRAVITY.get(f.severity, 1), ONE_SLIP_ORDER.index(f.rule))
                    if f.rule in ONE_SLIP_ORDER else (-1, -1))
    for f in ranked:
        if f.rule in ONE_SLIP_ORDER and f.suggestion is not None:
            line = text.paragraphs[f.paragraph].text
            corrected = line[:f.start] + f.suggestion + line[f.end:]
            taken = chosen.setdefault(f.paragraph, [])
            if any(s < f.end and f.start < e and corrected == same for s, e, same in taken):
                continue
            taken.append((f.start, f.end, corrected))
        kept.append(f)
    return kept


def _in_clerk_word(text: Text, finding: Finding) -> bool:
    """The finding lies within (or is) a word of the clerk's list, where that word is written."""
    if finding.rule not in WORDING or not text.words or not finding.text:
        return False
    line = text.paragraphs[finding.paragraph].text
    for word in text.words:
        at = line.find(word)
        while at >= 0:
            if at <= finding.start and finding.end <= at + len(word) or finding.text in word:
                return True
            at = line.find(word, at + 1)
    return False
