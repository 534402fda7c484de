"""The window's last rough edges, tried as a new clerk would (issue 21): a shortcut from any box,
the length target kept open until it makes sense, the title bar after 新建, the preview and the
editor following what changed, typing over a selection, and the 范文 named as on their cards."""

from __future__ import annotations

import json
import os

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor

from speechwriter.gui.unbroken import shown_words
from tests.gui.conftest import card_for, headings, refresh_preview, type_text
from tests.gui.test_drafting import click_row, fill_required_fields
from tests.gui.xserver import run_session, xvfb_display


def test_the_window_commands_work_from_every_box_on_a_linux_desktop():
    """Under X (a Linux desktop's key bindings), Ctrl+E in a 基本信息 box is 导出 Word, as from the tree."""
    with xvfb_display("1024x768") as display:
        result = run_session("tests.gui.keys_session", [], display)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    for box in ("field", "heading", "body"):
        assert report[box] == report["tree"], (box, report)
    assert "Ctrl+E" in report["field"] and report["field_text"] == "张明"   # exported, the box unchanged


def test_a_length_target_that_is_not_a_number_is_asked_again(drafting_window, prompts):
    window = drafting_window
    prompts.texts.extend(["abc", "15"])
    window.acts.length_target.trigger()
    assert prompts.refused and "分钟数" in prompts.refused[0][1]      # the error is shown under the box …
    assert window.doc.outline.target_minutes == 15                   # … which stayed open for the answer
    prompts.texts.append(None)                                       # 取消 keeps the target
    window.acts.length_target.trigger()
    assert window.doc.outline.target_minutes == 15


def test_the_question_box_keeps_open_and_names_what_is_wrong(window, qtbot):
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit

    from speechwriter.gui.editor.edit_flows import target_problem
    from speechwriter.gui.prompts import Prompts

    seen = {}

    def answer(text, then):
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, lambda: answer(text, then))
            return
        dialog.findChild(QLineEdit).setText(text)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        QTimer.singleShot(50, lambda: then(dialog))

    def after_abc(dialog):
        seen["open"] = dialog.isVisible()
        seen["said"] = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
        answer("20", lambda _d: None)

    QTimer.singleShot(50, lambda: answer("abc", after_abc))
    result = Prompts(window).ask_text("这篇讲话限时多少分钟？", "", check=target_problem)
    assert seen["open"] and any("不是整数" in text for text in seen["said"])
    assert result == "20"


def test_after_ctrl_n_the_title_bar_names_the_new_speech(drafting_window, prompts, qtbot, tmp_path):
    window = drafting_window
    fill_required_fields(qtbot, window)
    prompts.save_paths.append(str(tmp_path / "去年的讲话.speech.json"))
    window.acts.save.trigger()
    assert "去年的讲话" in window.windowTitle()
    window.acts.new.trigger()                                        # Ctrl+N: the gallery of structures
    assert "去年的讲话" not in window.windowTitle()
    card = card_for(window, lambda s: "opening" in s.skeleton)
    card.chosen.emit(card.structure)
    assert window.pages.currentWidget() is window.editor
    assert "去年的讲话" not in window.windowTitle()
    assert window.windowTitle().startswith(window.doc.display_name())


def test_typing_over_a_selection_is_one_undo_step_with_the_words_after_it(drafting_window, qtbot):
    window = drafting_window
    click_row(qtbot, window, "一、")
    window.editor.tabs.setCurrentWidget(window.editor.section_editor)
    box = window.editor.section_editor.body
    before = box.toPlainText()
    cursor = box.textCursor()
    cursor.setPosition(1)
    cursor.setPosition(4, QTextCursor.MoveMode.KeepAnchor)
    box.setTextCursor(cursor)
    box.setFocus()
    qtbot.keyClicks(box, "abc")                                      # the first key replaces the selection
    assert box.toPlainText() == before[:1] + "abc" + before[4:]
    window.acts.undo.trigger()
    assert box.toPlainText() == before                               # one Ctrl+Z: the selection is back


def test_an_undo_in_another_section_brings_the_editor_there(drafting_window, qtbot):
    window = drafting_window
    click_row(qtbot, window, "一、")
    first = window.editor.current_section_id()
    type_text(window.editor.section_editor.body, "新写的一句。")
    click_row(qtbot, window, "二、")
    window.acts.undo.trigger()
    assert window.editor.current_section_id() == first               # the clerk sees what was taken back
    assert window.editor.tabs.currentWidget() is window.editor.section_editor
    assert "新写的一句" not in window.editor.section_editor.body.toPlainText()


