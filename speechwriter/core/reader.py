"""Reading a sample speech from disk: .txt in any common Chinese encoding, or .docx.

Everything that can go wrong with the file itself becomes a `UserError` in Chinese that names the
file and the problem; the analyser only ever sees text.
"""

from __future__ import annotations

import codecs
import functools
import os
import stat
from pathlib import Path
from typing import Any

from speechwriter import filetypes
from speechwriter.core import budget
from speechwriter.errors import UserError, os_reason

# Limits (also in the README). A speech is tens of kilobytes; a folder of past speeches may hold an
# odd huge export or something that is not a file at all. Refuse early instead of freezing.
MAX_TEXT_BYTES = 20 * 1024 * 1024          # a .txt: ~7 million characters, hundreds of speeches
MAX_DOCX_BYTES = 50 * 1024 * 1024          # a .docx as stored (pictures included)
MAX_PARAGRAPHS = 20_000                    # lines of text in one file (a long report has a few hundred)

TEXT_SUFFIXES = {*filetypes.TEXT.suffixes, ""}
DOCX_SUFFIXES = set(filetypes.WORD.suffixes)


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
    budget.spend_bytes(len(data))
    return data


MAX_JSON_DIGITS = 30   # a number in a label or settings file; Python refuses past 4,300 digits with English


def read_json_file(path: str | os.PathLike, limit: int, what: str = "文件") -> Any:
    """The JSON value in a regular file of at most `limit` bytes (UTF-8, a BOM allowed); every way
    it can be wrong is one Chinese sentence naming the file (a number of thousands of digits, nesting
    too deep, not UTF-8, not JSON)."""
    import json

    raw = read_regular_file(path, limit, what)

    def number(text: str) -> int:
        if len(text) > MAX_JSON_DIGITS:
            raise ValueError("number too long")
        return int(text)

    try:
        return json.loads(raw.decode("utf-8-sig"), parse_int=number)
    except UnicodeDecodeError:
        raise UserError(f"{what}“{path}”不是 UTF-8 编码的文本。") from None
    except json.JSONDecodeError as err:
        raise UserError(f"{what}“{path}”不是有效的 JSON（第 {err.lineno} 行第 {err.colno} 列）。") from None
    except ValueError:
        raise UserError(f"{what}“{path}”中有超过 {MAX_JSON_DIGITS} 位的数字，不像是有效的内容。") from None
    except RecursionError:
        raise UserError(f"{what}“{path}”的内容嵌套太深，不像是有效的内容。") from None


def _check_regular(info: os.stat_result, name: str, what: str) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise UserError(f"“{name}”是文件夹，不是{what}。")
    if not stat.S_ISREG(info.st_mode):
        raise UserError(f"“{name}”不是普通文件（像是管道或设备），不能作为{what}读取。")


def _check_size(size: int, limit: int, name: str, what: str) -> None:
    if size > limit:
        raise UserError(f"{what}“{name}”太大（超过 {limit // 1048576} MB），不像是一篇讲稿。")


READ_SECONDS = 20.0   # one file read (inside a render, the render's own budget applies)


def read_speech_file(path: str | os.PathLike) -> str:
    """Return the text of a .txt or .docx speech, one paragraph per line, within the task's budget."""
    with budget.task_budget(seconds=READ_SECONDS):
        return _read_speech_file(path)


