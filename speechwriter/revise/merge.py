"""The leader's edited .docx brought back into the outline (`merge`).

1. Which round was sent: the outline's rounds and current text are each printed (render pipeline)
   and the one closest to the .docx with all its 修订 rejected is taken; a .docx close to none is
   not this speech.
2. What changed: Word's tracked changes (with their authors) come from the XML (`docx_in`); edits
   made with 修订 off show as differences between the round sent and the .docx with its tracked
   changes rejected (`tracked` false, no author). Comments keep their author, text and the text
   they are anchored to.
3. The accepted text (all tracked changes, or the ones the clerk accepted) is compared with the
   round sent, paragraph by paragraph, and each change is written back where it came from: a body
   paragraph into its section's line, a heading into the section's heading (its number is the
   outline's, never text), the title/subtitle/salutation into their fields. Inside a line, a
   `{{ 字段 }}` whose printed value the leader left alone stays a field. Roles, numbering and the
   section tree are kept. What cannot be placed — a new numbered section, a table, a change to the
   template's own lines, a whole section moved — is listed in `unplaced`, never dropped silently.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from speechwriter.core.field_syntax import has_fields, scan
from speechwriter.errors import UserError
from speechwriter.outline.numbering import section_label
from speechwriter.outline.tree import Note, Outline
from speechwriter.render.blocks import SENTENCE_END, Block
from speechwriter.revise.diff import Para, ParaDiff, changes, common_ends, compare, similarity
from speechwriter.revise.docx_in import Reading, read_docx
from speechwriter.revise.sources import INDENT, outline_blocks, paragraphs_of

NOT_THIS_SPEECH = 0.3   # a .docx sharing less than this with every round is another speech
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十百]+、|（[一二三四五六七八九十百]+）|\d+[.．、]|（\d+）)")
_FIELD_OF_BLOCK = {"title": "标题", "subtitle": "副标题", "salutation": "称呼"}
MERGE_BEFORE = "合并前"
_MOVES = ("move_from", "move_to")


@dataclass
class MergeChange:
    op: str
    section: str | None
    old: str
    new: str
    tracked: bool
    author: str | None
    revisions: tuple[int, ...] = ()   # the tracked revisions it is made of (accept/reject them)
    paragraph: int | None = None      # the .docx paragraph it is in

    def to_json(self) -> dict:
        return {"op": self.op, "section": self.section, "old": self.old, "new": self.new,
                "tracked": self.tracked, "author": self.author}


@dataclass
class MergeComment:
    section: str | None
    author: str | None
    text: str
    quote: str
    paragraph: int

    def to_json(self) -> dict:
        return {"section": self.section, "author": self.author, "text": self.text, "quote": self.quote}


@dataclass
class Unplaced:
    text: str
    why: str

    def to_json(self) -> dict:
        return {"text": self.text, "why": self.why}


@dataclass
class Merge:
    """The leader's copy read against the outline. `merged(accepted)` is the outline with the
    tracked revisions in `accepted` taken (None: all)."""

    outline: Outline           # the outline file as it was (never changed)
    sent: Outline              # the round the .docx was made from
    sent_round: int            # its number as `versions` counts (1-based)
    reading: Reading
    name: str                  # the round name the result gets (the file's name)
    changes: list[MergeChange] = field(default_factory=list)
    comments: list[MergeComment] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    _all: tuple[Outline, list[Unplaced]] | None = field(default=None, repr=False)
    # tracked paragraph joins across sections, not applied: mark revision → (joined text, why)
    joins: dict[int, tuple[str, str]] = field(default_factory=dict)

    def merged(self, accepted: set[int] | None = None) -> tuple[Outline, list[Unplaced]]:
        """(the new outline text, what of it could not be placed); no rounds attached."""
        if accepted is None and self._all is not None:
            return copy.deepcopy(self._all[0]), list(self._all[1])
        taken = set(range(len(self.reading.revisions))) if accepted is None else set(accepted)
        kept_apart = [Unplaced(text, why) for n, (text, why) in self.joins.items() if n in taken]
        final = [Para(text) for text in _clean(self.reading.texts(taken - set(self.joins)))]
        result, unplaced = apply(self.sent, outline_blocks(self.sent), final)
        tables = [Unplaced(text, "表格放不进提纲，请把需要的内容另行写入") for text in self.reading.tables()]
        if accepted is None:
            self._all = (copy.deepcopy(result), kept_apart + unplaced + tables)
        return result, kept_apart + unplaced + tables

    def result(self, accepted: set[int] | None = None) -> Outline:
        """The outline to save: the merged text, every earlier round kept, and a new round."""
        from speechwriter.outline import rounds

        text, _ = self.merged(accepted)
        text.rounds = list(self.outline.rounds)
        if not any(rounds.same_text(self.outline, r.outline) for r in text.rounds):
            text.rounds.append(rounds.make_round(self.outline, MERGE_BEFORE))
        rounds.save_round(text, self.name)
        text.notes = list(self.outline.notes) + [Note(c.author, c.text, c.quote, c.section) for c in self.comments]
        return text

    def to_json(self) -> dict:
        return {"changes": [c.to_json() for c in self.changes], "comments": [c.to_json() for c in self.comments],
                "unplaced": [u.to_json() for u in self.unplaced]}


def _clean(texts: list[str]) -> list[str]:
    return [t.strip(INDENT) for t in texts if t.strip(INDENT)]


def round_name(path: str | Path) -> str:
    name = Path(path).name
    for suffix in (".docx", ".DOCX"):
        name = name.removesuffix(suffix)
    return name.strip() or "领导修改稿"


def read_merge(outline: Outline, docx_path: str | Path, name: str | None = None) -> Merge:
    """Everything the leader's copy holds, mapped onto `outline` (which is not changed)."""
    from speechwriter.outline import rounds

    reading = read_docx(docx_path)
    before = [Para(t) for t in _clean(reading.texts(set()))]
    candidates = [(n, r.outline) for n, r in enumerate(outline.rounds, 1)]
    if not rounds.current_is_saved(outline):
        candidates.append((len(outline.rounds) + 1, rounds.snapshot(outline)))
    wanted = "\n".join(p.text for p in before)
    scored = []
    for n, text in candidates:
        blocks = outline_blocks(text)
        scored.append((similarity("\n".join(b.plain() for b in blocks), wanted), n, text, blocks))
    best = max(scored, key=lambda item: (item[0], item[1]))
    if best[0] < NOT_THIS_SPEECH:
        raise UserError(f"“{Path(docx_path).name}”和这份提纲的各轮稿都差别太大，不像是这篇讲稿的修改稿，没有合并。")
    _, number, sent, blocks = best
    merge = Merge(outline, sent, number, reading, name or round_name(docx_path))
    sections = _physical_sections(reading, blocks)
    merge.joins = _joins_across_sections(reading, sections)
    merge.changes = _tracked_changes(reading, sections) + _direct_changes(blocks, before)
    merge.comments = [MergeComment(sections[c.paragraph] if c.paragraph < len(sections) else None, c.author,
                                   c.text, c.quote, c.paragraph) for c in reading.comments]
    _, merge.unplaced = merge.merged(None)
    return merge


