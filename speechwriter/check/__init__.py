"""校对, offline: findings over the text of a speech as it will print. No Qt here.

- `words=`: more words never to flag (the clerk's own list, `<user data folder>/check/words.txt`, is
  always read — see `lists.clerk_words`).
- `check_outline(outline, rules=None) -> list[Finding]` — the outline as its own template prints it
  (empty fields as 〔名称〕, sample wording flagged, the clerk's ignored findings left out).
- `check_file(path) -> list[Finding]` — a `.speech.json`, `.docx` or `.txt` (UserError if unreadable).
- `check_text(str) -> list[Finding]` — plain text, one paragraph per line.
- `Finding` (rule, severity, message, paragraph, start, end, text, suggestion, section; its `to_dict`
  names the rule `kind`, as `check --json` does), `RULE_IDS`, `RULE_NAMES`, `Text`, `Para`, `run_checks(text)`.

One module per rule (placeholder, sample_text, field, numbering, count_mismatch, punctuation, pairs,
repeat, date, term, typo, usage, length), each registered once in `rules.py`; the curated lists are `resources/check/*.tsv`, which the clerk
extends with files of the same name in `<user data folder>/check/` (see `lists`).
"""

from __future__ import annotations

import os
from collections.abc import Collection
from typing import TYPE_CHECKING

from speechwriter.check.findings import RULE_IDS, RULE_NAMES, Finding, Para, Text
from speechwriter.check.runner import run_checks
from speechwriter.check.source import text_from_file, text_from_outline, text_from_string
from speechwriter.filetypes import OUTLINE_JSON

if TYPE_CHECKING:
    from speechwriter.outline.tree import Outline

__all__ = ["RULE_IDS", "RULE_NAMES", "Finding", "Para", "Text", "check_file", "check_outline", "check_text",
           "run_checks"]


def check_outline(outline: Outline, rules: Collection[str] | None = None,
                  words: Collection[str] | None = None) -> list[Finding]:
    return run_checks(text_from_outline(outline), rules, frozenset(outline.ignored), words)


def check_file(path: str | os.PathLike, rules: Collection[str] | None = None,
               words: Collection[str] | None = None) -> list[Finding]:
    from speechwriter.render import open_outline

    if OUTLINE_JSON.matches(path):
        return check_outline(open_outline(path), rules, words)
    return run_checks(text_from_file(path), rules, words=words)


def check_text(content: str, rules: Collection[str] | None = None, words: Collection[str] | None = None) -> list[Finding]:
    return run_checks(text_from_string(content), rules, words=words)
