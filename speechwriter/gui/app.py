"""Starting the window: `speechwriter` with no sub-command, or `make run`.

The window is painted first; then (MainWindow.first_painted) jieba's dictionary, the templates
and the learned structures load on worker threads (MainWindow.start_background_work), so the
clerk sees the app at once and it never stalls.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from speechwriter import __version__
from speechwriter.gui.input_method import reach_the_desktop_input_method

# A UI font that has Chinese glyphs on Windows, 统信UOS/麒麟 and a bare Linux; Qt takes the first present.
# Each desktop's own first: a missing family Qt passes on the way costs a fontconfig stand-in query
# (three of them, ~1 % of the first frame on Linux, where YaHei and PingFang are seldom installed).
_LINUX_UI_FONTS = ["Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei"]
_OTHER_UI_FONTS = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "SimSun"]
UI_FONTS = (_LINUX_UI_FONTS + _OTHER_UI_FONTS if sys.platform.startswith("linux")
            else _OTHER_UI_FONTS[:3] + _LINUX_UI_FONTS + _OTHER_UI_FONTS[3:])


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # High DPI: Qt 6 scales by the desktop's factor and, by default, keeps fractional factors
    # (125 %, 150 %) unrounded (PassThrough), so nothing is set here; the icons are SVG and stay sharp.
    reach_the_desktop_input_method()   # fcitx on 统信UOS/麒麟: typed Chinese must reach the window
    app = QApplication(list(argv if argv is not None else sys.argv))
    app.setApplicationName("讲稿助手")
    app.setOrganizationName("speechwriter")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("speechwriter")
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    # Qt's own texts in Chinese: installed by the window once it is on screen (install_qt_translations)
    font = QFont(app.font())
    font.setFamilies(UI_FONTS)
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    # no application-wide style sheet: it would route every widget's polish through Qt's style-sheet
    # style (start-up time); the start page styles its own title and cards
    return app


def install_qt_translations() -> None:
    """Qt's own buttons and dialogs (file dialog, colour names, context menus) in Chinese.

    Called once the window is on screen (MainWindow.start_background_work): the first frame shows
    none of Qt's own texts, and loading the catalogue cost it ~3 % of its processor time."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    app = QApplication.instance()
    if app is None or app.property("speechwriter_translated"):
        return
    app.setProperty("speechwriter_translated", True)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase_zh_CN",):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)


def _check_modules_for_pyside_quickly() -> None:
    """PySide6 asks of every module imported after it whether its source names "PySide6" (for its
    `from __feature__ import …` switches), through inspect.getsource: ~0.2 ms a module, 20 M of the
    first frame's ~770 M instructions. Reading the file's bytes answers the same question (the
    same .py file, the same word); modules without a .py file go the original way."""
    try:
        from shibokensupport import feature  # type: ignore[import-not-found]   # PySide's own support module
    except ImportError:
        return
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "reads_bytes", False):
        return

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside


_check_modules_for_pyside_quickly()   # before the window's modules are imported


def create_main_window(**kwargs):
    from speechwriter.gui.main_window import MainWindow

    return MainWindow(**kwargs)


def fault_reporter(window):
    """An excepthook that turns an error escaping a slot into a Chinese message; the app goes on.

    PySide hands such errors to sys.excepthook and keeps the event loop running, so the clerk
    only needs to know what happened and that the work is still there.
    """
    import os
    import traceback

    from speechwriter.errors import UserError

    def report(exc_type, exc, tb):
        if isinstance(exc, UserError):
            window.prompts.show_message("操作没有完成", exc.message, "warning")
            return
        if os.environ.get("SPEECHWRITER_DEBUG"):
            traceback.print_exception(exc_type, exc, tb)
        window.prompts.show_message(
            "程序内部出错，这一步操作没有完成",
            f"错误类型：{exc_type.__name__}。已写的内容仍在，自动保存也在继续；建议先“另存为”一份。"
            "（设置 SPEECHWRITER_DEBUG=1 可看详细信息）", "error")

    return report


def run_app(argv: list[str] | None = None, open_path: str | None = None) -> int:
    app = create_application(argv)
    window = create_main_window()
    sys.excepthook = fault_reporter(window)
    window.first_painted.connect(window.start_background_work)
    if open_path:   # a .speech.json opened from the file manager (packaging/launch.py)
        window.first_painted.connect(lambda: window.files.open_file(open_path))
    if os.environ.get("SPEECHWRITER_QUIT_AFTER_FIRST_FRAME"):   # packaging/smoke_test.sh, bench/bundle.py
        window.first_painted.connect(lambda: _report_and_close(window))
    window.show()
    return app.exec()


def _report_and_close(window) -> None:
    """Say the first frame is up, let the start-up work finish, then close as the clerk would."""
    print("speechwriter: first frame", flush=True)

    def close_when_settled():
        if window.tasks.is_busy():
            QTimer.singleShot(20, close_when_settled)
        else:
            print("speechwriter: start-up work done", flush=True)
            window.close()

    close_when_settled()
