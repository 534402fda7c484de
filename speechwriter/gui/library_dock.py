"""The 素材库 panel docked beside the editor, wired to the window: insert, import (also by dropping
files or folders on it), remove, phrases.

Shown on the editor page while 视图 → 素材库 (F8) is checked; hidden on the start page, where
there is no section to put material into.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from speechwriter.gui.library_panel import LibraryPanel

DEFAULT_WIDTH = 360


class LibraryDock(QDockWidget):
    def __init__(self, window):
        super().__init__("素材库", window)
        self.window = window
        self.setObjectName("library-dock")
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.panel = LibraryPanel()
        self.panel.setMinimumWidth(280)
        self.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        saved = window.settings.splitter_sizes("library")
        window.resizeDocks([self], [saved[0] if saved and saved[0] > 0 else DEFAULT_WIDTH],
                           Qt.Orientation.Horizontal)

        flows = window.library
        self.panel.search.insert_requested.connect(window.insert_material)
        self.panel.phrases.insert_requested.connect(window.insert_material)
        self.panel.speeches.import_files_requested.connect(flows.import_files)
        self.panel.speeches.import_folder_requested.connect(flows.import_folder)
        self.panel.speeches.remove_requested.connect(flows.remove)
        from speechwriter.gui.reading_flows import ReadingFlows

        self.readings = ReadingFlows(window)   # correcting a 范文's reading, learning from it, 恢复默认
        self.panel.speeches.has_clerk_model = self.readings.has_clerk_model
        self.panel.speeches.reading_requested.connect(self.readings.open_speech)
        self.panel.speeches.reset_learning_requested.connect(self.readings.reset)
        flows.library_ready.connect(self._library_ready)
        flows.library_changed.connect(self.panel.library_changed)
        if flows.is_ready() or flows.problem:
            self._library_ready(flows.library)
        self.setAcceptDrops(True)   # files or folders dragged from the file manager are imported

    @staticmethod
    def _dropped_paths(event) -> list[str]:
        mime = event.mimeData()
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []

    def dragEnterEvent(self, event) -> None:
        if self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = self._dropped_paths(event)
        if not paths:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.window.library.import_paths(paths)

    def _library_ready(self, library) -> None:
        self.panel.set_library(library, self.window.library.problem or "素材库正在打开…")

    def closeEvent(self, event) -> None:
        # the dock's own close button unticks 视图 → 素材库, so the menu and the dock agree
        self.window.act_toggle_library.setChecked(False)
        super().closeEvent(event)

    def show_phrases_for(self, section) -> None:
        """The section being edited (or None): its role's typical phrasing in 常用说法."""
        kind = self.window.doc.outline.kind
        self.panel.phrases.show_for(section.role if section is not None else None, kind)

    def width_to_remember(self) -> int:
        return self.width() if self.isVisible() else 0