def _heading_in_view(window, text: str) -> bool:
    browser = window.editor.preview.browser
    found = browser.document().find(text)
    if found.isNull():
        return False
    rect = browser.cursorRect(found)
    return 0 <= rect.top() and rect.bottom() <= browser.viewport().height()


def _long_opening(qtbot, window):
    window.doc.set_body(window.doc.outline.sections[0].id, "很长的开场。\n" * 80)
    refresh_preview(qtbot, window)


def test_the_preview_follows_to_a_heading_after_it_is_edited(drafting_window, qtbot):
    window = drafting_window
    _long_opening(qtbot, window)
    click_row(qtbot, window, "三、")
    bar = window.editor.preview.browser.verticalScrollBar()
    bar.setValue(0)                                                  # the clerk scrolled the page back up
    editor = window.editor.section_editor
    editor.heading.setFocus()
    editor.heading.selectAll()
    type_text(editor.heading, "狠抓隐患排查整治")
    qtbot.waitUntil(lambda: _heading_in_view(window, "狠抓隐患排查整治"), timeout=10000)


def test_the_preview_follows_to_a_heading_with_a_field_in_it(drafting_window, qtbot):
    """The page shows a field's value, the heading holds {{ 单位 }}: the preview stayed where it was."""
    window = drafting_window
    click_row(qtbot, window, "三、")
    window.doc.set_heading(window.editor.current_section_id(), "{{ 单位 }}要狠抓隐患排查整治", typing=False)
    window.doc.set_field("单位", "市应急管理局", typing=False)
    _long_opening(qtbot, window)
    click_row(qtbot, window, "一、")
    window.editor.preview.browser.verticalScrollBar().setValue(0)   # the page at its top
    click_row(qtbot, window, "三、")
    qtbot.waitUntil(lambda: _heading_in_view(window, "市应急管理局要狠抓隐患排查整治"), timeout=10000)


def test_the_preview_follows_to_the_title_after_it_is_edited(drafting_window, qtbot):
    window = drafting_window
    _long_opening(qtbot, window)
    click_row(qtbot, window, "三、")
    assert window.editor.preview.browser.verticalScrollBar().value() > 0
    form = window.editor.field_form
    window.editor.tabs.setCurrentWidget(form)
    form.boxes["标题"].selectAll()
    type_text(form.boxes["标题"], "在全市防汛工作会议上的讲话")
    qtbot.waitUntil(lambda: _heading_in_view(window, "防汛工作会议"), timeout=10000)


def test_the_preview_follows_to_the_section_material_went_into(drafting_window, qtbot):
    window = drafting_window
    window.acts.toggle_library.setChecked(False)   # (open, on this small screen the preview folds away for it)
    _long_opening(qtbot, window)
    click_row(qtbot, window, "三、")
    heading = window.doc.section_by_id(window.editor.current_section_id()).heading
    window.editor.preview.browser.verticalScrollBar().setValue(0)
    window.edits.insert_material("要压紧压实各方责任，确保各项措施落到实处。")
    qtbot.waitUntil(lambda: _heading_in_view(window, heading), timeout=10000)


def test_each_bundled_sample_is_listed_by_the_title_on_its_card(drafting_window, qtbot):
    window = drafting_window
    window.acts.toggle_library.setChecked(True)
    speeches = window.library_dock.panel.speeches
    qtbot.waitUntil(lambda: len(speeches.titles()) > 0, timeout=20000)
    titles = speeches.titles()
    assert not [t for t in titles if t.endswith(".txt")], titles       # never a file name with a hash
    card_titles = {t for card in window.start_page.cards for t in card.structure.source_titles}
    assert card_titles and card_titles <= set(titles), (card_titles, titles)


# fields in the body, as the clerk thinks of them ------------------------------------------------------
def _body_with_a_field(qtbot, window, part: str = "body", text: str = "{{ 单位 }}召开{{ 会议名称 }}。"):
    """The first key point's body (or heading) holding fields; its id and the box that shows it."""
    click_row(qtbot, window, "一、")
    section_id = window.editor.current_section_id()
    setter = window.doc.set_body if part == "body" else window.doc.set_heading
    setter(section_id, text, typing=False)
    editor = window.editor.section_editor
    window.editor.tabs.setCurrentWidget(editor)
    return section_id, getattr(editor, part)