# ---- which section each paragraph of the .docx is in ------------------------------------------
def _physical_sections(reading: Reading, blocks: list[Block]) -> list[str | None]:
    """The outline section of each physical paragraph of the .docx (by the text before 修订)."""
    joined = [(t.strip(INDENT), members) for t, members in reading.joined(set())]
    joined = [(t, m) for t, m in joined if t]
    diffs = compare(paragraphs_of(blocks), [Para(t) for t, _ in joined], words=False)
    section_of_joined: dict[int, str | None] = {}
    last = None
    for diff in diffs:
        if diff.old is not None and diff.old.section:
            last = diff.old.section
        if diff.new_index is not None:
            section_of_joined[diff.new_index] = diff.old.section if diff.old and diff.old.section else last
    sections: list[str | None] = [None] * len(reading.paragraphs_read)
    for j, (_, members) in enumerate(joined):
        for member in members:
            sections[member] = section_of_joined.get(j)
    last = None
    for n, section in enumerate(sections):   # paragraphs wholly inserted: the section before them
        if section is None and not reading.paragraphs_read[n].table:
            sections[n] = last
        last = sections[n] or last
    return sections


def _joins_across_sections(reading: Reading, sections: list[str | None]) -> dict[int, tuple[str, str]]:
    """Paragraph marks deleted (修订) that would join text of two sections into one paragraph (a
    heading swallowed by the paragraph before it): the outline keeps them apart."""
    paragraphs = reading.paragraphs_read
    taken = reading.taker(None)
    joins = {}
    for n, paragraph in enumerate(paragraphs[:-1]):
        mark = paragraph.mark
        if mark is None or mark.kind not in ("del", "move_from") or sections[n] == sections[n + 1]:
            continue
        here, there = paragraph.text(taken).strip(), paragraphs[n + 1].text(taken).strip()
        if here and there:
            joins[mark.n] = (here + there, "领导把两个小节的文字并成了一段（删去了段落标记）；提纲仍分作两段，请核对")
    return joins


