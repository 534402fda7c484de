"""A leader's copy made the way Word writes one: from a rendered speech, edits with 修订 on become
w:ins/w:del (w:delText) runs with w:author/w:date, a moved paragraph w:moveFrom/w:moveTo with their
range marks, a whole paragraph inserted or deleted also has its paragraph mark marked, edits with
修订 off change the w:t text in place, and 批注 go through python-docx 1.2's comments part."""

from __future__ import annotations

import copy

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.run import Run

DATE = "2026-12-05T10:00:00Z"


class LeaderCopy:
    def __init__(self, path):
        self.document = docx.Document(str(path))
        self.next_id = 900

    @property
    def paragraphs(self):
        return [p for p in self.document.element.body if p.tag == qn("w:p")]

    def find(self, text: str):
        """The body paragraph whose text (its w:t) holds `text`."""
        for p in self.paragraphs:
            if text in "".join(t.text or "" for t in p.iter(qn("w:t"))):
                return p
        raise AssertionError(f"no paragraph holds {text!r}")

    def _mark(self, kind: str, author: str):
        mark = OxmlElement(f"w:{kind}")
        mark.set(qn("w:id"), str(self.next_id))
        mark.set(qn("w:author"), author)
        mark.set(qn("w:date"), DATE)
        self.next_id += 1
        return mark

    def _isolate(self, paragraph, text: str):
        """Split the run holding `text` so that `text` is a run of its own; returns that run."""
        for run in paragraph.iter(qn("w:r")):
            t = run.find(qn("w:t"))
            if t is None or text not in (t.text or ""):
                continue
            before, _, after = t.text.partition(text)
            pieces = []
            for part in (before, text, after):
                twin = copy.deepcopy(run)
                twin.find(qn("w:t")).text = part
                pieces.append(twin)
            for twin in pieces:
                run.addprevious(twin)
            run.getparent().remove(run)
            for twin in (pieces[0], pieces[2]):
                if not twin.find(qn("w:t")).text:
                    twin.getparent().remove(twin)
            return pieces[1]
        raise AssertionError(f"no run holds {text!r}")

    @staticmethod
    def _as_deleted(run):
        t = run.find(qn("w:t"))
        if t is not None:  # a run holding only a comment reference has no text
            t.tag = qn("w:delText")

    def replace(self, old: str, new: str, author: str = "李局长"):
        """修订 on: select `old`, type `new`."""
        run = self._isolate(self.find(old), old)
        deleted, inserted = self._mark("del", author), self._mark("ins", author)
        run.addprevious(deleted)
        new_run = copy.deepcopy(run)
        new_run.find(qn("w:t")).text = new
        deleted.append(run)
        self._as_deleted(run)
        deleted.addnext(inserted)
        inserted.append(new_run)

    def delete(self, old: str, author: str = "李局长"):
        run = self._isolate(self.find(old), old)
        deleted = self._mark("del", author)
        run.addprevious(deleted)
        deleted.append(run)
        self._as_deleted(run)

    def insert_after(self, anchor: str, new: str, author: str = "李局长"):
        run = self._isolate(self.find(anchor), anchor)
        inserted = self._mark("ins", author)
        new_run = copy.deepcopy(run)
        new_run.find(qn("w:t")).text = new
        inserted.append(new_run)
        run.addnext(inserted)

    def insert_then_delete(self, anchor: str, new: str, first: str = "李局长", second: str = "王书记"):
        """One reviewer inserts `new` after `anchor`, a second one deletes it again (Word nests the
        deletion inside the insertion)."""
        run = self._isolate(self.find(anchor), anchor)
        inserted, deleted = self._mark("ins", first), self._mark("del", second)
        new_run = copy.deepcopy(run)
        new_run.find(qn("w:t")).text = new
        self._as_deleted(new_run)
        deleted.append(new_run)
        inserted.append(deleted)
        run.addnext(inserted)

    def insert_paragraph_after(self, anchor: str, text: str, author: str = "李局长"):
        """修订 on: Enter at the end of the paragraph holding `anchor`, then type `text`."""
        paragraph = self.find(anchor)
        new = OxmlElement("w:p")
        ppr = copy.deepcopy(paragraph.find(qn("w:pPr")))
        for old in ppr.findall(qn("w:rPr")):
            ppr.remove(old)
        new.append(ppr)
        # Word marks the mark of the paragraph that was split (the anchor's) as inserted
        self._mark_paragraph(paragraph, self._mark("ins", author))
        inserted = self._mark("ins", author)
        run = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = text
        run.append(t)
        inserted.append(run)
        new.append(inserted)
        paragraph.addnext(new)

    def _mark_paragraph(self, paragraph, mark):
        ppr = paragraph.find(qn("w:pPr"))
        rpr = ppr.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            ppr.append(rpr)
        rpr.append(mark)

    def join_with_next(self, text: str, author: str = "李局长"):
        """修订 on: Delete at the end of the paragraph holding `text` joins the next one to it."""
        self._mark_paragraph(self.find(text), self._mark("del", author))

    def split_after(self, text: str, author: str = "李局长"):
        """修订 on: Enter right after `text` (inside its paragraph): the runs after it start a new
        paragraph; the mark Word adds is the first paragraph's, marked inserted."""
        paragraph = self.find(text)
        run = self._isolate(paragraph, text)
        new = OxmlElement("w:p")
        ppr = copy.deepcopy(paragraph.find(qn("w:pPr")))
        for old in ppr.findall(qn("w:rPr")):
            ppr.remove(old)
        new.append(ppr)
        for following in list(run.itersiblings()):
            new.append(following)
        self._mark_paragraph(paragraph, self._mark("ins", author))
        paragraph.addnext(new)

    def delete_paragraph(self, text: str, author: str = "李局长"):
        """修订 on: the whole paragraph selected with its mark and deleted."""
        paragraph = self.find(text)
        deleted = self._mark("del", author)
        for run in [r for r in paragraph if r.tag == qn("w:r")]:
            self._as_deleted(run)
            deleted.append(run)
        paragraph.append(deleted)
        self._mark_paragraph(paragraph, self._mark("del", author))

    def move_paragraph_before(self, text: str, before: str, author: str = "李局长"):
        """修订 on: a whole paragraph cut and pasted before another (w:moveFrom/w:moveTo)."""
        source, target = self.find(text), self.find(before)
        name = f"move{self.next_id}"
        moved = copy.deepcopy(source)
        start = OxmlElement("w:moveFromRangeStart")
        start.set(qn("w:id"), str(self.next_id))
        start.set(qn("w:name"), name)
        start.set(qn("w:author"), author)
        start.set(qn("w:date"), DATE)
        self.next_id += 1
        wrapper = self._mark("moveFrom", author)
        for run in [r for r in source if r.tag == qn("w:r")]:
            wrapper.append(run)  # moved-away text stays w:t inside w:moveFrom
        end = OxmlElement("w:moveFromRangeEnd")
        end.set(qn("w:id"), start.get(qn("w:id")))
        source.extend([start, wrapper, end])
        self._mark_paragraph(source, self._mark("moveFrom", author))
        to = self._mark("moveTo", author)
        for run in [r for r in moved if r.tag == qn("w:r")]:
            to.append(run)
        moved.append(to)
        self._mark_paragraph(moved, self._mark("moveTo", author))
        target.addprevious(moved)

    def edit_directly(self, old: str, new: str):
        """修订 off: the text simply changed."""
        for t in self.find(old).iter(qn("w:t")):
            if old in (t.text or ""):
                t.text = t.text.replace(old, new, 1)
                return
        raise AssertionError(old)

    def comment(self, quote: str, text: str, author: str = "李局长"):
        paragraph = self.find(quote)
        run = self._isolate(paragraph, quote)
        wrapper = docx.text.paragraph.Paragraph(paragraph, self.document._body)
        return self.document.add_comment(Run(run, wrapper), text=text, author=author, initials="李")

    def save(self, path):
        self.document.save(str(path))
        return path
