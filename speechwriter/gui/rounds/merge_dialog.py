"""打开领导修改稿: every change of the leader's copy to accept or reject (one by one or all at
once), the 批注 listed under the section they are anchored in, what cannot be placed shown apart.

Tracked changes are ticked (accepted) to start with; unticking one rejects it. Edits made with 修订
off cannot be told apart from the text and are always taken (they are listed, greyed). Comments
stay in the rounds panel after the merge until the clerk ticks them 已处理.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from speechwriter.revise.merge import Merge, MergeChange

_OPS = {"insert": "加上", "delete": "删去", "replace": "改为", "move": "挪动"}


def describe_change(change: MergeChange) -> str:
    who = change.author or "（直接改动，未留修订）"
    if change.op == "replace":
        what = f"“{change.old}”改为“{change.new}”"
    else:
        what = f"{_OPS[change.op]}“{change.new or change.old}”"
    return f"{what}　——{who}"


class MergeDialog(QDialog):
    """Not modal (the clerk can look at the editor meanwhile); `accepted` → `chosen()`."""

    def __init__(self, merge: Merge, section_names: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.merge = merge
        self.setWindowTitle(f"领导修改稿：{merge.name}")
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["改动与批注（打勾 = 接受）"])
        self.change_items: list[tuple[QTreeWidgetItem, MergeChange]] = []
        self.comment_items: list[QTreeWidgetItem] = []
        groups: dict[str | None, QTreeWidgetItem] = {}

        def group(section: str | None) -> QTreeWidgetItem:
            if section not in groups:
                name = section_names.get(section or "", "") or "标题、署名等"
                groups[section] = QTreeWidgetItem(self.tree, [name])
                groups[section].setExpanded(True)
            return groups[section]

        taken = merge.reading.taker(None)
        paragraphs = merge.reading.paragraphs_read

        def context(n: int | None) -> str:
            """The paragraph as Word shows it accepted: the change's words in their sentence."""
            return paragraphs[n].text(taken) if n is not None and 0 <= n < len(paragraphs) else ""

        for change in merge.changes:
            item = QTreeWidgetItem(group(change.section), [describe_change(change)])
            item.setToolTip(0, context(change.paragraph))
            if change.tracked:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked)
            else:
                item.setDisabled(True)
            self.change_items.append((item, change))
        for comment in merge.comments:
            quote = f"（针对“{comment.quote}”）" if comment.quote else ""
            item = QTreeWidgetItem(group(comment.section), [f"批注 {comment.author or ''}：{comment.text}{quote}"])
            item.setForeground(0, Qt.GlobalColor.darkMagenta)
            item.setToolTip(0, context(comment.paragraph))
            self.comment_items.append(item)
        if merge.unplaced:
            apart = QTreeWidgetItem(self.tree, ["未能放入提纲（请手工处理）"])
            apart.setExpanded(True)
            for thing in merge.unplaced:
                QTreeWidgetItem(apart, [f"“{thing.text}”——{thing.why}"])
        accept_all, reject_all = self.accept_all_button, self.reject_all_button = QPushButton("全部接受"), QPushButton("全部拒绝")
        accept_all.clicked.connect(lambda: self.set_all(True))
        reject_all.clicked.connect(lambda: self.set_all(False))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("合并为新的一轮")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(accept_all)
        row.addWidget(reject_all)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        tracked = sum(1 for c in merge.changes if c.tracked)
        layout.addWidget(QLabel(f"共 {tracked} 处修订、{len(merge.changes) - tracked} 处直接改动、"
                                f"{len(merge.comments)} 条批注。取消勾选即拒绝那处修订。"))
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self.resize(720, 560)

    def set_all(self, accept: bool) -> None:
        state = Qt.CheckState.Checked if accept else Qt.CheckState.Unchecked
        for item, change in self.change_items:
            if change.tracked:
                item.setCheckState(0, state)

    def chosen(self) -> set[int]:
        """The tracked revisions accepted."""
        return {n for item, change in self.change_items if change.tracked
                and item.checkState(0) == Qt.CheckState.Checked for n in change.revisions}
