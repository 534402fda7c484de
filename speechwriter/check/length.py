"""`length`: speaking time over the clerk's target."""

from __future__ import annotations

from speechwriter.check.findings import Finding, Text
from speechwriter.outline.count import speaking_minutes


def check(text: Text) -> list[Finding]:
    if not text.target_minutes or not text.paragraphs:
        return []
    chars = text.chars()
    minutes = speaking_minutes(chars, text.rate)
    if minutes <= text.target_minutes:
        return []
    over = chars - int(text.target_minutes * text.rate)
    first = next((i for i, p in enumerate(text.paragraphs) if p.kind not in ("title", "subtitle", "meta")), 0)
    para = text.paragraphs[first]
    return [Finding("length", "info",
                    f"全文 {chars} 字，按每分钟 {text.rate} 字约需 {minutes:.1f} 分钟，超过目标 {text.target_minutes:g} 分钟"
                    f"（约多 {over} 字）。", first, 0, 0, "", None, para.section)]
