"""The speech analyser: text in, speeches with header and role-tagged sections out.

Stages: clean lines → cut the document into speeches → per speech: drop noise, read the header,
re-join broken lines, build the block tree, give each section its role.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any

from speechwriter.core import trained_models as trained
from speechwriter.core.cleaning import Line, clean_lines, is_noise, visible_len
from speechwriter.core.features import HEADER_WINDOW, kind_features, line_features, unit_features, units_text
from speechwriter.core.header import (
    PAGE_REACH,
    classify_header,
    clerk_header_tags,
    is_date_line,
    is_header_like,
    is_salutation,
    looks_like_speech_title,
    no_body_before,
    page_lines_above,
    part_marker_title,
)
from speechwriter.core.hierarchy import build_tree
from speechwriter.core.house import unit_keys
from speechwriter.core.kinds import close_alternatives, detect_kind, lead_line, title_first
from speechwriter.core.markers import find_marker
from speechwriter.core.paragraphs import join_lines
from speechwriter.core.reader import read_speech_file
from speechwriter.core.roles import block_role, closing_start, preamble_roles
from speechwriter.core.script import as_read, simplified
from speechwriter.core.segment import segment
from speechwriter.core.speech import Speech
from speechwriter.core.units import BLOCK, Unit, sections_from, units_of
from speechwriter.vocabulary import HEADER_FIELDS

ANALYZER_VERSION = "5"  # bump when results change, so stored analyses are redone
CURRENT = "current"  # models=CURRENT: the model in use (trained, or the rules when it cannot be loaded)


@dataclass
class AnalysedSpeech:
    speech: Speech
    noise: list[Line] = field(default_factory=list)
    header: list[Line] = field(default_factory=list)   # title block and salutation
    body: list[Line] = field(default_factory=list)     # the lines the sections were built from


@dataclass
class Document:
    speeches: list[AnalysedSpeech]
    outside: list[Line]  # not part of any speech (news reports, features, imprint)


def analyze_file(path: str | os.PathLike, models: Any = CURRENT) -> list[Speech]:
    return analyze_text(read_speech_file(path), source=str(path), models=models)


def analyze_text(text: str, source: str = "", models: Any = CURRENT) -> list[Speech]:
    return [a.speech for a in analyze_document(text, source, models).speeches]


def analyze_document(text: str, source: str = "", models: Any = CURRENT) -> Document:
    """`models`: CURRENT (the trained model in use), a `trained_models.Models`, or None for the rules alone."""
    if models == CURRENT:
        models = trained.current()
    lines = clean_lines(text)
    # (where a speech starts is read in simplified script, without pinyin readings; the speeches keep
    # the text as written)
    read = [Line(as_read(ln.text), ln.number) for ln in lines]
    written = {id(r): ln for r, ln in zip(read, lines)}
    cut = segment(read, models)
    return Document([_analyse_span([written[id(r)] for r in span.lines], source, models) for span in cut.speeches],
                    [written[id(r)] for r in cut.outside])


@dataclass
class HeaderReading:
    fields: dict            # title, subtitle, speaker, date, salutation (None when absent)
    header: list[Line]      # the lines the fields came from, in order
    noise: list[Line]       # header lines that are page noise
    body_start: int         # index in the content lines where the body starts


_COUNT = re.compile(r"^\d[\d,.]*$")   # a bare count (`402,402`, `0`)


def content_lines(lines: list[Line], page_lines: bool = True) -> tuple[list[Line], list[Line]]:
    """(noise, content): web residue set aside; a run-in salutation made a line of its own. A date
    in figures alone (`2019.12.31`) is residue in the body, but the date line in the title block
    (above the first paragraph). `page_lines`: also a pasted page's lines above the speech."""
    residue = [is_noise(ln.text) for ln in lines]   # each line looked at once
    first_paragraph = next((i for i, ln in enumerate(lines) if not residue[i] and visible_len(ln.text) > 60),
                           len(lines))
    kept = {i for i, ln in enumerate(lines[:first_paragraph]) if is_date_line(ln.text)}
    # (a pasted page's lines above the speech, `header.page_lines_above`: its notes to the reader, its
    # banner, menus, record, captions, bylines and editors' notes; the header is read without them,
    # and where they stood still parts the lines around them, `clerk_header_tags`' set-aside lines)
    read = [i for i in range(len(lines)) if not residue[i]][:PAGE_REACH] if page_lines else []
    counted = [k for k, i in enumerate(read) if i + 1 < len(lines) and residue[i + 1] and _COUNT.match(lines[i + 1].text)]
    page = {read[k] for k in page_lines_above([as_read(lines[i].text) for i in read], counted)}
    noise = [ln for i, ln in enumerate(lines) if (residue[i] or i in page) and i not in kept]
    return noise, _split_run_in_salutation([ln for i, ln in enumerate(lines)
                                            if not (residue[i] or i in page) or i in kept])


