"""The rounds room in the window: its 修改 menu (made with the window, a handful of actions), its
flows and panel (made on first use). The main window only builds this and tells it the state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from speechwriter.gui.main_window import MainWindow
    from speechwriter.gui.rounds.flows import RoundsFlows
    from speechwriter.gui.rounds.panel import RoundsDock


class RoundsRoom:
    def __init__(self, window: MainWindow):
        self.window = window
        self._flows: RoundsFlows | None = None
        self._dock: RoundsDock | None = None
        menu = self.menu = QMenu("修改(&R)", window)
        self.save = QAction("保存为新一轮…", window)
        self.show_panel = QAction("修改轮次面板", window)
        self.show_panel.setCheckable(True)
        self.compare_last = QAction("与上一轮对照", window)
        self.leader_copy = QAction("打开领导修改稿…", window)
        self.export_tracked = QAction("导出带修订的 Word（自上一轮）…", window)
        self.author = QAction("修订作者…", window)
        menu.addActions([self.save, self.show_panel])
        menu.addSeparator()
        menu.addActions([self.compare_last, self.leader_copy, self.export_tracked])
        menu.addSeparator()
        menu.addAction(self.author)
        self.save.triggered.connect(lambda: self.flows.save_round())
        self.show_panel.toggled.connect(self._toggle_panel)
        self.compare_last.triggered.connect(self._compare_last)
        self.leader_copy.triggered.connect(lambda: self.flows.open_leader_copy())
        self.export_tracked.triggered.connect(self._export_since_last)
        self.author.triggered.connect(lambda: self.flows.set_author())
        bar = window.menuBar()
        bar.insertMenu(bar.actions()[-1], menu)   # before 帮助
        self.set_state(False)

    @property
    def flows(self) -> RoundsFlows:
        if self._flows is None:
            from speechwriter.gui.rounds.flows import RoundsFlows

            window = self.window
            self._flows = RoundsFlows(window.doc, window.prompts, window.settings, window.tasks, window)
            self._flows.message.connect(window.status)
        return self._flows

    @property
    def dock(self) -> RoundsDock:
        if self._dock is None:
            from PySide6.QtCore import Qt

            from speechwriter.gui.rounds.panel import RoundsDock

            dock = self._dock = RoundsDock(self.flows, self.window.doc, self.window)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.visibilityChanged.connect(self._dock_visibility)
            dock.section_requested.connect(self._show_section)
        return self._dock

    def _show_section(self, section_id: str) -> None:
        """A 批注 clicked: its section selected in the tree (nothing when it has since been deleted)."""
        self.window.editor.select_section(section_id)

    def _dock_visibility(self, shown: bool) -> None:
        if not shown and self.window.is_editing():   # closed by its own × button
            self.show_panel.setChecked(False)

    def set_state(self, editing: bool) -> None:
        for action in (self.save, self.show_panel, self.compare_last, self.leader_copy, self.export_tracked):
            action.setEnabled(editing)
        if not editing and self._dock is not None:
            self._dock.hide()
        elif editing and self._dock is not None and self.show_panel.isChecked():
            self._dock.show()

    def _toggle_panel(self, shown: bool) -> None:
        if shown or self._dock is not None:
            self.dock.setVisible(shown)
            if shown:
                self.dock.refresh()

    def _last_other_round(self) -> int | None:
        """The latest saved round whose text is not the current text."""
        from speechwriter.outline import rounds

        outline = self.window.doc.outline
        for n in range(len(outline.rounds), 0, -1):
            if not rounds.same_text(outline, outline.rounds[n - 1].outline):
                return n
        return None

    def _compare_last(self) -> None:
        n = self._last_other_round()
        if n is None:
            self.window.status("还没有和当前稿不同的一轮：先“保存为新一轮”，改过之后再对照。")
            return
        self.flows.compare(n)

    def _export_since_last(self) -> None:
        n = self._last_other_round()
        if n is None:
            self.window.status("还没有和当前稿不同的一轮，没有可标的修订。")
            return
        self.flows.export_tracked(n)
