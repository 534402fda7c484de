"""Tags for the PDF Qt wrote: the title and headings as H1…H5, every other block as P, in reading
order, each made of the printed lines it spans (over pages too); page numbers are artifacts. Screen
readers, reflow and "copy as text" then read paragraphs, not a stream of separately placed glyphs.

Qt's engine writes each `drawText` as its own `BT … ET` text object, with its baseline in `Td`;
`paint_page` draws line after line, so the text objects of one printed line are consecutive and
share a baseline. Each line becomes one marked-content sequence (BDC … EMC) with its MCID. When the
objects on a page do not come to the lines laid out there (another Qt), nothing is tagged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from speechwriter.paint.pdf_file import QtPdf
from speechwriter.render.layout import Line, Page

_TEXT_OBJECT = re.compile(rb"(?m)^BT$.*?^ET$", re.S)
_BASELINE = re.compile(rb"(-?[\d.]+)\s+(-?[\d.]+)\s+Td")


def _structure_type(line: Line) -> bytes:
    if line.kind == "title":
        return b"H1"
    if line.kind == "heading":
        return b"H%d" % min(6, line.level + 1)
    return b"P"


def _line_groups(content: bytes) -> list[tuple[int, int]]:
    """(start, end) in the content stream of each run of text objects on one baseline."""
    groups: list[tuple[int, int]] = []
    last = None
    for match in _TEXT_OBJECT.finditer(content):
        baseline = _BASELINE.search(content, match.start(), match.end())
        y = baseline.group(2) if baseline else None
        if groups and y == last:
            groups[-1] = (groups[-1][0], match.end())
        else:
            groups.append((match.start(), match.end()))
        last = y
    return groups


def tag_structure(pdf: QtPdf, pages: Sequence[Page]) -> int | None:
    """Marks the pages' content and adds the structure tree; its root's object number, or None
    (nothing changed) when the PDF's text objects do not match the laid-out lines."""
    page_objects = pdf.pages()
    if len(page_objects) != len(pages):
        return None
    contents: list[tuple[int, bytes]] = []
    per_page: list[list[tuple[int, Line]]] = []   # (MCID, line) of each page
    for number, page in zip(page_objects, pages):
        stream = pdf.ref(number, b"Contents")
        if stream is None:
            return None
        content = pdf.stream(stream)
        groups = _line_groups(content)
        lines = [line for line in page.lines if "".join(s.text for s in line.spans).strip()]
        if len(groups) != len(lines) + (1 if page.label else 0):
            return None
        out, at, marked = bytearray(), 0, []
        for i, (start, end) in enumerate(groups):
            out += content[at:start]
            if i < len(lines):
                out += b"/%s <</MCID %d>> BDC\n" % (_structure_type(lines[i]), i)
                marked.append((i, lines[i]))
            else:
                out += b"/Artifact <</Type /Pagination>> BDC\n"
            out += content[start:end] + b"\nEMC"
            at = end
        out += content[at:]
        contents.append((stream, bytes(out)))
        per_page.append(marked)

    root, document = pdf.add(b""), pdf.add(b"")
    elements: dict[int, int] = {}          # block → its element's object
    kids: dict[int, list[bytes]] = {}      # block → its marked-content references
    kinds: dict[int, bytes] = {}
    parents: list[bytes] = []
    for index, (page_object, marked) in enumerate(zip(page_objects, per_page)):
        for mcid, line in marked:
            if line.block not in elements:
                elements[line.block] = pdf.add(b"")
                kinds[line.block] = _structure_type(line)
            kids.setdefault(line.block, []).append(b"<< /Type /MCR /Pg %d 0 R /MCID %d >>" % (page_object, mcid))
        parents.append(b"%d [%s]" % (index, b" ".join(b"%d 0 R" % elements[line.block] for _, line in marked)))
    for block, element in elements.items():
        pdf.set(element, b"<< /Type /StructElem /S /%s /P %d 0 R /K [%s] >>"
                % (kinds[block], document, b" ".join(kids[block])))
    pdf.set(document, b"<< /Type /StructElem /S /Document /P %d 0 R /K [%s] >>"
            % (root, b" ".join(b"%d 0 R" % elements[b] for b in sorted(elements))))
    pdf.set(root, b"<< /Type /StructTreeRoot /K %d 0 R /ParentTree << /Nums [%s] >> /ParentTreeNextKey %d >>"
            % (document, b" ".join(parents), len(page_objects)))
    for stream, content in contents:
        pdf.set_stream(stream, content)
    for index, number in enumerate(page_objects):
        pdf.add_to_dictionary(number, b"/StructParents %d\n/Tabs /S" % index)
    return root
