"""Helpers to read a .docx the way the tests check it: its XML parts, normalised for comparison."""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NS = {"w": W[1:-1]}


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def xml(data: bytes, name: str):
    return etree.fromstring(parts(data)[name])


def normalised(raw: bytes) -> str:
    """Pretty-printed XML without revision ids (rsid*), which change with every save in Word."""
    root = etree.fromstring(raw)
    for element in root.iter():
        for attr in list(element.attrib):
            if re.search(r"}rsid", attr):
                del element.attrib[attr]
    for rsids in root.iter(f"{W}rsids"):
        rsids.getparent().remove(rsids)
    return etree.tostring(root, pretty_print=True, encoding="unicode")
