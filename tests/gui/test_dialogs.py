"""The real dialogs behind the window's intents: Chinese text and buttons, a usable export dialog."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def answer_next_box(button_text: str, seen: list):
    """When the next modal box opens, note its texts and press the button with this label."""

    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append((box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, press)


def test_message_box_is_chinese(qtbot):
    from PySide6.QtWidgets import QWidget

    from speechwriter.gui.prompts import Prompts

    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []
    answer_next_box("确定", seen)
    Prompts(parent).show_message("无法打开提纲", "提纲文件“a.speech.json”已损坏。", "error")
    assert seen == [("无法打开提纲", "提纲文件“a.speech.json”已损坏。", ["确定"])]


def test_save_question_offers_three_chinese_answers(qtbot):
    from PySide6.QtWidgets import QWidget

    from speechwriter.gui.prompts import Prompts

    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []
    answer_next_box("不保存", seen)
    assert Prompts(parent).ask_save_changes("讲稿：x") == "discard"
    assert sorted(seen[0][2]) == sorted(["保存", "不保存", "取消"])
    answer_next_box("取消", seen)
    assert Prompts(parent).ask_save_changes() == "cancel"


def test_after_export_offers_open_file_and_folder(qtbot):
    from PySide6.QtWidgets import QWidget

    from speechwriter.gui.prompts import OPEN_FOLDER, Prompts

    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []
    answer_next_box("打开所在文件夹", seen)
    assert Prompts(parent).offer_after_export("/tmp/讲话.docx") == OPEN_FOLDER
    assert {"打开文件", "打开所在文件夹"} <= set(seen[0][2])


def test_before_an_export_the_same_problem_is_listed_once_with_how_often(qtbot):
    """A speech pasted from a web page has a half-width comma on every line: the box before an export
    says so once, with the count, and still names the other problems (it listed six equal lines)."""
    from PySide6.QtWidgets import QWidget

    from speechwriter.check import Finding
    from speechwriter.gui.prompts import EXPORT_ANYWAY, Prompts

    comma = "中文里用了半角标点“,”，应为全角“，”。"
    findings = ([Finding("punctuation", "warning", "中文里用了半角标点“:”，应为全角“：”。", 0, 2, 3, ":")]
                + [Finding("punctuation", "warning", comma, i, 5, 6, ",") for i in range(150)]
                + [Finding("sample_text", "warning", "这段文字与自带范文一字不差。", 3, 0, 9, "今天")])
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list = []
    answer_next_box("仍然导出", seen)
    assert Prompts(parent).review_findings(findings) == EXPORT_ANYWAY
    headline, listed, _buttons = seen[0]
    assert "152 处" in headline
    lines = listed.splitlines()
    assert len(lines) == len(set(lines)) == 3, lines                      # each problem once
    assert [line for line in lines if comma in line][0].endswith("（共 150 处）")
    assert any("范文" in line for line in lines)


def test_export_dialog_lists_templates_and_font_sets(qtbot, tmp_path):
    from speechwriter.gui.output.export_dialog import ExportDialog
    from speechwriter.render import FONT_SETS, list_templates

    names = [t.name for t in list_templates()]
    dialog = ExportDialog(str(tmp_path / "讲话稿"), names, "讲话稿", list(FONT_SETS))
    qtbot.addWidget(dialog)
    assert [dialog.template.itemText(i) for i in range(dialog.template.count())] == names
    assert dialog.template.currentText() == "讲话稿"
    assert dialog.font_set.currentText() == "公文字体"
    dialog.font_set.setCurrentText("系统自带")
    assert "宋体" in dialog.hint.text()
    choice = dialog.choice()
    assert choice.path.endswith("讲话稿.docx") and choice.font_set == "系统自带"


def test_menu_role_names_are_the_tree_names(window):
    """编辑 → 类型 and 插入 → …小节 name the roles as the tree's 类型 column does, in the printed order."""
    assert [a.text() for a in window.acts.roles] == ["开场", "回顾", "要点", "结束"]
    assert [a.text() for a in window.acts.insert_roles] == ["开场小节", "回顾小节", "要点小节", "结束小节"]


def test_a_recent_file_that_is_gone_says_so_and_leaves_the_list(window, make_window, prompts, tmp_path):
    gone = tmp_path / "去年的.speech.json"
    window.settings.add_recent_file(gone)
    window.refresh_recent()
    assert window.start_page.recent_list.count() == 1
    window.start_page.recent_chosen.emit(str(gone.resolve()))
    assert prompts.messages[-1][0] == "无法打开提纲" and "找不到" in prompts.messages[-1][1]
    assert window.start_page.recent_list.count() == 0


def test_an_internal_fault_in_a_slot_becomes_a_chinese_message(window, prompts):
    from speechwriter.errors import UserError
    from speechwriter.gui.app import fault_reporter

    report = fault_reporter(window)
    try:
        raise KeyError("x")
    except KeyError as err:
        report(type(err), err, err.__traceback__)
    headline, detail, level = prompts.messages[-1]
    assert headline.startswith("程序内部出错") and "KeyError" in detail and level == "error"
    report(UserError, UserError("模板“甲”不存在。"), None)
    assert prompts.messages[-1] == ("操作没有完成", "模板“甲”不存在。", "warning")
