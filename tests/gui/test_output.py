"""导出 Word / 导出 PDF / 打印… / 排版设置 as a clerk uses them (prompts scripted, no modal dialog)."""

import shutil
import subprocess

import pytest

from speechwriter.gui.output.export_dialog import ExportChoice
from tests.gui.test_drafting import fill_required_fields
from tests.render.docx_xml import NS, W, parts, xml


def fonts_box(dialog):
    """排版设置's 字体方案 box (the dialog keeps its editors as plain widgets)."""
    from PySide6.QtWidgets import QComboBox

    box = dialog.editors["fonts"]
    assert isinstance(box, QComboBox)
    return box


@pytest.fixture
def ready(drafting_window, qtbot):
    fill_required_fields(qtbot, drafting_window)
    return drafting_window


def _export(window, prompts, path, reference=""):
    prompts.exports.append(ExportChoice(str(path), window.doc.outline.template, "公文字体", reference))
    return window.acts.export.trigger()


def test_re_export_asks_and_replace_keeps_the_leaders_version_as_bak(ready, prompts, tmp_path):
    target = tmp_path / "讲话稿.docx"
    _export(ready, prompts, target)
    assert target.is_file() and not prompts.questions
    leaders = b"PK the version the leader corrected in WPS"
    target.write_bytes(leaders)
    # 取消: nothing changes
    prompts.replace_answers.append("cancel")
    _export(ready, prompts, target)
    assert prompts.questions[-1] == ("replace?", str(target)) and target.read_bytes() == leaders
    # 替换: the new export, the leader's file kept beside it
    prompts.replace_answers.append("replace")
    _export(ready, prompts, target)
    assert (tmp_path / "讲话稿.bak.docx").read_bytes() == leaders
    assert target.read_bytes()[:2] == b"PK" and target.read_bytes() != leaders
    assert "讲话稿.bak.docx" in ready.statusBar().currentMessage()


def test_after_an_export_the_status_bar_names_the_file_clear_of_the_length(ready, prompts, tmp_path):
    """At 1024 wide the status bar said 已导出“/home/…/讲话稿.bak.pdf” in full and its end ran under the
    length at the right; the file's name says what was written (the box after it says where)."""
    folder = tmp_path / "文档" / "2026年" / "办公室" / "全市安全生产工作会议" / "讲话稿"
    folder.mkdir(parents=True)
    target = folder / "在2026年全市安全生产工作会议上的讲话.pdf"
    target.write_bytes(b"%PDF-1.4 yesterday's")
    ready.resize(1024, 700)
    prompts.save_paths.append(str(target))
    prompts.replace_answers.append("replace")
    ready.acts.export_pdf.trigger()
    bar, busy = ready.statusBar(), ready.busy
    shown = bar.currentMessage()
    assert target.name in shown and "在2026年全市安全生产工作会议上的讲话.bak.pdf" in shown
    taken = sum(w.width() for w in (busy.length, busy.label, busy.progress, busy.cancel_button) if w.isVisible())
    assert bar.fontMetrics().horizontalAdvance(shown) <= bar.width() - taken, shown


def test_re_export_save_as_writes_elsewhere(ready, prompts, tmp_path):
    target = tmp_path / "讲话稿.docx"
    target.write_bytes(b"old")
    prompts.replace_answers.append("save_as")
    prompts.save_paths.append(str(tmp_path / "讲话稿（第二稿）"))
    _export(ready, prompts, target)
    assert target.read_bytes() == b"old"
    assert (tmp_path / "讲话稿（第二稿）.docx").is_file()
    assert not (tmp_path / "讲话稿.bak.docx").exists()


def test_layout_settings_go_into_the_speech_undoably_and_into_its_export(ready, prompts, tmp_path):
    from speechwriter.render import LayoutOptions

    prompts.layouts.append((LayoutOptions(fonts="系统自带", line_spacing=29.5, page_numbers="居中"), True))
    ready.acts.layout.trigger()
    assert ready.doc.outline.layout == {"fonts": "系统自带", "line_spacing": 29.5, "page_numbers": "居中"}
    assert ready.acts.undo.text() == "撤销 修改排版设置"
    assert ready.settings.default_layout() == ready.doc.outline.layout  # 设为默认 ticked
    target = tmp_path / "a.docx"
    prompts.exports.append(ExportChoice(str(target), ready.doc.outline.template, "系统自带"))
    ready.acts.export.trigger()
    styles = xml(target.read_bytes(), "word/styles.xml")
    normal = styles.find("w:style[@w:styleId='Normal']", NS)
    assert normal.find("w:rPr/w:rFonts", NS).get(f"{W}eastAsia") == "仿宋"
    assert normal.find("w:pPr/w:spacing", NS).get(f"{W}line") == "590"
    ready.acts.undo.trigger()
    assert ready.doc.outline.layout != {"fonts": "系统自带", "line_spacing": 29.5, "page_numbers": "居中"}


