"""Undo like a word processor: typing merges only within a burst, and nothing typed is ever lost.

The property tests drive the document as the text boxes do (one call per keystroke, paste or
deletion) in random orders with undo and redo between; the story test types in the real window.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from tests.gui.conftest import type_text

ORIGINAL = "（在此展开。）"
WORDS = st.sampled_from(["安全", "生产", "责任", "落实", "，", "。", "应急", "管理", "a", "1"])


def new_doc():
    from speechwriter.gui.document import Document
    from speechwriter.outline.tree import Outline, Section

    doc = Document()
    section = Section("key_points", heading="压实责任", body=ORIGINAL)
    doc.load(Outline(sections=[section]), None)
    return doc, section.id


def body(doc, section_id) -> str:
    return doc.section_by_id(section_id).body


# one edit, as a text box reports it: the whole new text, and whether it was typed
edit = st.one_of(
    st.tuples(st.just("type"), st.floats(0, 1), st.lists(WORDS, min_size=1, max_size=6)),   # a burst of keys
    st.tuples(st.just("erase"), st.floats(0, 1), st.integers(1, 5)),                        # Backspace n times
    st.tuples(st.just("select-delete"), st.floats(0, 1), st.integers(2, 12)),
    st.tuples(st.just("paste"), st.floats(0, 1), st.lists(WORDS, min_size=1, max_size=4)),
    st.tuples(st.just("newline"), st.floats(0, 1), st.just(0)),
)
step = st.one_of(edit, st.just(("undo",)), st.just(("redo",)))


def apply_edit(doc, section_id, operation) -> list[str]:
    """Apply one edit the way the text box sends it; the texts it went through."""
    kind, where, what = operation
    text = body(doc, section_id)
    at = round(where * len(text))
    states = []
    if kind == "type":
        for word in what:                                    # one keystroke (or IME commit) at a time
            text = text[:at] + word + text[at:]
            at += len(word)
            doc.set_body(section_id, text)
            states.append(text)
    elif kind == "erase":
        for _ in range(min(what, at)):
            text = text[:at - 1] + text[at:]
            at -= 1
            doc.set_body(section_id, text)
            states.append(text)
    elif kind == "select-delete":                            # a selection of two or more characters
        if len(text) < 2:
            return states
        at = min(at, len(text) - 2)
        text = text[:at] + text[at + what:]
        doc.set_body(section_id, text)
        states.append(text)
    elif kind == "paste":
        text = text[:at] + "".join(what) + text[at:]
        doc.set_body(section_id, text, typing=False)
        states.append(text)
    else:
        text = text[:at] + "\n" + text[at:]
        doc.set_body(section_id, text)
        states.append(text)
    return states


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(step, max_size=25))
def test_undo_all_gives_the_original_and_redo_all_the_final_text(qapp, steps):
    doc, section_id = new_doc()
    stack = doc.undo_stack
    seen = {ORIGINAL}
    final = ORIGINAL
    for operation in steps:
        if operation[0] == "undo":
            stack.undo()
        elif operation[0] == "redo":
            stack.redo()
        else:
            states = apply_edit(doc, section_id, operation)
            seen.update(states)
            if states:                           # an edit that changed nothing keeps what redo can bring back
                final = states[-1]
        assert body(doc, section_id) in seen
    while stack.canUndo():
        stack.undo()
        assert body(doc, section_id) in seen     # every step back is a text the clerk had
    assert body(doc, section_id) == ORIGINAL
    while stack.canRedo():
        stack.redo()
    assert body(doc, section_id) == final


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(edit, min_size=1, max_size=20))
def test_the_text_before_every_deletion_paste_or_new_paragraph_is_one_undo_away(qapp, edits):
    doc, section_id = new_doc()
    must_return = []
    for operation in edits:
        before = body(doc, section_id)
        states = apply_edit(doc, section_id, operation)
        if operation[0] in ("select-delete", "paste", "newline") and states:
            must_return.append(before)
    reached = [body(doc, section_id)]
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
        reached.append(body(doc, section_id))
    for text in must_return:
        assert text in reached


def test_a_pause_ends_a_typing_burst(qapp, monkeypatch):
    from speechwriter.gui import commands

    doc, section_id = new_doc()
    clock = [1000.0]
    monkeypatch.setattr(commands.time, "monotonic", lambda: clock[0])
    doc.set_body(section_id, ORIGINAL + "安全")
    clock[0] += 0.3
    doc.set_body(section_id, ORIGINAL + "安全生产")        # same burst
    clock[0] += commands.BURST_PAUSE_S + 1
    doc.set_body(section_id, ORIGINAL + "安全生产责任")    # after a pause: a new step
    doc.undo_stack.undo()
    assert body(doc, section_id) == ORIGINAL + "安全生产"
    doc.undo_stack.undo()
    assert body(doc, section_id) == ORIGINAL


PARAGRAPHS = ["同志们，今年以来全市安全生产形势总体平稳。", "但是，一些地方和单位思想麻痹，责任落实不到位。",
              "第三，要严格执法检查，对违法行为零容忍。", "最后，各级领导干部要以身作则，靠前指挥。"]


@pytest.fixture
def body_box(drafting_window, qtbot):
    from tests.gui.test_drafting import click_row

    window = drafting_window
    click_row(qtbot, window, "一、")
    editor = window.editor.section_editor
    window.editor.tabs.setCurrentWidget(editor)
    editor.body.setFocus()
    editor.body.selectAll()
    qtbot.keyClick(editor.body, Qt.Key.Key_Delete)            # the placeholder goes
    return window, editor.body


def test_typing_four_paragraphs_deleting_the_third_then_undo_redo_loses_nothing(body_box, qtbot):
    window, box = body_box
    for i, paragraph in enumerate(PARAGRAPHS):
        if i:
            qtbot.keyClick(box, Qt.Key.Key_Return)
        type_text(box, paragraph)
    typed = "\n".join(PARAGRAPHS)
    assert box.toPlainText() == typed

    # select the third paragraph with the keyboard and delete it
    cursor = box.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock, n=2)
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock, QTextCursor.MoveMode.KeepAnchor)
    box.setTextCursor(cursor)
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    without_third = "\n".join(PARAGRAPHS[:2] + PARAGRAPHS[3:])
    assert box.toPlainText() == without_third

    window.acts.undo.trigger()                                   # Ctrl+Z: the third paragraph is back
    assert box.toPlainText() == typed
    window.acts.redo.trigger()                                   # Ctrl+Y: deleted again, nothing else
    assert box.toPlainText() == without_third
    window.acts.undo.trigger()
    assert box.toPlainText() == typed                            # and it can always be brought back

    # one more undo takes back only the last burst of typing, not the whole section
    window.acts.undo.trigger()
    assert box.toPlainText() == "\n".join(PARAGRAPHS[:3]) + "\n"
    while window.doc.undo_stack.canRedo():
        window.acts.redo.trigger()
    assert box.toPlainText() == without_third


def test_paste_is_a_step_of_its_own(body_box, qtbot):
    from PySide6.QtWidgets import QApplication

    window, box = body_box
    type_text(box, PARAGRAPHS[0])
    QApplication.clipboard().setText("（粘贴的一句。）")
    box.paste()
    type_text(box, "再打几个字")
    window.acts.undo.trigger()
    assert box.toPlainText() == PARAGRAPHS[0] + "（粘贴的一句。）"
    window.acts.undo.trigger()
    assert box.toPlainText() == PARAGRAPHS[0]
