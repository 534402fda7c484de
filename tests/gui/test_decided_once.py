"""The fields still to fill are decided once (render.unfilled_fields): the preview, the 校对 and the
form before an export name the same ones, and the draft shows each as 〔名称〕."""

from __future__ import annotations

from speechwriter.outline.tree import Outline, Section


def test_the_preview_the_check_and_the_form_show_the_same_unfilled_fields():
    from speechwriter.check import text_from_outline
    from speechwriter.gui.editor.field_form import missing_fields
    from speechwriter.gui.editor.preview import page_html
    from speechwriter.render import unfilled_fields

    outline = Outline(fields={"标题": "在会议上的讲话", "日期": "", "称呼": "同志们："},
                      sections=[Section("key_points", "抓落实", "请{{ 主持人 }}同志主持。")])
    missing = unfilled_fields(outline)
    assert {"日期", "主持人"} <= set(missing) and "标题" not in missing
    assert missing_fields(outline) == missing
    printed = "\n".join(p.text for p in text_from_outline(outline).paragraphs)
    html, _ = page_html(outline, 600)
    for name in ("日期", "主持人"):
        assert f"〔{name}〕" in printed and f"〔{name}〕" in html
