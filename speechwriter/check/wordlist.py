"""The shared engine of `term` and `typo`: wrong forms from a curated list, each with its right form."""

from __future__ import annotations

from speechwriter.check.findings import Finding, Text
from speechwriter.check.lists import matcher


def list_findings(text: Text, list_name: str, rule: str, message: str, whole_words: bool = False) -> list[Finding]:
    """`whole_words`: a wrong form counts only where it starts and ends at word boundaries (平安祥和
    holds no 安祥, 预防犯罪 no 防犯)."""
    pattern, table = matcher(list_name)
    if pattern is None:
        return []
    findings = []
    for i, para in enumerate(text.paragraphs):
        bounds = None
        for match in pattern.finditer(para.text):
            entry = table[match.group()]
            if _inside_right_form(para.text, match.start(), match.end(), entry.wrong, entry.right):
                continue
            if whole_words:
                if bounds is None:
                    bounds = boundaries(para.text)
                if match.start() not in bounds or match.end() not in bounds:
                    continue
            note = f"（{entry.note}）" if entry.note else ""
            findings.append(Finding(rule, "warning", message.format(wrong=entry.wrong, right=entry.right) + note,
                                    i, match.start(), match.end(), entry.wrong, entry.right, para.section))
    return findings


def _inside_right_form(text: str, start: int, end: int, wrong: str, right: str) -> bool:
    """True when the match is part of the right form itself (a wrong form contained in the right one)."""
    offset = right.find(wrong)
    while offset >= 0:
        begin = start - offset
        if begin >= 0 and text[begin:begin + len(right)] == right:
            return True
        offset = right.find(wrong, offset + 1)
    return False


def boundaries(line: str) -> set[int]:
    """Offsets in `line` where a word starts or ends (jieba, dictionary only)."""
    from speechwriter.core.tokens import tokenizer

    return {0} | {end for _, _, end in tokenizer().tokenize(line, HMM=False)}
