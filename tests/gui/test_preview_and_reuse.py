"""Seeing the speech (live preview, 字数, speaking time), fields inside text, plain text, reuse next year."""

from __future__ import annotations

import re

from PySide6.QtCore import QTimer

from speechwriter.gui.unbroken import shown_words
from tests.cjk_fonts import needs_a_cjk_font
from tests.gui.conftest import numbered, refresh_preview, type_text
from tests.gui.test_drafting import click_row, fill_required_fields


def _retype_first_point(window, qtbot, text: str):
    """The clerk selects 一、 in the tree and types `text` over its body; the section editor."""
    click_row(qtbot, window, "一、")
    editor = window.editor.section_editor
    editor.body.setFocus()
    editor.body.selectAll()
    type_text(editor.body, text)
    return editor


def test_preview_follows_edits_and_shows_field_values(drafting_window, qtbot):
    window = drafting_window
    window.doc.set_field("会议名称", "全市防汛工作会议")
    editor = _retype_first_point(window, qtbot, "这次")
    # 插入 → 字段 → 会议名称 puts the field where the cursor is (the menu lists the fields when opened)
    window.menus.fields.aboutToShow.emit()
    action = next(a for a in window.menus.fields.actions() if a.text() == "会议名称")
    action.trigger()
    type_text(editor.body, "很重要。")
    assert window.doc.section_by_id(editor.section_id).body == "这次{{ 会议名称 }}很重要。"
    # the preview updates by itself a moment later, with the value in place of the field
    qtbot.waitUntil(lambda: "这次全市防汛工作会议很重要。" in window.editor.preview.browser.toPlainText(),
                    timeout=10000)
    # one undo takes back the typing since the field was inserted, not one keystroke
    assert window.acts.undo.text().startswith("撤销 修改“")


def test_counts_for_speech_and_section_follow_the_rate(drafting_window, qtbot):
    window = drafting_window
    click_row(qtbot, window, "一、")
    section_id = window.editor.section_editor.section_id
    window.doc.set_body(section_id, "字" * 440)
    refresh_preview(qtbot, window)
    section_line = shown_words(window.editor.preview.section_label.text())
    chars = int(re.search(r"本节 (\d+) 字", section_line).group(1))
    assert chars >= 440
    window.editor.preview.rate.setValue(220)
    total = shown_words(window.editor.preview.total_label.text())
    total_chars = int(re.search(r"全文 (\d+) 字", total).group(1))
    assert total_chars > chars
    assert re.search(r"本节 \d+ 字，约 2 分", shown_words(window.editor.preview.section_label.text()))   # 440+ 字 at 220 字/分
    window.editor.preview.rate.setValue(110)
    assert re.search(r"本节 \d+ 字，约 4 分", shown_words(window.editor.preview.section_label.text()))   # … at 110 字/分


def test_autosave_when_the_window_loses_focus(drafting_window, qtbot):
    from PySide6.QtWidgets import QWidget

    window = drafting_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.doc.set_field("会议名称", "全市防汛工作会议")
    assert not window.recovery.autosave_path.exists()
    other = QWidget()          # another window comes to the front
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    assert window.recovery.autosave_path.is_file()
    assert "全市防汛工作会议" in window.recovery.autosave_path.read_text(encoding="utf-8")


def test_export_plain_text(drafting_window, prompts, qtbot, tmp_path):
    window = drafting_window
    fill_required_fields(qtbot, window)
    prompts.save_paths.append(str(tmp_path / "讲话"))
    window.acts.export_text.trigger()
    text = (tmp_path / "讲话.txt").read_text(encoding="utf-8")
    for heading in numbered(window):
        assert heading.lstrip("　") in text


def test_save_as_new_outline_for_next_year(drafting_window, prompts, qtbot, tmp_path):
    window = drafting_window
    fill_required_fields(qtbot, window)
    prompts.save_paths.append(str(tmp_path / "2026年"))
    window.acts.save.trigger()
    old_ids = [s.id for s in window.doc.outline.walk()]
    tree = numbered(window)
    prompts.save_paths.append(str(tmp_path / "2027年"))
    window.acts.save_new.trigger()
    assert (tmp_path / "2027年.speech.json").is_file()
    assert window.doc.path.endswith("2027年.speech.json")
    assert numbered(window) == tree
    assert window.doc.outline.field("日期") == ""             # the new meeting's date is still to come
    assert not set(old_ids) & {s.id for s in window.doc.outline.walk()}
    assert (tmp_path / "2026年.speech.json").is_file()


def test_numbering_style_change_renumbers_and_undoes(drafting_window):
    window = drafting_window
    before = numbered(window)
    window.doc.set_numbering(1, "一是")
    after = numbered(window)
    assert after[0].startswith("一是") and after[1].startswith("二是")
    assert window.acts.undo.text() == "撤销 修改第 1 级编号"
    window.acts.undo.trigger()
    assert numbered(window) == before


