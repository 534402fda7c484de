"""A revision round in the window, as a clerk goes through it: 初稿 saved and exported → the
leader's copy comes back with 修订 and a 批注 → opened back, two changes accepted and one rejected →
the 对照 view shows what changed and jumps from change to change → 二稿 exported with Word 修订."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from speechwriter.gui.output.export_dialog import ExportChoice
from speechwriter.outline.io import save_outline
from speechwriter.revise.docx_in import read_docx
from speechwriter.revise.sources import outline_blocks
from tests.render.conftest import sample_outline
from tests.rounds.leader import LeaderCopy


def _printed(outline):
    return [b.plain() for b in outline_blocks(outline)]


def _open_speech(window, tmp_path):
    path = tmp_path / "安全生产讲话.speech.json"
    save_outline(sample_outline(), path)
    assert window.files.open_file(str(path))
    assert window.is_editing()
    return path


def test_a_round_with_the_leader_in_the_window(window, prompts, qtbot, tmp_path):
    _open_speech(window, tmp_path)
    room = window.rounds
    # 保存为新一轮: 初稿 (undoable like any edit)
    prompts.texts.append("初稿")
    room.save.trigger()
    assert [r.name for r in window.doc.outline.rounds] == ["初稿"]
    assert window.acts.undo.text() == "撤销 保存为新一轮“初稿”"
    first_text = _printed(window.doc.outline)

    # 导出 Word: 初稿 goes to the leader
    sent = tmp_path / "初稿.docx"
    prompts.exports.append(ExportChoice(str(sent), window.doc.outline.template, "公文字体"))
    window.acts.export.trigger()
    assert sent.is_file()

    # the leader's copy: three 修订 and a 批注
    copy = LeaderCopy(sent)
    copy.replace("主要任务是", "主要目的是")
    copy.delete("刚才，李局长通报了全市安全生产形势，")
    copy.insert_after("事故总量持续下降", "，群众安全感明显增强")
    copy.comment("一岗双责", "这里要写明责任清单", author="王书记")
    edited = copy.save(tmp_path / "领导修改稿.docx")

    # open it back: every change listed, the comment under its section
    room.show_panel.setChecked(True)
    prompts.open_paths.append(str(edited))
    with qtbot.waitSignal(room.flows.merge_ready, timeout=30000) as shown:
        room.leader_copy.trigger()
    dialog = shown.args[0]
    assert len(dialog.change_items) == 3 and len(dialog.comment_items) == 1
    # each change shows its paragraph (as Word shows it accepted) when pointed at
    assert "主要目的是总结前一阶段工作" in dialog.change_items[0][0].toolTip(0)
    qtbot.mouseClick(dialog.reject_all_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen() == set()
    qtbot.mouseClick(dialog.accept_all_button, Qt.MouseButton.LeftButton)
    assert all(item.checkState(0) == Qt.CheckState.Checked for item, _ in dialog.change_items)
    # accept two, reject one (untick it)
    rejected = next(item for item, change in dialog.change_items if "刚才" in change.old)
    rejected.setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    body = window.doc.outline.sections[0].body
    assert "主要目的是" in body and "刚才，李局长通报了全市安全生产形势，" in body
    assert "群众安全感明显增强" in window.doc.outline.sections[1].body
    assert [r.name for r in window.doc.outline.rounds] == ["初稿", "领导修改稿"]
    assert window.acts.undo.text() == "撤销 合并“领导修改稿”"
    dock = room.dock
    assert dock.isVisible() and dock.versions_list.count() == 2
    assert dock.comments_list.count() == 1 and "责任清单" in dock.comments_list.item(0).text()
    assert "领导修改稿" in window.statusBar().currentMessage()

    # 对照 with 初稿: the two accepted changes, inline, and the jumps between them
    with qtbot.waitSignal(room.flows.compared, timeout=30000) as shown:
        room.compare_last.trigger()
    view = shown.args[0]
    assert view.count == 2
    page = view.browser.toHtml()
    assert "目的" in page and "群众安全感明显增强" in page
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.where.text() == "第 1 / 2 处改动" and view.current_diff().section == window.doc.outline.sections[0].id
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.current_diff().section == window.doc.outline.sections[1].id
    assert not view.next_button.isEnabled()

    # the comment beside its section: clicked, the editor shows that section; kept in the file
    # until ticked 已处理 (undoable)
    item = dock.comments_list.item(0)
    dock.comments_list.itemClicked.emit(item)
    assert window.editor.current_section_id() == window.doc.outline.sections[3].id
    assert [n.text for n in window.doc.outline.notes] == ["这里要写明责任清单"]
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: dock.comments_list.count() == 0)
    assert window.doc.outline.notes == []
    window.acts.undo.trigger()
    assert dock.comments_list.count() == 1
    window.acts.redo.trigger()
    assert dock.comments_list.count() == 0

    # 二稿: one more edit, saved as a round, exported with the changes since 初稿 as Word 修订
    closing = window.doc.outline.sections[-1]
    window.doc.set_body(closing.id, closing.body + "谢谢大家！", typing=False)
    prompts.texts.append("办公室 张敏")
    room.author.trigger()
    prompts.texts.append("二稿")
    room.save.trigger()
    dock.versions_list.setCurrentRow(0)
    out = tmp_path / "二稿（修订）.docx"
    prompts.save_paths.append(str(out))
    with qtbot.waitSignal(room.flows.exported, timeout=30000):
        qtbot.mouseClick(dock.export_button, Qt.MouseButton.LeftButton)
    reading = read_docx(out)
    assert reading.texts(None) == _printed(window.doc.outline)
    assert reading.texts(set()) == first_text
    assert {r.author for r in reading.revisions} == {"办公室 张敏"}

    # going back to 初稿 keeps every round and can be undone
    second_text = _printed(window.doc.outline)
    dock.versions_list.setCurrentRow(0)
    qtbot.mouseClick(dock.back_button, Qt.MouseButton.LeftButton)
    assert _printed(window.doc.outline) == first_text
    assert [r.name for r in window.doc.outline.rounds] == ["初稿", "领导修改稿", "二稿"]
    window.acts.undo.trigger()
    assert _printed(window.doc.outline) == second_text


def test_a_copy_of_another_speech_is_refused_in_chinese(window, prompts, qtbot, tmp_path):
    import docx

    _open_speech(window, tmp_path)
    other = docx.Document()
    other.add_paragraph("关于做好春季植树工作的通知")
    other.save(str(tmp_path / "别的.docx"))
    prompts.open_paths.append(str(tmp_path / "别的.docx"))
    before = _printed(window.doc.outline)
    window.rounds.leader_copy.trigger()
    qtbot.waitUntil(lambda: bool(prompts.messages), timeout=30000)
    headline, detail, level = prompts.messages[-1]
    assert "无法合并" in headline and "不像是这篇讲稿" in detail and level == "warning"
    assert _printed(window.doc.outline) == before and window.doc.outline.rounds == []


def test_edits_made_while_the_leaders_copy_is_open_are_not_replaced_unasked(window, prompts, qtbot, tmp_path):
    _open_speech(window, tmp_path)
    room = window.rounds
    prompts.texts.append("初稿")
    room.save.trigger()
    sent = tmp_path / "初稿.docx"
    prompts.exports.append(ExportChoice(str(sent), window.doc.outline.template, "公文字体"))
    window.acts.export.trigger()
    copy = LeaderCopy(sent)
    copy.replace("主要任务是", "主要目的是")
    prompts.open_paths.append(str(copy.save(tmp_path / "领导修改稿.docx")))
    with qtbot.waitSignal(room.flows.merge_ready, timeout=30000) as shown:
        room.leader_copy.trigger()
    dialog = shown.args[0]
    closing = window.doc.outline.sections[-1]
    window.doc.set_body(closing.id, closing.body + "谢谢大家！", typing=False)   # typed meanwhile
    prompts.yes_no.append(False)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert "又改动过" in prompts.questions[-1][0]
    assert window.doc.outline.sections[-1].body.endswith("谢谢大家！")
    assert [r.name for r in window.doc.outline.rounds] == ["初稿"]
