"""The right door for what the clerk does: open offers import for a speech, nothing changes a hidden
document, opening stays clean, the tree keeps the printed order, autosave follows typing, "无" is a
visible choice, F1 is real help, Qt's own dialogs speak Chinese."""

from __future__ import annotations

import re

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton

from tests.conftest import REPO
from tests.gui.conftest import headings, refresh_preview, type_text
from tests.gui.test_drafting import click_row


def speech_docx(tmp_path, samples_dir):
    import docx

    text = (samples_dir / sorted(p.name for p in samples_dir.glob("*.txt"))[0]).read_text(encoding="utf-8")
    document = docx.Document()
    for line in text.splitlines():
        if line.strip():
            document.add_paragraph(line.strip())
    path = tmp_path / "去年的讲话.docx"
    document.save(str(path))
    return path


def test_open_on_a_speech_file_offers_to_import_it(window, prompts, qtbot, tmp_path, samples_dir):
    prompts.open_paths.append(str(speech_docx(tmp_path, samples_dir)))
    prompts.yes_no.append(True)
    window.acts.open.trigger()                              # Ctrl+O on a .docx
    question, _detail = prompts.questions[-1]
    assert "是讲话稿" in question and "导入" in question
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.editor, timeout=30000)
    assert not any("损坏" in detail for _h, detail, _l in prompts.messages)
    assert len(window.doc.outline.sections) >= 2


def test_nothing_on_the_start_page_changes_the_hidden_document(window):
    acts, menus = window.acts, window.menus
    assert window.pages.currentWidget() is window.start_page
    assert not any(a.isEnabled() for a in acts.insert_roles)          # 插入 → 结束小节 …
    assert not menus.numbering.isEnabled() and not menus.fields.isEnabled()   # 编辑 → 编号样式, 插入 → 字段
    assert not acts.save.isEnabled() and not acts.find_replace.isEnabled()
    for action in acts.insert_roles:
        action.trigger()                                  # a shortcut or a script: still nothing happens
    assert window.doc.undo_stack.count() == 0


def test_an_outline_just_opened_is_not_marked_modified(window, prompts, qtbot, tmp_path, samples_dir):
    window.files.new_blank()
    saved = tmp_path / "提纲.speech.json"
    assert window.files.save_as(str(saved))
    # an imported speech is unsaved work; then the clerk opens the saved outline instead
    window.files.import_speech(str(next(samples_dir.glob("*.txt"))))
    qtbot.waitUntil(lambda: window.doc.is_modified(), timeout=30000)
    prompts.save_changes.append("discard")
    assert window.files.open_file(str(saved))
    assert not window.isWindowModified()
    assert window.close()                                   # closing does not ask about saving
    assert not any(q == "save?" for q, _ in prompts.questions[1:])


def test_the_status_bar_names_an_imported_speech_by_its_title(window, qtbot, samples_dir):
    """A bundled sample's file is 000_32bc476c12bb423b.txt: the clerk knows it by the title on its first line."""
    sample = sorted(samples_dir.glob("*.txt"))[0]
    title = sample.read_text(encoding="utf-8").strip().splitlines()[0].strip()
    window.files.import_speech(str(sample))
    qtbot.waitUntil(lambda: "已导入" in window.statusBar().currentMessage(), timeout=30000)
    shown = window.statusBar().currentMessage()
    assert f"《{title}》" in shown and sample.stem not in shown


def test_alt_up_cannot_move_a_key_point_above_the_opening(drafting_window, qtbot):
    window = drafting_window
    click_row(qtbot, window, "一、")
    before = headings(window)
    window.acts.up.trigger()
    window.acts.up.trigger()
    assert headings(window)[0] == before[0] and headings(window)[0].startswith("〔开场〕")
    assert "开场、回顾、要点、结束" in window.statusBar().currentMessage()
    # and the preview prints what the tree shows: the first key point after the opening
    html = window.editor.preview.render_html()
    first_point = before[next(i for i, h in enumerate(before) if h.startswith("一、"))][2:]
    assert html.index(first_point[:8]) > 0


def test_the_recovery_copy_is_written_a_few_seconds_after_typing_stops(drafting_window, qtbot):
    from speechwriter.gui.files.autosave import AUTOSAVE_DELAY_MS

    window = drafting_window
    window.recovery.clear()
    form = window.editor.field_form
    window.editor.tabs.setCurrentWidget(form)
    type_text(form.boxes["标题"], "在全市防汛工作会议上的讲话")
    assert not window.recovery.autosave_path.exists()       # not on every keystroke …
    qtbot.waitUntil(window.recovery.autosave_path.is_file, timeout=AUTOSAVE_DELAY_MS + 4000)   # … but soon after
    assert AUTOSAVE_DELAY_MS <= 5000
    assert "全市防汛工作会议" in window.recovery.autosave_path.read_text(encoding="utf-8")