def _tracked_changes(reading: Reading, sections: list[str | None]) -> list[MergeChange]:
    found: list[MergeChange] = []
    moves_from: list[MergeChange] = []
    for n, paragraph in enumerate(reading.paragraphs_read):
        run: list = []
        for segment in [*paragraph.segments, None]:
            same = segment is not None and segment.revision is not None and (
                not run or (reading.revisions[segment.revision].author == reading.revisions[run[0].revision].author
                            and (segment.kind in _MOVES) == (run[0].kind in _MOVES)))
            if same:
                run.append(segment)
                continue
            if run:
                found.append(_change_of(run, reading, sections[n], n))
                run = []
            if segment is not None and segment.revision is not None:
                run = [segment]
    _attach_marks(reading, found, sections)
    for change in found:
        if change.op == "move" and not change.new:
            moves_from.append(change)
    result = []
    for change in found:
        if change.op == "move" and not change.new:
            continue
        if change.op == "move" and moves_from:
            source = next((m for m in moves_from if m.old == change.old), moves_from[0])
            moves_from.remove(source)
            change.revisions += source.revisions
        elif change.op == "move":
            change.op = "insert"
        result.append(change)
    result += [MergeChange("delete", m.section, m.old, "", True, m.author, m.revisions, m.paragraph)
               for m in moves_from]
    return result


def _attach_marks(reading: Reading, found: list[MergeChange], sections: list[str | None]) -> None:
    """A paragraph mark inserted or deleted goes with the change it belongs to, so accepting or
    rejecting that change takes the paragraph break along: the change ending the same paragraph
    (a paragraph deleted whole), else the one starting the next (Word marks the mark of the
    paragraph where Enter was pressed, the new text follows). A break alone (a paragraph split or
    joined) is a change of its own, its text a line break."""
    owner = {n: change for change in found for n in change.revisions}
    paragraphs = reading.paragraphs_read
    for n, paragraph in enumerate(paragraphs):
        mark = paragraph.mark
        if mark is None:
            continue
        adding = mark.kind in ("ins", "move_to")
        kinds = ("ins", "move_to") if adding else ("del", "move_from")
        candidates = []
        if paragraph.segments:
            candidates.append(paragraph.segments[-1])
        if n + 1 < len(paragraphs) and paragraphs[n + 1].segments:
            candidates.append(paragraphs[n + 1].segments[0])
        segment = next((c for c in candidates if c.kind in kinds and c.revision in owner), None)
        if segment is not None and segment.revision is not None:
            owner[segment.revision].revisions += (mark.n,)
        else:
            found.append(MergeChange("insert" if adding else "delete", sections[n], "" if adding else "\n",
                                     "\n" if adding else "", True, mark.author, (mark.n,), n))


