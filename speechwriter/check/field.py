"""`field`: {{ 字段 }} left in the text, written wrongly, or (in an outline) still empty."""

from __future__ import annotations

from speechwriter.check.findings import Finding, Text
from speechwriter.core.field_syntax import has_fields, ordinal, scan


def _where(text: Text, i: int) -> str:
    """"第二段" — counted within the paragraph's section (the panel lists findings by section), or in
    the whole text for a plain file."""
    section = text.paragraphs[i].section
    if section is None:
        return f"{ordinal(i + 1)}段"
    n = sum(1 for p in text.paragraphs[:i + 1] if p.section == section)
    return f"本节{ordinal(n)}段"


def check(text: Text) -> list[Finding]:
    findings = []
    for i, start, end, written, message in text.field_problems:
        section = text.paragraphs[i].section if 0 <= i < len(text.paragraphs) else None
        findings.append(Finding("field", "error", message, i, start, end, written, None, section))
    reported = {(f.paragraph, f.start) for f in findings}
    for i, para in enumerate(text.paragraphs):
        if has_fields(para.text):
            for piece in scan(para.text):
                if piece.kind == "text" or (i, piece.start) in reported:
                    continue
                message = (f"{_where(text, i)}的字段“{piece.text}”没有填写，导出后会原样印出。" if piece.kind == "field"
                           else f"{_where(text, i)}的字段“{piece.text}”{piece.problem}。")
                findings.append(Finding("field", "error", message, i, piece.start, piece.end, piece.text, None,
                                        para.section))
        for name in text.missing_fields:
            mark = f"〔{name}〕"
            start = para.text.find(mark)
            while start >= 0:
                findings.append(Finding("field", "error", f"字段“{name}”还没有填写。", i, start, start + len(mark),
                                        mark, None, para.section))
                start = para.text.find(mark, start + len(mark))
    return findings
