"""Correcting how a 范文 was read, in the window: fix the title and two roles, undo one, save; the
范文 list and the gallery follow after retraining on a worker; 恢复默认 brings the bundled reading back."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from speechwriter.core import adapt, trained_models  # noqa: E402
from tests.adapt.conftest import HOUSE_SPEECH  # noqa: E402
from tests.gui.conftest import card_for  # noqa: E402

TITLE = "在全县安全生产工作会议上的讲话"
# a web copy of the office's speech: the site's line above the title
SPEECH = "县政府网 2023-03-09 10:20 点击数：35\n" + HOUSE_SPEECH
OTHER = """在全市防汛抗旱工作会议上的讲话
同志们：
今天召开全市防汛抗旱工作会议，部署今年防汛抗旱工作。
一、充分认识做好防汛抗旱工作的重要性
汛期将至，各地要克服麻痹思想，把防汛抗旱工作摆上重要位置。
二、全力做好防汛抗旱各项准备
要抓紧修订完善应急预案，储备防汛物资，开展应急演练。
同志们，防汛抗旱责任重大，我们一定要确保安全度汛！
"""


@pytest.fixture(autouse=True)
def _bundled_model_after():
    yield
    trained_models.set_model_dir(None)


def _wait(qtbot, window):
    qtbot.waitUntil(lambda: not window.tasks.is_busy() and not window.library.is_importing(), timeout=120000)


def _select(tab, source_name):
    for i in range(tab.list.topLevelItemCount()):
        item = tab.list.topLevelItem(i)
        if item.data(0, Qt.ItemDataRole.UserRole).source.endswith(source_name):
            tab.list.setCurrentItem(item)
            return item.data(0, Qt.ItemDataRole.UserRole)
    raise AssertionError(source_name)


def test_correct_a_reading_learn_from_it_and_go_back_to_the_default(window, prompts, qtbot, tmp_path):
    speech, other = tmp_path / "安全生产会讲话.txt", tmp_path / "防汛会讲话.txt"
    speech.write_text(SPEECH, encoding="utf-8")
    other.write_text(OTHER, encoding="utf-8")
    window.show_editor()
    dock = window.library_dock
    window.library.import_paths([str(speech), str(other)])
    _wait(qtbot, window)
    library = window.library.library
    tab = dock.panel.speeches
    dock.panel.setCurrentWidget(tab)
    other_id = _select(tab, other.name).id
    other_before = library.speech(other_id).to_dict()
    entry = _select(tab, speech.name)
    qtbot.mouseClick(tab.reading_button, Qt.MouseButton.LeftButton)
    view = window.readings.view
    assert view.isVisible() and not view.labelled
    qtbot.waitUntil(view.isActiveWindow, timeout=5000)

    # the title: the clerk picks the real title line and presses T; the site line is web noise
    view.select_row(view.row_of(TITLE))
    qtbot.keyClick(view.lines, Qt.Key.Key_T)
    view.select_row(view.row_of("县政府网"))
    qtbot.mouseClick(view.buttons["part:noise"], Qt.MouseButton.LeftButton)
    assert view.lines.topLevelItem(view.row_of(TITLE)).text(0) == "标题"
    # two roles: 一、 and 二、 look back, whatever their headings say (key 2 = 回顾, or the button)
    view.select_row(view.row_of("一、坚持"))
    qtbot.keyClick(view.lines, Qt.Key.Key_2)
    view.select_row(view.row_of("二、强化"))
    qtbot.mouseClick(view.buttons["role:review"], Qt.MouseButton.LeftButton)
    assert view.lines.topLevelItem(view.row_of("二、强化")).text(1) == "回顾"
    # … and thinks better of the second one: one undo takes back exactly that fix
    assert "角色改为回顾" in view.undo_button.toolTip()
    qtbot.keyClick(view.lines, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.lines.topLevelItem(view.row_of("二、强化")).text(1) != "回顾"
    assert view.lines.topLevelItem(view.row_of("一、坚持")).text(1) == "回顾"
    # a fix that does not apply says why, and changes nothing
    view.select_row(view.row_of(TITLE))
    qtbot.mouseClick(view.buttons["split"], Qt.MouseButton.LeftButton)
    assert "只能在正文里分节" in view.message.text()

    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, window)
    assert window.statusBar().currentMessage() == "已根据您校正的 1 篇讲稿更新结构识别"
    assert adapt.clerk_model_dir() is not None and not view.has_unsaved_fixes() and view.labelled

    # the 范文 list: the right title, marked as corrected
    stored = library.entry(entry.id)
    assert stored.title == TITLE and stored.labelled
    assert TITLE in tab.titles()
    item = next(tab.list.topLevelItem(i) for i in range(tab.list.topLevelItemCount())
                if tab.list.topLevelItem(i).text(0) == TITLE)
    assert "已校正" in item.text(1)
    assert [s.role for s in library.speech(entry.id).sections][:3] == ["opening", "review", "key_points"]
    # the gallery learned the corrected reading: its card names the speech by its title, with a review
    card = card_for(window, lambda s: str(speech.resolve()) in s.sources)
    assert TITLE in card.structure.source_titles and "review" in card.structure.skeleton

    # 恢复默认: the clerk's model goes; the speech they corrected keeps their correction
    assert tab.reset_button.isEnabled()
    prompts.yes_no.append(True)
    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, window)
    assert window.statusBar().currentMessage() == "已恢复默认的结构识别"
    assert adapt.clerk_model_dir() is None and not tab.reset_button.isEnabled()
    assert library.speech(other_id).to_dict() == other_before        # read as the bundled analyser reads it
    assert library.entry(entry.id).title == TITLE


def test_an_old_speech_turned_into_an_outline_is_corrected_and_the_outline_follows(window, prompts, qtbot, tmp_path):
    speech = tmp_path / "去年的讲话.txt"
    speech.write_text(SPEECH, encoding="utf-8")
    prompts.open_paths.append(str(speech))
    window.acts.import_speech.trigger()                      # 文件 → 导入讲话稿…: the speech becomes an outline
    _wait(qtbot, window)
    assert window.files.imported_from == str(speech)
    before = [s.role for s in window.doc.outline.sections]

    window.acts.correct_reading.trigger()             # 文件 → 校正讲话稿的识别…: this speech, first
    _wait(qtbot, window)
    view = window.readings.view
    assert view is not None and view.isVisible()
    qtbot.waitUntil(view.isActiveWindow, timeout=5000)
    view.select_row(view.row_of(TITLE))
    qtbot.keyClick(view.lines, Qt.Key.Key_T)
    view.select_row(view.row_of("县政府网"))
    qtbot.keyClick(view.lines, Qt.Key.Key_N)
    view.select_row(view.row_of("一、坚持"))
    qtbot.keyClick(view.lines, Qt.Key.Key_2)
    view.select_row(view.row_of("二、强化"))
    qtbot.keyClick(view.lines, Qt.Key.Key_2)
    prompts.yes_no.append(True)                      # 按校正后的结构重新生成提纲？ — yes
    qtbot.keyClick(view.lines, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    _wait(qtbot, window)
    assert prompts.questions[-1][0] == "按校正后的结构重新生成提纲？"
    after = [s.role for s in window.doc.outline.sections]
    assert after[:3] == ["opening", "review", "review"] and after != before
    assert window.doc.outline.fields["标题"] == TITLE
    assert window.doc.is_modified()                  # the new outline is not on disk yet
    # the speech is now in the 素材库, marked as corrected
    entry = next(e for e in window.library.library.speeches(bundled=False) if e.source == str(speech.resolve()))
    assert entry.labelled and entry.title == TITLE


def test_a_reading_without_body_is_not_saved(qtbot):
    from speechwriter.core.analyzer import analyze_text
    from speechwriter.core.labelling import reading_of
    from speechwriter.gui.reading.reading_view import ReadingDocument, ReadingView

    reading = reading_of(analyze_text(HOUSE_SPEECH)[0], HOUSE_SPEECH)
    view = ReadingView(ReadingDocument(reading), 1, False)
    qtbot.addWidget(view)
    for row, line in enumerate(reading.lines):
        if line.part == "body":
            view.doc.set_line_part(row, "noise")
    with qtbot.assertNotEmitted(view.save_requested):
        view.save()
    assert "正文里至少要有一行" in view.message.text()
    view.doc.undo_stack.undo()                       # the last body line is body again: now it saves
    with qtbot.waitSignal(view.save_requested) as saved:
        view.save()
    assert len(saved.args[1]["sections"]) == 1
    view.doc.undo_stack.setClean()


def test_an_unsure_kind_is_shown_with_its_alternative_and_one_click_chooses_it(qtbot):
    from dataclasses import replace

    from speechwriter.core.analyzer import analyze_text
    from speechwriter.core.labelling import reading_of
    from speechwriter.gui.reading.reading_view import ReadingDocument, ReadingView

    speech = replace(analyze_text(HOUSE_SPEECH)[0], kind="表态发言", kind_alternatives=["领导讲话"])
    view = ReadingView(ReadingDocument(reading_of(speech, HOUSE_SPEECH)), 1, False)
    qtbot.addWidget(view)
    view.show()
    shown = [b for b in view.alternative_buttons if b.isVisible()]
    assert view.unsure.isVisible() and "拿不准" in view.unsure.text()
    assert [b.text() for b in shown] == ["领导讲话"] and view.kind.currentText() == "表态发言"
    shown[0].click()                                   # the clerk takes the second reading
    assert view.doc.reading.kind == "领导讲话" and view.kind.currentText() == "领导讲话"
    view.doc.undo_stack.undo()                         # undoable like any other fix
    assert view.doc.reading.kind == "表态发言"
    shown[0].click()
    with qtbot.waitSignal(view.save_requested) as saved:
        view.save()
    assert saved.args[1]["kind"] == "领导讲话"          # the choice goes into the label, which is kept
    view.saved()
    assert not view.unsure.isVisible() and not any(b.isVisible() for b in view.alternative_buttons)


def test_the_gallery_card_says_when_the_kind_of_its_samples_was_unsure(qtbot):
    from PySide6.QtWidgets import QLabel

    from speechwriter.core.structure import Structure
    from speechwriter.gui.start_page import StructureCard

    def title_of(structure):
        card = StructureCard(structure)
        qtbot.addWidget(card)
        return card.findChildren(QLabel)[0].text()

    base: dict = dict(id="pledge-okc", name="表态发言：表态＋措施", kind="表态发言", skeleton=["opening", "key_points"],
                numbering="一、")
    assert "或领导讲话" in title_of(Structure(**base, kind_alternatives=["领导讲话"]))
    assert "或" not in title_of(Structure(**base))
    assert Structure.from_dict(Structure(**base, kind_alternatives=["领导讲话"]).to_dict()).kind_alternatives \
        == ["领导讲话"]