def _analyse_span(lines: list[Line], source: str, models: Any) -> AnalysedSpeech:
    noise, content = content_lines(lines)
    reading = read_header(content, models, noise)
    noise += reading.noise
    fields = reading.fields
    body = content[reading.body_start:]
    units = body_units(body)
    has_salutation = fields["salutation"] is not None
    roles = rule_roles(units, has_salutation)
    if models is not None:
        roles = models.tag_roles(unit_features(units, has_salutation, roles), unit_keys(units))
    # the kind is read in simplified script too (`…開幕詞` names an 开幕词)
    said = {key: simplified(value) if value else value for key, value in fields.items()}
    opening = simplified(opening_text(units, noise))
    alternatives: list[str] = []
    if models is not None:
        notes = kind_notes(noise)
        ranked = models.rank_kinds(kind_features(said["title"], said["subtitle"], said["salutation"], opening,
                                                 simplified(units_text(units)), said["speaker"], notes))
        # the title's own words first (`…述职报告`, `…上的表态发言`; a `…讲话` is no 研讨发言)
        ranked = title_first(ranked, said["title"], said["subtitle"], lead_line(opening, notes))
        kind, alternatives = ranked[0][0], close_alternatives(ranked)
    else:
        kind = detect_kind(said["title"], said["subtitle"], opening)
    sections = sections_from(units, roles)
    speech = Speech(source=source, kind=kind, sections=sections, kind_alternatives=alternatives, **fields)
    return AnalysedSpeech(speech, sorted(noise, key=lambda ln: ln.number), reading.header, body)


def opening_text(units: list[Unit], noise: list[Line]) -> str:
    """The body's first 300 characters, and an excerpt's attribution (`（摘自…工作报告）`): where the kind is named."""
    text = "".join(u.full_text for u in units[:4])[:300]
    return text + " ".join(ln.text for ln in noise if "摘自" in ln.text)


def kind_notes(noise: list[Line]) -> str:
    """The set-aside lines that name the speech (a page's copy of its title, an editor's `这是…在…上的
    闭幕词`): the kind model reads them as it reads a title."""
    said = [as_read(ln.text) for ln in noise]
    return " ".join(text for text in said if looks_like_speech_title(text) and len(text) <= 100)


def body_units(body: list[Line]) -> list[Unit]:
    return units_of(build_tree(join_lines(body)))


def read_header(content: list[Line], models: Any, set_aside: list[Line] | None = None) -> HeaderReading:
    """The title block and salutation of a speech's first lines: tagged by the trained header model
    (or, with none, by the rules), then kept to what a clerk would never read otherwise
    (`header.clerk_header_tags`, the same for both)."""
    window = content[:HEADER_WINDOW]
    read = [Line(as_read(ln.text), ln.number) for ln in window]   # 繁體 (and `發(fā)言`) read by the same cues
    if models is None:
        tags = rule_line_tags(read)
    else:
        # what stands above the salutation (or a `——在…上的讲话` line) is header, by definition
        tags = models.tag_header(line_features([ln.text for ln in read], rule_line_tags(read)),
                                 no_body_before([ln.text for ln in read]))
    # (the residue taken out above the title block: where the page's record stands)
    aside = [Line(as_read(ln.text), ln.number) for ln in set_aside or () if window and ln.number < window[-1].number]
    tags = clerk_header_tags(read, _page_titles(read, tags), aside)
    body_start = next((i for i, tag in enumerate(tags) if tag == "body"), len(window))
    body_start = min(body_start, max(0, len(content) - 1))
    fields: dict[str, str | None] = {key: None for key in HEADER_FIELDS}
    header, noise = [], []
    for line, tag in zip(window[:body_start], tags):
        if tag == "noise":
            noise.append(line)
            continue
        header.append(line)
        fields[tag] = line.text if fields[tag] is None else f"{fields[tag]}\n{line.text}"
    return HeaderReading(fields, header, noise, body_start)


