"""Run by test_screenshots under Xvfb: the real window at 1366×768, PNGs of the start page and editor.

Prints one line `font=<family> cjk=<0|1>` so the test can check a Chinese UI font was found.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from speechwriter.gui.app import create_application, create_main_window


def when_idle(window, then) -> None:
    """Call `then` once the window's background work (jieba, templates, the cards' structures) is done
    and the preview (rendered off the window's thread) shows the outline as it stands."""
    if window.tasks.is_busy() or window.editor.preview.is_busy():
        QTimer.singleShot(100, lambda: when_idle(window, then))
        return
    QTimer.singleShot(300, then)


def run_steps(app, window, first) -> None:
    """Start with `first` once the window is idle; each step schedules the next; a minute at most."""
    QTimer.singleShot(0, lambda: when_idle(window, first))
    QTimer.singleShot(60000, app.quit)  # never hang a test run
    app.exec()


def finish(app, window) -> None:
    window.doc.undo_stack.setClean()   # nothing to ask on closing
    window.close()
    app.quit()


def open_draft(window, wanted) -> None:
    """The editor as a clerk has it after a minute: a structure chosen, the fields filled, a key point chosen."""
    card = next(c for c in window.start_page.cards if wanted(c.structure))
    window.files.new_from_structure(card.structure)
    for name, value in (("标题", "在2026年全市安全生产工作会议上的讲话"), ("讲话人", "张明"),
                        ("日期", "2026年3月15日"), ("会议名称", "全市安全生产工作会议"), ("单位", "市应急管理局")):
        window.doc.set_field(name, value)
    key = next(s for s in window.doc.outline.sections if s.role == "key_points")
    window.editor.select_section(key.id)
    window.editor.tabs.setCurrentWidget(window.editor.section_editor)
    window.editor.preview.refresh_now()


def main(out: Path) -> int:
    app = create_application([])
    window = create_main_window()
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    window.start_background_work()
    steps = []

    def shoot_start():
        window.grab().save(str(out / "start_page.png"))
        steps.append("start")
        open_draft(window, lambda s: s.skeleton.count("key_points") >= 3 and "opening" in s.skeleton)
        when_idle(window, shoot_editor)

    def shoot_editor():
        window.grab().save(str(out / "editor.png"))
        window.editor.tabs.setCurrentWidget(window.editor.field_form)
        QTimer.singleShot(300, shoot_fields)

    def shoot_fields():
        window.grab().save(str(out / "editor_fields.png"))
        from speechwriter.gui.output.export_dialog import ExportDialog
        from speechwriter.render import FONT_SETS, list_templates

        dialog = ExportDialog(str(out / "讲话稿.docx"), [t.name for t in list_templates()], "讲话稿", list(FONT_SETS),
                              window)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(out / "export_dialog.png"))
        dialog.close()
        steps.append("editor")
        window.editor.tabs.setCurrentWidget(window.editor.section_editor)
        search = window.library_dock.panel.search
        search.query.setText("高质量发展")
        search.search_now()
        QTimer.singleShot(100, found)

    def found():   # the search runs on a worker: wait for its answer
        search = window.library_dock.panel.search
        if search.results.count() < 2:
            QTimer.singleShot(100, found)
            return
        search.results.setCurrentRow(1)
        search.insert_current()   # as 「插入到当前小节」 does: the section's text shows the paragraph
        QTimer.singleShot(300, shoot_library)

    def shoot_library():
        window.grab().save(str(out / "library_search.png"))
        panel = window.library_dock.panel
        panel.setCurrentWidget(panel.phrases)
        app.processEvents()
        window.grab().save(str(out / "library_phrases.png"))
        panel.setCurrentWidget(panel.speeches)
        app.processEvents()
        window.grab().save(str(out / "library_speeches.png"))
        steps.append("library")
        finish(app, window)

    run_steps(app, window, shoot_start)
    family = QFontInfo(QApplication.font()).family()
    cjk = QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)
    print(f"font={family} cjk={int(cjk)} steps={','.join(steps)}")
    return 0 if steps == ["start", "editor", "library"] else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
