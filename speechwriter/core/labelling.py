"""A speech's reading as a list of lines, and its hand label (schema of ../shared/corpus/README.md).

The analyser gives a `Speech`: header fields and a tree of sections. To show a clerk how a speech
was read, and to let them correct it, the same reading is laid out flat here: every line of the
speech as found (web noise included) with what it is — 标题, 副标题, 讲话人, 日期, 称呼, 网页杂质 or
body text — and, for body lines, whether the line starts a section (with the section's role),
whether it is a heading, and its level. A label (what the clerk corrected) is applied to a reading
to give the corrected reading; a reading turns back into a `Speech` and into a label.

Matching a label to a text follows the corpus scorer: text compared after NFKC with punctuation,
symbols, spaces and control characters removed, each section's `first` searched forward from the
previous section's start.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any

from speechwriter.core.cleaning import clean_lines
from speechwriter.core.markers import find_marker
from speechwriter.core.speech import Block, Speech
from speechwriter.errors import UserError
from speechwriter.vocabulary import HEADER_FIELD_NAMES, HEADER_FIELDS, LABEL_KINDS, ROLE_NAMES, ROLES

FIRST_CHARS = 12  # a label's `first`: this many characters of the section's first line


@dataclass
class ReadLine:
    """One line of a speech as read. `role` is set on section starts only (the section's role)."""

    text: str
    part: str = "body"       # vocabulary.LINE_PARTS: a header field, noise, or body
    starts: bool = False      # body: starts a block at its level (a section at level 1)
    role: str | None = None
    heading: bool = False     # body: a standalone heading line rather than body text
    level: int = 1

    @property
    def section_start(self) -> bool:
        return self.part == "body" and self.level == 1 and (self.starts or self.heading)


@dataclass
class Reading:
    source: str
    kind: str
    lines: list[ReadLine] = field(default_factory=list)
    kind_alternatives: list[str] = field(default_factory=list)   # what else the analyser thought it might be

    def copy(self) -> Reading:
        return Reading(self.source, self.kind, [replace(line) for line in self.lines], list(self.kind_alternatives))

    def text(self) -> str:
        """The speech's lines as found, one per line (what a label is checked against)."""
        return "\n".join(line.text for line in self.lines)

    def section_of(self, index: int) -> int | None:
        """Index of the line starting the section line `index` belongs to (None before the body)."""
        for i in range(index, -1, -1):
            if self.lines[i].section_start:
                return i
        return None

    def role_at(self, index: int) -> str | None:
        if self.lines[index].part != "body":
            return None
        start = self.section_of(index)
        return self.lines[start].role if start is not None else None

    def sections(self) -> list[int]:
        return [i for i, line in enumerate(self.lines) if line.section_start]


def norm(text: str | None) -> str:
    """Text as labels are matched: NFKC, without punctuation, symbols, spaces, controls, private use."""
    if not text:
        return ""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text)
                   if unicodedata.category(ch)[0] not in "PSZC" and not 0xE000 <= ord(ch) <= 0xF8FF)


class _Index:
    """The normalised text of a list of lines, with each normalised character's line and offset."""

    def __init__(self, texts: list[str]):
        chars: list[str] = []
        self.where: list[tuple[int, int]] = []
        self.line_start: list[int] = []   # where each line's characters begin in `text`
        for number, text in enumerate(texts):
            self.line_start.append(len(chars))
            for offset, ch in enumerate(text):
                for kept in norm(ch):
                    chars.append(kept)
                    self.where.append((number, offset))
        self.text = "".join(chars)

    def find(self, needle: str, start: int = 0) -> int:
        return self.text.find(needle, start) if needle else -1


# --- from the analyser's Speech ------------------------------------------------------------------

def _speech_lines(speech: Speech) -> list[ReadLine]:
    lines = []
    for name in HEADER_FIELDS:
        value = getattr(speech, name)
        for part in (value.split("\n") if value else []):
            if part.strip():
                lines.append(ReadLine(part.strip(), part=name))
    for section in speech.sections:
        lines += _block_lines(section, section.level or 1, role=section.role or "key_points")
    return lines


def _block_lines(block: Block, level: int, role: str | None = None) -> list[ReadLine]:
    lines: list[ReadLine] = []
    texts = ([block.heading] if block.heading else []) + list(block.paragraphs)
    for n, text in enumerate(texts):
        lines.append(ReadLine(text, starts=n == 0, role=role if n == 0 else None,
                              heading=bool(block.heading) and n == 0, level=level))
    if not texts and block.points:   # a section made of points only: its first point starts it
        inner = [_block_lines(p, max(level + 1, p.level)) for p in block.points]
        flat = [line for part in inner for line in part]
        if flat:
            flat[0] = replace(flat[0], level=level, role=role, starts=True)
        return flat
    for point in block.points:
        lines += _block_lines(point, max(level + 1, point.level))
    return lines


