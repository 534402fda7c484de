"""The 素材库 panel docked beside the editor, wired to the library flows: insert, import (also by
dropping files or folders on it), remove, phrases. What goes into the text leaves as
`insert_requested`; closing the dock by its own button says `closed`.

Shown on the editor page while 视图 → 素材库 (F8) is checked; hidden on the start page, where
there is no section to put material into.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow

from speechwriter.gui.library.library_flows import LibraryFlows
from speechwriter.gui.library.library_panel import LibraryPanel

DEFAULT_WIDTH = 360


class LibraryDock(QDockWidget):
    insert_requested = Signal(str)
    closed = Signal()

    def __init__(self, flows: LibraryFlows, width: int | None, window: QMainWindow):
        """Docks itself on the right of `window`, `width` wide (None: the default)."""
        super().__init__("素材库", window)
        self.flows = flows
        self.setObjectName("library-dock")
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.panel = LibraryPanel()
        # no narrower than its buttons' words need: the editor's preview folds away for it on a small
        # screen (1024×768, 1366×768 at 150 %: EditorPage.ROOM_FOR_PREVIEW)
        self.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        window.resizeDocks([self], [width if width and width > 0 else DEFAULT_WIDTH], Qt.Orientation.Horizontal)

        self.panel.search.insert_requested.connect(self.insert_requested)
        self.panel.phrases.insert_requested.connect(self.insert_requested)
        self.panel.speeches.import_files_requested.connect(self.flows.import_files)
        self.panel.speeches.import_folder_requested.connect(self.flows.import_folder)
        self.panel.speeches.remove_requested.connect(self.flows.remove)
        self.panel.speeches.location_requested.connect(self.flows.choose_location)
        self.flows.library_ready.connect(self._library_ready)
        self.flows.library_changed.connect(self.panel.library_changed)
        if self.flows.is_ready() or self.flows.problem:
            self._library_ready(self.flows.library)
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
        self.flows.import_paths(paths)

    def _library_ready(self, library) -> None:
        self.panel.set_library(library, self.flows.problem or "素材库正在打开…")

    def stop_searching(self) -> None:
        """The window is closing: the 查找 tab's worker thread ends with it."""
        self.panel.search.searcher.stop()

    def closeEvent(self, event) -> None:
        # the dock's own close button unticks 视图 → 素材库, so the menu and the dock agree
        self.closed.emit()
        super().closeEvent(event)

    def focus_search(self, bring_forward: bool = True) -> None:
        """The search box ready for words. `bring_forward` (查找素材): the 查找 tab is shown and what was
        typed before selected to type over; otherwise (the panel just opened) the tab showing is kept."""
        if bring_forward:
            self.panel.setCurrentWidget(self.panel.search)
        self.panel.search.query.setFocus()
        if bring_forward:
            self.panel.search.query.selectAll()

    def show_phrases_for(self, role: str | None, kind: str | None) -> None:
        """The role of the section being edited (or None): its typical phrasing in 常用说法."""
        self.panel.phrases.show_for(role, kind)

    def width_to_remember(self) -> int:
        return self.width() if self.isVisible() else 0
