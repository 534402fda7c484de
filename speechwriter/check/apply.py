"""「采纳」: where a finding's suggestion goes in the outline — a section's heading or body, or a field.

The 校对 reads the text as printed (numbers added, fields filled); the change must go into the text
the clerk wrote. The finding's words are looked for in the raw lines of its section (or in the field
values, for the title block), the occurrence whose neighbours match the printed text winning.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import TYPE_CHECKING

from speechwriter.check.findings import Finding

if TYPE_CHECKING:
    from speechwriter.outline.tree import Outline


@dataclass(frozen=True)
class Edit:
    target: str          # "field" | "heading" | "body"
    key: str             # field name or section id
    old: str
    new: str


def _score(raw: str, at: int, length: int, printed: str, start: int, end: int) -> int:
    score = 0
    for k in range(1, 7):
        if at - k >= 0 and start - k >= 0 and raw[at - k] == printed[start - k]:
            score += 1
        if at + length + k - 1 < len(raw) and end + k - 1 < len(printed) and raw[at + length + k - 1] == printed[end + k - 1]:
            score += 1
    return score


def _best(raw: str, finding: Finding, printed: str) -> int | None:
    spots, at = [], raw.find(finding.text)
    while at >= 0 and finding.text:
        spots.append(at)
        at = raw.find(finding.text, at + 1)
    if not spots:
        return None
    return max(spots, key=lambda a: _score(raw, a, len(finding.text), printed, finding.start, finding.end))


def _replace_in_line(line: str, at: int, finding: Finding) -> str:
    return line[:at] + (finding.suggestion or "") + line[at + len(finding.text):]


def suggestion_edit(outline: Outline, finding: Finding, printed: str) -> Edit | None:
    """The one change that applies `finding.suggestion`; None when it cannot be placed safely.
    `printed` is the finding's paragraph as printed."""
    if finding.suggestion is None or not finding.text:
        return None
    candidates: list[tuple[str, str, str, int | None]] = []  # (target, key, raw text, body line index)
    if finding.section:
        section = outline.find(finding.section)
        if section is None:   # deleted meanwhile
            return None
        candidates.append(("heading", section.id, section.heading, None))
        for n, line in enumerate(section.body.split("\n")):
            candidates.append(("body", section.id, line, n))
    else:
        candidates += [("field", name, value, None) for name, value in outline.fields.items()]
    best = None
    for target, key, raw, line_no in candidates:
        at = _best(raw, finding, printed)
        if at is None:
            continue
        score = _score(raw, at, len(finding.text), printed, finding.start, finding.end)
        if best is None or score > best[0]:
            best = (score, target, key, raw, line_no, at)
    if best is None:
        return None
    _, target, key, raw, line_no, at = best
    changed = _replace_in_line(raw, at, finding)
    if target == "body":
        section = outline.find(key)
        assert section is not None and line_no is not None   # a body line of it, a moment ago
        lines = section.body.split("\n")
        if changed.strip():
            lines[line_no] = changed
        else:
            del lines[line_no]  # a deleted sentence was the whole paragraph
        return Edit("body", key, section.body, "\n".join(lines))
    if target == "heading":
        return Edit("heading", key, raw, changed)
    return Edit("field", key, raw, changed)


def _put(outline: Outline, change: Edit) -> None:
    if change.target == "field":
        outline.fields[change.key] = change.new
        return
    section = outline.find(change.key)
    assert section is not None   # suggestion_edit found it a moment ago
    setattr(section, change.target, change.new)


def suggestion_edits(outline: Outline, findings: list[Finding], printed: list[str]) -> tuple[list[Edit], int]:
    """「同类全部采纳」: the changes that apply every one of `findings` (each placed as 「采纳」 places one),
    merged per field, heading or body (the first old text, the last new one), and how many were placed.
    `printed` holds the paragraphs as printed, indexed like the findings' `paragraph`.

    The findings go in from the end of the speech backwards, so that the offsets of those still to come
    stay right; each paragraph's printed text is changed with them, so the placing keeps matching."""
    work = copy.deepcopy(outline)
    texts = list(printed)
    merged: dict[tuple[str, str], Edit] = {}
    placed = 0
    for finding in sorted(findings, key=lambda f: (f.paragraph, f.start), reverse=True):
        here = texts[finding.paragraph] if finding.paragraph < len(texts) else ""
        change = suggestion_edit(work, finding, here)
        if change is None or change.old == change.new:
            continue
        _put(work, change)
        if finding.paragraph < len(texts):
            texts[finding.paragraph] = here[:finding.start] + (finding.suggestion or "") + here[finding.end:]
        earlier = merged.get((change.target, change.key))
        merged[(change.target, change.key)] = Edit(change.target, change.key,
                                                    earlier.old if earlier else change.old, change.new)
        placed += 1
    return [e for e in merged.values() if e.old != e.new], placed


def same_kind(findings: list[Finding], finding: Finding) -> list[Finding]:
    """The findings that are `finding` again elsewhere: the same rule, words and suggestion."""
    if finding.suggestion is None:
        return []
    return [f for f in findings
            if (f.rule, f.text, f.suggestion) == (finding.rule, finding.text, finding.suggestion)]