def reading_of(speech: Speech, text: str | None = None, *, lead: bool = True, trail: bool = True) -> Reading:
    """The flat reading of an analysed speech; with the file's text, its noise lines are put back in place.

    `lead`/`trail`: also take the text's lines before the speech's first line (after its last), as
    for the first (last) speech of a file.
    """
    lines = _speech_lines(speech)
    if text:
        lines = _with_noise(lines, [ln.text for ln in clean_lines(text)], lead, trail)
    if lines and not any(line.section_start for line in lines):
        first_body = next((i for i, line in enumerate(lines) if line.part == "body"), None)
        if first_body is not None:
            lines[first_body] = replace(lines[first_body], starts=True, level=1, role="key_points")
    return Reading(speech.source, speech.kind, lines, list(speech.kind_alternatives))


def _with_noise(lines: list[ReadLine], source: list[str], lead: bool, trail: bool) -> list[ReadLine]:
    """The reading's lines in the order of the text, with the text's other lines as noise between them."""
    index = _Index(source)
    body = [n for n, line in enumerate(lines) if line.part == "body"]
    place: dict[int, tuple[int, int, int]] = {}   # reading line → (norm position, first, last source line)

    def locate(n: int, pos: int, needle: str) -> None:
        if pos >= 0:
            place[n] = (pos, index.where[pos][0], index.where[pos + len(needle) - 1][0])

    cursor = 0
    for n in body:
        needle = norm(lines[n].text)
        pos = index.find(needle, cursor)
        if pos < 0 and len(needle) > 16:
            needle = needle[:16]
            pos = index.find(needle, cursor)
        locate(n, pos, needle)
        if pos >= 0:
            cursor = pos + len(needle)
    body_at = min((place[n][0] for n in body if n in place), default=len(index.text))
    for n, line in enumerate(lines):
        if line.part == "body":
            continue
        needle = norm(line.text)
        if not needle:
            continue
        # the header stands right above the body: the nearest match before it, else anywhere after
        pos = index.text.rfind(needle, 0, body_at)
        locate(n, pos if pos >= 0 else index.find(needle, body_at), needle)
    if not place:
        return lines
    found = sorted(place.values())
    used = {k for _pos, a, b in found for k in range(a, b + 1)}
    low = 0 if lead else found[0][1]
    high = len(source) - 1 if trail else max(b for _pos, _a, b in found)
    keyed: list[tuple[float, int, int, ReadLine]] = []
    last = -1.0
    for n, line in enumerate(lines):
        # not found in the text: header lines go first, body lines after their neighbour
        at = float(place[n][0]) if n in place else -1.0 if line.part != "body" else last + 0.5
        keyed.append((at, 0, n, line))
        last = max(last, at)
    for k in range(low, high + 1):
        if k not in used and source[k]:
            keyed.append((index.line_start[k] - 0.25, 1, k, ReadLine(source[k], part="noise")))
    return [line for *_key, line in sorted(keyed, key=lambda e: (e[0], e[1], e[2]))]


# --- back to a Speech ----------------------------------------------------------------------------

def speech_of(reading: Reading) -> Speech:
    """The reading as the analyser's `Speech` (header fields, sections with their points)."""
    speech = Speech(source=reading.source, kind=reading.kind)
    for name in HEADER_FIELDS:
        parts = [line.text for line in reading.lines if line.part == name]
        setattr(speech, name, "\n".join(parts) if parts else None)
    stack: list[Block] = []     # the open blocks, section first
    for line in reading.lines:
        if line.part != "body":
            continue
        if line.section_start or not stack:
            section = Block(role=line.role or (stack[0].role if stack else "key_points"), level=1)
            speech.sections.append(section)
            stack = [section]
            _put(section, line)
            continue
        level = max(2, line.level)
        if line.starts or line.heading:
            while len(stack) > 1 and stack[-1].level >= level:
                stack.pop()
            point = Block(level=level)
            stack[-1].points.append(point)
            stack.append(point)
            _put(point, line)
        else:
            while len(stack) > 1 and stack[-1].level > level:
                stack.pop()
            stack[-1].paragraphs.append(line.text)
    return speech


def _put(block: Block, line: ReadLine) -> None:
    if line.heading:
        block.heading = line.text
    else:
        block.paragraphs.append(line.text)


# --- labels ------------------------------------------------------------------------------------

def first_of(text: str) -> str:
    stripped = text.lstrip(" \u3000\t")
    return stripped[:FIRST_CHARS]


