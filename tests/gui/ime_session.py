"""Run by test_chinese_input under Xvfb with fcitx 5: the real window, a blank speech, the cursor in
the first section's text box. Prints READY and its X window; then PREEDIT <text> each time the input
method shows the clerk what is being composed (拼音 still being typed); then (once Chinese has arrived,
or when the test closes its stdin) one JSON line with what the text box holds and which input method Qt
was asked for. It never closes on a clock of its own: on a loaded CI machine the test's waits (focus,
拼音 on, composing) may add up to minutes, and a window gone in the middle of them failed the test for
nothing; the test ends it (and kills it if it hangs)."""

from __future__ import annotations

import json
import os
import sys
import threading

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from speechwriter.gui.app import create_application, create_main_window
from tests.gui.shots_session import finish as close_quietly


class StdinClosed(QObject):
    """Emits `closed` (on the GUI thread, by Qt's queued connection) once the test closes our stdin."""

    closed = Signal()

    def watch(self) -> None:
        threading.Thread(target=self._wait, daemon=True).start()

    def _wait(self) -> None:
        sys.stdin.read()   # returns at end of input: the test closed it
        self.closed.emit()


class Composing(QObject):
    """Says what the input method is composing in the box (its preedit), as it arrives."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.InputMethod and event.preeditString():
            print(f"PREEDIT {event.preeditString()}", flush=True)
        return False


def main() -> int:
    app = create_application([])
    window = create_main_window()
    window.show()
    window.files.new_blank()
    window.editor.select_section(window.doc.outline.sections[0].id)   # 开场, its text box shown
    window.editor.tabs.setCurrentWidget(window.editor.section_editor)
    box = window.editor.section_editor.body
    report: dict = {"im_module": os.environ.get("QT_IM_MODULE", "")}
    composing = Composing()
    box.installEventFilter(composing)

    def ready() -> None:
        handle = window.windowHandle()
        if handle is None or not handle.isExposed():   # X refuses the keyboard to a window not yet mapped
            QTimer.singleShot(200, ready)
            return
        window.activateWindow()
        box.setFocus()
        box.selectAll()
        box.insertPlainText("")
        print(f"READY {int(window.winId())}", flush=True)   # the test gives this X window the keyboard

    def finish() -> None:
        if "text" in report:   # once: Chinese arrived and the test closed stdin
            return
        report["text"] = box.toPlainText()
        print(json.dumps(report, ensure_ascii=False), flush=True)
        close_quietly(app, window)

    def poll() -> None:
        if any(ord(ch) > 0x2E80 for ch in box.toPlainText()):
            QTimer.singleShot(500, finish)   # the rest of a phrase may still be on its way
        else:
            QTimer.singleShot(200, poll)

    QTimer.singleShot(1500, ready)
    QTimer.singleShot(1600, poll)
    stdin = StdinClosed()
    stdin.closed.connect(finish)
    stdin.watch()
    app.exec()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