def _change_of(run, reading: Reading, section: str | None, paragraph: int) -> MergeChange:
    gone = "".join(s.text for s in run if s.kind in ("del", "move_from"))
    came = "".join(s.text for s in run if s.kind in ("ins", "move_to"))
    ids = tuple(dict.fromkeys([s.revision for s in run] + [r.n for s in run for r in s.outer]))
    author = reading.revisions[run[0].revision].author
    if all(s.kind == "move_to" for s in run):
        return MergeChange("move", section, came, came, True, author, ids, paragraph)
    if all(s.kind == "move_from" for s in run):
        return MergeChange("move", section, gone, "", True, author, ids, paragraph)
    op = "replace" if gone and came else "delete" if gone else "insert"
    return MergeChange(op, section, gone, came, True, author, ids, paragraph)


def _direct_changes(blocks: list[Block], before: list[Para]) -> list[MergeChange]:
    """Edits made with 修订 off: the round sent against the .docx with its tracked changes rejected."""
    return [MergeChange(c.op, c.section, c.old, c.new, False, None) for c in
            changes(compare(paragraphs_of(blocks), before))]


# ---- writing the accepted text back into the outline -------------------------------------------
@dataclass
class _Slot:
    kind: str              # label | heading | line | field | fixed
    source: str            # what the outline holds (with its {{ 字段 }})
    rendered: str          # how it printed
    name: str = ""         # field: its name


@dataclass
class _Origin:
    section: str | None
    slots: list[_Slot]
    silent: list[str] = field(default_factory=list)  # lines before it that printed nothing

    def __post_init__(self) -> None:
        # an empty number or fixed piece takes no edits: words typed at its place go to the text beside it
        self.slots = [s for s in self.slots if s.rendered or s.kind not in ("fixed", "label")] or self.slots

    @property
    def is_heading(self) -> bool:
        return any(s.kind == "heading" for s in self.slots)


def _origins(outline: Outline, blocks: list[Block]) -> tuple[list[_Origin], dict[str, list[str]]]:
    """Where each printed block comes from; and per section the lines that printed nothing after
    its last block (a line that is only an empty field)."""
    from speechwriter.core.field_syntax import fill

    paths = {}

    def visit(prefix, sections):
        for i, section in enumerate(sections):
            paths[section.id] = (prefix + (i,), section)
            visit(prefix + (i,), section.children)

    visit((), outline.sections)
    values = {k: v for k, v in outline.fields.items()}
    next_line: dict[str, int] = {}
    origins: list[_Origin] = []
    for block in blocks:
        if block.section is None or block.section not in paths:
            origins.append(_Origin(None, _template_line(block, outline.fields, fill)))
            continue
        path, section = paths[block.section]
        lines = section.paragraphs()
        slots: list[_Slot] = []
        text = block.text
        if block.kind in ("heading", "runin"):
            label = section_label(outline, path)
            lead = block.lead if block.kind == "runin" else block.text
            heading_text = lead[len(label):] if lead.startswith(label) else lead
            suffix = ""
            source = section.heading.strip()
            if block.kind == "runin" and heading_text.endswith("。") and not source.endswith(SENTENCE_END):
                heading_text, suffix = heading_text[:-1], "。"
            slots += [_Slot("label", label, label), _Slot("heading", source, heading_text), _Slot("fixed", suffix, suffix)]
            if block.kind == "heading":
                origins.append(_Origin(block.section, slots))
                continue
        if block.kind == "runin" and not text:
            origins.append(_Origin(block.section, slots))
            continue
        k = next_line.get(block.section, 0)
        silent = []
        while k < len(lines) - 1 and _prints_nothing(lines[k], values, fill):
            silent.append(lines[k])
            k += 1
        line = lines[k] if k < len(lines) else text
        next_line[block.section] = k + 1
        slots.append(_Slot("line", line, text))
        origins.append(_Origin(block.section, slots, silent))
    trailing = {sid: paths[sid][1].paragraphs()[k:] for sid, k in next_line.items()}
    return origins, trailing


