"""Layered fixtures for the real main window: prompts → window → window with an outline open.

The window asks and tells through its `prompts` object (by intent). Tests give it a scripted
stand-in that answers from queues and records every message, so no modal dialog ever blocks.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from tests.library.conftest import mixed_folder, seeded_file  # noqa: E402,F401 - fixtures shared with the library tests


@pytest.fixture(autouse=True)
def _library_of_samples(seeded_file, monkeypatch):  # noqa: F811 - the fixture imported above
    """Every window gets a fresh 素材库 holding the bundled samples (a copy: building it takes a second)."""
    monkeypatch.setenv("SPEECHWRITER_LIBRARY", str(seeded_file))
    return seeded_file


class ScriptedPrompts:
    """Answers the window's questions from queues; remembers what it was told."""

    def __init__(self):
        self.messages: list[tuple[str, str, str]] = []   # (headline, detail, level)
        self.questions: list[tuple[str, str]] = []
        self.yes_no: deque[bool] = deque()
        self.save_changes: deque[str] = deque()
        self.open_paths: deque[str | None] = deque()
        self.open_many: deque[list[str]] = deque()
        self.folders: deque[str | None] = deque()
        self.save_paths: deque[str | None] = deque()
        self.texts: deque[str | None] = deque()
        self.refused: list[tuple[str, str]] = []         # answers a box's check kept the box open for
        self.exports: deque = deque()
        self.after_export: deque[str | None] = deque()
        self.reviews: deque[str | None] = deque()   # answers to the 校对 before an export
        self.reviewed: list[list] = []
        self.replace_answers: deque[str] = deque()       # 替换 / 另存为 / 取消 over an existing file
        self.layouts: deque = deque()                    # (LayoutOptions, as default) or None
        self.printed: list = []                          # (laid-out pages, name) sent to print preview

    def show_message(self, headline, detail="", level="info"):
        self.messages.append((headline, detail, level))

    def ask_yes_no(self, question, detail=""):
        self.questions.append((question, detail))
        return self.yes_no.popleft() if self.yes_no else False

    def ask_save_changes(self, detail=""):
        self.questions.append(("save?", detail))
        return self.save_changes.popleft() if self.save_changes else "cancel"

    def choose_open_file(self, title, folder, file_filter):
        return self.open_paths.popleft() if self.open_paths else None

    def choose_open_files(self, title, folder, file_filter):
        return self.open_many.popleft() if self.open_many else []

    def choose_folder(self, title, folder):
        return self.folders.popleft() if self.folders else None

    def choose_save_file(self, title, suggested, file_filter, confirm_overwrite=True):
        return self.save_paths.popleft() if self.save_paths else None

    def ask_text(self, question, default="", check=None):
        """The queued answers in turn, as typed into one box: one its `check` refuses is kept in
        `refused` with the message under the box, and the box stays open for the next."""
        while self.texts:
            answer = self.texts.popleft()
            problem = check(answer) if check and answer is not None else None
            if problem is None:
                return answer
            self.refused.append((answer, problem))
        return None

    def choose_export(self, suggested_path, templates, template, font_sets, reference=""):
        self.export_offer = (suggested_path, templates, template, font_sets, reference)
        return self.exports.popleft() if self.exports else None

    def review_findings(self, findings):
        self.reviewed.append(list(findings))
        return self.reviews.popleft() if self.reviews else "export_anyway"

    def ask_replace(self, path):
        self.questions.append(("replace?", path))
        return self.replace_answers.popleft() if self.replace_answers else "cancel"

    def choose_layout(self, options):
        self.layout_offer = options
        return self.layouts.popleft() if self.layouts else None

    def print_preview(self, laid, name):
        self.printed.append((laid, name))
        return True

    def offer_after_export(self, path):
        return self.after_export.popleft() if self.after_export else None


@pytest.fixture
def prompts():
    return ScriptedPrompts()


@pytest.fixture
def make_window(qtbot, prompts):
    """Build (and later close) real main windows sharing the test's settings and recovery folder."""
    from speechwriter.gui.app import create_application, create_main_window

    create_application([])
    made = []

    def make(script=None):
        window = create_main_window(prompts=script or prompts)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.start_background_work()
        qtbot.waitUntil(lambda: not window.tasks.is_busy(), timeout=60000)
        made.append(window)
        return window

    yield make
    for window in made:
        window.doc.undo_stack.setClean()  # teardown must not ask about unsaved work


@pytest.fixture
def window(make_window):
    return make_window()


def card_for(window, predicate):
    for card in window.start_page.cards:
        if predicate(card.structure):
            return card
    raise AssertionError("no such structure card: " + ", ".join(c.structure.name for c in window.start_page.cards))


@pytest.fixture
def drafting_window(window, qtbot):
    """The window after the clerk picked a structure with a review and at least three key points."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    card = card_for(window, lambda s: s.skeleton.count("key_points") >= 3 and "opening" in s.skeleton)
    button = card.findChild(QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.editor
    return window


def headings(window) -> list[str]:
    """The tree's first column, as the clerk reads it (indented by depth)."""
    return window.editor.visible_headings()


def numbered(window) -> list[str]:
    """Only headed rows (un-headed opening/closing rows show as 〔开场〕…)."""
    return [h for h in headings(window) if not h.lstrip("　").startswith("〔")]


@pytest.fixture
def out_dir(tmp_path) -> Path:
    return tmp_path


def type_text(widget, text: str) -> None:
    """Type as a Chinese clerk does: the input method commits the finished words into the box.

    (QTest.keyClicks only knows ASCII keys; an IME commit is what a real 拼音 input sends.)
    """
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def refresh_preview(qtbot, window) -> str:
    """Ask for the preview now and wait until the page shows the outline as it stands (it is
    rendered off the window's thread); the text the clerk reads there."""
    preview = window.editor.preview
    with qtbot.waitSignal(preview.refreshed, timeout=20000):
        preview.refresh_now()
    return preview.browser.toPlainText()
