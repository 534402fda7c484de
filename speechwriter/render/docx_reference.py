"""The office's own Word template (本单位讲话稿模板.docx) as the starting point of an export.

Its page setup (size, margins, grid), header and footer, and the styles it defines are kept; the
speech is written with its styles, found by name as Word and WPS store them (English built-in
names, or the Chinese names a WPS template may carry). A style the template lacks is ours, and
the clerk is told which.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn

from speechwriter.errors import UserError

# our style id → the names it may have in a template (compared without case and spaces)
WANTED = {
    "Title": ("title", "标题"),
    "Heading1": ("heading1", "标题1"),
    "Heading2": ("heading2", "标题2"),
    "Heading3": ("heading3", "标题3"),
    "Normal": ("normal", "正文"),
}
OPTIONAL = {"Heading4": ("heading4", "标题4"), "Subtitle": ("subtitle", "副标题")}
SHOWN_NAME = {"Title": "标题", "Heading1": "标题 1", "Heading2": "标题 2", "Heading3": "标题 3", "Normal": "正文"}


def _key(name: str) -> str:
    return re.sub(r"\s+", "", name or "").lower()


_TEMPLATE_TYPE = b"wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = b"wordprocessingml.document.main+xml"


def _as_document(data: bytes) -> bytes:
    """A Word template (.dotx, the usual form of 本单位模板) as the .docx python-docx opens: only
    the main part's content type differs."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        types = source.read("[Content_Types].xml")
        if _TEMPLATE_TYPE not in types:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for item in source.infolist():
                content = source.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    content = content.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE)
                target.writestr(item, content)
        return out.getvalue()


def open_reference(path: str | os.PathLike) -> tuple[Any, dict[str, str], list[str]]:
    """(python-docx Document with an empty body, our style id → template style id, notes)."""
    target = Path(path)
    if not target.is_file():
        raise UserError(f"找不到单位模板“{target}”。")
    if target.suffix.lower() not in (".docx", ".dotx"):
        raise UserError(f"单位模板“{target.name}”应为 Word 文档或 Word 模板（.docx / .dotx）。")
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(_as_document(target.read_bytes())))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise UserError(f"单位模板“{target.name}”不是有效的 Word 文档，可能已损坏。") from None
    except OSError as err:
        from speechwriter.errors import os_error_message

        raise UserError(f"无法读取单位模板“{target.name}”：{os_error_message(err)}。") from None
    except Exception:  # noqa: BLE001  # lxml errors and the like: the XML inside is broken
        raise UserError(f"单位模板“{target.name}”里的内容已损坏，Word 文档无法解析。") from None
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    by_name: dict[str, str] = {}
    for style in document.styles.element.findall(qn("w:style")):
        if style.get(qn("w:type")) != "paragraph":
            continue
        name = style.find(qn("w:name"))
        by_name.setdefault(_key(name.get(qn("w:val")) if name is not None else ""), style.get(qn("w:styleId")))
    found, missing = {}, []
    for ours, names in {**WANTED, **OPTIONAL}.items():
        style_id = next((by_name[n] for n in names if n in by_name), None)
        if style_id:
            found[ours] = style_id
        elif ours in WANTED:
            missing.append(SHOWN_NAME[ours])
    notes = []
    if missing:
        notes.append(f"单位模板“{target.name}”中没有样式“{'”“'.join(missing)}”，这些段落用了本程序的公文样式。")
    return document, found, notes
