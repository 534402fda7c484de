"""A small editor for the PDF files Qt's PDF engine writes: objects found through the classic
cross-reference table, read, replaced or added, and the file written again with a new table.
It reads only that layout (one xref table, `N 0 obj … endobj`); anything else is a ValueError and
the caller keeps the file as Qt wrote it.
"""

from __future__ import annotations

import re
import zlib


class QtPdf:
    def __init__(self, data: bytes):
        found = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
        if not found:
            raise ValueError("no startxref")
        xref = int(found.group(1))
        if not data.startswith(b"xref", xref):
            raise ValueError("not a classic cross-reference table")
        trailer = data.index(b"trailer", xref)
        starts: dict[int, int] = {}
        number = 0
        for line in data[xref:trailer].split(b"\n")[1:]:
            parts = line.split()
            if len(parts) == 2:
                number = int(parts[0])
            elif len(parts) == 3:
                if parts[2] == b"n":
                    starts[number] = int(parts[0])
                number += 1
        if not starts:
            raise ValueError("no objects")
        ordered = sorted(starts.items(), key=lambda item: item[1])
        self.data = data
        self.order = [n for n, _ in ordered]
        self.spans = {n: (start, ordered[i + 1][1] if i + 1 < len(ordered) else xref)
                      for i, (n, start) in enumerate(ordered)}
        self.trailer = data[trailer:data.index(b"startxref", trailer)]
        self.changed: dict[int, bytes] = {}

    # reading -------------------------------------------------------------------------------
    def body(self, number: int) -> bytes:
        """What stands between `N 0 obj` and `endobj`."""
        if number in self.changed:
            return self.changed[number]
        start, end = self.spans[number]
        text = self.data[start:end]
        head = re.match(rb"\s*\d+\s+0\s+obj\s*", text)
        tail = text.rfind(b"endobj")
        if not head or tail < 0:
            raise ValueError(f"object {number}")
        return text[head.end():tail]

    def dictionary(self, number: int) -> bytes:
        body = self.body(number)
        stream = re.search(rb"stream\r?\n", body)
        return body[:stream.start()] if stream else body

    def stream(self, number: int) -> bytes:
        """The decoded data of a stream object (its /Length may be another object)."""
        body = self.body(number)
        match = re.search(rb"stream\r?\n", body)
        if not match:
            raise ValueError(f"object {number} is no stream")
        head = body[:match.start()]
        length = re.search(rb"/Length\s+(\d+)(\s+0\s+R)?", head)
        if not length:
            raise ValueError(f"object {number} has no length")
        size = int(self.body(int(length.group(1))).strip()) if length.group(2) else int(length.group(1))
        data = body[match.end():match.end() + size]
        if b"/FlateDecode" in head:
            data = zlib.decompress(data)
        elif b"/Filter" in head:
            raise ValueError(f"object {number}: a filter other than Flate")
        return data

    def ref(self, number: int, key: bytes) -> int | None:
        """The object an entry of a dictionary points at (`/Key N 0 R`)."""
        found = re.search(rb"/" + key + rb"\s+(\d+)\s+0\s+R", self.dictionary(number))
        return int(found.group(1)) if found else None

    def root(self) -> int:
        found = re.search(rb"/Root\s+(\d+)\s+0\s+R", self.trailer)
        if not found:
            raise ValueError("no /Root")
        return int(found.group(1))

    def pages(self) -> list[int]:
        """Page objects in order (Qt writes one flat /Kids list)."""
        pages = self.ref(self.root(), b"Pages")
        if pages is None:
            raise ValueError("no /Pages")
        kids = re.search(rb"/Kids\s*\[(.*?)\]", self.dictionary(pages), re.S)
        if not kids:
            raise ValueError("no /Kids")
        return [int(n) for n in re.findall(rb"(\d+)\s+0\s+R", kids.group(1))]

    # changing -------------------------------------------------------------------------------
    def set(self, number: int, body: bytes) -> None:
        self.changed[number] = body

    def set_stream(self, number: int, data: bytes, extra: bytes = b"") -> None:
        packed = zlib.compress(data)
        self.set(number, b"<< /Length %d /Filter /FlateDecode%s >>\nstream\n" % (len(packed), extra)
                 + packed + b"\nendstream\n")

    def add(self, body: bytes) -> int:
        number = max([*self.spans, *self.changed]) + 1
        self.changed[number] = body
        return number

    def add_to_dictionary(self, number: int, entries: bytes) -> None:
        """Entries put just inside the object's outermost `<<`."""
        body = self.body(number)
        at = body.index(b"<<") + 2
        self.set(number, body[:at] + b"\n" + entries + body[at:])

    def write(self) -> bytes:
        if not self.changed:
            return self.data
        out = bytearray(self.data[:self.spans[self.order[0]][0]])
        offsets = {}
        added = sorted(n for n in self.changed if n not in self.spans)
        for number in [*self.order, *added]:
            offsets[number] = len(out)
            if number in self.changed:
                out += b"%d 0 obj\n" % number + self.changed[number] + b"\nendobj\n"
            else:
                start, end = self.spans[number]
                out += self.data[start:end]
        size = max(offsets) + 1
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % size
        for number in range(1, size):
            out += b"%010d 00000 n \n" % offsets[number] if number in offsets else b"0000000000 65535 f \n"
        trailer = re.sub(rb"/Size\s+\d+", b"/Size %d" % size, self.trailer)
        out += trailer + b"startxref\n%d\n%%%%EOF\n" % xref
        return bytes(out)
