"""`sample_text`: wording still as the sample speech had it.

In an outline the paragraphs a structure put there are flagged until the clerk edits them. In a
plain file (.docx/.txt) a sentence taken word for word from one of the bundled sample speeches is
found by its fingerprint (sentences of 12 characters or more).
"""

from __future__ import annotations

from functools import lru_cache

from speechwriter.check.model import Finding, Text
from speechwriter.check.util import sentences

MIN_CHARS = 12


def _key(sentence: str) -> str:
    return "".join(ch for ch in sentence if "\u3400" <= ch <= "\u9fff")


@lru_cache(maxsize=1)
def sample_sentences() -> frozenset[str]:
    from speechwriter.core.reader import read_speech_file
    from speechwriter.paths import samples_dir

    keys = set()
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
            for start, end in sentences(line.strip()):
                key = _key(line.strip()[start:end])
                if len(key) >= MIN_CHARS:
                    keys.add(key)
    return frozenset(keys)


def check(text: Text) -> list[Finding]:
    findings = []
    known = None
    for i, para in enumerate(text.paragraphs):
        if para.sample:
            findings.append(Finding("sample_text", "warning", "这一段还是范文的原话，请改写成本次讲话的内容。",
                                    i, 0, len(para.text), para.text, None, para.section))
            continue
        if para.kind in ("title", "subtitle", "meta", "salutation"):
            continue
        known = sample_sentences() if known is None else known
        for start, end in sentences(para.text):
            key = _key(para.text[start:end])
            if len(key) >= MIN_CHARS and key in known:
                findings.append(Finding("sample_text", "warning", "这句话与自带范文一字不差，请确认已改写成本次讲话的内容。",
                                        i, start, end, para.text[start:end], None, para.section))
    return findings