def _template_line(block: Block, fields: dict[str, str], fill) -> list[_Slot]:
    """A line the template writes (title, 讲话人, 日期, 称呼 …): the field whose value it prints
    (the block's own field first, else the longest value found in it) between fixed text."""
    text = block.plain()
    values = {name: fill(value, fields, "") for name, value in fields.items()}
    own = _FIELD_OF_BLOCK.get(block.kind, "")
    found = [own] if own and values.get(own, "").strip() and values[own] in text else \
        sorted((n for n, v in values.items() if v.strip() and v in text), key=lambda n: -len(values[n]))
    if not found:
        return [_Slot("fixed", text, text)]
    name = found[0]
    before, _, after = text.partition(values[name])
    return [_Slot("fixed", before, before), _Slot("field", fields[name], values[name], name),
            _Slot("fixed", after, after)]


def _prints_nothing(line: str, values: dict, fill) -> bool:
    return has_fields(line) and not fill(line, values, "").strip()


def _tokens(source: str, rendered: str) -> list[tuple[int, int, str, bool]] | None:
    """(start, end, source text, is a field) covering `rendered`; None when it cannot be told
    which printed characters a field's value is."""
    pieces = scan(source)
    out, position = [], 0
    for k, piece in enumerate(pieces):
        if piece.kind != "field":
            if not rendered.startswith(piece.text, position):
                return None
            out.append((position, position + len(piece.text), piece.text, False))
            position += len(piece.text)
            continue
        following = next((p for p in pieces[k + 1:]), None)
        if following is None:
            end = len(rendered)
        elif following.kind == "field":
            return None
        else:
            end = rendered.find(following.text, position)
            if end < 0:
                return None
        out.append((position, end, piece.text, True))
        position = end
    return out if position == len(rendered) else None


MAX_CHAR_DIFF = 4000   # a paragraph longer than this is mapped by its kept start and end only