def _page_titles(window: list[Line], tags: list[str]) -> list[str]:
    """The page's own copies of a title are noise, as the labels have it: a line repeated below
    (or below as a `…篇N` part line), and a part line when the part has a title line of its own."""
    tags = list(tags)
    texts = [ln.text for ln in window]
    for i, tag in enumerate(tags):
        if tag == "title" and any(o == texts[i] or part_marker_title(o) == texts[i] for o in texts[i + 1:]):
            tags[i] = "noise"
    titles = [i for i, tag in enumerate(tags) if tag == "title"]
    own = [i for i in titles if part_marker_title(texts[i]) is None]
    for i in titles:
        if own and i not in own:
            tags[i] = "noise"
    if titles and not own:  # only a part line: a title-like line right under it is the part's own title
        i = titles[0]
        j = i + 1
        if j < len(tags) and tags[j] in ("subtitle", "speaker", "noise") and looks_like_speech_title(texts[j]) \
                and part_marker_title(texts[j]) is None:
            tags[i], tags[j] = "noise", "title"
    return tags


def rule_line_tags(content: list[Line]) -> list[str]:
    """What the rules make of each line (title/subtitle/speaker/date/salutation/noise/body): a feature."""
    reading = _rule_header(content)
    noise = {id(ln) for ln in reading.noise}
    tags = []
    for index, line in enumerate(content):
        if index >= reading.body_start:
            tags.append("body")
        elif id(line) in noise:
            tags.append("noise")
        else:
            tags.append(next((key for key in ("salutation", "date", "speaker", "title", "subtitle")
                              if reading.fields[key] and line.text in reading.fields[key]), "noise"))
    return tags


def _rule_header(content: list[Line]) -> HeaderReading:
    header_count, salutation = _header_extent(content)
    header_lines = content[:header_count]
    header = classify_header([ln.text for ln in header_lines])
    fields = {key: header[key] for key in ("title", "subtitle", "speaker", "date")}
    fields["salutation"] = salutation.text if salutation else None
    kept = [ln for i, ln in enumerate(header_lines) if i not in header["noise"]] + ([salutation] if salutation else [])
    return HeaderReading(fields, kept, [header_lines[i] for i in header["noise"]],
                         header_count + (1 if salutation else 0))


_RUN_IN_SALUTATION = re.compile(r"^([^。！？!?：:]{2,30}[：:])\s*(\S.*)$")


def _split_run_in_salutation(content: list[Line]) -> list[Line]:
    """`同志们：今天，我们召开…` on one line: the salutation is a line of its own."""
    for index, line in enumerate(content[:12]):
        match = _RUN_IN_SALUTATION.match(line.text)
        if match and is_salutation(as_read(match.group(1))) and len(match.group(2)) > 10:
            return content[:index] + [Line(match.group(1), line.number), Line(match.group(2), line.number)] \
                + content[index + 1:]
        if not is_header_like(line.text):
            break
    return content


def _header_extent(content: list[Line]) -> tuple[int, Line | None]:
    """How many leading lines form the header, and the salutation after them (if any)."""
    for index, line in enumerate(content[:12]):
        if is_salutation(line.text):
            return index, line
        if not is_header_like(line.text) or find_marker(line.text):
            break
    count = 0
    while count < min(len(content) - 1, 6) and is_header_like(content[count].text) \
            and not find_marker(content[count].text):
        count += 1
    # header lines stand above a paragraph; a run of short lines to the end is no header
    if count < len(content) and not is_header_like(content[count].text):
        return count, None
    return 0, None


def rule_roles(units: list[Unit], has_salutation: bool) -> list[str]:
    """The hand rules, used when no trained model can be loaded: cue words and position."""
    paras = [u for u in units if u.kind == "para"]
    blocks = [u for u in units if u.kind == BLOCK]
    tail = [u for u in units if u.kind == "tail"]
    roles = preamble_roles([u.text for u in paras], has_salutation)
    if not blocks:
        cut = closing_start([u.text for u in paras], first_allowed=1)
        if cut is not None:
            roles[cut:] = ["closing"] * (len(roles) - cut)
    seen_forward = "key_points" in roles
    for unit in blocks:
        role = block_role(unit.text)
        if role == "review" and seen_forward:
            role = "key_points"  # roles only move forward through a speech
        seen_forward = seen_forward or role == "key_points"
        roles.append(role)
    if tail:
        texts = [u.text for u in tail]
        cut = closing_start(texts, first_allowed=0)
        last = roles[-1]
        roles += [last if cut is None or i < cut else "closing" for i in range(len(texts))]
    return roles
