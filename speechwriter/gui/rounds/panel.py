"""The rounds panel (修改轮次): every round with its time and 字数, the buttons that act on the one
chosen, and the leader's 批注 still open (tick 已处理 to take one off the list)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from speechwriter.gui.document import Document
    from speechwriter.gui.rounds.flows import RoundsFlows

REFRESH_DELAY_MS = 400   # typing changes the current text's 字数: the list follows after a pause


def version_line(version) -> str:
    when = version.saved_at.replace("T", " ")[:16]
    unsaved = "（未保存为一轮）" if not version.saved else ""
    return f"{version.n}. {version.name}{unsaved}　{when}　{version.chars} 字"


class RoundsDock(QDockWidget):
    section_requested = Signal(str)   # a 批注 clicked: show the section it is in

    def __init__(self, flows: RoundsFlows, doc: Document, parent: QWidget | None = None):
        super().__init__("修改轮次", parent)
        self.setObjectName("rounds-dock")
        self.flows, self.doc = flows, doc
        self.versions_list = QListWidget()
        self.save_button = QPushButton("保存为新一轮…")
        self.back_button = QPushButton("退回到这一轮")
        self.compare_button = QPushButton("与当前稿对照")
        self.export_button = QPushButton("导出带修订的 Word…")
        self.leader_button = QPushButton("打开领导修改稿…")
        self.export_button.setToolTip("导出当前稿，自所选这一轮以来的改动标成 Word 修订")
        self.comments_list = QListWidget()
        self.save_button.clicked.connect(lambda: flows.save_round())
        self.back_button.clicked.connect(lambda: self._with_selected(flows.go_back))
        self.compare_button.clicked.connect(lambda: self._with_selected(flows.compare))
        self.export_button.clicked.connect(lambda: self._with_selected(flows.export_tracked))
        self.leader_button.clicked.connect(lambda: flows.open_leader_copy())
        self.versions_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.comments_list.itemChanged.connect(self._comment_ticked)
        self.comments_list.itemClicked.connect(self._comment_clicked)
        buttons = QGridLayout()
        for i, button in enumerate((self.save_button, self.back_button, self.compare_button, self.export_button,
                                    self.leader_button)):
            buttons.addWidget(button, i // 2, i % 2)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.versions_list, 2)
        layout.addLayout(buttons)
        layout.addWidget(QLabel("领导批注（单击看所在小节，处理完请打勾）"))
        layout.addWidget(self.comments_list, 1)
        self.setWidget(body)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        doc.rounds_changed.connect(self.refresh)
        doc.rounds_changed.connect(self.refresh_comments)
        doc.replaced.connect(self.refresh)
        doc.replaced.connect(self.refresh_comments)
        doc.changed.connect(lambda: self._timer.start() if self.isVisible() else None)
        self.refresh()
        self.refresh_comments()

    def selected_round(self) -> int | None:
        row = self.versions_list.currentRow()
        return row + 1 if row >= 0 else None

    def _with_selected(self, action) -> None:
        n = self.selected_round()
        if n is not None:
            action(n)

    def refresh(self) -> None:
        keep = self.versions_list.currentRow()
        self.versions_list.clear()
        versions = self.flows.versions()
        for version in versions:
            self.versions_list.addItem(version_line(version))
        if versions:
            self.versions_list.setCurrentRow(min(max(keep, 0), len(versions) - 1))
        self._update_buttons()

    def _update_buttons(self) -> None:
        n = self.selected_round()
        saved = len(self.doc.outline.rounds)
        chosen_saved = n is not None and n <= saved
        self.back_button.setEnabled(chosen_saved)
        self.compare_button.setEnabled(chosen_saved)
        self.export_button.setEnabled(chosen_saved)

    def refresh_comments(self) -> None:
        from speechwriter.revise.sources import section_names

        names = section_names(self.doc.outline, 10)
        self.comments_list.blockSignals(True)
        self.comments_list.clear()
        for n, note in enumerate(self.doc.outline.notes):
            quote = f"（针对“{note.quote}”）" if note.quote else ""
            where = f"〔{names[note.section]}〕" if note.section in names else ""
            item = QListWidgetItem(f"{where}{note.author or '未署名'}：{note.text}{quote}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, n)
            self.comments_list.addItem(item)
        self.comments_list.blockSignals(False)

    def _note(self, item: QListWidgetItem):
        n = item.data(Qt.ItemDataRole.UserRole)
        notes = self.doc.outline.notes
        return notes[n] if isinstance(n, int) and 0 <= n < len(notes) else None

    def _comment_clicked(self, item: QListWidgetItem) -> None:
        note = self._note(item)
        if note is not None and note.section:
            self.section_requested.emit(note.section)

    def _comment_ticked(self, item: QListWidgetItem) -> None:
        note = self._note(item)
        if item.checkState() == Qt.CheckState.Checked and note is not None:
            QTimer.singleShot(0, lambda: self.flows.mark_done(note))   # not while the list emits
