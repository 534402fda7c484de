"""Reading a sample speech from disk: .txt in any common Chinese encoding, or .docx.

Everything that can go wrong with the file itself becomes a `UserError` in Chinese that names the
file and the problem; the analyser only ever sees text.
"""

from __future__ import annotations

import codecs
import os
import zipfile
from pathlib import Path

from speechwriter import filetypes
from speechwriter.errors import UserError

# A speech is tens of kilobytes; a folder of past speeches may hold an odd huge export. Refuse
# early instead of freezing: 10 MB of plain text is ~3 million characters, ~1,000 speeches.
MAX_TEXT_BYTES = 10 * 1024 * 1024
# .docx files carry pictures; what counts is the unpacked document.xml.
MAX_DOCX_BYTES = 200 * 1024 * 1024
MAX_DOCX_XML_BYTES = 30 * 1024 * 1024

TEXT_SUFFIXES = {*filetypes.TEXT.suffixes, ""}
DOCX_SUFFIXES = set(filetypes.WORD.suffixes)


def read_speech_file(path: str | os.PathLike) -> str:
    """Return the text of a .txt or .docx speech, one paragraph per line."""
    file = Path(path)
    name = str(path)
    if not file.exists():
        raise UserError(f"找不到文件“{name}”。")
    if file.is_dir():
        raise UserError(f"“{name}”是文件夹，不是讲稿文件。")
    suffix = file.suffix.lower()
    if filetypes.OLD_WORD.matches(file):
        raise UserError(f"“{name}”是旧版 Word/WPS 格式，请在 Word 或 WPS 中另存为 .docx 后再导入。")
    try:
        size = file.stat().st_size
        if suffix in DOCX_SUFFIXES:
            if size > MAX_DOCX_BYTES:
                raise UserError(f"“{name}”太大（{size / 1048576:.0f} MB），不像是一篇讲稿。")
            text = _read_docx(file, name)
        else:
            if size > MAX_TEXT_BYTES:
                raise UserError(f"“{name}”太大（{size / 1048576:.0f} MB），一篇讲稿的文本一般不超过 10 MB。")
            text = decode_text(file.read_bytes(), name)
    except PermissionError:
        raise UserError(f"没有读取“{name}”的权限。") from None
    except IsADirectoryError:
        raise UserError(f"“{name}”是文件夹，不是讲稿文件。") from None
    except OSError as err:
        raise UserError(f"无法读取“{name}”：{err.strerror or err}。") from None
    if not text.strip():
        raise UserError(f"“{name}”是空的，没有可分析的文字。")
    if not any(_is_cjk(ch) for ch in text):
        raise UserError(f"“{name}”里没有中文内容，不像是一篇中文讲稿。")
    return text


def decode_text(data: bytes, name: str = "文件") -> str:
    """Decode bytes of a text file: BOMs first, then UTF-8, UTF-16 without BOM, GB18030."""
    if not data:
        return ""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _decode_or_fail(data, encoding, name)
    if data[:4096].count(0):
        # only UTF-16 text has zero bytes (in every ASCII character); anything else with them is binary
        text = _best_reading(data, ("utf-16-le", "utf-16-be"))
        if text is None:
            raise UserError(f"“{name}”不是文本文件（像是程序或图片等二进制文件）。")
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _best_reading(data, ("gb18030",))
    if text is None:
        raise UserError(f"“{name}”的文字编码无法识别（既不是 UTF-8，也不是 GBK/GB18030），也可能不是文本文件。")
    return text


def _best_reading(data: bytes, encodings: tuple[str, ...]) -> str | None:
    """The decoding that looks most like Chinese text, if any looks like text at all."""
    readings = []
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        readings.append((_text_score(text[:4096]), text))
    if not readings:
        return None
    score, text = max(readings, key=lambda r: r[0])
    return text if score >= 0.9 else None


def _text_score(text: str) -> float:
    """Share of characters that ordinary Chinese text is made of."""
    if not text:
        return 0.0
    good = sum(1 for ch in text if _is_cjk(ch) or ch.isascii() and (ch.isprintable() or ch in "\r\n\t")
               or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or "\u2010" <= ch <= "\u2027")
    return good / len(text)


def _decode_or_fail(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise UserError(f"“{name}”的文字编码损坏，无法按 {encoding.upper()} 读取。") from None


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _read_docx(file: Path, name: str) -> str:
    if not zipfile.is_zipfile(file):
        raise UserError(f"“{name}”不是有效的 Word 文档（.docx），文件可能已损坏或只是改了扩展名。")
    try:
        with zipfile.ZipFile(file) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_DOCX_XML_BYTES:
                raise UserError(f"“{name}”的正文太大，不像是一篇讲稿。")
    except KeyError:
        raise UserError(f"“{name}”不是 Word 文档：里面没有正文部分（word/document.xml）。") from None
    except zipfile.BadZipFile:
        raise UserError(f"“{name}”不是有效的 Word 文档（.docx），文件已损坏。") from None
    from speechwriter.core.docx_text import docx_paragraphs  # python-docx only when a .docx is read

    return "\n".join(docx_paragraphs(file, name))