def _read_speech_file(path: str | os.PathLike) -> str:
    file = Path(path)
    name = str(path)
    suffix = file.suffix.lower()
    if filetypes.OLD_WORD.matches(file):
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
    """Decode bytes of a text file: UTF-8, then a BOM, then UTF-16 without BOM, then GB18030.

    Without a BOM the choice is made on the first 64 KB: zero bytes mean UTF-16 (every ASCII
    character has one, at odd offsets in little-endian, even in big-endian) or a binary file;
    otherwise each possible reading (GB18030, and UTF-16 for text of Chinese characters only) is
    scored by its share of common characters (those of GB 2312, ASCII, Chinese punctuation,
    ①…), and the best is taken if it looks like text. A short GBK text with ① reads right, and
    UTF-16 read as GB18030 scores near nothing (its bytes never form a GB 2312 character).
    """
    if not data:
        return ""
    if data.startswith(codecs.BOM_UTF8):
        return _decode_or_fail(data, "utf-8-sig", name)
    try:
        text = data.decode("utf-8")
        zeros = text.count("\x00")
        if not zeros:
            return text
        if zeros <= 16 or zeros * 100 < len(text):   # a few stray NULs in a UTF-8 speech (a crashed editor): not UTF-16
            return text.replace("\x00", "")
    except UnicodeDecodeError:
        pass
    for bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if data.startswith(bom):
            return _decode_or_fail(data, "utf-16", name)
    sample = data[:_SAMPLE_BYTES]
    zeros_even, zeros_odd = sample[0::2].count(0), sample[1::2].count(0)
    if zeros_even or zeros_odd:
        order = ("utf-16-le", "utf-16-be") if zeros_odd >= zeros_even else ("utf-16-be", "utf-16-le")
        wide = _best_reading(data, order)
        if wide is None:
            raise UserError(f"“{name}”不是文本文件（像是程序或图片等二进制文件）。")
        return wide
    candidates = ("gb18030", "utf-16-le", "utf-16-be") if len(data) % 2 == 0 else ("gb18030",)
    best = _best_reading(data, candidates)
    if best is None:
        raise UserError(f"“{name}”的文字编码无法识别（既不是 UTF-8、UTF-16，也不是 GBK/GB18030），也可能不是文本文件。")
    return best


_SAMPLE_BYTES = 64 * 1024
_MIN_SCORE = 0.7


def _best_reading(data: bytes, encodings: tuple[str, ...]) -> str | None:
    """The decoding that looks most like Chinese text, if any looks like text at all."""
    best: tuple[float, str] | None = None
    for encoding in encodings:
        try:
            sample = data[:_SAMPLE_BYTES].decode(encoding, errors="strict" if len(data) <= _SAMPLE_BYTES else "ignore")
        except UnicodeDecodeError:
            continue
        score = _text_score(sample)
        if score >= _MIN_SCORE and (best is None or score > best[0]):
            try:
                best = (score, data.decode(encoding))
            except UnicodeDecodeError:
                continue
    return best[1] if best else None


def _text_score(text: str) -> float:
    """Share of characters that ordinary Chinese text is made of."""
    if not text:
        return 0.0
    return sum(1 for ch in text if _common(ch)) / len(text)


@functools.lru_cache(maxsize=16384)
def _common(ch: str) -> bool:
    if ch.isascii():
        return ch.isprintable() or ch in "\r\n\t"
    if "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or "\u2010" <= ch <= "\u206f" \
            or "\u2460" <= ch <= "\u24ff" or "\u2150" <= ch <= "\u218f":
        return True  # Chinese and full-width punctuation, quotes and dashes, ①⑴⒈, Ⅰ
    try:
        ch.encode("gb2312")  # the 6,763 characters of everyday Chinese and its symbols
    except UnicodeEncodeError:
        return False
    return True


def _decode_or_fail(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise UserError(f"“{name}”的文字编码损坏，无法按 {encoding.upper()} 读取。") from None


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def read_docx_package(file: str | os.PathLike, name: str, parts: tuple[str, ...] = ()) -> tuple[bytes, dict[str, bytes]]:
    """(the .docx's checked bytes, {part: its XML}) for word/document.xml and those of `parts` the
    package has, after the checks every .docx read passes (core.docx_text.checked_package)."""
    import io
    import zipfile

    from speechwriter.core.docx_text import BODY, checked_package

    data = checked_package(read_regular_file(file, MAX_DOCX_BYTES, "Word 文档"), name)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        found = {part: archive.read(part) for part in (BODY, *parts) if part in names}
    return data, found


def _read_docx(file: Path, name: str) -> str:
    """Paragraphs of a .docx, after its zip directory shows it is a sane size (before inflating)."""
    from speechwriter.core.docx_text import docx_paragraphs  # python-docx only when a .docx is read

    lines = docx_paragraphs(read_regular_file(file, MAX_DOCX_BYTES, "Word 文档"), name)
    if len(lines) >= MAX_PARAGRAPHS:
        raise UserError(f"“{name}”的段落超过 {MAX_PARAGRAPHS:,} 个，不像是讲稿；请拆成几个文件再导入。")
    return "\n".join(lines)
