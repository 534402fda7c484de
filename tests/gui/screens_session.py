"""Run by test_screen_sizes under Xvfb at one screen size (and QT_SCALE_FACTOR): the window as it
first opens there, the start page and the editor with the 素材库 open, as PNGs; then one JSON line
saying where the main controls are, for the test to check they are inside the window and screen.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtWidgets import QStyle, QWidget

from speechwriter.gui.app import create_application, create_main_window
from speechwriter.gui.unbroken import shown_words
from tests.gui.shots_session import finish, open_draft, run_steps, when_idle


def place(window, widget: QWidget | None) -> dict:
    """Where a widget is, in the window's coordinates, and whether all of it can be seen."""
    if widget is None:
        return {"found": False}
    top_left = widget.mapTo(window, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    visible = widget.isVisibleTo(window) and not widget.visibleRegion().isEmpty()
    # clipped by a parent (a splitter pane too narrow, a scroll area): the visible part is smaller
    shown = widget.visibleRegion().boundingRect()
    return {"found": True, "visible": visible, "inside": window.rect().contains(rect),
            "rect": [rect.x(), rect.y(), rect.width(), rect.height()],
            "whole": shown.width() >= widget.width() - 1 and shown.height() >= widget.height() - 1}


def text_whole(widget) -> bool:
    """A button, box or list's own text is not cut: the widget is at least as wide as its text needs."""
    from PySide6.QtWidgets import QComboBox, QLineEdit

    if isinstance(widget, QLineEdit):
        margins = widget.textMargins().left() + widget.textMargins().right() + 8   # the frame's own padding
        return widget.fontMetrics().horizontalAdvance(widget.text()) + margins <= widget.width()
    if isinstance(widget, QComboBox):
        from PySide6.QtWidgets import QStyleOptionComboBox

        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                              QStyle.SubControl.SC_ComboBoxEditField, widget)
        return widget.fontMetrics().horizontalAdvance(widget.currentText()) <= field.width()
    return widget.sizeHint().width() <= widget.width()


def tabs_whole(tabs) -> bool:
    """Every tab of a tab widget shown whole on its bar (no scroll arrows hiding one, no elided name)."""
    bar = tabs.tabBar()
    return all(bar.rect().contains(bar.tabRect(i)) and bar.tabRect(i).width() >= bar.tabSizeHint(i).width()
               for i in range(bar.count()))