def test_deliberately_empty_is_a_checkbox_not_a_bare_wu(drafting_window, qtbot):
    window = drafting_window
    form = window.editor.field_form
    window.editor.tabs.setCurrentWidget(form)
    blank = form.blanks["称呼"]
    blank.click()                                              # 有意留空
    assert window.doc.outline.field("称呼") == "无"
    assert form.boxes["称呼"].text() == "" and not form.boxes["称呼"].isEnabled()
    assert "同志们" not in refresh_preview(qtbot, window)[:200]
    window.acts.undo.trigger()
    assert not blank.isChecked() and form.boxes["称呼"].text() == "同志们："
    # an outline whose field already holds 无 shows the box ticked, never the bare character
    window.doc.set_field("称呼", "无", typing=False)
    assert blank.isChecked() and form.boxes["称呼"].text() == ""


def test_f1_opens_the_window_help_and_the_shortcut_list(window, qtbot):
    from speechwriter.gui.help import HelpDialog

    window.acts.help.trigger()
    dialog = window.findChild(HelpDialog)
    assert dialog is not None and dialog.isVisible()
    guide = dialog.guide.toPlainText()
    assert "查找和替换" in guide and "撤销" in guide and "素材库" in guide
    keys = dialog.keys.toPlainText()
    for key in ("Ctrl+Z", "Ctrl+Y", "Ctrl+H", "Ctrl+E", "F8", "Ctrl+O"):
        assert key in keys
    assert window.acts.help.shortcut().toString() == "F1"


def test_the_readme_window_section_is_the_help_text():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## In the window", 1)[1].split("\n## ", 1)[0]
    help_text = (REPO / "resources" / "help" / "window.md").read_text(encoding="utf-8")
    assert help_text.strip() in section


def test_qt_file_dialog_is_all_chinese(window, qtbot):
    from speechwriter.gui.prompts import Prompts

    seen = {}

    def inspect_and_close():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, inspect_and_close)
            return
        seen["texts"] = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)
                         if w.isVisible() and w.text()]
        assert isinstance(dialog, QDialog)
        dialog.reject()

    QTimer.singleShot(50, inspect_and_close)
    Prompts(window).choose_open_file("打开讲稿提纲或讲话稿", str(REPO), "讲稿提纲 (*.speech.json)")
    texts = seen["texts"]
    assert texts
    english = [t for t in texts if re.search(r"[A-Za-z]{2,}", re.sub(r"\(?&[A-Za-z]\)?|\*\.[a-z.]+|speech|json", "", t))]
    assert english == []


def test_qt_file_dialog_lists_folders_and_sizes_in_chinese(window, qtbot, tmp_path):
    """The 详细信息 view of Qt's own dialog: a folder's type is 文件夹, a size 4.9 KB, not Folder / 4.88 KiB."""
    from PySide6.QtWidgets import QTreeView

    from speechwriter.gui.prompts import Prompts

    (tmp_path / "去年的讲话").mkdir()
    (tmp_path / "讲话.txt").write_bytes(b"x" * 5000)
    seen = {}

    def rows(view) -> list[list[str]]:
        model, root = view.model(), view.rootIndex()
        return [[model.index(r, c, root).data() or "" for c in range(4)] for r in range(model.rowCount(root))]

    def inspect_and_close():
        dialog = QApplication.activeModalWidget()
        view = dialog.findChild(QTreeView, "treeView") if dialog is not None else None
        if view is None or len(rows(view)) < 2:
            QTimer.singleShot(50, inspect_and_close)
            return
        seen["rows"] = rows(view)
        dialog.reject()  # type: ignore[attr-defined]

    QTimer.singleShot(50, inspect_and_close)
    prompts = Prompts(window)
    prompts.choose_open_file("打开讲稿提纲或讲话稿", str(tmp_path), "全部 (*)")
    by_name = {row[0]: row for row in seen["rows"]}
    assert by_name["去年的讲话"][2] == "文件夹"
    assert by_name["讲话.txt"][1] == "4.9 KB"
    assert re.match(r"\d{4}/\d{1,2}/\d{1,2} \d\d:\d\d", by_name["讲话.txt"][3])
    assert not [cell for row in seen["rows"] for cell in row if re.search(r"Folder|KiB|bytes", cell)]


def test_a_role_that_breaks_the_printed_order_is_refused_in_the_type_box(drafting_window, qtbot):
    window = drafting_window
    click_row(qtbot, window, "一、")
    box = window.editor.section_editor.role
    closing = box.findData("closing")
    box.setCurrentIndex(closing)
    box.activated.emit(closing)                 # as the clerk picks 结束 for the first key point
    assert "开场、回顾、要点、结束" in window.statusBar().currentMessage()
    assert box.currentData() == "key_points"
    section = window.doc.section_by_id(window.editor.current_section_id())
    assert section.role == "key_points"


def test_typing_without_a_pause_is_still_copied(drafting_window, monkeypatch):
    from speechwriter.gui.files import autosave

    window = drafting_window
    window.recovery.clear()
    clock = [autosave.time.monotonic()]
    monkeypatch.setattr(autosave.time, "monotonic", lambda: clock[0])
    section = window.doc.outline.sections[0]
    text = section.body
    for _ in range(40):                               # a keystroke a second, never three seconds' pause
        text += "字"
        window.doc.set_body(section.id, text)
        clock[0] += 1.0
    assert window.recovery.autosave_path.is_file()
