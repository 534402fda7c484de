"""The window appears before the heavy parts load; they then load on worker threads."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import REPO

SESSION = textwrap.dedent("""
    import os, sys, threading
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from speechwriter.gui.app import create_application, create_main_window

    app = create_application([])
    window = create_main_window()
    loaded_by = {}
    def spy(event, args):   # the interpreter's audit event for every module it actually loads
        if event == "import" and args[0] in ("jieba", "docx", "speechwriter.check.rules") and args[0] not in loaded_by:
            loaded_by[args[0]] = threading.current_thread() is threading.main_thread()
    sys.addaudithook(spy)
    def on_screen():
        print("at first frame:", sorted(m for m in ("jieba", "docx", "jinja2") if m in sys.modules))
        # the start page shows no speech: nothing of the core, the outline, the renderer or 校对 yet
        print("packages at first frame:", sorted({m.split(".")[1] for m in sys.modules
                                                  if m.startswith("speechwriter.") and m.count(".") >= 1}))
    window.first_painted.connect(on_screen)
    window.first_painted.connect(window.start_background_work)   # as run_app() does
    window.show()
    def settled():
        if window.tasks.is_busy():
            QTimer.singleShot(20, settled); return
        print("cards:", len(window.start_page.cards))
        print("dictionary loaded on the start page:", "jieba" in sys.modules)
        window.files.new_blank()            # the editor opens: now the dictionary loads
        QTimer.singleShot(20, editing)
    def editing():
        if window.tasks.is_busy():
            QTimer.singleShot(20, editing); return
        import jieba
        print("dictionary loaded:", bool(jieba.dt.initialized))
        print("loaded on GUI thread:", dict(sorted(loaded_by.items())))
        window.doc.undo_stack.setClean()
        app.quit()
    QTimer.singleShot(50, settled)
    app.exec()
""")


def test_window_is_painted_before_jieba_and_docx_load_and_they_load_off_the_gui_thread():
    """docx (the templates) and the 校对 load once the window is on screen; jieba's dictionary (~75 MB) only when
    the editor opens, since the start page does not use it; both on worker threads."""
    result = subprocess.run([sys.executable, "-c", SESSION], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "at first frame: []" in lines
    packages = next(line for line in lines if line.startswith("packages at first frame:"))
    for heavy in ("check", "core", "outline", "render", "library", "revise"):
        assert f"'{heavy}'" not in packages, packages
    assert "dictionary loaded on the start page: False" in lines
    assert "dictionary loaded: True" in lines
    # the 校对 too (~150 ms of imports): opening the first speech does not wait for it
    assert "loaded on GUI thread: {'docx': False, 'jieba': False, 'speechwriter.check.rules': False}" in lines
    assert any(line.startswith("cards: ") and line != "cards: 0" for line in lines)
