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
    findings = [f for f in findings if f.key() not in ignored and not _in_clerk_word(text, f)]
    # a placeholder inside a field mark is the same slip twice: keep the field finding only
    fields = {(f.paragraph, f.start) for f in findings if f.rule == "field"}
    findings = [f for f in findings if not (f.rule == "punctuation" and (f.paragraph, f.start) in fields)]
    findings.sort(key=lambda f: (f.paragraph, f.start, f.rule))
    return findings


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
