"""The 校对 panel as a clerk uses it: a finding with its suggestion; 采纳 changes the text, 忽略
quiets it in this speech, 加入词表 quiets it everywhere; each re-check runs on a worker."""

from __future__ import annotations

import pytest

from speechwriter.check.lists import clerk_words
from tests.render.conftest import sample_outline

pytest.importorskip("PySide6")


@pytest.fixture
def panel(qtbot):
    from speechwriter.gui.document import Document
    from speechwriter.gui.editor.check_panel import CheckPanel

    doc = Document()
    outline = sample_outline()
    outline.sections[1].body += "\n全局干得汗流夹背，截止目前已完成任务。"
    doc.load(outline, None)
    widget = CheckPanel(doc)
    qtbot.addWidget(widget)
    widget.show()
    _wait(widget, qtbot)
    return widget


def _wait(panel, qtbot):
    qtbot.waitUntil(lambda: not panel.is_checking() and not panel.is_pending() and panel.summary.text() != "正在校对…",
                    timeout=60000)


def _select(panel, text):
    assert panel.select_finding(lambda f: f is not None and f.text == text)
    return panel.current_finding()


def test_finding_shows_its_suggestion_and_the_buttons_fit_it(panel):
    finding = _select(panel, "汗流夹背")
    assert finding.rule == "typo" and "→ 汗流浃背" in panel.detail.text() and "[错别字·提醒]" in panel.detail.text()
    assert panel.accept.isEnabled() and panel.ignore.isEnabled() and panel.add_word.isEnabled()


def test_accept_puts_the_suggestion_in_and_rechecks(panel, qtbot):
    _select(panel, "截止")
    assert panel.accept_current()
    _wait(panel, qtbot)
    assert "截至目前" in panel.doc.outline.sections[1].body
    assert not any(f.text == "截止" for f in panel.findings)
    panel.doc.undo_stack.undo()
    assert "截止目前" in panel.doc.outline.sections[1].body


def test_add_word_quiets_it_in_every_speech(panel, qtbot):
    _select(panel, "汗流夹背")
    assert panel.add_word_current()
    _wait(panel, qtbot)
    assert "汗流夹背" in clerk_words()
    assert not any(f.text == "汗流夹背" for f in panel.findings)
    assert any(f.text == "截止" for f in panel.findings)


def test_ignore_quiets_it_in_this_speech_only(panel, qtbot):
    _select(panel, "汗流夹背")
    assert panel.ignore_current()
    _wait(panel, qtbot)
    assert not any(f.text == "汗流夹背" for f in panel.findings)
    assert "汗流夹背" not in clerk_words()


def test_a_pasted_text_full_of_half_width_commas_is_put_right_in_one_click_and_one_undo(qtbot):
    from speechwriter.gui.document import Document
    from speechwriter.gui.editor.check_panel import CheckPanel

    doc = Document()
    outline = sample_outline()
    outline.sections[1].body = "一年来,全市上下坚持人民至上,事故总量持续下降,群众安全感稳步提升。\n隐患排查整治有力,执法检查力度加大。"
    outline.sections[3].body = "要坚持党政同责,一岗双责。"
    doc.load(outline, None)
    panel = CheckPanel(doc)
    qtbot.addWidget(panel)
    panel.show()
    _wait(panel, qtbot)
    commas = [f for f in panel.findings if f.text == "," and f.suggestion == "，"]
    assert len(commas) == 5

    _select(panel, ",")
    assert panel.accept_same.isVisible() and "共 5 处" in panel.accept_same.text()
    assert panel.accept_same_kind()
    _wait(panel, qtbot)
    assert outline.sections[1].body == "一年来，全市上下坚持人民至上，事故总量持续下降，群众安全感稳步提升。\n隐患排查整治有力，执法检查力度加大。"
    assert outline.sections[3].body == "要坚持党政同责，一岗双责。"
    assert not any(f.text == "," for f in panel.findings)

    panel.doc.undo_stack.undo()   # one step takes all five back
    assert outline.sections[1].body.count(",") == 4 and outline.sections[3].body.count(",") == 1


def test_a_finding_met_once_offers_no_all_at_once(panel):
    _select(panel, "截止")
    assert not panel.accept_same.isVisible()
    assert not panel.accept_same_kind()
