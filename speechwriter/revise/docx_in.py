"""Reading a .docx the leader edited in Word or WPS: tracked changes, comments, paragraphs.

Word keeps 修订 in the body XML: inserted runs inside w:ins, deleted ones inside w:del (their text in
w:delText), moved text inside w:moveFrom (old place) and w:moveTo (new place), each with w:author and
w:date; a paragraph mark inserted or deleted is a w:ins/w:del in the paragraph's w:pPr/w:rPr (a
deleted mark joins the paragraph with the next one). 批注 are in word/comments.xml (w:comment with
w:author, its own paragraphs), anchored in the body between w:commentRangeStart and
w:commentRangeEnd with the same w:id.

`read_docx(path)` → Reading: the body paragraphs as segments, each either plain text or part of one
revision; `Reading.paragraphs(accepted)` spells the text with the revisions in `accepted` taken
and the others rejected (None: all accepted). Tables are kept apart (a speech has none; the merge
lists them as not placed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from speechwriter.errors import UserError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{%s}" % W
_TRACKED = {"ins": "ins", "del": "del", "moveFrom": "move_from", "moveTo": "move_to"}
_TAKEN_WHEN_ACCEPTED = ("text", "ins", "move_to")


@dataclass(frozen=True)
class Revision:
    n: int            # its place in Reading.revisions
    kind: str         # ins | del | move_from | move_to
    author: str | None
    date: str | None


@dataclass
class Segment:
    text: str
    kind: str = "text"              # text | ins | del | move_from | move_to
    revision: int | None = None
    comments: tuple[str, ...] = ()  # the comments whose anchored range covers it
    outer: tuple[Revision, ...] = ()  # revisions it is nested in (text one reviewer inserted and another deleted)


@dataclass
class ReadParagraph:
    segments: list[Segment] = field(default_factory=list)
    mark: Revision | None = None    # its paragraph mark inserted/deleted, when tracked
    table: bool = False             # a paragraph inside a table

    def text(self, taken) -> str:
        return "".join(s.text for s in self.segments if taken(s))


@dataclass
class Comment:
    n: int
    author: str | None
    text: str
    paragraph: int          # index of the paragraph where its anchor starts
    quote: str = ""


@dataclass
class Reading:
    paragraphs_read: list[ReadParagraph]
    revisions: list[Revision]
    comments: list[Comment]

    def taker(self, accepted: set[int] | None):
        def taken(segment: Segment) -> bool:
            if segment.kind == "text":
                return True
            accept = accepted is None or segment.revision in accepted
            if accept != (segment.kind in _TAKEN_WHEN_ACCEPTED):
                return False
            # nested: shown only when every revision around it leaves it in
            return all((accepted is None or r.n in accepted) == (r.kind in _TAKEN_WHEN_ACCEPTED)
                       for r in segment.outer)
        return taken

    def _mark_kept(self, paragraph: ReadParagraph, accepted: set[int] | None) -> bool:
        if paragraph.mark is None:
            return True
        accept = accepted is None or paragraph.mark.n in accepted
        return accept == (paragraph.mark.kind in _TAKEN_WHEN_ACCEPTED)

    def joined(self, accepted: set[int] | None = None) -> list[tuple[str, list[int]]]:
        """The body text with the revisions in `accepted` taken (None: all; empty set: none): one
        (text, physical paragraph indices) per paragraph that results, tables left out."""
        taken = self.taker(accepted)
        out: list[tuple[str, list[int]]] = []
        text, members = "", []
        for n, paragraph in enumerate(self.paragraphs_read):
            if paragraph.table:
                continue
            text += paragraph.text(taken)
            members.append(n)
            if self._mark_kept(paragraph, accepted) or n == len(self.paragraphs_read) - 1:
                out.append((text, members))
                text, members = "", []
        if members:
            out.append((text, members))
        return out

    def texts(self, accepted: set[int] | None = None) -> list[str]:
        return [text for text, _ in self.joined(accepted)]

    def tables(self) -> list[str]:
        taken = self.taker(None)
        return [p.text(taken) for p in self.paragraphs_read if p.table and p.text(taken).strip()]


# ---- reading the package -----------------------------------------------------------------------
def docx_parts(path: str | Path, name: str | None = None) -> dict[str, bytes]:
    """word/document.xml and word/comments.xml (b"" when none), checked as every .docx is read."""
    from speechwriter.core.reader import read_docx_package

    _, parts = read_docx_package(path, name or str(path), ("word/comments.xml",))
    return {"document": parts["word/document.xml"], "comments": parts.get("word/comments.xml", b"")}


def _parse(xml: bytes, name: str):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    try:
        return etree.fromstring(xml, parser)
    except etree.XMLSyntaxError:
        raise UserError(f"“{name}”里的内容已损坏，Word 文档无法解析。") from None


def read_docx(path: str | Path, name: str | None = None) -> Reading:
    name = name or str(path)
    parts = docx_parts(path, name)
    root = _parse(parts["document"], name)
    body = root.find(f"{_W}body")
    if body is None:
        raise UserError(f"“{name}”里没有正文。")
    reader = _BodyReader()
    reader.block(body, in_table=False)
    comments = _comments(parts["comments"], name) if parts["comments"] else {}
    found: list[Comment] = []
    for key, (author, text) in comments.items():
        place = reader.comment_starts.get(key)
        if place is None:
            continue  # a comment no longer anchored anywhere (its text was cut away)
        quote = "".join(s.text for p in reader.paragraphs for s in p.segments
                        if key in s.comments and s.kind in _TAKEN_WHEN_ACCEPTED)
        found.append(Comment(len(found), author, text, place, quote))
    return Reading(reader.paragraphs, reader.revisions, found)


def _comments(xml: bytes, name: str) -> dict[str, tuple[str | None, str]]:
    root = _parse(xml, name)
    found = {}
    for comment in root.iter(f"{_W}comment"):
        paragraphs = ["".join(t.text or "" for t in p.iter(f"{_W}t")) for p in comment.iter(f"{_W}p")]
        found[comment.get(f"{_W}id", "")] = (comment.get(f"{_W}author"), "\n".join(x for x in paragraphs if x))
    return found


class _BodyReader:
    def __init__(self):
        self.paragraphs: list[ReadParagraph] = []
        self.revisions: list[Revision] = []
        self._open: list[str] = []
        self.comment_starts: dict[str, int] = {}

    def _revision(self, element, kind: str) -> Revision:
        """Each tracked element is met once in the walk: one revision each."""
        revision = Revision(len(self.revisions), kind, element.get(f"{_W}author"), element.get(f"{_W}date"))
        self.revisions.append(revision)
        return revision

    def block(self, element, in_table: bool) -> None:
        for child in element:
            tag = child.tag
            if tag == f"{_W}p":
                self.paragraph(child, in_table)
            elif tag == f"{_W}tbl":
                for cell_content in child.iter(f"{_W}tc"):
                    self.block(cell_content, in_table=True)
            elif tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml") or tag in _tracked_tags():
                self.block(child, in_table)

    def paragraph(self, element, in_table: bool) -> None:
        paragraph = ReadParagraph(table=in_table)
        rpr = element.find(f"{_W}pPr/{_W}rPr")
        if rpr is not None:
            for tag, kind in _TRACKED.items():
                mark = rpr.find(f"{_W}{tag}")
                if mark is not None:
                    paragraph.mark = self._revision(mark, kind)
        self.paragraphs.append(paragraph)
        self._inline(element, paragraph, None)

    def _inline(self, element, paragraph: ReadParagraph, revision: Revision | None,
                outer: tuple[Revision, ...] = ()) -> None:
        for child in element:
            tag = child.tag
            local = tag[len(_W):] if isinstance(tag, str) and tag.startswith(_W) else ""
            if local == "r":
                self._run(child, paragraph, revision, outer)
            elif local in _TRACKED:
                around = outer + ((revision,) if revision is not None else ())
                self._inline(child, paragraph, self._revision(child, _TRACKED[local]), around)
            elif local == "commentRangeStart":
                key = child.get(f"{_W}id", "")
                self._open.append(key)
                self.comment_starts.setdefault(key, len(self.paragraphs) - 1)
            elif local == "commentRangeEnd":
                key = child.get(f"{_W}id", "")
                if key in self._open:
                    self._open.remove(key)
            elif local in ("hyperlink", "smartTag", "fldSimple", "sdt", "sdtContent", "customXml"):
                self._inline(child, paragraph, revision, outer)

    def _run(self, run, paragraph: ReadParagraph, revision: Revision | None, outer: tuple[Revision, ...]) -> None:
        parts = []
        for child in run:
            local = child.tag[len(_W):] if isinstance(child.tag, str) and child.tag.startswith(_W) else ""
            if local in ("t", "delText"):
                parts.append(child.text or "")
            elif local == "tab":
                parts.append("\t")
            elif local == "noBreakHyphen":
                parts.append("-")
            # w:br (a title broken over two lines), field codes, drawings: no text of the speech
        text = "".join(parts)
        if not text:
            return
        kind = revision.kind if revision else "text"
        number = revision.n if revision else None
        comments = tuple(self._open)
        last = paragraph.segments[-1] if paragraph.segments else None
        if last is not None and (last.kind, last.revision, last.comments, last.outer) == (kind, number, comments, outer):
            last.text += text
        else:
            paragraph.segments.append(Segment(text, kind, number, comments, outer))


def _tracked_tags() -> set[str]:
    return {f"{_W}{tag}" for tag in _TRACKED}
