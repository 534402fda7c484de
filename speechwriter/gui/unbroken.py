"""Text a narrow pane may wrap only where a reader would: Chinese breaks between any two characters,
so 15 分 | 钟, 约 | 9 秒 and a keyword tag 高质 | 量发展 were split across lines. Word joiners (U+2060)
and no-break spaces hold characters together; they are not seen, and `shown_words` takes them out
again for what a reader (or a test) reads."""

from __future__ import annotations

import re

_JOINER, _NO_BREAK_SPACE = "\u2060", "\u00a0"


def unbroken(word: str) -> str:
    """One word (a keyword, a clause) kept on one line."""
    return _JOINER.join(word.replace(" ", _NO_BREAK_SPACE))


def unbroken_clauses(text: str) -> str:
    """A count line that a narrow pane may wrap after a "，" or before a "（", never inside a clause."""
    clauses = [c for c in re.split(r"(?<=，)|(?=（)", text) if c]
    return "".join(unbroken(clause) for clause in clauses)


def shown_words(text: str) -> str:
    """The words as the clerk reads them (without the joiners)."""
    return text.replace(_JOINER, "").replace(_NO_BREAK_SPACE, " ")