def test_a_field_typed_into_the_text_appears_in_the_form(drafting_window, qtbot):
    window = drafting_window
    click_row(qtbot, window, "一、")
    editor = window.editor.section_editor
    editor.body.selectAll()
    type_text(editor.body, "请{{ 主持人 }}同志主持。")
    form = window.editor.field_form
    qtbot.waitUntil(lambda: "主持人" in form.boxes, timeout=10000)
    type_text(form.boxes["主持人"], "李华")
    qtbot.waitUntil(lambda: "请李华同志主持。" in window.editor.preview.browser.toPlainText(), timeout=10000)


def test_preview_follows_the_selected_section(drafting_window, qtbot):
    window = drafting_window
    window.doc.set_body(window.doc.outline.sections[0].id, "很长的开场。\n" * 60)
    refresh_preview(qtbot, window)
    bar = window.editor.preview.browser.verticalScrollBar()
    bar.setValue(0)
    last = numbered(window)[-1]
    click_row(qtbot, window, last)
    assert bar.value() > 0


def test_an_exported_docx_imports_back_as_the_same_outline(drafting_window, prompts, qtbot, tmp_path):
    from speechwriter.gui.output.export_dialog import ExportChoice

    window = drafting_window
    fill_required_fields(qtbot, window)
    tree = [h.lstrip("　") for h in numbered(window)]
    path = tmp_path / "往年讲话.docx"
    prompts.exports.append(ExportChoice(str(path), window.doc.outline.template, "公文字体"))
    window.acts.export.trigger()
    assert path.is_file()
    prompts.save_changes.append("discard")
    prompts.open_paths.append(str(path))
    window.acts.import_speech.trigger()
    qtbot.waitUntil(lambda: not window.tasks.is_busy(), timeout=60000)
    assert prompts.messages == [], prompts.messages
    assert [h.lstrip("　") for h in numbered(window)] == tree


def test_a_text_that_loops_without_end_stops_the_preview_not_the_window(drafting_window, qtbot):
    """A colleague's outline whose text loops a hundred thousand squared times: the preview says so
    in Chinese after a moment (the preview's own budget: 1.5 s or a million steps, a fifth of an
    export's), and the window answers the clerk's typing all the while."""
    window = drafting_window
    click_row(qtbot, window, "一、")
    section_id = window.editor.section_editor.section_id
    loops = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}字"
    window.doc.set_body(section_id, loops)
    # the page is worked on off the window's thread: the clerk types on meanwhile, and it arrives
    box, typed_while_rendering = window.editor.field_form.boxes["会议名称"], []

    def type_meanwhile():
        typed_while_rendering.append(window.editor.preview.is_busy())
        type_text(box, "全市防汛工作会议")

    QTimer.singleShot(200, type_meanwhile)
    shown = refresh_preview(qtbot, window)
    assert typed_while_rendering == [True]
    assert window.doc.outline.field("会议名称") == "全市防汛工作会议"
    assert "暂时无法预览" in shown and "模板运行超出限制" in shown
    assert "1.5 秒" in shown or "1,000,000 次" in shown, shown
    window.doc.set_body(section_id, "抓好落实。")
    assert "抓好落实。" in refresh_preview(qtbot, window)


def _full_line_lengths(browser) -> list[int]:
    """Characters on the second line of each paragraph of the preview, as laid out on screen (the
    first is indented two characters; a line before the last is full)."""
    lengths, block = [], browser.document().begin()
    while block.isValid():
        layout = block.layout()
        if layout is not None and layout.lineCount() > 2:
            lengths.append(layout.lineAt(1).textLength())
        block = block.next()
    return lengths


def test_the_preview_shows_the_page_scaled_to_its_pane(drafting_window, qtbot):
    """A wide pane shows a whole line of the page (28 characters, as it prints); a narrow one shows
    the page smaller, at least ten characters a line, not five big ones."""
    needs_a_cjk_font()
    window = drafting_window
    window.acts.toggle_library.setChecked(False)   # the panes as set below, none given to the 素材库
    click_row(qtbot, window, "一、")
    window.doc.set_body(window.editor.section_editor.section_id, "字" * 200)
    browser = window.editor.preview.browser
    for window_width, sizes, fewest, most in ((1600, [250, 350, 800], 28, 28), (1000, [350, 450, 200], 10, 20)):
        window.resize(window_width, 800)
        window.editor.splitter.setSizes(sizes)
        qtbot.wait(100)
        refresh_preview(qtbot, window)
        lengths = _full_line_lengths(browser)
        assert lengths and fewest <= max(lengths) <= most, (browser.viewport().width(), lengths)


