"""The issue's year-end story, as a clerk lives it: a 应急管理局 speech from 「领导讲话：回顾＋讲几点意见」,
every leftover seen in the 校对 panel (F7) and fixed there, and a .docx without any of them."""

from __future__ import annotations

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from speechwriter.outline.io import load_outline
from tests.gui.conftest import card_for, refresh_preview, type_text

STRUCTURE = "领导讲话：回顾＋讲几点意见"
FIELDS = {"标题": "在全局2025年度工作总结会议上的讲话", "讲话人": "局长  王明", "日期": "2025年12月26日",
          "单位": "市应急管理局", "会议名称": "2025年度工作总结会议"}
# what the clerk writes in place of the guidance, section by section (by the sample's heading or role)
REWRITE = {
    "opening": "岁末年初，{{ 单位 }}召开{{ 会议名称 }}，总结今年应急管理工作，部署明年重点任务。",
    "review": "一年来，全局上下坚持人民至上、生命至上，全年未发生较大以上生产安全事故。",
    "closing": "同志们，安全生产责任重于泰山。让我们齐心协力，确保全市安全形势持续稳定！",
}
NEW_HEADINGS = ["提高政治站位，压紧压实安全生产责任", "突出重点行业，深化安全生产专项整治", "夯实基层基础，提升应急救援能力",
                "强化风险防范，抓好防汛抗旱和森林防火", "加强宣传教育，营造全民安全发展氛围"]
LEFTOVERS = ("（在此", "十七届六中全会", "妇女", "讲五点意见", "新时期", "××", "{{", "}}")


def _panel(window, qtbot):
    window.acts.toggle_check.setChecked(True)        # 视图 → 校对 (F7)
    panel = window.check_dock.panel
    qtbot.waitUntil(lambda: panel.isVisible(), timeout=5000)
    return panel


def _checked(panel, qtbot):
    """Wait for the check to finish, as the panel updates after a pause in typing."""
    qtbot.waitUntil(lambda: not panel.is_checking() and not panel.is_pending(), timeout=20000)
    return panel.findings


@pytest.fixture
def year_end(window, qtbot):
    card = card_for(window, lambda s: s.name == STRUCTURE)
    qtbot.mouseClick(card.findChild(QPushButton), Qt.MouseButton.LeftButton)
    form = window.editor.field_form
    for name, value in FIELDS.items():
        box = form.boxes[name]
        box.selectAll()
        type_text(box, value)
    assert {name: window.doc.outline.field(name) for name in FIELDS} == FIELDS
    # the clerk's speech has six points: one added after the sample's five
    from speechwriter.outline.tree import Section

    last_point = max(i for i, s in enumerate(window.doc.outline.sections) if s.role == "key_points")
    window.doc.add_section((), last_point + 1, Section("key_points", "严格督查考核，确保各项措施落地见效",
                                                        "要把安全生产纳入年度考核。"))
    return window


def _rewrite_section(window, qtbot, section, body: str | None = None, heading: str | None = None):
    editor = window.editor
    editor.select_section(section.id)
    editor.tabs.setCurrentWidget(editor.section_editor)
    if heading is not None:
        box = editor.section_editor.heading
        box.selectAll()
        type_text(box, heading)
    if body is not None:
        box = editor.section_editor.body
        box.selectAll()
        type_text(box, body)


