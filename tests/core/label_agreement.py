"""Comparing the analyser with the hand labels in tests/core/labels (copied from shared/seeds/labels).

Strings are compared after the analyser's own character normalisation (odd quotes, web-font
residue) with white space removed, as the labels' README allows.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from speechwriter.core.cleaning import normalise
from speechwriter.core.speech import Speech

LABELS = Path(__file__).parent / "labels"
RESULTS: list[str] = []  # lines for the terminal summary


def canon(text: str | None) -> str | None:
    return None if text is None else re.sub(r"\s+", "", normalise(text))


def load_labels() -> list[dict]:
    labels = [json.loads(p.read_text(encoding="utf-8")) | {"label": p.stem} for p in sorted(LABELS.glob("*.json"))]
    return labels


def labels_by_file() -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for label in load_labels():
        grouped.setdefault(label["source_file"], []).append(label)
    for group in grouped.values():
        group.sort(key=lambda lb: lb["part"] or 0)
    return grouped


def label_body(label: dict, seed_text: str) -> tuple[str, list[str]]:
    """The label's body as canonical text and a role per character."""
    lines = seed_text.split("\n")
    first_line, last_line = label["line_span"]
    starts = label["section_line_numbers"]
    roles = [s["role"] for s in label["sections"]]
    noise = set(label["noise_line_numbers"])
    text, char_roles = [], []
    for number in range(starts[0], last_line + 1):
        if number in noise:
            continue
        canonical = canon(lines[number - 1])
        if not canonical:
            continue
        role = roles[max(i for i, start in enumerate(starts) if start <= number)]
        text.append(canonical)
        char_roles.extend([role] * len(canonical))
    return "".join(text), char_roles


def speech_body(speech: Speech) -> tuple[str, list[str]]:
    text, char_roles = [], []
    for section in speech.sections:
        for paragraph in section.all_paragraphs():
            canonical = canon(paragraph)
            text.append(canonical)
            char_roles.extend([section.role] * len(canonical))
    return "".join(text), char_roles


def role_agreement(label: dict, seed_text: str, speech: Speech) -> float:
    """Share of body characters whose role agrees (characters only one side has count against)."""
    want_text, want_roles = label_body(label, seed_text)
    got_text, got_roles = speech_body(speech)
    matcher = difflib.SequenceMatcher(None, want_text, got_text, autojunk=False)
    agree = sum(1 for a, b, size in matcher.get_matching_blocks() for k in range(size)
                if want_roles[a + k] == got_roles[b + k])
    return agree / max(len(want_text), len(got_text), 1)


@dataclass
class SectionCheck:
    roles_equal: bool
    firsts_equal: bool


def section_check(label: dict, speech: Speech) -> SectionCheck:
    want = [(s["role"], canon(s["first"])) for s in label["sections"]]
    got = [(s.role, canon(s.heading or (s.paragraphs[0] if s.paragraphs else "")))
           for s in speech.sections]
    roles_equal = [r for r, _ in want] == [r for r, _ in got]
    firsts_equal = len(want) == len(got) and all(g.startswith(w) for (_, w), (_, g) in zip(want, got))
    return SectionCheck(roles_equal, firsts_equal)


def level1_headings(speech: Speech) -> list[str]:
    return [canon(s.heading) for s in speech.sections if s.heading]