def test_office_template_is_remembered_per_kind(ready, prompts, tmp_path):
    from tests.render.test_reference import _office_template

    template = _office_template(tmp_path / "本单位讲话稿模板.docx")
    _export(ready, prompts, tmp_path / "a.docx", reference=str(template))
    assert "某某市人民政府办公室" in "".join(v.decode() for k, v in parts((tmp_path / "a.docx").read_bytes()).items()
                                     if k.startswith("word/header"))
    assert any("标题 3" in detail for _, detail, _ in prompts.messages)  # the missing style is named
    prompts.exports.append(None)
    ready.acts.export.trigger()
    assert prompts.export_offer[-1] == str(template)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext 未安装：apt-get install poppler-utils")
def test_export_pdf_and_print_use_the_same_pages(ready, prompts, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from speechwriter.gui.output.print_preview import make_printer, print_pages

    prompts.save_paths.append(str(tmp_path / "讲话稿"))
    ready.acts.export_pdf.trigger()
    pdf = tmp_path / "讲话稿.pdf"
    assert pdf.is_file(), prompts.messages
    ready.acts.print.trigger()
    laid, name = prompts.printed[-1]
    # what the print preview paints, into a PDF printer: the same text as the exported PDF
    printer = make_printer(laid, name)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_pages(printer, laid)
    text = lambda p: subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True).stdout  # noqa: E731
    flat = lambda s: "".join(s.split())  # noqa: E731
    assert flat(text(tmp_path / "printed.pdf")) == flat(text(pdf))
    # the characters written, not a font's radicals (Noto CJK draws 工 and ⼯ with one glyph)
    assert not [ch for ch in text(pdf) + text(tmp_path / "printed.pdf") if 0x2E80 <= ord(ch) <= 0x2FDF]
    for made in (pdf, tmp_path / "printed.pdf"):  # tagged alike (paragraphs and headings for screen readers)
        assert "Tagged:          yes" in subprocess.run(["pdfinfo", str(made)], capture_output=True, text=True).stdout
    assert ready.doc.outline.field("标题") in flat(text(pdf))


def test_shift_enter_in_the_title_forces_a_break_in_preview_and_export(ready, prompts, qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from tests.gui.conftest import type_text

    box = ready.editor.field_form.boxes["标题"]
    box.setFocus()
    box.setText("")
    type_text(box, "在全市安全生产工作会议")
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(box, "上的讲话")
    assert ready.doc.outline.field("标题") == "在全市安全生产工作会议\u2028上的讲话"
    assert "在全市安全生产工作会议<br>上的讲话" in ready.editor.preview.render_html()
    _export(ready, prompts, tmp_path / "a.docx")
    document = parts((tmp_path / "a.docx").read_bytes())["word/document.xml"].decode()
    assert "在全市安全生产工作会议</w:t></w:r><w:r><w:br/></w:r><w:r><w:t xml:space=\"preserve\">上的讲话" in document


def test_layout_dialog_shows_and_returns_every_option(qtbot):
    from speechwriter.gui.output.layout_dialog import LayoutDialog
    from speechwriter.render import OPTIONS, LayoutOptions

    chosen = LayoutOptions(fonts="自定义", body_font="方正仿宋_GBK", title_size=24, line_spacing=29.5,
                           page_numbers="居中", large_print=True)
    dialog = LayoutDialog(chosen)
    qtbot.addWidget(dialog)
    assert set(dialog.editors) == {o.name for o in OPTIONS}   # one row per declared option
    assert dialog.options() == chosen
    assert dialog.editors["body_font"].isEnabled()
    fonts_box(dialog).setCurrentText("系统自带")
    assert not dialog.editors["body_font"].isEnabled() and "仿宋" in dialog.hint.text()
    from PySide6.QtWidgets import QDialogButtonBox

    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dialog.options() == LayoutOptions()


def test_layout_dialog_shows_each_font_sets_note_whole(qtbot):
    """The note under 字体方案 wraps onto a second line; that line is shown, not cut off by the next row."""
    from speechwriter.gui.output.layout_dialog import LayoutDialog
    from speechwriter.render import FONT_SETS, LayoutOptions

    dialog = LayoutDialog(LayoutOptions())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for name in [*FONT_SETS, "自定义"]:
        fonts_box(dialog).setCurrentText(name)
        hint = dialog.hint
        assert hint.text() and hint.height() >= hint.heightForWidth(hint.width()), (name, hint.height())


def test_print_large_reading_copy_leaves_the_speech_layout_alone(ready, prompts):
    ready.acts.print.trigger()
    ready.acts.print_large.trigger()
    (normal, _), (large, name) = prompts.printed[-2:]
    assert name.endswith("（大字版）") and large.grid.body_size >= 22 > normal.grid.body_size
    assert len(large.pages) > len(normal.pages)
    assert ready.doc.outline.layout == {} and not ready.acts.undo.text().endswith("排版设置")


def test_pdf_over_an_existing_file_asks_once_and_keeps_a_backup(ready, prompts, tmp_path):
    old = tmp_path / "讲话稿.pdf"
    old.write_bytes(b"%PDF-1.4 printed yesterday")
    prompts.save_paths.append(str(old))
    prompts.replace_answers.append("replace")
    ready.acts.export_pdf.trigger()
    assert [q for q in prompts.questions if q[0] == "replace?"] == [("replace?", str(old))]
    assert (tmp_path / "讲话稿.bak.pdf").read_bytes() == b"%PDF-1.4 printed yesterday"
    assert old.read_bytes().startswith(b"%PDF") and old.stat().st_size > 1000