def test_a_field_in_the_text_shows_as_its_value_or_its_name_never_as_braces(drafting_window, qtbot):
    window = drafting_window
    section_id, box = _body_with_a_field(qtbot, window)
    window.doc.set_field("单位", "市应急管理局", typing=False)
    window.doc.set_field("会议名称", "", typing=False)
    assert box.shown_text() == "市应急管理局召开〔会议名称〕。"
    assert "{{" not in box.shown_text()
    window.doc.set_field("会议名称", "全市安全生产工作会议", typing=False)   # filled in 基本信息: follows
    assert box.shown_text() == "市应急管理局召开全市安全生产工作会议。"
    assert window.doc.section_by_id(section_id).body == "{{ 单位 }}召开{{ 会议名称 }}。"   # the file keeps it


def test_a_field_is_one_piece_the_cursor_steps_over_and_backspace_takes_whole(drafting_window, qtbot):
    window = drafting_window
    section_id, box = _body_with_a_field(qtbot, window)
    box.setFocus()
    cursor = box.textCursor()
    cursor.setPosition(0)
    box.setTextCursor(cursor)
    qtbot.keyClick(box, Qt.Key.Key_Right)                              # over the whole of 〔单位〕
    qtbot.keyClick(box, Qt.Key.Key_Right)
    type_text(box, "了")
    assert window.doc.section_by_id(section_id).body == "{{ 单位 }}召了开{{ 会议名称 }}。"
    cursor = box.textCursor()
    cursor.setPosition(1)                                              # just after 〔单位〕
    box.setTextCursor(cursor)
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    assert window.doc.section_by_id(section_id).body == "召了开{{ 会议名称 }}。"
    window.acts.undo.trigger()
    assert window.doc.section_by_id(section_id).body == "{{ 单位 }}召了开{{ 会议名称 }}。"


def test_copy_and_paste_keep_a_field_a_field(drafting_window, qtbot):
    from PySide6.QtWidgets import QApplication

    window = drafting_window
    section_id, box = _body_with_a_field(qtbot, window)
    window.doc.set_field("单位", "市应急管理局", typing=False)
    box.setFocus()
    box.selectAll()
    box.copy()
    assert QApplication.clipboard().text() == "市应急管理局召开〔会议名称〕。"    # other programs get the words
    cursor = box.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    box.setTextCursor(cursor)
    box.paste()
    assert window.doc.section_by_id(section_id).body == "{{ 单位 }}召开{{ 会议名称 }}。" * 2
    assert box.shown_text() == "市应急管理局召开〔会议名称〕。" * 2


def test_a_field_from_the_insert_menu_or_typed_by_hand_becomes_a_piece(drafting_window, qtbot):
    window = drafting_window
    section_id, box = _body_with_a_field(qtbot, window)
    box.setFocus()
    cursor = box.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    box.setTextCursor(cursor)
    window.edits.insert_field("讲话人")
    assert window.doc.section_by_id(section_id).body.endswith("。{{ 讲话人 }}")
    assert box.shown_text().endswith("。〔讲话人〕")
    type_text(box, "主持{{ 主持人 }}")
    qtbot.waitUntil(lambda: box.shown_text().endswith("〔讲话人〕主持〔主持人〕"), timeout=3000)
    assert window.doc.section_by_id(section_id).body.endswith("{{ 讲话人 }}主持{{ 主持人 }}")
    type_text(box, "。")                                                # the cursor stayed after the piece
    assert window.doc.section_by_id(section_id).body.endswith("{{ 主持人 }}。")


def test_find_selects_words_after_a_field_in_the_text(drafting_window, qtbot):
    window = drafting_window
    _section_id, box = _body_with_a_field(qtbot, window)
    window.editor.section_editor.select_text("召开", 0)
    assert box.textCursor().selectedText() == "召开"


# fields in a section's heading: shown as in the body, in the heading box and in the tree ----------------
def _heading_with_a_field(qtbot, window):
    return _body_with_a_field(qtbot, window, "heading", "{{ 单位 }}要提高政治站位")


def test_a_field_in_a_heading_shows_as_its_value_or_its_name_in_the_box_and_the_tree(drafting_window, qtbot):
    window = drafting_window
    section_id, box = _heading_with_a_field(qtbot, window)
    window.doc.set_field("单位", "", typing=False)
    assert box.shown_text() == "〔单位〕要提高政治站位"
    assert "一、〔单位〕要提高政治站位" in [h.strip("　") for h in headings(window)]
    window.doc.set_field("单位", "市应急管理局", typing=False)          # filled in 基本信息: both follow
    assert box.shown_text() == "市应急管理局要提高政治站位"
    assert "一、市应急管理局要提高政治站位" in [h.strip("　") for h in headings(window)]
    assert not [h for h in headings(window) if "{{" in h]
    assert window.doc.section_by_id(section_id).heading == "{{ 单位 }}要提高政治站位"   # the file keeps it


