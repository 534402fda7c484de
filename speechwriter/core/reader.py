"""Reading a sample speech from disk: .txt in any common Chinese encoding, or .docx.

Everything that can go wrong with the file itself becomes a `UserError` in Chinese that names the
file and the problem; the analyser only ever sees text.
"""

from __future__ import annotations

import codecs
import os
import stat
import zipfile
from pathlib import Path

from speechwriter.errors import UserError, os_reason

# Limits (also in the README). A speech is tens of kilobytes; a folder of past speeches may hold an
# odd huge export or something that is not a file at all. Refuse early instead of freezing.
MAX_TEXT_BYTES = 20 * 1024 * 1024          # a .txt: ~7 million characters, hundreds of speeches
MAX_DOCX_BYTES = 50 * 1024 * 1024          # a .docx as stored (pictures included)
MAX_DOCX_UNPACKED = 200 * 1024 * 1024      # everything in the .docx unpacked, from its directory
MAX_DOCX_XML_BYTES = 60 * 1024 * 1024      # its XML parts unpacked (each is parsed in memory)
MAX_DOCUMENT_XML_BYTES = 30 * 1024 * 1024  # the body (word/document.xml) unpacked
MAX_PARAGRAPHS = 50_000                    # lines of text in one file

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
DOCX_SUFFIXES = {".docx", ".docm", ".dotx"}


def read_regular_file(path: str | os.PathLike, limit: int, what: str = "文件") -> bytes:
    """The bytes of a regular file of at most `limit` bytes; a folder, pipe or device is refused.

    The file is opened without blocking and checked again once open, so a named pipe swapped in
    at the last moment cannot hang the reader either.
    """
    name = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise UserError(f"找不到{what}“{name}”。") from None
    except OSError as err:
        raise UserError(f"无法读取{what}“{name}”：{os_reason(err)}。") from None
    _check_regular(info, name, what)
    _check_size(info.st_size, limit, name, what)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as err:
        raise UserError(f"无法读取{what}“{name}”：{os_reason(err)}。") from None
    try:
        with os.fdopen(fd, "rb") as handle:
            _check_regular(os.fstat(handle.fileno()), name, what)
            data = handle.read(limit + 1)
    except OSError as err:
        raise UserError(f"无法读取{what}“{name}”：{os_reason(err)}。") from None
    _check_size(len(data), limit, name, what)
    return data


def _check_regular(info: os.stat_result, name: str, what: str) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise UserError(f"“{name}”是文件夹，不是{what}。")
    if not stat.S_ISREG(info.st_mode):
        raise UserError(f"“{name}”不是普通文件（像是管道或设备），不能作为{what}读取。")


def _check_size(size: int, limit: int, name: str, what: str) -> None:
    if size > limit:
        raise UserError(f"{what}“{name}”太大（超过 {limit // 1048576} MB），不像是一篇讲稿。")


def read_speech_file(path: str | os.PathLike) -> str:
    """Return the text of a .txt or .docx speech, one paragraph per line."""
    file = Path(path)
    name = str(path)
    suffix = file.suffix.lower()
    if suffix == ".doc" or suffix == ".wps":
        raise UserError(f"“{name}”是旧版 Word/WPS 格式，请在 Word 或 WPS 中另存为 .docx 后再导入。")
    if suffix in DOCX_SUFFIXES:
        text = _read_docx(file, name)
    else:
        text = decode_text(read_regular_file(file, MAX_TEXT_BYTES, "讲稿文件"), name)
    if not text.strip():
        raise UserError(f"“{name}”是空的，没有可分析的文字。")
    if text.count("\n") >= MAX_PARAGRAPHS:
        raise UserError(f"“{name}”的段落超过 {MAX_PARAGRAPHS:,} 个，不像是讲稿；请拆成几个文件再导入。")
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
    """Paragraphs of a .docx, after its zip directory shows it is a sane size (before inflating)."""
    import io

    data = read_regular_file(file, MAX_DOCX_BYTES, "Word 文档")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if sum(m.file_size for m in members) > MAX_DOCX_UNPACKED or \
                    sum(m.file_size for m in members if m.filename.lower().endswith((".xml", ".rels"))) \
                    > MAX_DOCX_XML_BYTES:
                raise UserError(f"“{name}”解压后太大（超过 {MAX_DOCX_XML_BYTES // 1048576} MB 的内容），不像是一篇讲稿。")
            body = archive.getinfo("word/document.xml")
            if body.file_size > MAX_DOCUMENT_XML_BYTES:
                raise UserError(f"“{name}”的正文太大，不像是一篇讲稿。")
            xml = archive.read(body)
    except KeyError:
        raise UserError(f"“{name}”不是 Word 文档：里面没有正文部分（word/document.xml）。") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, ValueError, OSError):
        raise UserError(f"“{name}”不是有效的 Word 文档（.docx），文件可能已损坏或只是改了扩展名。") from None
    if xml.count(b"<w:p>") + xml.count(b"<w:p ") >= MAX_PARAGRAPHS:
        raise UserError(f"“{name}”的段落超过 {MAX_PARAGRAPHS:,} 个，不像是讲稿；请拆成几个文件再导入。")
    del xml
    from speechwriter.core.docx_text import docx_paragraphs  # python-docx only when a .docx is read

    return "\n".join(docx_paragraphs(io.BytesIO(data), name))