def _char_opcodes(old: str, new: str) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes character by character; for a very long paragraph just the kept start
    and end around one replaced middle (character matching grows with the square of the length)."""
    if len(old) + len(new) <= MAX_CHAR_DIFF:
        return list(SequenceMatcher(None, old, new, autojunk=False).get_opcodes())
    head, tail = common_ends(old, new)
    ops: list[tuple[str, int, int, int, int]] = [("equal", 0, head, 0, head)] if head else []
    if head < len(old) - tail or head < len(new) - tail:
        ops.append(("replace", head, len(old) - tail, head, len(new) - tail))
    if tail:
        ops.append(("equal", len(old) - tail, len(old), len(new) - tail, len(new)))
    return ops


def reapply(source: str, old: str, new: str) -> str:
    """The outline's text for a paragraph that printed `old` and now reads `new`: the edits made
    in the source, fields whose printed value was not touched kept as `{{ 字段 }}`."""
    if old == new:
        return source
    if not has_fields(source):
        return new
    tokens = _tokens(source, old)
    if tokens is None:
        return new
    ops = _char_opcodes(old, new)
    touched = set()
    for n, (start, end, _, is_field) in enumerate(tokens):
        if is_field and any(tag != "equal" and (i1 < end and i2 > start or start < i1 < end)
                            for tag, i1, i2, _, _ in ops):
            touched.add(n)
    keep = [(s, e, text) for n, (s, e, text, is_field) in enumerate(tokens) if is_field and n not in touched]
    out = []
    for tag, i1, i2, j1, j2 in ops:
        if tag != "equal":
            out.append(new[j1:j2])
            continue
        position = i1
        for start, end, text in keep:
            if start >= i1 and end <= i2 and start >= position:
                out.append(old[position:start] + text)
                position = end
        out.append(old[position:i2])
    return "".join(out)


def _split(old: str, new: str, cuts: list[int]) -> list[str]:
    """`new` cut where `old` is cut at `cuts` (an edit inside a piece stays with it; an insertion
    exactly at a cut goes to the piece after it)."""
    ops = _char_opcodes(old, new)

    def where(c: int) -> int:
        for tag, i1, i2, j1, _j2 in ops:
            if tag == "equal" and i1 <= c <= i2:
                return j1 + c - i1
        for _tag, i1, i2, j1, j2 in ops:
            if i1 <= c <= i2:
                return j2 if c > i1 else j1
        return len(new)

    edges = [0] + [where(c) for c in cuts] + [len(new)]
    for k in range(1, len(edges)):
        edges[k] = max(edges[k], edges[k - 1])
    return [new[a:b] for a, b in zip(edges, edges[1:])]


def apply(sent: Outline, blocks: list[Block], final: list[Para]) -> tuple[Outline, list[Unplaced]]:
    """`sent` (printed as `blocks`) with its printed text made `final`: a new outline + what could
    not be placed."""
    origins, trailing = _origins(sent, blocks)
    diffs = compare(paragraphs_of(blocks), final, words=False)
    result = copy.deepcopy(sent)
    result.rounds = []
    sections = {s.id: s for s in result.walk()}
    headings = {sid: s.heading for sid, s in sections.items()}
    lines: dict[str, list[str]] = {sid: [] for sid in sections}
    fields: dict[str, str] = {}
    unplaced: list[Unplaced] = []
    moved_heads = _moved_sections(diffs, origins)
    moved_sections = {s.id for sid in moved_heads for s in sections[sid].walk()}
    last: str | None = None
    front: list[str] = []

    def put(sid: str | None, text: str) -> None:
        if sid is None:
            front.append(text)
        else:
            lines[sid].append(text)

    def keep(origin: _Origin, new_text: str | None) -> None:
        """The origin's block printed as `new_text` (None: unchanged) at its own place."""
        nonlocal last
        sid = origin.section
        if sid is not None:
            lines[sid].extend(origin.silent)
            last = sid
        rendered = "".join(s.rendered for s in origin.slots)
        if new_text is None:
            texts = [s.rendered for s in origin.slots]
        elif len(origin.slots) == 1:
            texts = [new_text]
        else:
            texts = _split(rendered, new_text, _cuts(origin.slots))
        fixed_changed = False
        for slot, text in zip(origin.slots, texts):
            if slot.kind == "heading" and sid is not None:
                headings[sid] = reapply(slot.source, slot.rendered, text)
            elif slot.kind == "line" and sid is not None:
                line = reapply(slot.source, slot.rendered, text).strip()
                if line:
                    lines[sid].append(line)
            elif slot.kind == "field" and text != slot.rendered:
                fields[slot.name] = reapply(slot.source, slot.rendered, text) or "无"
            elif slot.kind == "label" and text != slot.rendered and not fixed_changed:
                fixed_changed = True
                unplaced.append(Unplaced(new_text or "", "编号由提纲自动排，这一行编号处的改动（如并入上一段的文字、"
                                                         "改写的编号）没有写回，请核对"))
            elif slot.kind == "fixed" and text != slot.rendered and not fixed_changed:
                fixed_changed = True   # one entry for the line, however many of its fixed words changed
                unplaced.append(Unplaced(new_text or "", "模板自带的文字（讲话人、日期行的括号等）的改动无法写回提纲，"
                                                         "请在字段或模板中修改"))

    for diff in diffs:
        origin = origins[diff.old_index] if diff.old_index is not None else None
        in_moved = origin is not None and origin.section in moved_sections
        if diff.op == "equal":
            assert origin is not None
            keep(origin, None)
        elif in_moved and diff.op == "move_from":   # a whole section moved: its text kept, edits and all
            assert origin is not None
            keep(origin, diff.new.text if diff.new is not None else None)
        elif diff.op == "change":
            assert origin is not None and diff.new is not None
            keep(origin, diff.new.text)
        elif diff.op in ("delete", "move_from"):
            assert origin is not None
            _deleted(origin, headings, fields, lines, unplaced, diff)
            if origin.section is not None:
                last = origin.section
        elif diff.op == "move_to" and in_moved:
            assert origin is not None
            last = origin.section   # what the leader wrote after a moved heading goes with its section
        else:
            assert diff.new is not None
            text = diff.new.text
            if diff.op == "move_to" and origin is not None and [s.kind for s in origin.slots] == ["line"]:
                text = reapply(origin.slots[0].source, origin.slots[0].rendered, text)  # its fields kept
            if _HEADING.match(text):
                unplaced.append(Unplaced(text, "领导新写了带编号的一节，请在提纲里加一节后把它放进去"))
            else:
                put(last, text)
    for sid, rest in trailing.items():
        lines[sid].extend(rest)
    if front:
        first = next((s for s in result.walk() if s.id in lines), None)
        if first is None:
            unplaced += [Unplaced(t, "提纲里没有小节可以放这段话") for t in front]
        else:
            lines[first.id][:0] = front
    for sid, section in sections.items():
        section.heading = headings[sid]
        if lines[sid] != section.paragraphs():
            section.body = "\n".join(lines[sid])
    result.fields.update(fields)
    if moved_heads and not _reorder(result, diffs, origins, moved_heads):
        for sid in moved_heads:
            unplaced.append(Unplaced(sections[sid].heading, "领导把这一节整体挪了位置，挪后小节的先后不合讲稿的结构"
                                                            "（开场、回顾、要点、结束）；提纲没有照挪，请在提纲里拖动这一节"))
    return result, unplaced