def test_a_field_in_a_heading_is_one_piece_and_the_heading_stays_one_line(drafting_window, qtbot):
    window = drafting_window
    section_id, box = _heading_with_a_field(qtbot, window)
    box.setFocus()
    box.setCursorPosition(0)
    qtbot.keyClick(box, Qt.Key.Key_Right)                              # over the whole of 〔单位〕
    type_text(box, "都")
    assert window.doc.section_by_id(section_id).heading == "{{ 单位 }}都要提高政治站位"
    qtbot.keyClick(box, Qt.Key.Key_Left)
    qtbot.keyClick(box, Qt.Key.Key_Backspace)                          # takes the field whole
    assert window.doc.section_by_id(section_id).heading == "都要提高政治站位"
    window.acts.undo.trigger()
    assert window.doc.section_by_id(section_id).heading == "{{ 单位 }}都要提高政治站位"
    qtbot.keyClick(box, Qt.Key.Key_Return)                              # a heading has no second line
    assert "\n" not in window.doc.section_by_id(section_id).heading
    box.setFocus()
    box.setCursorPosition(len(window.doc.section_by_id(section_id).heading))
    window.edits.insert_field("会议名称")                              # 插入 → 字段 in the heading: a piece too
    assert window.doc.section_by_id(section_id).heading.endswith("政治站位{{ 会议名称 }}")
    assert box.shown_text().endswith("政治站位〔会议名称〕")


def _ink_rows(image, background) -> list[int]:
    """The rows of an image where anything is drawn on the background (text, a cursor)."""
    return [y for y in range(image.height())
            if any(image.pixelColor(x, y).lightness() < background.lightness() - 60 for x in range(image.width()))]


def test_an_empty_heading_shows_its_hint_on_its_one_line_not_cut_in_half(drafting_window, qtbot):
    """The hint of an empty heading stands on the box's one line, shortened with …; Qt's own hint
    in a text box wraps, and the box then showed the top half of a second line."""
    window = drafting_window
    section_id, box = _heading_with_a_field(qtbot, window)
    window.doc.set_heading(section_id, "", typing=False)
    box.setFixedWidth(260)                                             # narrower than the hint
    box.clearFocus()                                                   # no cursor drawn
    qtbot.waitUntil(lambda: box.document().isEmpty(), timeout=3000)
    image = box.viewport().grab().toImage()
    rows = _ink_rows(image, box.palette().color(box.viewport().backgroundRole()))
    assert rows, "the hint is not shown"
    assert rows[-1] - rows[0] <= box.fontMetrics().height(), rows           # one line of it
    assert rows[-1] < image.height() - 1                                    # nothing cut at the bottom edge
    assert "编号自动生成" in box.toolTip()                                  # the whole hint, on pointing at it


def test_a_long_title_in_basic_information_shows_its_beginning(drafting_window, qtbot):
    """An imported or chosen speech's long title: the 基本信息 box showed its last words."""
    window = drafting_window
    title = "在2024年妇联党组理论学习中心组集体学习研讨会上的发言"
    window.editor.show_fields_first()
    box = window.editor.field_form.boxes["标题"]
    window.editor.section_editor.body.setFocus()                        # the clerk is elsewhere
    box.setFixedWidth(200)
    window.doc.set_field("标题", title, typing=False)                    # as an import or an undo sets it
    assert box.fontMetrics().horizontalAdvance(title) > box.width()     # it cannot all show
    assert box.cursorPosition() == 0 and box.text() == title            # so its beginning does
    window.editor.field_form.rebuild()                                   # a new field comes: built again
    assert window.editor.field_form.boxes["标题"].cursorPosition() == 0


def _label_lines(label) -> list[str]:
    """The lines a word-wrapped label shows its text on, at its width (laid out as the label does)."""
    from PySide6.QtGui import QTextLayout, QTextOption

    layout = QTextLayout(label.text(), label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width())
        part = label.text()[line.textStart():line.textStart() + line.textLength()]
        lines.append(part.replace("\u2060", "").replace("\u00a0", " ").strip())   # as read: joiners unseen
    layout.endLayout()
    return lines