def test_year_end_speech_leftovers_are_seen_fixed_and_none_reach_word(year_end, qtbot, tmp_path, prompts):
    window = year_end
    panel = _panel(window, qtbot)
    findings = _checked(panel, qtbot)
    rules = {f.rule for f in findings}
    # each leftover of the issue is in the panel: guidance, the sample's wording, 讲五点 over six points
    assert {"placeholder", "sample_text", "count_mismatch"} <= rules
    assert any(f.text == "（在此回顾过去一段时间的工作和成绩。）" for f in findings)
    assert sum(f.text == "（在此展开这一点的具体要求。）" for f in findings) == 5
    assert any(f.rule == "sample_text" and "十七届六中全会" in f.text for f in findings)
    count = next(f for f in findings if f.rule == "count_mismatch")
    assert count.text == "五" and count.suggestion == "六"

    # exporting now shows what was found and, on 「去校对」, exports nothing
    from speechwriter.gui.output.export_dialog import ExportChoice

    early = tmp_path / "太早.docx"
    prompts.reviews.append("review")
    prompts.exports.append(ExportChoice(str(early), window.doc.outline.template, "公文字体"))
    window.acts.export.trigger()
    assert not early.exists() and prompts.reviewed and window.acts.toggle_check.isChecked()
    prompts.exports.clear()

    # 「采纳」 the count: one undo step; the panel says in full what it found and what it suggests
    assert panel.select_finding(lambda f: f.rule == "count_mismatch")
    chosen = panel.current_finding()
    assert panel.detail.isVisible() and chosen.message in panel.detail.text()
    assert chosen.suggestion and chosen.suggestion in panel.detail.text()
    panel.accept.click()
    transition = next(s for s in window.doc.outline.sections if "点意见" in s.body)
    assert "讲六点意见" in transition.body
    window.doc.undo_stack.undo()
    assert "讲五点意见" in transition.body
    window.doc.undo_stack.redo()
    assert "讲六点意见" in transition.body

    # the clerk rewrites what the panel shows, going there by a click on each finding
    headings = iter(NEW_HEADINGS)
    for section in list(window.doc.outline.sections):
        if section.role in REWRITE:
            body = REWRITE[section.role]
            if section.role == "review":
                body += "\n下面，我就做好明年应急管理工作，讲六点意见。"
            _rewrite_section(window, qtbot, section, body=body)
        elif section.sample:
            assert panel.select_finding(lambda f, s=section: f.section == s.id)
            _rewrite_section(window, qtbot, section, heading=next(headings), body="要细化任务分工，明确完成时限。")
    findings = _checked(panel, qtbot)
    assert [f for f in findings if f.severity in ("error", "warning")] == []
    # nothing is left marked as sample wording in the tree either
    assert not any(s.sample_lines() or s.is_sample(s.heading) for s in window.doc.outline.walk())

    target = tmp_path / "年终总结讲话.docx"
    prompts.exports.append(ExportChoice(str(target), window.doc.outline.template, "公文字体"))
    reviewed_before = len(prompts.reviewed)
    window.acts.export.trigger()
    assert target.exists() and len(prompts.reviewed) == reviewed_before   # nothing left to warn about
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    for leftover in LEFTOVERS:
        assert leftover not in text, leftover
    assert "市应急管理局召开2025年度工作总结会议" in text and "讲六点意见" in text
    # and the preview shows the very same paragraphs
    import re
    from html import unescape

    preview = [unescape(re.sub(r"<[^>]+>", "", p)) for p in
               re.findall(r"<p[^>]*>(.*?)</p>", window.editor.preview.render_html(), re.S)]
    assert preview == [p.text for p in docx.Document(str(target)).paragraphs if p.text.strip()]


def test_ignore_is_remembered_in_the_speech_file_and_can_be_undone(year_end, qtbot, tmp_path):
    window = year_end
    panel = _panel(window, qtbot)
    _checked(panel, qtbot)
    assert panel.select_finding(lambda f: f.rule == "sample_text")
    ignored = panel.current_finding()
    panel.ignore.click()
    findings = _checked(panel, qtbot)
    assert ignored.key() not in {f.key() for f in findings}
    path = tmp_path / "讲话.speech.json"
    window.files.save_as(str(path))
    assert ignored.key() in load_outline(path).ignored
    window.doc.undo_stack.undo()
    assert _checked(panel, qtbot) and ignored.key() in {f.key() for f in panel.findings}


def test_choosing_a_template_in_the_editor_shows_its_sentences_as_text(year_end, qtbot):
    window = year_end
    form = window.editor.field_form
    index = form.template.findText("表态发言")
    form.template.setCurrentIndex(index)
    form.template.activated.emit(index)
    outline = window.doc.outline
    assert outline.template == "表态发言"
    closing = [s for s in outline.sections if s.role == "closing"][-1]
    assert closing.paragraphs()[-1] == "我的发言完毕，谢谢！"   # in the editor, deletable like any text
    assert "我的发言完毕，谢谢！" in refresh_preview(qtbot, window)
    window.doc.undo_stack.undo()
    closing = [s for s in window.doc.outline.sections if s.role == "closing"][-1]
    assert window.doc.outline.template == "讲话稿" and "我的发言完毕，谢谢！" not in closing.body



def test_length_target_from_the_menu_is_checked(year_end, qtbot, prompts):
    window = year_end
    prompts.texts.append("1")   # 编辑 → 篇幅目标: one minute, far below this speech
    window.acts.length_target.trigger()
    assert window.doc.outline.target_minutes == 1
    panel = _panel(window, qtbot)
    length = [f for f in _checked(panel, qtbot) if f.rule == "length"]
    assert length and "超过目标 1 分钟" in length[0].message


def test_the_panel_follows_typing_by_itself(year_end, qtbot):
    window = year_end
    panel = _panel(window, qtbot)
    _checked(panel, qtbot)
    assert not any(f.rule == "typo" for f in panel.findings)
    section = next(s for s in window.doc.outline.sections if s.role == "key_points")
    window.editor.select_section(section.id)
    body = window.editor.section_editor.body
    body.moveCursor(body.textCursor().MoveOperation.End)
    type_text(body, "要认真布署。")          # the clerk types; the check follows a moment later, off the GUI thread
    assert panel.is_pending()          # nothing ran while typing
    qtbot.waitUntil(lambda: any(f.rule == "typo" and f.text == "布署" for f in panel.findings), timeout=20000)