def label_of(reading: Reading) -> dict:
    """The reading as a label in the corpus schema."""
    speech_fields: dict[str, str | None] = {}
    for name in HEADER_FIELDS:
        parts = [line.text for line in reading.lines if line.part == name]
        speech_fields[name] = "\n".join(parts) if parts else None
    sections, headings, markers = [], [], 0
    for line in reading.lines:
        if line.part != "body":
            continue
        if line.section_start:
            sections.append({"role": line.role or "key_points", "first": first_of(line.text),
                             "heading": line.text if line.heading else None})
            if line.heading:
                headings.append(line.text)
        elif line.level >= 2 and find_marker(line.text):
            markers += 1
    return {"kind": reading.kind, **speech_fields, "sections": sections, "level1_headings": headings,
            "level2_markers": markers}


def check_label_shape(label: object) -> dict:
    """The label's fields, or UserError naming what is wrong with its form."""
    if not isinstance(label, dict):
        raise UserError("标注应是一个 JSON 对象（含 kind、title、sections 等字段）。")
    sections = label.get("sections")
    if not isinstance(sections, list) or not sections:
        raise UserError("标注里没有 sections（各节的角色和开头），至少要有一节。")
    for number, section in enumerate(sections, 1):
        if not isinstance(section, dict) or not isinstance(section.get("first"), str) or not section["first"].strip():
            raise UserError(f"标注的第 {number} 节缺少 first（这一节开头的几个字）。")
        if section.get("role") not in ROLES:
            raise UserError(f"标注的第 {number} 节角色“{section.get('role')}”不对，应是 "
                            "opening、review、key_points 或 closing。")
        if section.get("heading") is not None and not isinstance(section["heading"], str):
            raise UserError(f"标注的第 {number} 节的 heading 应是文字或 null。")
    kind = label.get("kind", "other")
    if kind not in LABEL_KINDS:
        raise UserError(f"标注的文种“{kind}”不在可用的文种里（{'、'.join(LABEL_KINDS)}）。")
    for name in HEADER_FIELDS:
        if label.get(name) is not None and not isinstance(label[name], str):
            raise UserError(f"标注的 {name} 应是文字或 null。")
    return label


def _section_starts(label: dict, index: _Index) -> list[int]:
    starts, cursor = [], 0
    for number, section in enumerate(label["sections"], 1):
        first = norm(section["first"])
        pos = index.find(first, cursor) if first else -1
        if pos < 0:
            where = "讲稿原文里" if number == 1 else f"第 {number - 1} 节之后"
            raise UserError(f"标注与讲稿对不上：第 {number} 节“{section['first'].strip()}”"
                            f"（{ROLE_NAMES[section['role']]}）在{where}找不到。")
        starts.append(pos)
        cursor = pos + max(1, len(first))
    return starts


def validate_label(label: Any, reading: Reading) -> dict:
    """The label if it fits the reading's text; else UserError naming the first part that does not."""
    check_label_shape(label)
    texts = [line.text for line in reading.lines]
    _section_starts(label, _Index(texts))
    normal = {norm(t) for t in texts}
    whole = "".join(norm(t) for t in texts)
    for name in HEADER_FIELDS:
        value = label.get(name)
        if value and not all(norm(p) in normal or (norm(p) and norm(p) in whole) for p in value.split("\n")):
            raise UserError(f"标注的{HEADER_FIELD_NAMES[name]}“{value}”在讲稿原文里找不到。")
    return label


def apply_label(label: dict, reading: Reading) -> Reading:
    """The reading as the label says (checked first: UserError when it does not fit)."""
    validate_label(label, reading)
    texts = [line.text for line in reading.lines]
    index = _Index(texts)
    cuts: dict[int, list[tuple[int, dict | None]]] = {}
    for pos, section in zip(_section_starts(label, index), label["sections"]):
        number, offset = index.where[pos]
        cuts.setdefault(number, []).append((_cut_before(texts[number], offset), section))
    body_from = min(cuts)
    out: list[ReadLine] = []
    for number, old in enumerate(reading.lines):
        pieces = sorted(cuts.get(number, []), key=lambda c: c[0])
        if pieces and pieces[0][0] > 0:
            pieces.insert(0, (0, None))
        if not pieces:
            pieces = [(0, None)]
        for k, (offset, section) in enumerate(pieces):
            end = pieces[k + 1][0] if k + 1 < len(pieces) else len(old.text)
            text = old.text[offset:end].strip()
            if not text:
                continue
            if section is not None:
                heading = section.get("heading")
                rest = ""
                if heading is not None:
                    text, rest = _split_after(text, norm(heading))
                out.append(ReadLine(text, "body", starts=True, role=section["role"],
                                    heading=heading is not None, level=1))
                if rest:
                    out.append(ReadLine(rest, "body", level=1))
            elif number < body_from:
                out.append(ReadLine(text, "noise"))   # header fields are marked below
            elif old.part == "noise":
                out.append(replace(old, text=text))
            elif old.part == "body":
                demoted = old.level == 1 and (old.starts or old.heading)
                out.append(replace(old, text=text, starts=False if demoted else old.starts, role=None,
                                   heading=False if demoted else old.heading))
            else:   # a header line of the old reading inside the body: body text now
                out.append(ReadLine(text, "body", level=1))
    _mark_header(label, out)
    return Reading(reading.source, label.get("kind") or reading.kind, out)


