"""`sample_text`: wording still as the sample speech had it.

In an outline the paragraphs a structure put there are flagged until the clerk edits them. In a
plain file (.docx/.txt) a run of 28 or more characters taken word for word from one of the bundled
sample speeches is found by fingerprints of its Han characters (punctuation may differ).
"""

from __future__ import annotations

import re
from functools import lru_cache

from speechwriter.check.findings import Finding, Text

WINDOW = 20     # characters (Han only) of one fingerprint
MIN_RUN = 28    # a run of sample wording this long is reported (common formulas are shorter)


def _han(text: str) -> tuple[str, list[int]]:
    """The Han characters of `text` and, for each, its offset in `text` (punctuation and digits
    vary between copies of one speech; the words do not)."""
    runs = _HAN_RUN.findall(text)
    if not runs:
        return "", []
    offsets = [i for m in _HAN_RUN.finditer(text) for i in range(m.start(), m.end())]
    return "".join(runs), offsets


@lru_cache(maxsize=1)
def sample_windows() -> frozenset[str]:
    """Every WINDOW-character run of Han text in the bundled sample speeches."""
    from speechwriter.core.reader import read_speech_file
    from speechwriter.paths import samples_dir

    windows: set[str] = set()
    try:
        files = sorted(samples_dir().iterdir())
    except OSError:
        return frozenset()
    for path in files:
        try:
            content = read_speech_file(path)
        except Exception:  # noqa: BLE001 - an unreadable sample only narrows the check
            continue
        for line in content.splitlines():
            han, _ = _han(line)
            windows.update(han[i:i + WINDOW] for i in range(len(han) - WINDOW + 1))
    return frozenset(windows)


@lru_cache(maxsize=1)
def _formulas() -> tuple[str, ...]:
    from speechwriter.check.lists import words

    return tuple(sorted({_han(f)[0] for f in words("formulas")} - {""}, key=len, reverse=True))


def _mask_formulas(han: str) -> str:
    """Standard formulations (`resources/check/formulas.tsv`) blanked out: every speech writes them
    word for word, so they are no sign of a sample left in."""
    for formula in _formulas():
        if formula in han:
            han = han.replace(formula, "\0" * len(formula))
    return han


def sample_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) in `text` of each run of at least MIN_RUN Han characters found in a sample."""
    han, offsets = _han(text)
    if len(han) < MIN_RUN:
        return []
    han = _mask_formulas(han)
    known = sample_windows()
    runs, begin, reach = [], None, -1
    for i in range(len(han) - WINDOW + 1):
        if han[i:i + WINDOW] in known:
            if begin is None or i > reach:
                if begin is not None:
                    runs.append((begin, reach))
                begin = i
            reach = i + WINDOW
    if begin is not None:
        runs.append((begin, reach))
    return [(offsets[b], offsets[e - 1] + 1) for b, e in runs
            if e - b >= MIN_RUN and not stock(text[offsets[b]:offsets[e - 1] + 1])]


_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")


def stock(run: str) -> bool:
    """Every four characters of `run` (within its stretches of Han text) are ones real official writing has
    (charlm.py's counts, kept when seen twice): a sentence the sample took from published text word for word
    (2024年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年 — the 政府工作报告 of that year), which
    every report of the year may write; no sign of the sample left in. (Of the 421 sentences of the bundled
    samples, this is the only one so made.)"""
    from speechwriter.check import charlm

    grams = charlm.table()
    if grams is None:
        return False
    quads = [part[i:i + 4] for part in _HAN_RUN.findall(run) for i in range(len(part) - 3)]
    return bool(quads) and all(grams.count(quad) > 0 for quad in quads)


def check(text: Text) -> list[Finding]:
    findings = []
    for i, para in enumerate(text.paragraphs):
        if para.sample:
            findings.append(Finding("sample_text", "warning", "这一段还是范文的原话，请改写成本次讲话的内容。",
                                    i, 0, len(para.text), para.text, None, para.section))
            continue
        if para.kind in ("title", "subtitle", "meta", "salutation"):
            continue
        for start, end in sample_runs(para.text):
            findings.append(Finding("sample_text", "warning", "这段文字与自带范文一字不差，请确认已改写成本次讲话的内容。",
                                    i, start, end, para.text[start:end], None, para.section))
    return findings
