"""Paragraph text of a .docx, with the numbers Word draws for list paragraphs put back in front.

A clerk's 一、/（一）/1. headings are often Word list numbering, which is not part of the run text;
without it the analyser would see un-numbered headings.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable

from speechwriter.core import budget
from speechwriter.core.numerals import numeral_or_digits
from speechwriter.errors import UserError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_LIST_LEVEL = 8  # Word's list levels are 0–8; anything else in a file is not a level Word draws
MAX_LEVEL_TEXT = 40  # a list number's text (“第%1章”, “（%2）”); Word's own dialog takes far less

# What a .docx may hold, checked on its zip directory before anything is inflated (the sizes
# there are upper bounds: Python's zip reader never inflates a member past its stated size).
MAX_MEMBERS = 2000
MAX_UNPACKED = 200 * 1024 * 1024          # everything unpacked, pictures included
MAX_XML_BYTES = 60 * 1024 * 1024          # all XML parts unpacked (each is parsed in memory)
MAX_BODY_BYTES = 30 * 1024 * 1024         # the body (word/document.xml)
MAX_PART_BYTES = 8 * 1024 * 1024          # any other XML part (styles, numbering, fonts …: tens of KB in life)
BODY = "word/document.xml"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"   # a compound file: a password-protected .docx, or an old .doc
_RELATIONSHIPS = ".rels"   # a package part (not a file type of ours): the links of the part it is named after
_TEMPLATE_TYPE = b"wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = b"wordprocessingml.document.main+xml"


def checked_package(data: bytes, name: str, what: str = "Word 文档") -> bytes:
    """The bytes of a .docx/.dotx that is safe to hand to python-docx, or a UserError naming the
    problem: too big once unpacked (known from the zip directory, before inflating), an encrypted
    member, damaged compressed data, no body. A Word template (.dotx) comes back as a .docx (only
    its main part's content type differs)."""
    spaced = (" " if what[:1].isascii() else "") + what   # “不是有效的 Word 文档”
    damaged = UserError(f"“{name}”不是有效的{spaced}，文件可能已损坏或只是改了扩展名。")
    if data.startswith(_OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise UserError(f"“{name}”设置了打开密码（已加密），请在 Word/WPS 中取消密码后另存再用。")
        raise UserError(f"“{name}”是旧版 Word（.doc）格式，请在 Word 或 WPS 里另存为 .docx 后再用。")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise UserError(f"“{name}”里的部件超过 {MAX_MEMBERS} 个，不像是{what}。")
            xml = [m for m in members if m.filename.lower().endswith((".xml", ".rels"))]
            if sum(m.file_size for m in members) > MAX_UNPACKED or sum(m.file_size for m in xml) > MAX_XML_BYTES:
                raise UserError(f"“{name}”解压后太大（超过 {MAX_XML_BYTES // 1048576} MB 的内容），不像是{what}。")
            for member in xml:
                limit = MAX_BODY_BYTES if member.filename == BODY else MAX_PART_BYTES
                if member.file_size > limit:
                    raise UserError(f"“{name}”中的“{member.filename}”解压后太大（超过 {limit // 1048576} MB），不像是{what}。")
            if any(m.flag_bits & 0x1 for m in members):
                raise UserError(f"“{name}”已加密（设置了打开密码），请在 Word/WPS 中取消密码后另存再用。")
            names = {m.filename for m in members}
            if BODY not in names:
                raise UserError(f"“{name}”不是{spaced}：里面没有正文部分（{BODY}）。")
            budget.spend_bytes(sum(m.file_size for m in xml))
            parts = {m.filename: archive.read(m) for m in xml}   # every XML part inflated once: damage shows here
            changed = {}
            types = parts.get("[Content_Types].xml", b"")
            if _TEMPLATE_TYPE in types:
                changed["[Content_Types].xml"] = types.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE)
            for part_name, content in parts.items():
                if part_name.endswith(_RELATIONSHIPS):
                    kept = _without_dangling(part_name, content, names)
                    if kept is not None:
                        changed[part_name] = kept
            if not changed:
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
                for member in members:
                    new = changed.get(member.filename, parts.get(member.filename))
                    target.writestr(member, archive.read(member) if new is None else new)
            return out.getvalue()
    except UserError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError, ValueError,
            RuntimeError, OSError, KeyError):
        raise damaged from None


def _without_dangling(rels_name: str, content: bytes, names: set[str]) -> bytes | None:
    """The relationships part without links to parts the package lacks (a valid file saved by
    another program may simply have no fontTable.xml or settings.xml), as Word repairs it; None
    when nothing dangles."""
    import posixpath

    from lxml import etree

    try:
        root = etree.fromstring(content)
    except etree.XMLSyntaxError:
        return None
    folder = posixpath.dirname(posixpath.dirname(rels_name))   # word/_rels/document.xml.rels → word
    dropped = False
    for rel in list(root):
        target = rel.get("Target") or ""
        if rel.get("TargetMode") == "External" or not target:
            continue
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        if path not in names:
            root.remove(rel)
            dropped = True
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True) if dropped else None