def _reorder(result: Outline, diffs: list[ParaDiff], origins: list[_Origin], moved: set[str]) -> bool:
    """The sibling sections of the moved ones put in the order they now print in; False (nothing
    changed) when that order breaks the speech's role order."""
    from speechwriter.outline.edit import role_order_problem

    first: dict[str, int] = {}
    for diff in diffs:
        if diff.op in ("move_from", "delete") or diff.old_index is None or diff.new_index is None:
            continue
        sid = origins[diff.old_index].section
        if sid is not None:
            first[sid] = min(first.get(sid, diff.new_index), diff.new_index)

    def place(section) -> float:
        found = [first[s.id] for s in section.walk() if s.id in first]
        return min(found) if found else float("inf")

    trial = copy.deepcopy(result)

    def visit(siblings) -> None:
        if any(s.id in moved for s in siblings):
            keys, previous = [], -1.0
            for section in siblings:   # a section that prints nothing stays after the one before it
                key = place(section)
                previous = key if key != float("inf") else previous + 1e-6
                keys.append(previous)
            siblings[:] = [s for _, s in sorted(zip(keys, siblings), key=lambda pair: pair[0])]
        for section in siblings:
            visit(section.children)

    visit(trial.sections)
    if role_order_problem(trial) and not role_order_problem(result):
        return False
    result.sections = trial.sections
    return True


def _cuts(slots: list[_Slot]) -> list[int]:
    cuts, position = [], 0
    for slot in slots[:-1]:
        position += len(slot.rendered)
        cuts.append(position)
    return cuts


def _deleted(origin: _Origin, headings, fields, lines, unplaced, diff: ParaDiff) -> None:
    sid = origin.section
    if sid is not None:
        lines[sid].extend(origin.silent)
    for slot in origin.slots:
        if slot.kind == "heading" and sid is not None:
            headings[sid] = ""
        elif slot.kind == "field":
            fields[slot.name] = "无"
        elif slot.kind == "fixed" and slot.rendered and sid is None:
            unplaced.append(Unplaced(slot.rendered, "领导删去了模板自带的一行（讲话人、日期行等），提纲无法照改，请在字段或模板中修改"))


def _moved_sections(diffs: list[ParaDiff], origins: list[_Origin]) -> set[str]:
    """Sections whose heading the leader moved elsewhere (the whole section moved)."""
    moved = set()
    for diff in diffs:
        if diff.op == "move_to" and diff.old_index is not None:
            origin = origins[diff.old_index]
            if origin.is_heading and origin.section:
                moved.add(origin.section)
    return moved