def tree_headings(tree) -> list[dict]:
    """Each top-level row of the outline tree: its text and the part of it a clerk sees (what fits
    the row's text room in the tree's font, as the view elides it)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QFontMetrics

    model, rows = tree.model(), []
    margin = 2 * (tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1)
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        room = tree.visualRect(index).intersected(tree.viewport().rect())
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            room.setLeft(room.left() + tree.iconSize().width() + margin // 2)
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if isinstance(font, QFont) else tree.fontMetrics()
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, room.width() - margin))
        rows.append({"text": text, "shown": shown})
    return rows


def main(out: Path, tag: str) -> int:
    app = create_application([])
    window = create_main_window()
    window.show()                    # no geometry set: the window chooses its first size itself
    window.start_background_work()
    report: dict = {}

    def shoot_start():
        screen = window.screen().availableGeometry()
        report["screen"] = [screen.x(), screen.y(), screen.width(), screen.height()]
        frame = window.frameGeometry()
        report["window"] = [frame.x(), frame.y(), frame.width(), frame.height()]
        report["fits"] = screen.contains(frame)
        window.grab().save(str(out / f"{tag}-start.png"))
        cards = window.start_page.cards
        report["cards"] = [place(window, c) for c in cards[:4]]
        report["card_columns"] = len({c.x() for c in cards})
        open_draft(window, lambda s: s.skeleton.count("key_points") >= 3)
        window.acts.toggle_library.setChecked(True)
        window.doc.set_target(15)
        window.editor.preview.refresh_now()
        when_idle(window, shoot_editor)

    def shoot_editor():
        window.grab().save(str(out / f"{tag}-editor.png"))
        editor = window.editor
        toolbar = window.menus.toolbar
        report["export"] = place(window, toolbar.widgetForAction(window.acts.export))
        report["count_line"] = place(window, editor.preview.total_label)
        report["count_text"] = shown_words(editor.preview.total_label.text())
        report["status_bar"] = place(window, window.statusBar())
        report["heading_box"] = place(window, editor.section_editor.heading)
        report["body_box"] = place(window, editor.section_editor.body)
        report["tree"] = place(window, editor.tree)
        report["tree_headings"] = tree_headings(editor.tree)
        report["library_insert"] = place(window, window.library_dock.panel.search.insert_button)
        # the length: on the preview's count line, or in the status bar while the preview has no room
        length = window.busy.length
        report["preview_folded"] = editor.preview_folded()
        report["status_length"] = place(window, length) if length.isVisible() else {"found": False}
        report["status_length_text"] = length.text() if length.isVisible() else ""
        heading = editor.section_editor.heading
        report["heading_text_whole"] = text_whole(heading)
        body = editor.section_editor.body
        report["body_line_chars"] = body.viewport().width() // body.fontMetrics().horizontalAdvance("字")
        panel = window.library_dock.panel
        search = panel.search
        report["library_tabs_whole"] = tabs_whole(panel) and tabs_whole(editor.tabs)
        report["library_search_controls"] = {
            name: {**place(window, widget), "text_whole": text_whole(widget)}
            for name, widget in (("role", search.role), ("kind", search.kind), ("source", search.source),
                                 ("insert", search.insert_button), ("copy", search.copy_button))}
        panel.setCurrentWidget(panel.speeches)
        QTimer.singleShot(300, shoot_speeches)

    def shoot_speeches():
        window.grab().save(str(out / f"{tag}-library-speeches.png"))
        speeches = window.library_dock.panel.speeches
        report["library_speech_buttons"] = {
            widget.text(): {**place(window, widget), "text_whole": text_whole(widget)}
            for widget in (speeches.import_files, speeches.import_folder, speeches.remove_button,
                           speeches.reading_button, speeches.reset_button, speeches.location_button)}
        window.library_dock.panel.setCurrentWidget(window.library_dock.panel.search)
        editor = window.editor
        editor.tabs.setCurrentWidget(editor.field_form)
        QTimer.singleShot(300, shoot_fields)

    def shoot_fields():
        window.grab().save(str(out / f"{tag}-fields.png"))
        form = window.editor.field_form
        date_box = form.boxes.get("日期")
        report["date_box"] = place(window, date_box)
        calendar = form.calendar_button   # 日历: its words and the arrow in its corner both have room
        arrow = calendar.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, calendar) if calendar else 0
        report["calendar"] = {**place(window, calendar),
                              "room": calendar is not None and calendar.width() >= calendar.sizeHint().width() + arrow}
        report["date_text_fits"] = (date_box is not None
                                    and date_box.fontMetrics().horizontalAdvance(date_box.text()) < date_box.width())
        window.acts.toggle_library.setChecked(False)     # F8: the 素材库 closed, its room goes back
        QTimer.singleShot(300, lambda: when_idle(window, shoot_without_library))   # (once laid out anew)

    def shoot_without_library():
        window.grab().save(str(out / f"{tag}-without-library.png"))
        editor = window.editor
        title_box = editor.field_form.boxes.get("标题")
        report["without_library"] = {"preview_folded": editor.preview_folded(),
                                     "title_text_whole": title_box is not None and text_whole(title_box),
                                     "count_line": place(window, editor.preview.total_label),
                                     "status_length_shown": window.busy.length.isVisible()}
        open_reading()

    def open_reading():
        """校正识别 of a bundled sample, as the 范文 tab opens it."""
        from speechwriter.core.analyzer import analyze_text
        from speechwriter.core.labelling import reading_of
        from speechwriter.gui.reading.reading_view import ReadingDocument, ReadingView
        from speechwriter.paths import samples_dir

        text = sorted(samples_dir().glob("*.txt"))[1].read_text(encoding="utf-8")
        view = ReadingView(ReadingDocument(reading_of(analyze_text(text)[0], text)), 1, False, parent=window)
        view.show()

        def shoot_reading():
            view.grab().save(str(out / f"{tag}-reading.png"))
            screen = view.screen().availableGeometry()
            report["reading_fits"] = screen.contains(view.frameGeometry())
            report["reading_save"] = place(view, view.save_button)
            view.close()
            finish(app, window)

        QTimer.singleShot(500, shoot_reading)

    run_steps(app, window, shoot_start)
    print(json.dumps(report, ensure_ascii=False))
    return 0 if "date_box" in report else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