_SENTENCE_ENDS = "。！？!?；;…：:"


def _cut_before(text: str, offset: int) -> int:
    """Where a section starting at `offset` begins: with its opening quote, bracket or dash."""
    while offset > 0 and not norm(text[offset - 1]) and text[offset - 1] not in _SENTENCE_ENDS:
        offset -= 1
    return offset


def _split_after(text: str, wanted: str) -> tuple[str, str]:
    """`text` cut after the characters that normalise to `wanted` (and the punctuation closing them)."""
    if not wanted or norm(text) == wanted or not norm(text).startswith(wanted):
        return text, ""
    seen = 0
    for end, ch in enumerate(text):
        seen += len(norm(ch))
        if seen >= len(wanted):
            end += 1
            while end < len(text) and not norm(text[end]):
                end += 1
            return text[:end].strip(), text[end:].strip()
    return text, ""


def _mark_header(label: dict, lines: list[ReadLine]) -> None:
    """Mark the lines the label names as title, subtitle … (a line holding more is cut to fit)."""
    claimed: set[int] = set()
    for name in HEADER_FIELDS:
        value = label.get(name)
        for part in (value.split("\n") if value else []):
            wanted = norm(part)
            if not wanted:
                continue
            first_body = next((i for i, line in enumerate(lines) if line.section_start), len(lines))
            free = [i for i, line in enumerate(lines) if not line.section_start and i not in claimed]
            exact = [i for i in free if norm(lines[i].text) == wanted]
            if exact:
                i = ([i for i in exact if i < first_body] or exact)[0]
                lines[i] = ReadLine(lines[i].text, name)
                claimed.add(i)
                continue
            near = [i for i in free if wanted in norm(lines[i].text)]
            if not near:
                continue
            i = ([i for i in near if i < first_body] or near)[0]
            pieces = _split_around(lines[i].text, wanted)
            old = lines[i]
            new = [replace(old, text=t) if k != 1 else ReadLine(t, name) for k, t in enumerate(pieces) if t]
            lines[i:i + 1] = new
            claimed = {c + len(new) - 1 if c > i else c for c in claimed}
            claimed.add(i + (1 if pieces[0] else 0))


def _split_around(text: str, wanted: str) -> list[str]:
    """[before, the part normalising to `wanted`, after] of a line."""
    index = _Index([text])
    pos = index.find(wanted)
    start = _cut_before(text, index.where[pos][1])
    end = index.where[pos + len(wanted) - 1][1] + 1
    while end < len(text) and not norm(text[end]) and text[end] not in "“‘《（(【":
        end += 1
    return [text[:start].strip(), text[start:end].strip(), text[end:].strip()]


def role_agreement(label: dict, text: str, speech: Speech) -> float:
    """Share of the label's body characters (normalised) a reading gives the labelled role."""
    index = _Index([text])
    starts = _section_starts(check_label_shape(label), index)
    wanted: list[str | None] = [None] * len(index.text)
    for k, (pos, section) in enumerate(zip(starts, label["sections"])):
        end = starts[k + 1] if k + 1 < len(starts) else len(index.text)
        wanted[pos:end] = [section["role"]] * (end - pos)
    got: list[str | None] = [None] * len(index.text)
    found: list[tuple[int, str | None]] = []
    cursor = 0
    for section in speech.sections:
        words = norm("".join(section.all_paragraphs()))
        pos = -1
        for size in (16, 8):
            if words:
                pos = index.find(words[:size], cursor)
            if pos >= 0:
                break
        if pos >= 0:
            found.append((pos, section.role))
            cursor = pos + 1
    for k, (pos, role) in enumerate(found):
        end = found[k + 1][0] if k + 1 < len(found) else len(index.text)
        got[pos:end] = [role] * (end - pos)
    body = range(starts[0], len(index.text))
    return sum(1 for i in body if got[i] == wanted[i]) / max(1, len(body))