def test_the_preview_rests_once_it_shows_the_speech(drafting_window, qtbot):
    """No edit, no work: once the page shows a speech taller than the pane, the preview does not
    render it again and again on its own (its scroll bar coming and going must not count as a resize)."""
    window = drafting_window
    window.doc.set_body(window.doc.outline.sections[0].id, "很长的开场。\n" * 60)
    preview, renders = window.editor.preview, []
    preview.refreshed.connect(lambda: renders.append(1))
    for window_width, sizes in ((1600, [250, 350, 800]), (1000, [350, 450, 200])):
        window.resize(window_width, 800)
        window.editor.splitter.setSizes(sizes)
        refresh_preview(qtbot, window)
        renders.clear()
        qtbot.wait(1500)
        assert renders == [] and not preview.is_busy(), (window_width, len(renders))


def test_the_preview_keeps_its_place_when_the_pane_changes_width(drafting_window, qtbot):
    """Reading a point in the middle of the preview, the clerk opens the 素材库 (the pane narrows, the page is
    laid out smaller): the preview still shows that point, not some other part of the speech."""
    window = drafting_window
    window.resize(1600, 800)
    window.editor.splitter.setSizes([250, 350, 800])
    for section in window.doc.outline.walk():   # a speech of many pages
        if section.heading:
            window.doc.set_body(section.id, "要抓好落实，确保工作取得实效。\n" * 12)
    refresh_preview(qtbot, window)
    middle = numbered(window)[len(numbered(window)) // 2]
    click_row(qtbot, window, middle)
    browser = window.editor.preview.browser
    heading = window.doc.section_by_id(window.editor.section_editor.section_id).heading

    def heading_in_view() -> bool:   # its first characters are on screen
        found = browser.document().find(heading[:4])
        return not found.isNull() and 0 <= browser.cursorRect(found).top() < browser.viewport().height()

    assert browser.verticalScrollBar().value() > 0 and heading_in_view()
    window.editor.splitter.setSizes([250, 350, 350])
    qtbot.wait(50)
    refresh_preview(qtbot, window)
    assert heading_in_view(), (browser.verticalScrollBar().value(), browser.verticalScrollBar().maximum())


def test_the_clerks_rate_reaches_the_tree_the_check_and_the_preview(drafting_window, qtbot):
    """One 语速 (the clerk's, kept in the settings) for every count, and one 字数: the tree's tip, the
    count line and the 校对's 时长 say the same, placeholders such as 〔会议名称〕 included."""
    from PySide6.QtCore import Qt

    from speechwriter.gui.editor.check_panel import run_check
    from speechwriter.outline.tree import Outline, Section

    window = drafting_window
    window.editor.preview.rate.setValue(110)
    assert window.settings.speaking_rate() == 110
    # another outline opened (its file says 300 字/分) is counted at the clerk's 110
    outline = Outline(fields={"标题": "在会议上的讲话", "称呼": "同志们："}, rate=300, target_minutes=1,
                      sections=[Section("key_points", "关于{{ 会议名称 }}的意见", "我们要认真贯彻。" * 20)])
    window.doc.load(outline, None)
    assert window.doc.outline.rate == 110
    total = shown_words(window.editor.preview.total_label.text())
    chars = int(re.search(r"全文 (\d+) 字", total).group(1))
    assert chars == 4 + len("一、关于〔会议名称〕的意见") + len("我们要认真贯彻。") * 20
    model = window.doc.model
    tip = model.data(model.index_for_path((0,), 2), Qt.ItemDataRole.ToolTipRole)
    assert tip == f"{chars - 4} 字，约 {(chars - 4) / 110:.1f} 分钟"
    findings, _ = run_check(window.doc.outline)
    [length] = [f for f in findings if f.rule == "length"]
    assert f"全文 {chars} 字，按每分钟 110 字约需 {chars / 110:.1f} 分钟" in length.message


def test_a_field_name_that_cannot_print_is_refused_when_added(drafting_window, qtbot, prompts):
    """添加字段 「主持人（男）」 or 「1号文件」: said why in Chinese, nothing added; a good name is
    inserted as a field that prints its value, never braces."""
    window = drafting_window
    before = dict(window.doc.outline.fields)
    for name, why in (("主持人（男）", "不能含有“（）”"), ("1号文件", "不能以数字开头")):
        prompts.texts.append(name)
        window.acts.add_field.trigger()
        headline, detail, level = prompts.messages[-1]
        assert why in detail and level == "warning" and "{" not in detail
        assert window.doc.outline.fields == before
    prompts.texts.append("男主持人")
    window.acts.add_field.trigger()
    assert "男主持人" in window.doc.outline.fields
    window.doc.set_field("男主持人", "李华")
    editor = _retype_first_point(window, qtbot, "请")
    window.edits.insert_field("男主持人")
    type_text(editor.body, "同志主持。")
    qtbot.waitUntil(lambda: "请李华同志主持。" in window.editor.preview.browser.toPlainText(), timeout=10000)
