"""查找和替换 across the whole speech, and the 篇幅目标 that turns the count line amber."""

from __future__ import annotations

from speechwriter.gui.unbroken import shown_words
from speechwriter.outline.io import dumps
from tests.gui.conftest import type_text


def occurrences(window, text: str) -> int:
    """Counted on the saved file's text: every field, heading and body, as the clerk's file holds them."""
    return dumps(window.doc.outline).count(text)


def seed_text(window):
    doc = window.doc
    doc.set_field("单位", "市妇联", typing=False)
    first = doc.outline.sections[0]
    doc.set_body(first.id, "市妇联召开全市妇联系统工作会议。\n妇联干部要带头。", typing=False)
    point = next(s for s in doc.outline.sections if s.role == "key_points")
    doc.set_heading(point.id, "切实提升妇联建设新水平", typing=False)


def test_ctrl_h_finds_counts_and_replaces_everywhere_in_one_undo_step(drafting_window, qtbot):
    window = drafting_window
    seed_text(window)
    before = dumps(window.doc.outline)
    expected = occurrences(window, "妇联")
    assert expected >= 5
    assert window.acts.find_replace.shortcut().toString() == "Ctrl+H"

    window.acts.find_replace.trigger()
    dialog = window.find_replace
    assert dialog.isVisible()
    type_text(dialog.find_box, "妇联")
    assert dialog.count_label.text().startswith(f"共 {expected} 处")
    assert "标题" in dialog.count_label.text() and "正文" in dialog.count_label.text()

    # 查找下一处 shows each one where it is, selected
    place = dialog.find_next()
    shown = {"field": lambda: window.editor.field_form.boxes[place.key].selectedText(),
             "heading": lambda: window.editor.section_editor.heading.selectedText(),
             "body": lambda: window.editor.section_editor.body.textCursor().selectedText()}
    assert shown[place.kind]() == "妇联"
    for _ in range(expected - 1):
        place = dialog.find_next()
        assert shown[place.kind]() == "妇联"

    type_text(dialog.replace_box, "应急管理局")
    dialog.replace_one()                                       # one at a time …
    assert occurrences(window, "妇联") == expected - 1
    window.acts.undo.trigger()
    assert occurrences(window, "妇联") == expected

    dialog.replace_all_button.click()                          # … or all at once
    assert occurrences(window, "妇联") == 0
    assert occurrences(window, "应急管理局") == expected
    assert "已把" in window.statusBar().currentMessage()
    assert window.acts.undo.text().startswith("撤销 全部替换“妇联”")
    window.acts.undo.trigger()                                 # one Ctrl+Z takes every replacement back
    assert dumps(window.doc.outline) == before


def test_find_starts_with_the_selected_words(drafting_window, qtbot):
    window = drafting_window
    seed_text(window)
    box = window.editor.section_editor.body
    window.editor.tabs.setCurrentWidget(window.editor.section_editor)
    window.editor.select_section(window.doc.outline.sections[0].id)
    window.editor.section_editor.select_in_body(1, 2)
    box.setFocus()
    window.acts.find_replace.trigger()
    assert window.find_replace.find_box.text() == "妇联"


def test_length_target_turns_the_count_line_amber_when_over(drafting_window, prompts, tmp_path, make_window):
    window = drafting_window
    preview = window.editor.preview
    prompts.texts.append("1")                                   # 控制在 1 分钟: the draft is longer
    window.acts.length_target.trigger()
    assert window.doc.outline.target_minutes == 1
    assert preview.over_target and "超出" in shown_words(preview.total_label.text())
    assert "#ffe0a3" in preview.total_label.styleSheet()
    # the status bar says it too, so it is seen with the preview hidden (F9)
    window.acts.toggle_preview.setChecked(False)
    status_length = window.busy.length
    assert status_length.isVisible() and "超出目标" in status_length.text()
    assert "#ffe0a3" in status_length.styleSheet()
    window.acts.toggle_preview.setChecked(True)
    prompts.texts.append("60 分钟")
    window.acts.length_target.trigger()
    assert not preview.over_target and "目标 60 分钟" in shown_words(preview.total_label.text())
    assert preview.total_label.styleSheet() == ""
    window.acts.undo.trigger()
    assert window.doc.outline.target_minutes == 1 and preview.over_target

    prompts.texts.append("十五")
    window.acts.length_target.trigger()
    assert "篇幅目标应为分钟数" in prompts.refused[-1][1]

    path = tmp_path / "限时.speech.json"
    assert window.files.save_as(str(path))
    again = make_window()
    again.files.open_file(str(path))
    assert again.doc.outline.target_minutes == 1 and again.editor.preview.over_target