def open_package(data: bytes, name: str, what: str = "Word 文档"):
    """The python-docx Document of checked bytes; a body of another root element is refused."""
    import docx  # python-docx
    from docx.oxml.ns import qn

    try:
        document = docx.Document(io.BytesIO(checked_package(data, name, what)))
    except UserError:
        raise
    except Exception:  # noqa: BLE001 - python-docx and lxml raise many kinds for a broken inside
        raise UserError(f"“{name}”里的内容已损坏，{what}无法解析。") from None
    if document.element.tag != qn("w:document") or document.element.find(qn("w:body")) is None:
        raise UserError(f"“{name}”里的正文部分不是 Word 正文（内容已损坏或不是 Word 文档）。")
    return document


def _number(value, default: int | None) -> int | None:
    """An integer attribute as Word writes it; `default` when missing or not a number ("abc")."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return number if -10 ** 6 < number < 10 ** 6 else default


def _start(node) -> int:
    number = _number(node.get(f"{_W}val"), 1) if node is not None else 1
    return 1 if number is None else number


_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalFullWidth": lambda n: "".join(chr(ord(c) + 0xFEE0) for c in str(n)),
    "chineseCounting": numeral_or_digits,
    "chineseCountingThousand": numeral_or_digits,
    "ideographTraditional": lambda n: "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10],
    "japaneseCounting": numeral_or_digits,
    "taiwaneseCounting": numeral_or_digits,
    "decimalEnclosedCircle": lambda n: chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n),
    "lowerLetter": lambda n: chr(ord("a") + (n - 1) % 26),
    "upperLetter": lambda n: chr(ord("A") + (n - 1) % 26),
}


def docx_paragraphs(data: bytes, name: str) -> list[str]:
    """The paragraphs of the .docx `data`, each counted against the task's budget as it is read."""
    document = open_package(data, name)
    try:
        levels = _list_levels(document)
        counters: dict[tuple[str, int], int] = {}
        lines = []
        for paragraph in document.paragraphs:
            budget.step()
            text = _join_soft_breaks(_paragraph_text(paragraph))
            label = _list_label(paragraph, levels, counters)
            line = label + text if label and text.strip() else text
            budget.allocate(len(line))
            lead = _marked_lead(paragraph, text)
            lines.extend(_heading_apart(line, lead + len(line) - len(text) if lead else 0))
    except budget.OverBudget as err:
        raise UserError(f"“{name}”的内容太多，超出处理限制（{err.reason}），不像是一篇讲稿。") from None
    except (ValueError, TypeError, AttributeError, KeyError):  # a part of an unexpected shape
        raise UserError(f"“{name}”里的内容已损坏，Word 文档无法解析。") from None
    return lines


_HEADING_FONTS = ("黑体", "楷体", "SimHei", "KaiTi")   # the fonts GB/T 9704 gives the first two heading levels
_LEAD_ENDS = "。：:！!"   # how a heading run in at the start of its paragraph may end (or with no stop)


def _marked_lead(paragraph, text: str) -> int:
    """How many characters at the start of the paragraph are set apart as its heading — bold, or in
    黑体/楷体 — while the rest is not (`一、加强组织领导。` in bold, then the body); 0 when none."""
    if not text or text != paragraph.text:
        return 0   # (a copy with tracked changes: its runs are not its text)
    runs = [run for run in paragraph.runs if run.text]
    marks = [_marked(run) for run in runs]
    lead = next((k for k, mark in enumerate(marks) if not mark), len(runs))
    if lead == 0 or lead == len(runs) or any(marks[lead:]):
        return 0
    return sum(len(run.text) for run in runs[:lead])


def _marked(run) -> bool:
    properties = run._r.rPr
    fonts = properties.rFonts if properties is not None else None
    east_asia = fonts.get(f"{_W}eastAsia") if fonts is not None else None
    return bool(run.bold) or any(name in (east_asia or run.font.name or "") for name in _HEADING_FONTS)


def _heading_apart(line: str, lead: int) -> list[str]:
    """The paragraph as one line, or its marked heading and its body as two (`lead`: the heading's
    length at the end of which the line is cut, see _marked_lead): a heading of one sentence or
    phrase, ending with a stop or none, and a body of more than a few words."""
    from speechwriter.core.cleaning import has_inner_sentence_end, visible_len
    from speechwriter.core.paragraphs import HEADING_MAX

    head, body = line[:lead].rstrip(), line[lead:].lstrip()
    if not lead or not (2 <= visible_len(head) <= HEADING_MAX and visible_len(body) >= 10) \
            or has_inner_sentence_end(head) or not (head[-1] in _LEAD_ENDS or head[-1].isalnum()):
        return [line]
    return [head, body]


