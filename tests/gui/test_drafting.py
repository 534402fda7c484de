"""End to end through the real main window: structure → fields → outline edits → save → reopen → .docx."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from tests.gui.conftest import headings, numbered, type_text

FIELD_VALUES = {"标题": "在2026年全市安全生产工作会议上的讲话", "讲话人": "张明", "日期": "2026年3月15日",
                "单位": "市应急管理局", "会议名称": "全市安全生产工作会议", "名称": "安全生产"}


def click_row(qtbot, window, text_start: str):
    """Click the tree row whose visible heading starts with `text_start` (after the indent)."""
    tree, model = window.editor.tree, window.doc.model

    def find(parent):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data().startswith(text_start):
                return index
            found = find(index)
            if found is not None:
                return found
        return None

    from PySide6.QtCore import QModelIndex

    index = find(QModelIndex())
    assert index is not None, f"no row starting with {text_start!r} in {headings(window)}"
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
    assert tree.currentIndex() == index


def fill_required_fields(qtbot, window):
    form = window.editor.field_form
    window.editor.tabs.setCurrentWidget(form)
    for name in form.missing():
        box = form.boxes[name]
        box.setFocus()
        box.selectAll()
        type_text(box, FIELD_VALUES.get(name, f"{name}内容"))
    assert form.missing() == []


def type_heading(qtbot, window, text):
    editor = window.editor.section_editor
    window.editor.tabs.setCurrentWidget(editor)
    editor.heading.setFocus()
    editor.heading.selectAll()
    type_text(editor.heading, text)


def test_clerk_drafts_saves_reopens_and_exports(drafting_window, make_window, prompts, qtbot, tmp_path):
    window = drafting_window
    start = numbered(window)
    assert start[0].startswith("一、") and start[1].startswith("二、")

    # 1. fields: the required ones are marked, then typed in
    assert "标题" in window.editor.field_form.missing()
    fill_required_fields(qtbot, window)
    assert window.doc.outline.field("标题") == FIELD_VALUES["标题"]

    # 2. add a key point after the first one and name it: everything after it renumbers
    click_row(qtbot, window, "一、")
    window.acts.add.trigger()
    type_heading(qtbot, window, "压实安全生产责任")
    after_add = numbered(window)
    assert after_add[1] == "二、压实安全生产责任"
    assert after_add[2].startswith("三、") and after_add[2][2:] == start[1][2:]

    # 3. move it up: it becomes 一、
    window.acts.up.trigger()
    assert numbered(window)[0] == "一、压实安全生产责任"

    # 4. make the next key point its sub-point: numbered （一） under it
    click_row(qtbot, window, "二、")
    moved_text = numbered(window)[1][2:]
    window.acts.indent.trigger()
    assert numbered(window)[1] == "　（一）" + moved_text

    # 5. delete the last key point
    last = numbered(window)[-1]
    click_row(qtbot, window, last)
    window.acts.delete.trigger()
    assert last not in numbered(window)
    assert window.acts.undo.text() == f"撤销 删除“{last[2:][:12]}{'…' if len(last[2:]) > 12 else ''}”"

    # 6. undo brings it back, redo deletes again
    before_undo = numbered(window)
    window.acts.undo.trigger()
    assert numbered(window)[-1] == last
    window.acts.redo.trigger()
    assert numbered(window) == before_undo
    assert window.isWindowModified()

    # 7. save (Ctrl+S asks where the first time), the title loses its modified mark
    target = tmp_path / "安全生产讲话"
    prompts.save_paths.append(str(target))
    window.acts.save.trigger()
    saved = tmp_path / "安全生产讲话.speech.json"
    assert saved.is_file()
    assert not window.isWindowModified()
    assert "安全生产讲话" in window.windowTitle()
    final_tree = headings(window)
    final_fields = {k: v for k, v in window.doc.outline.fields.items() if v}

    # 8. close; a new start shows it under 最近打开, one click reopens it identical
    window.close()
    assert not window.isVisible()
    again = make_window()
    recent: QListWidget = again.start_page.recent_list
    assert recent.item(0).text() == saved.name
    qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=recent.visualItemRect(recent.item(0)).center())
    assert again.pages.currentWidget() is again.editor
    assert headings(again) == final_tree
    assert {k: v for k, v in again.doc.outline.fields.items() if v} == final_fields
    assert not again.isWindowModified()

    # 9. export Word: the .docx holds the title and the headings in the tree's order
    from speechwriter.gui.output.export_dialog import ExportChoice

    docx_path = tmp_path / "讲话稿.docx"
    prompts.exports.append(ExportChoice(str(docx_path), again.doc.outline.template, "公文字体"))
    again.acts.export.trigger()
    assert docx_path.is_file(), prompts.messages
    import docx

    paragraphs = [p.text.strip() for p in docx.Document(str(docx_path)).paragraphs if p.text.strip()]
    assert paragraphs[0] == FIELD_VALUES["标题"]
    expected = [h.lstrip("　") for h in numbered(again)]
    found = [next((i for i, p in enumerate(paragraphs) if p.startswith(h)), None) for h in expected]
    assert None not in found, (expected, paragraphs)
    assert found == sorted(found)
    assert not any("{{" in p for p in paragraphs)


def test_export_refuses_while_required_fields_are_empty(drafting_window, prompts):
    window = drafting_window
    assert window.editor.field_form.missing()
    window.acts.export.trigger()
    headline, detail, level = prompts.messages[-1]
    assert headline == "还有必填项没有填写"
    assert "标题" in detail
    assert window.editor.tabs.currentWidget() is window.editor.field_form


def test_edit_menu_names_each_undo_step_in_chinese(drafting_window, qtbot):
    window = drafting_window
    click_row(qtbot, window, "一、")
    window.acts.down.trigger()
    assert re.fullmatch(r"撤销 下移“.+”", window.acts.undo.text())
    click_row(qtbot, window, numbered(window)[-1].lstrip("　")[:2])   # the last point may become the closing
    window.edits.set_role("closing")
    assert re.fullmatch(r"撤销 把“.+”改为“结束”", window.acts.undo.text())
    window.acts.undo.trigger()
    window.acts.undo.trigger()
    assert window.acts.redo.text().startswith("重做 下移“")


def test_drag_never_drops_into_own_descendant(drafting_window, qtbot):
    window = drafting_window
    click_row(qtbot, window, "二、")
    window.acts.indent.trigger()          # 二 becomes （一） under 一
    model = window.doc.model
    parent = model.index_for_path((next(i for i, s in enumerate(window.doc.outline.sections) if s.children),))
    child = model.index(0, 0, parent)
    data = model.mimeData([parent])
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, child)
    # but a real drop of the child onto the top level works and is one undo step
    before = headings(window)
    data = model.mimeData([child])
    # above the opening: the printed order (开场 → 回顾 → 要点 → 结束) refuses it, and says why
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, parent.parent())
    assert headings(window) == before
    assert "开场、回顾、要点、结束" in window.statusBar().currentMessage()
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, parent.row() + 1, 0, parent.parent())
    model.dropMimeData(data, Qt.DropAction.MoveAction, parent.row() + 1, 0, parent.parent())
    assert headings(window) != before
    window.acts.undo.trigger()
    assert headings(window) == before


def test_settings_live_in_the_test_folder_and_persist(window, make_window, tmp_path_factory):
    import os

    assert str(window.settings.path).startswith(os.environ["XDG_CONFIG_HOME"])
    window.editor.preview.rate.setValue(260)
    window.close()
    again = make_window()
    assert again.editor.preview.rate.value() == 260
    assert again.settings.speaking_rate() == 260


def test_about_box_shows_version(window, prompts):
    from speechwriter import __version__

    window.acts.about.trigger()
    assert prompts.messages[-1][0] == f"讲稿助手 {__version__}"


def test_window_menus_and_shortcuts(window):
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["文件(&F)", "编辑(&E)", "插入(&I)", "视图(&V)", "修改(&R)", "帮助(&H)"]   # 修改: the rounds (gui/rounds/)
    shortcuts = {a.text(): a.shortcut().toString() for a in (window.acts.new, window.acts.open, window.acts.save,
                                                              window.acts.save_as, window.acts.undo, window.acts.redo,
                                                              window.acts.export)}
    assert shortcuts["新建…"] == "Ctrl+N"
    assert shortcuts["打开…"] == "Ctrl+O"
    assert shortcuts["保存"] == "Ctrl+S"
    assert shortcuts["另存为…"] == "Ctrl+Shift+S"
    assert shortcuts["导出 Word…"] == "Ctrl+E"
    assert window.acts.undo.shortcut().toString() == "Ctrl+Z"
    assert window.acts.redo.shortcut().toString() == "Ctrl+Y"


def test_a_new_speech_opens_on_its_fields_and_a_click_on_a_section_shows_its_text(drafting_window, qtbot):
    window = drafting_window
    assert window.editor.tabs.currentWidget() is window.editor.field_form
    assert window.focusWidget() is window.editor.field_form.boxes["标题"]   # where typing goes
    click_row(qtbot, window, "二、")
    assert window.editor.tabs.currentWidget() is window.editor.section_editor
    assert window.editor.section_editor.number_label.text() == "二、"
