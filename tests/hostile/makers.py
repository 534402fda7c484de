"""Hostile and damaged files, made on the spot (nothing large is committed): the reproductions of
issue 19, shared by the tests in this folder and bench/hostile.py."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

SPEECH = ("在全县安全生产工作会议上的讲话\n同志们：\n今天，我们召开全县安全生产工作会议。\n"
          "一、提高认识，切实增强责任感\n安全生产事关人民群众生命财产安全。\n"
          "二、压实责任，严格落实安全生产责任制\n要坚持党政同责、一岗双责。\n同志们，谢谢大家！\n")
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def speech_docx_bytes(text: str = SPEECH) -> bytes:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def rezip(data: bytes, change) -> bytes:
    """The .docx `data` with each member passed through `change(name, bytes)` (None drops it)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = change(item.filename, source.read(item.filename))
            if content is not None:
                target.writestr(item.filename, content)
    return out.getvalue()


def percent_docx(path: Path, repeats: int = 200_000, paragraphs: int = 400) -> Path:
    """A small .docx whose list-number text is `%1` repeated `repeats` times, on every paragraph."""
    level = (f'<w:abstractNum w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
             f'<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="{"%1" * repeats}"/></w:lvl></w:abstractNum>'
             '<w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num>').encode()
    def change(name, data):
        if name == "word/numbering.xml":
            return data.replace(b"</w:numbering>", level + b"</w:numbering>")
        if name == "word/document.xml":
            para = (b'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr></w:pPr>'
                    + "<w:r><w:t>要抓好落实。</w:t></w:r></w:p>".encode())
            return data.replace(b"<w:body>", b"<w:body>" + para * paragraphs, 1)
        return data

    path.write_bytes(rezip(speech_docx_bytes(), change))
    return path


def bad_deflate_docx(path: Path) -> Path:
    """A .docx whose body's compressed data is damaged (its zip directory is intact)."""
    data = bytearray(speech_docx_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for k in range(start + 2, start + min(info.compress_size, 400)):
        data[k] ^= 0x5A
    path.write_bytes(bytes(data))
    return path


def encrypted_member_docx(path: Path) -> Path:
    """A .docx whose body is flagged as an encrypted zip member (general-purpose flag bit 0)."""
    data = bytearray(speech_docx_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    data[info.header_offset + 6] |= 1
    central = data.find(b"PK\x01\x02")
    while central != -1:   # every central-directory entry of that name gets the flag as well
        name_len = int.from_bytes(data[central + 28:central + 30], "little")
        if bytes(data[central + 46:central + 46 + name_len]) == b"word/document.xml":
            data[central + 8] |= 1
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))
    return path


def wrong_root_docx(path: Path) -> Path:
    """A .docx whose body part is well-formed XML of another root element."""
    path.write_bytes(rezip(speech_docx_bytes(), lambda name, data: (
        f'<?xml version="1.0"?><w:numbering {W_NS}><w:p/></w:numbering>'.encode()
        if name == "word/document.xml" else data)))
    return path


def without_member_docx(path: Path, member: str) -> Path:
    path.write_bytes(rezip(speech_docx_bytes(), lambda name, data: None if name == member else data))
    return path


def many_styles_docx(path: Path, count: int = 600_000) -> Path:
    style = b'<w:style w:type="paragraph" w:styleId="S%d"><w:name w:val="S%d"/></w:style>'

    def change(name, data):
        if name == "word/styles.xml":
            return data.replace(b"</w:styles>", b"".join(style % (i, i) for i in range(count)) + b"</w:styles>")
        return data

    path.write_bytes(rezip(speech_docx_bytes(), change))
    return path


def zip_bomb_docx(path: Path, megabytes: int = 2000) -> Path:
    """A .docx of about a megabyte whose styles part inflates to `megabytes` MB."""
    base = speech_docx_bytes()
    with zipfile.ZipFile(io.BytesIO(base)) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename == "word/styles.xml":
                with target.open(item.filename, "w", force_zip64=True) as handle:
                    chunk = b" " * (1 << 20)
                    for _ in range(megabytes):
                        handle.write(chunk)
                continue
            target.writestr(item, source.read(item.filename))
    return path
