"""The window appears before the heavy parts load; they then load on worker threads."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import REPO

SESSION = textwrap.dedent("""
    import os, sys, threading
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    opened_early, on_screen_yet = [], []
    def opens(event, args):   # every file the process opens before the first frame
        if event == "open" and not on_screen_yet and isinstance(args[0], str):
            opened_early.append(args[0])
    sys.addaudithook(opens)
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
        on_screen_yet.append(True)
        print("at first frame:", sorted(m for m in ("jieba", "docx", "jinja2", "lxml", "platformdirs", "sqlite3")
                                        if m in sys.modules))
        print("resources read before the first frame:", sorted({p.split("/resources/")[1].split("/")[0]
                                                               for p in opened_early if "/resources/" in p}))
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
    """docx and jinja2 (the templates), the trained models and the 校对 load once the window is on screen; jieba's dictionary (~75 MB) only when
    the editor opens, since the start page does not use it; both on worker threads."""
    result = subprocess.run([sys.executable, "-c", SESSION], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "at first frame: []" in lines
    packages = next(line for line in lines if line.startswith("packages at first frame:"))
    # the trained models, templates, samples and 校对's counts are read once the window is up (Python's
    # own opens: the icons, read by Qt, are not seen here)
    assert "resources read before the first frame: []" in lines
    for heavy in ("check", "core", "outline", "render", "library", "revise", "paint", "paths"):
        assert f"'{heavy}'" not in packages, packages
    assert "dictionary loaded on the start page: False" in lines
    assert "dictionary loaded: True" in lines
    # the 校对 too (~150 ms of imports): opening the first speech does not wait for it
    assert "loaded on GUI thread: {'docx': False, 'jieba': False, 'speechwriter.check.rules': False}" in lines
    assert any(line.startswith("cards: ") and line != "cards: 0" for line in lines)


def test_the_quicker_look_for_pyside_in_each_imported_module_answers_as_pysides_own():
    """app.py answers PySide's per-import question (does this module's source name PySide6?) from the
    file's bytes instead of inspect.getsource; the answers must be PySide's own."""
    import inspect
    import json
    import json.decoder
    import math

    from shibokensupport import feature  # type: ignore[import-not-found]

    import speechwriter.core.speech
    import speechwriter.gui.app
    import speechwriter.gui.main_window

    assert getattr(feature._mod_uses_pyside, "reads_bytes", False)   # installed by importing the app
    for module in (speechwriter.gui.main_window, speechwriter.gui.app, speechwriter.core.speech, json,
                   json.decoder, math, sys):
        try:
            expected = "PySide6" in inspect.getsource(module)
        except (OSError, TypeError):
            expected = False
        assert feature._mod_uses_pyside(module) is expected, module.__name__


def test_the_settings_file_is_where_qt_puts_the_config_folder(monkeypatch, tmp_path):
    """Settings finds ~/.config (or $XDG_CONFIG_HOME) itself on Linux; the place is the one Qt's
    QStandardPaths names, whatever the variable says."""
    from PySide6.QtCore import QStandardPaths

    from speechwriter.gui.settings import settings_path

    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for value in (str(tmp_path / "conf"), "relative/conf", "", None):
        if value is None:
            monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
        else:
            monkeypatch.setenv("XDG_CONFIG_HOME", value)
        qt = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
        assert settings_path() == Path(qt) / "speechwriter" / "gui.ini", value
