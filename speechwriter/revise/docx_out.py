"""A round written as .docx with the changes since an earlier one as Word 修订 (tracked changes).

The text goes through the one render pipeline: the new round's blocks, with the old round's deleted
paragraphs put back where they stood, are written by `render.build_docx` (styles, page, fonts as any
export); then each paragraph that changed has its runs spelled again from the comparison: kept text
in plain runs, inserted text in w:ins, deleted text in w:del (as w:delText), each with w:author and
w:date. A whole inserted or deleted paragraph also has its paragraph mark marked so, so accepting
every change in Word gives exactly the new text and rejecting every change exactly the old.
Tracking stays on in the file (w:trackRevisions), so the leader's own edits come back as 修订 too.
"""

from __future__ import annotations

import io
from datetime import datetime, timezone

from docx.oxml.ns import qn

from speechwriter.render.blocks import Block
from speechwriter.render.docx_format import el
from speechwriter.render.docx_writer import run_element
from speechwriter.revise.diff import ParaDiff, Piece, compare
from speechwriter.revise.sources import paragraphs_of

# settings.xml elements that come after w:trackRevisions in the schema's order
_AFTER_TRACK = ("doNotTrackMoves", "doNotTrackFormatting", "documentProtection", "autoFormatOverride",
                "styleLockTheme", "styleLockQFSet", "defaultTabStop", "autoHyphenation",
                "characterSpacingControl", "compat")


def word_date(moment: datetime | None = None) -> str:
    """w:date as Word writes it: UTC, no fraction, 'Z'."""
    moment = (moment or datetime.now(timezone.utc)).astimezone(timezone.utc)
    return moment.replace(microsecond=0, tzinfo=None).isoformat() + "Z"


class _Marks:
    def __init__(self, author: str, date: str):
        self.author, self.date, self.next_id = author, date, 1

    def make(self, kind: str):
        mark = el(f"w:{kind}", id=self.next_id, author=self.author, date=self.date)
        self.next_id += 1
        return mark


def tracked_docx(old: list[Block], new: list[Block], options=None, author: str | None = None,
                 when: datetime | None = None, reference=None) -> tuple[bytes, list[ParaDiff]]:
    """(.docx bytes of `new` with the changes from `old` tracked, the comparison it shows)."""
    import docx

    from speechwriter.render import build_docx

    diffs = compare(paragraphs_of(old), paragraphs_of(new))
    combined = [_block_of(d, old, new) for d in diffs]
    title = next((b.plain() for b in new if b.kind == "title"), "")
    data, _notes = build_docx(combined, options or "公文字体", title, reference)
    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    paragraphs = [child for child in body if child.tag == qn("w:p")]
    if len(paragraphs) != len(combined):  # an office template with text of its own in the body
        paragraphs = paragraphs[-len(combined):] if combined else []
    from speechwriter.revise.author import revision_author

    marks = _Marks(author or revision_author(), word_date(when))
    mark_kinds = [_WHOLE.get(d.op) for d in diffs]
    for diff, block, paragraph in zip(diffs, combined, paragraphs):
        if diff.op == "equal":
            continue
        if diff.op in _WHOLE:
            whole = "insert" if _WHOLE[diff.op] == "ins" else "delete"
            _respell(paragraph, [Piece(whole, block.plain())], block, block, marks)
        else:
            assert diff.old_index is not None
            _respell(paragraph, diff.pieces, old[diff.old_index], block, marks)
    for paragraph, kind in zip(paragraphs, _shift_last_mark(mark_kinds)):
        if kind:
            _mark_paragraph(paragraph, marks.make(kind))
    _track_revisions(document.settings.element)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue(), diffs


_WHOLE = {"insert": "ins", "move_to": "ins", "delete": "del", "move_from": "del"}


def _shift_last_mark(kinds: list[str | None]) -> list[str | None]:
    """Whole paragraphs inserted or deleted at the very end: the document's last paragraph mark
    cannot come or go, so (as Word does) the mark before the run is marked instead of the last one."""
    end = len(kinds)
    start = end
    while start > 0 and kinds[start - 1] is not None and kinds[start - 1] == kinds[end - 1]:
        start -= 1
    if start == end or start == 0 or kinds[start - 1] is not None:
        return kinds
    shifted = list(kinds)
    shifted[start - 1], shifted[end - 1] = kinds[end - 1], None
    return shifted


def _block_of(diff: ParaDiff, old: list[Block], new: list[Block]) -> Block:
    if diff.op in ("delete", "move_from"):
        assert diff.old_index is not None
        return old[diff.old_index]
    assert diff.new_index is not None
    return new[diff.new_index]


def _spans(block: Block) -> list[tuple[str, str | None]]:
    """The paragraph's text in its character styles: a run-in heading's lead in RunIn<level>."""
    if block.kind == "runin":
        return [(block.lead, f"RunIn{block.level}"), (block.text, None)]
    return [(block.plain(), None)]


def _styled(text: str, start: int, spans: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """`text`, found at `start` of the spans' text, cut where the character style changes."""
    out, position = [], 0
    end = start + len(text)
    for span, style in spans:
        lo, hi = max(start, position), min(end, position + len(span))
        if lo < hi:
            out.append((text[lo - start:hi - start], style))
        position += len(span)
    if not out or sum(len(t) for t, _ in out) < len(text):  # text beyond the spans: plain
        covered = sum(len(t) for t, _ in out)
        out.append((text[covered:], None))
    return [(t, s) for t, s in out if t]


def _respell(paragraph, pieces: list[Piece], old_block: Block, new_block: Block, marks: _Marks) -> None:
    for child in list(paragraph):
        if child.tag != qn("w:pPr"):
            paragraph.remove(child)
    old_spans, new_spans = _spans(old_block), _spans(new_block)
    at_old = at_new = 0
    for piece in pieces:
        if piece.op == "delete":
            wrapper = marks.make("del")
            for text, style in _styled(piece.text, at_old, old_spans):
                wrapper.append(_deleted_run(text, style))
            paragraph.append(wrapper)
            at_old += len(piece.text)
            continue
        runs = [run_element(text, style) for text, style in _styled(piece.text, at_new, new_spans)]
        if piece.op == "insert":
            wrapper = marks.make("ins")
            for run in runs:
                wrapper.append(run)
            paragraph.append(wrapper)
        else:
            for run in runs:
                paragraph.append(run)
            at_old += len(piece.text)
        at_new += len(piece.text)


def _deleted_run(text: str, style: str | None):
    run = run_element(text, style)
    t = run.find(qn("w:t"))
    t.tag = qn("w:delText")
    return run


def _mark_paragraph(paragraph, mark) -> None:
    ppr = paragraph.find(qn("w:pPr"))
    if ppr is None:
        ppr = el("w:pPr")
        paragraph.insert(0, ppr)
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = el("w:rPr")
        ppr.append(rpr)
    rpr.insert(0, mark)


def _track_revisions(settings) -> None:
    if settings.find(qn("w:trackRevisions")) is not None:
        return
    track = el("w:trackRevisions")
    later = next((c for c in settings if c.tag in {qn(f"w:{n}") for n in _AFTER_TRACK}), None)
    if later is not None:
        later.addprevious(track)
    else:
        settings.append(track)
