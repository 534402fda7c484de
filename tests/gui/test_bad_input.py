"""Bad files through the GUI: a Chinese message with the reason, and the app goes on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.gui.conftest import card_for


def test_broken_outline_file_gives_a_message_and_the_app_goes_on(window, prompts, qtbot, tmp_path):
    broken = tmp_path / "坏提纲.speech.json"
    broken.write_text('{"format": "speechwriter-outline", "version": 2, "sections": [', encoding="utf-8")
    prompts.open_paths.append(str(broken))
    window.acts.open.trigger()
    headline, detail, level = prompts.messages[-1]
    assert headline == "无法打开提纲" and level == "error"
    assert "坏提纲.speech.json" in detail and "损坏" in detail
    assert window.pages.currentWidget() is window.start_page
    # still usable: a new speech from a structure opens
    button = card_for(window, lambda s: True).findChild(QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.editor


def test_foreign_json_is_refused_by_name(window, prompts, tmp_path):
    other = tmp_path / "别的.json"
    other.write_text('{"name": "not ours"}', encoding="utf-8")
    prompts.open_paths.append(str(other))
    window.acts.open.trigger()
    assert "不是讲稿助手的提纲文件" in prompts.messages[-1][1]


def test_importing_a_non_speech_file_gives_a_message(window, prompts, qtbot, tmp_path):
    picture = tmp_path / "照片.txt"
    picture.write_bytes(bytes(range(256)) * 20)
    prompts.open_paths.append(str(picture))
    window.acts.import_speech.trigger()
    qtbot.waitUntil(lambda: bool(prompts.messages), timeout=30000)
    headline, detail, level = prompts.messages[-1]
    assert headline == "无法导入讲话稿" and level == "error"
    assert "照片.txt" in detail
    assert window.pages.currentWidget() is window.start_page
    assert not window.tasks.is_busy()


def test_importing_a_real_speech_makes_an_outline(window, prompts, qtbot, samples_dir):
    sample = sorted(samples_dir.glob("*.txt"))[0]
    prompts.open_paths.append(str(sample))
    window.acts.import_speech.trigger()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.editor, timeout=60000)
    assert window.doc.outline.sections
    assert window.isWindowModified()   # an import is not saved anywhere yet
    assert prompts.messages == []


def test_a_bundled_sample_is_never_where_an_export_lands(window, prompts, qtbot, samples_dir):
    """Walking through as a new clerk: a speech imported from the bundled samples offered to export
    into the program's own samples folder (read-only once installed, and wiped by an update)."""
    sample = sorted(samples_dir.glob("*.txt"))[0]
    prompts.open_paths.append(str(sample))
    window.acts.import_speech.trigger()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.editor, timeout=60000)
    window.acts.export.trigger()
    offered = Path(prompts.export_offer[0]).parent.resolve()
    assert not offered.is_relative_to(samples_dir.resolve().parent)
    assert offered.is_dir()


def test_export_to_an_unwritable_place_says_why(drafting_window, prompts, tmp_path):
    from speechwriter.gui.output.export_dialog import ExportChoice

    window = drafting_window
    for name in window.editor.field_form.missing():
        window.doc.set_field(name, "测试")
    prompts.exports.append(ExportChoice(str(tmp_path / "没有这个文件夹" / "讲话.docx"), window.doc.outline.template,
                                        "公文字体"))
    window.acts.export.trigger()
    headline, detail, level = prompts.messages[-1]
    assert headline == "导出失败" and "不存在" in detail
    assert window.pages.currentWidget() is window.editor


def test_saving_to_an_unwritable_place_keeps_the_work(drafting_window, prompts, tmp_path):
    window = drafting_window
    window.doc.set_field("会议名称", "测试会议")
    prompts.save_paths.append(str(tmp_path / "没有这个文件夹" / "稿"))
    window.acts.save.trigger()
    assert prompts.messages[-1][0] == "保存失败"
    assert window.isWindowModified()