def test_a_narrow_preview_wraps_the_counts_between_clauses_never_inside_one(drafting_window, qtbot):
    """At 1366×768 and 150 % the count line wrapped as 目标 15 分 | 钟 and 约 | 9 秒."""
    window = drafting_window
    window.doc.set_target(15)
    preview = window.editor.preview
    preview.update_counts()
    for width in range(150, 330, 12):
        preview.total_label.setFixedWidth(width)
        lines = _label_lines(preview.total_label)
        assert "".join(lines).startswith("全文") and "目标 15 分钟" in "".join(lines)
        for before, after in zip(lines, lines[1:]):   # a number never parted from its unit or its 约
            assert not before.endswith(("约", "分", "目标")) and after[:1] not in "0123456789分秒字钟", (width, lines)


def test_the_program_quits_cleanly_after_a_copy(tmp_path):
    """A copy puts the field-aware text on the clipboard; quitting afterwards must not crash (Qt used to
    delete that clipboard data after Python had ended: a segmentation fault on every quit after a copy)."""
    import subprocess
    import sys

    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "from speechwriter.gui.editor.field_text import FieldTextBox\n"
        "app = QApplication([])\n"
        "box = FieldTextBox(lambda name: '市应急管理局')\n"
        "box.setPlainText('召开会议')\n"
        "box.selectAll()\n"
        "box.copy()\n"
        "print(QApplication.clipboard().text())\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
    assert result.stdout.strip() == "召开会议"


def _lengths_seen(window) -> list[str]:
    """Every place on screen that tells the speech's length (全文 N 字，约 M 分钟)."""
    from PySide6.QtWidgets import QLabel

    texts = [shown_words(label.text()) for label in window.findChildren(QLabel)
             if label.isVisible() and not label.visibleRegion().isEmpty()]
    return [text for text in texts if "全文" in text and "字" in text]


def test_the_length_is_shown_once_with_the_preview_open_and_hidden(drafting_window, qtbot):
    """With the preview open its count line tells the length; the status bar says it only while the
    preview is hidden (F9) or folded away, never both at once."""
    window = drafting_window
    qtbot.wait(50)
    assert len(_lengths_seen(window)) == 1, _lengths_seen(window)
    assert shown_words(window.editor.preview.total_label.text()) in _lengths_seen(window)
    window.acts.toggle_preview.setChecked(False)          # F9
    qtbot.wait(50)
    assert len(_lengths_seen(window)) == 1, _lengths_seen(window)
    window.acts.toggle_preview.setChecked(True)
    qtbot.wait(50)
    assert len(_lengths_seen(window)) == 1, _lengths_seen(window)
    splitter = window.editor.splitter                     # the preview folded away by dragging its edge
    sizes = splitter.sizes()
    splitter.setSizes([sizes[0], sizes[1] + sizes[2], 0])
    splitter.splitterMoved.emit(sizes[0] + sizes[1] + sizes[2], 2)
    qtbot.wait(50)
    assert splitter.sizes()[2] == 0
    assert len(_lengths_seen(window)) == 1, _lengths_seen(window)
    window.show_start()                                   # the start page: no speech, no length
    qtbot.wait(50)
    assert _lengths_seen(window) == []


def test_typing_into_a_new_sections_stand_in_text_replaces_it(drafting_window, qtbot):
    """A new key point's body says （在此展开这一点的具体要求。）; the clerk clicks into it and types:
    the words take its place (as in a Word placeholder), they are not added after it."""
    from PySide6.QtCore import QPoint

    window = drafting_window
    key = next(s for s in window.doc.outline.sections if s.role == "key_points" and s.body.startswith("（在此"))
    window.editor.select_section(key.id)
    body = window.editor.section_editor.body
    qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, 8))   # into the stand-in
    type_text(body, "要压实安全生产责任。")
    assert window.doc.section_by_id(key.id).body == "要压实安全生产责任。"
    assert body.toPlainText() == "要压实安全生产责任。"
    type_text(body, "层层抓落实。")                      # and what follows is ordinary typing
    assert window.doc.section_by_id(key.id).body == "要压实安全生产责任。层层抓落实。"
    window.doc.undo_stack.undo()
    assert window.doc.section_by_id(key.id).body.startswith("（在此")


def test_typing_into_a_key_points_stand_in_heading_replaces_it(window, qtbot):
    """The same for the heading （要点标题） of a blank speech's key point."""
    from PySide6.QtCore import QPoint

    window.files.new_blank()
    key = next(s for s in window.doc.outline.sections if s.heading == "（要点标题）")
    window.editor.select_section(key.id)
    heading = window.editor.section_editor.heading
    qtbot.mouseClick(heading.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(30, 8))
    type_text(heading, "压实安全责任")
    assert window.doc.section_by_id(key.id).heading == "压实安全责任"
