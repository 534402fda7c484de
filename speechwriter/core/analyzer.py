"""The speech analyser: text in, speeches with header and role-tagged sections out.

Stages: clean lines → cut the document into speeches → per speech: drop noise, read the header,
re-join broken lines, build the block tree, give each section its role.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from speechwriter.core.cleaning import Line, clean_lines, is_noise
from speechwriter.core.header import classify_header, is_header_like, is_salutation
from speechwriter.core.hierarchy import Node, build_tree
from speechwriter.core.kinds import detect_kind
from speechwriter.core.markers import find_marker
from speechwriter.core.paragraphs import join_lines
from speechwriter.core.reader import read_speech_file
from speechwriter.core.roles import block_role, closing_start, preamble_roles
from speechwriter.core.segment import segment
from speechwriter.core.speech import Block, Speech

ANALYZER_VERSION = "1"  # bump when results change, so stored analyses are redone


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


def analyze_file(path: str | os.PathLike) -> list[Speech]:
    return analyze_text(read_speech_file(path), source=str(path))


def analyze_text(text: str, source: str = "") -> list[Speech]:
    return [a.speech for a in analyze_document(text, source).speeches]


def analyze_document(text: str, source: str = "") -> Document:
    lines = clean_lines(text)
    cut = segment(lines)
    return Document([_analyse_span(span.lines, source) for span in cut.speeches], cut.outside)


def _analyse_span(lines: list[Line], source: str) -> AnalysedSpeech:
    noise = [ln for ln in lines if is_noise(ln.text)]
    content = _split_run_in_salutation([ln for ln in lines if not is_noise(ln.text)])
    header_count, salutation = _header_extent(content)
    header_lines = content[:header_count]
    header = classify_header([ln.text for ln in header_lines])
    noise += [header_lines[i] for i in header["noise"]]
    body_start = header_count + (1 if salutation else 0)
    paras = join_lines(content[body_start:])
    tree = build_tree(paras)
    sections = _sections(tree, has_salutation=salutation is not None)
    opening_text = " ".join(p for s in sections[:2] for p in s.paragraphs[:1])
    # an excerpt's attribution (`（摘自…工作报告）`) names its kind
    opening_text += " ".join(ln.text for ln in noise if "摘自" in ln.text)
    speech = Speech(source=source, title=header["title"], subtitle=header["subtitle"],
                    speaker=header["speaker"], date=header["date"],
                    salutation=salutation.text if salutation else None,
                    kind=detect_kind(header["title"], header["subtitle"], opening_text), sections=sections)
    kept_header = [ln for i, ln in enumerate(header_lines) if i not in header["noise"]]
    if salutation:
        kept_header.append(salutation)
    return AnalysedSpeech(speech, sorted(noise, key=lambda ln: ln.number), kept_header, content[body_start:])


_RUN_IN_SALUTATION = re.compile(r"^([^。！？!?：:]{2,30}[：:])\s*(\S.*)$")


def _split_run_in_salutation(content: list[Line]) -> list[Line]:
    """`同志们：今天，我们召开…` on one line: the salutation is a line of its own."""
    for index, line in enumerate(content[:12]):
        match = _RUN_IN_SALUTATION.match(line.text)
        if match and is_salutation(match.group(1)) and len(match.group(2)) > 10:
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


def _sections(tree, has_salutation: bool) -> list[Block]:
    sections: list[Block] = []
    pre_texts = [p.text for p in tree.preamble]
    roles = preamble_roles(pre_texts, has_salutation)
    if not tree.blocks:
        cut = closing_start(pre_texts, first_allowed=1)
        if cut is not None:
            roles[cut:] = ["closing"] * (len(roles) - cut)
    for role, text in zip(roles, pre_texts):
        if sections and sections[-1].role == role and sections[-1].heading is None:
            sections[-1].paragraphs.append(text)
        else:
            sections.append(Block(role=role, level=1, paragraphs=[text]))
    closing = _cut_closing(tree.blocks)
    seen_forward = any(s.role == "key_points" for s in sections)
    for node in tree.blocks:
        block = _to_block(node)
        role = block_role(node.first.text)
        if role == "review" and seen_forward:
            role = "key_points"  # roles only move forward through a speech
        seen_forward = seen_forward or role == "key_points"
        block.role = role
        sections.append(block)
    if closing:
        sections.append(Block(role="closing", level=1, paragraphs=closing))
    return sections


def _cut_closing(blocks: list[Node]) -> list[str]:
    """Take the closing paragraphs out of the tail of the last block.

    Text after a block's last point is attached to that point, so the tail is always the own
    paragraphs of the last leaf.
    """
    if not blocks:
        return []
    leaf = blocks[-1]
    while leaf.children:
        leaf = leaf.children[-1]
    texts = [p.text for p in leaf.paragraphs]
    # a heading keeps at least one paragraph; a run-in point keeps its own first paragraph anyway
    cut = closing_start(texts, first_allowed=1 if leaf.standalone else 0)
    if cut is None:
        return []
    del leaf.paragraphs[cut:]
    return texts[cut:]


def _to_block(node: Node) -> Block:
    if node.standalone:
        heading, paragraphs = node.first.text, [p.text for p in node.paragraphs]
    else:
        heading, paragraphs = None, [node.first.text] + [p.text for p in node.paragraphs]
    return Block(heading=heading, level=node.level, paragraphs=paragraphs,
                 points=[_to_block(child) for child in node.children])


