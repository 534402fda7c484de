"""Runs every checker over a `Text`, in the order of the contract's kinds, findings sorted by place."""

from __future__ import annotations

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
from speechwriter.check.model import Finding, Text

CHECKERS = {"placeholder": placeholder.check, "sample_text": sample_text.check, "field": field.check,
            "numbering": numbering.check, "count_mismatch": count_mismatch.check,
            "punctuation": punctuation.check, "pairs": pairs.check, "repeat": repeat.check, "date": date.check,
            "term": term.check, "typo": typo.check, "usage": usage.check,
            "length": length.check}


def run_checks(text: Text, kinds=None, ignored: set[str] | frozenset[str] = frozenset()) -> list[Finding]:
    findings: list[Finding] = []
    for kind, checker in CHECKERS.items():
        if kinds is None or kind in kinds:
            findings += checker(text)
    findings = [f for f in findings if f.key() not in ignored]
    # a placeholder inside a field mark is the same slip twice: keep the field finding only
    fields = {(f.paragraph, f.start) for f in findings if f.kind == "field"}
    findings = [f for f in findings if not (f.kind == "punctuation" and (f.paragraph, f.start) in fields)]
    findings.sort(key=lambda f: (f.paragraph, f.start, f.kind))
    return findings