_REVISIONS = tuple(f"{_W}{tag}" for tag in ("ins", "del", "moveFrom", "moveTo"))
_GONE = {f"{_W}del", f"{_W}moveFrom", f"{_W}pPr", f"{_W}rPr", f"{_W}drawing", f"{_W}pict",
         "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"}


def _paragraph_text(paragraph) -> str:
    """The paragraph's text; in a copy edited with 修订 (track changes), as if every change were
    accepted: inserted and moved-here text in, deleted and moved-away text out (python-docx's own
    `text` leaves out both)."""
    if next(paragraph._p.iter(*_REVISIONS), None) is None:
        return paragraph.text
    return "".join(_accepted(paragraph._p))


def _accepted(element):
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _GONE:
            continue
        if tag == f"{_W}t":
            yield child.text or ""
        elif tag == f"{_W}tab":
            yield "\t"
        elif tag in (f"{_W}br", f"{_W}cr"):
            yield "\n"
        else:
            yield from _accepted(child)


_ENDS_SENTENCE = tuple("。！？；：”’」』）!?;:")


def _join_soft_breaks(text: str) -> str:
    """A line break inside a paragraph (Shift+Enter, e.g. a title broken into two lines) joins
    the words again unless the line before ends a sentence (then it stays a line of its own)."""
    if "\n" not in text:
        return text
    parts = text.split("\n")
    joined = parts[0]
    for part in parts[1:]:
        joined += ("\n" if joined.rstrip().endswith(_ENDS_SENTENCE) else "") + part
    return joined


def _list_levels(document) -> dict[tuple[str, int], tuple[str, str, int]]:
    """(numId, ilvl) → (numFmt, lvlText, start) from numbering.xml."""
    try:
        numbering = document.part.numbering_part.element
    except (NotImplementedError, KeyError, AttributeError):
        return {}
    abstract = {}
    for node in numbering.findall(f"{_W}abstractNum"):
        levels = {}
        for lvl in node.findall(f"{_W}lvl"):
            fmt = lvl.find(f"{_W}numFmt")
            text = lvl.find(f"{_W}lvlText")
            start = lvl.find(f"{_W}start")
            level = _number(lvl.get(f"{_W}ilvl", "0"), None)
            if level is None or not 0 <= level <= MAX_LIST_LEVEL:
                continue
            if text is not None and len(text.get(f"{_W}val") or "") > MAX_LEVEL_TEXT:
                continue  # `%1` repeated 200,000 times is no number Word draws: the paragraph keeps its text
            levels[level] = (
                (fmt.get(f"{_W}val") or "decimal") if fmt is not None else "decimal",
                (text.get(f"{_W}val") or "") if text is not None else "",
                _start(start),
            )
        abstract[node.get(f"{_W}abstractNumId")] = levels
    result = {}
    for num in numbering.findall(f"{_W}num"):
        ref = num.find(f"{_W}abstractNumId")
        if ref is None:
            continue
        for ilvl, spec in abstract.get(ref.get(f"{_W}val"), {}).items():
            result[(str(num.get(f"{_W}numId")), ilvl)] = spec
    return result


def _list_label(paragraph, levels, counters) -> str:
    num_pr = paragraph._p.find(f"{_W}pPr/{_W}numPr")
    if num_pr is None:
        return ""
    num_id_node, ilvl_node = num_pr.find(f"{_W}numId"), num_pr.find(f"{_W}ilvl")
    if num_id_node is None:
        return ""
    num_id = num_id_node.get(f"{_W}val")
    ilvl = _number(ilvl_node.get(f"{_W}val"), None) if ilvl_node is not None else 0
    if ilvl is None or not 0 <= ilvl <= MAX_LIST_LEVEL:
        return ""
    spec = levels.get((num_id, ilvl))
    if spec is None or spec[0] in ("bullet", "none"):
        return ""
    # deeper levels restart when a shallower one advances
    for key in [k for k in counters if k[0] == num_id and k[1] > ilvl]:
        del counters[key]
    counters[(num_id, ilvl)] = counters.get((num_id, ilvl), spec[2] - 1) + 1
    text = spec[1]
    for level in range(ilvl + 1):
        fmt = levels.get((num_id, level), ("decimal", "", 1))[0]
        value = counters.get((num_id, level), levels.get((num_id, level), ("", "", 1))[2])
        text = text.replace(f"%{level + 1}", _FORMATS.get(fmt, str)(value))
    return text
