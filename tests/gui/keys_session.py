"""Run by test_window_edges under Xvfb (Qt's xcb platform, whose key bindings are a Linux desktop's):
the window's command keys pressed while the cursor is in a 基本信息 box and in the body. Prints one
JSON line: for each box, the keys whose command ran."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from speechwriter.gui.app import create_application, create_main_window
from tests.gui.conftest import ScriptedPrompts
from tests.gui.shots_session import finish, open_draft, run_steps

KEYS = ("Ctrl+E", "Ctrl+Shift+E", "Ctrl+S", "Ctrl+H", "Ctrl+Shift+F", "Ctrl+N", "Ctrl+O", "F1")


def main() -> int:
    app = create_application([])
    prompts = ScriptedPrompts()
    window = create_main_window(prompts=prompts)
    window.setGeometry(0, 0, 1024, 700)
    window.show()
    window.start_background_work()
    report: dict = {}
    ran: list[str] = []
    acts = window.acts
    for action in (acts.export, acts.export_text, acts.save, acts.find_replace, acts.find_material, acts.new,
                   acts.open, acts.help):
        action.triggered.disconnect()          # only say that the command ran: no dialog, no page change
        action.triggered.connect(lambda _c=False, a=action: ran.append(a.shortcut().toString()))

    def prepare():
        open_draft(window, lambda s: "opening" in s.skeleton)
        window.activateWindow()        # no window manager here: the window asks for the keyboard itself
        QTimer.singleShot(100, when_active)

    waited = [0]

    def when_active():
        # a shortcut of the window works only once X has made it the active window: on a busy machine
        # that took longer than any fixed pause (every key then ran nothing); wait for it, up to 20 s
        waited[0] += 1
        if window.isActiveWindow() or waited[0] > 200:
            press()
        else:
            window.activateWindow()
            QTimer.singleShot(100, when_active)

    def press_all(widget) -> list[str]:
        ran.clear()
        widget.setFocus()
        for key in KEYS:
            combo = QKeySequence(key)[0]  # type: ignore[index]
            QTest.keyClick(widget, combo.key(), combo.keyboardModifiers())
        return list(ran)

    def press():
        window.editor.show_field("讲话人")
        field = window.editor.field_form.boxes["讲话人"]
        report["field"] = press_all(field)
        report["field_text"] = field.text()
        window.editor.tabs.setCurrentWidget(window.editor.section_editor)
        report["body"] = press_all(window.editor.section_editor.body)
        report["heading"] = press_all(window.editor.section_editor.heading)
        report["tree"] = press_all(window.editor.tree)
        print(json.dumps(report, ensure_ascii=False), flush=True)
        QTimer.singleShot(0, lambda: finish(app, window))

    run_steps(app, window, prepare)
    return 0


if __name__ == "__main__":
    sys.exit(main())
