"""校对 panel (视图 → 校对, F7): the findings of the speech as it will print, by section.

The check runs on a worker thread over a copy of the outline, a moment after the clerk stops
typing, so typing is never held up; a result older than the latest edit is dropped. A click on a
finding goes to its section with the words selected; 「采纳」 puts the suggestion into the text as
one undo step, and 「同类全部采纳」 does so for every finding with the same words and suggestion (a
pasted text's 200 half-width commas are one click and one undo step, not 200); 「忽略」 keeps a finding quiet for this speech (saved in its file, undoable);
「加入词表」 adds the words to the clerk's own list (unit names, people, local terms: never flagged in
any speech; `<user data folder>/check/words.txt`). Kinds are named from the one registry
(check/rules.py).
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from speechwriter.gui.document import Document
from speechwriter.gui.workers import BackgroundTasks

CHECK_DELAY_MS = 700   # after the last keystroke
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
_SEVERITY_COLOURS = {"error": "#b42318", "warning": "#9a6700", "info": "#555555"}


def run_check(outline):
    """Worker thread: (findings, printed paragraph texts) of an outline copy."""
    from speechwriter.check import run_checks
    from speechwriter.check.source import text_from_outline

    text = text_from_outline(outline)
    return run_checks(text, ignored=frozenset(outline.ignored)), [p.text for p in text.paragraphs]


def section_title(doc: Document, section_id: str | None) -> str:
    if not section_id:
        return "标题、称呼等基本信息"
    section = doc.outline.find(section_id)
    return section.short_name(18) if section is not None else "（已删除的小节）"


class CheckPanel(QWidget):
    go_to = Signal(object, str, int)   # section id (None: the fields), the words, where in the paragraph
    checked = Signal(int)              # how many findings the latest check has

    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.findings: list = []
        self.printed: list[str] = []
        self._generation = 0
        self._note = ""    # said once with the next result (同类全部采纳 that could not place every one)
        self._tasks = BackgroundTasks(self)   # its own pool: the status bar is not told of every check
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel("尚未校对")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("校对结果")
        self.tree.setWordWrap(True)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        self.tree.currentItemChanged.connect(lambda _c, _p: self._update_buttons())
        layout.addWidget(self.tree, 1)
        # the chosen finding in full: the list shows one line of each, cut short in a narrow panel
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName("这一处的说明")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        # shown only when the chosen finding comes back elsewhere: its own row, so that the buttons
        # below still fit the narrowest panel
        self.accept_same = QPushButton()
        self.accept_same.setToolTip("同样的文字、同样的建议，全篇一起修改（一步，可撤销）")
        self.accept_same.clicked.connect(self.accept_same_kind)
        layout.addWidget(self.accept_same)
        row = QHBoxLayout()
        self.accept = QPushButton("采纳")
        self.accept.setToolTip("按建议修改（可撤销）")
        self.accept.clicked.connect(self.accept_current)
        self.ignore = QPushButton("忽略")
        self.ignore.setToolTip("本篇讲稿不再提示这一处（记在提纲文件里，可撤销）")
        self.ignore.clicked.connect(self.ignore_current)
        self.add_word = QPushButton("加入词表")
        self.add_word.setToolTip("这是单位名称、人名或本地用语：所有讲稿都不再提示（记在个人数据文件夹的词表里）")
        self.add_word.clicked.connect(self.add_word_current)
        again = QPushButton("重新校对")
        again.clicked.connect(self.check_now)
        for button in (self.accept, self.ignore, self.add_word):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(again)
        layout.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        doc.changed.connect(self.schedule)
        doc.target_changed.connect(self.schedule)   # 时长 depends on the target and the 语速
        self._update_buttons()

    # checking ---------------------------------------------------------------------------------
    def schedule(self) -> None:
        self._generation += 1   # what is running now is already out of date
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.check_now()

    def check_now(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        outline = copy.deepcopy(self.doc.outline)   # the worker never sees the outline change under it
        self.summary.setText("正在校对…")
        self._tasks.run("校对", run_check, outline,
                        on_done=lambda result: self._show(generation, *result),
                        on_error=lambda message: self.summary.setText(f"无法校对：{message}"))

    def is_checking(self) -> bool:
        return self._tasks.is_busy()

    def is_pending(self) -> bool:
        """A check is waiting for the clerk to pause typing."""
        return self._timer.isActive()

    def _show(self, generation: int, findings: list, printed: list[str]) -> None:
        if generation != self._generation:
            return   # the text changed meanwhile; the newer check will report
        current = self.current_finding()
        self.findings, self.printed = findings, printed
        self.tree.clear()
        groups: dict[object, QTreeWidgetItem] = {}
        for finding in findings:
            group = groups.get(finding.section)
            if group is None:
                group = groups[finding.section] = QTreeWidgetItem([section_title(self.doc, finding.section)])
                group.setData(0, FINDING_ROLE, None)
                self.tree.addTopLevelItem(group)
            item = QTreeWidgetItem([self._describe(finding)])
            item.setData(0, FINDING_ROLE, finding)
            item.setForeground(0, QBrush(QColor(_SEVERITY_COLOURS.get(finding.severity, "#000"))))
            item.setToolTip(0, finding.message)
            group.addChild(item)
            if current is not None and finding.key() == current.key() and finding.section == current.section:
                self.tree.setCurrentItem(item)
        self.tree.expandAll()
        errors = sum(1 for f in findings if f.severity == "error")
        self.summary.setText((f"发现 {len(findings)} 处（其中错误 {errors} 处）" if findings else "没有发现问题。") + self._note)
        self._note = ""
        self._update_buttons()
        self.checked.emit(len(findings))

    @staticmethod
    def _describe(finding) -> str:
        from speechwriter.check.rules import label

        hint = ""
        if finding.suggestion is not None:
            hint = f" → {finding.suggestion}" if finding.suggestion else " → 删去"
        return f"{label(finding.rule, finding.severity)} {finding.message}{hint}"

    # acting on a finding ------------------------------------------------------------------------
    def current_finding(self):
        item = self.tree.currentItem()
        return item.data(0, FINDING_ROLE) if item is not None else None

    def select_finding(self, predicate) -> bool:
        """Make the first finding for which `predicate(finding)` holds the current one (and go to it)."""
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount() if group is not None else 0):
                item = group.child(j) if group is not None else None
                if item is not None and predicate(item.data(0, FINDING_ROLE)):
                    self.tree.setCurrentItem(item)
                    self._clicked(item)
                    return True
        return False

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        finding = item.data(0, FINDING_ROLE)
        if finding is not None:
            self.go_to.emit(finding.section, finding.text, finding.start)

    def _update_buttons(self) -> None:
        finding = self.current_finding()
        self.accept.setEnabled(finding is not None and finding.suggestion is not None)
        self.ignore.setEnabled(finding is not None)
        self.add_word.setEnabled(self._word_of(finding) is not None)
        self.detail.setText(self._describe(finding) if finding is not None else "")
        self.detail.setVisible(finding is not None)
        same = len(self._same_kind(finding))
        self.accept_same.setText(f"同类全部采纳（共 {same} 处）")
        self.accept_same.setVisible(same > 1)

    def accept_current(self) -> bool:
        finding = self.current_finding()
        if finding is None or finding.suggestion is None:
            return False
        printed = self.printed[finding.paragraph] if finding.paragraph < len(self.printed) else ""
        if not self.doc.apply_suggestion(finding, printed):
            self.summary.setText("这一处无法自动修改，请在正文中手动修改。")
            return False
        self.check_now()
        return True

    def _same_kind(self, finding) -> list:
        from speechwriter.check.apply import same_kind

        return same_kind(self.findings, finding) if finding is not None else []

    def accept_same_kind(self) -> bool:
        """「同类全部采纳」: the chosen finding's suggestion wherever the same words have the same finding."""
        findings = self._same_kind(self.current_finding())
        if len(findings) < 2:
            return False
        placed = self.doc.apply_suggestions(findings, self.printed)
        if placed == 0:
            self.summary.setText("这些地方无法自动修改，请在正文中手动修改。")
            return False
        if placed < len(findings):
            self._note = f"（同类有 {len(findings) - placed} 处无法自动修改，请在正文中手动修改。）"
        self.check_now()
        return True

    def ignore_current(self) -> bool:
        finding = self.current_finding()
        if finding is None:
            return False
        self.doc.ignore_finding(finding.key(), finding.text or finding.message[:12])
        self.check_now()
        return True


    @staticmethod
    def _word_of(finding) -> str | None:
        """The words a finding is about, when they could be a name or local term worth keeping."""
        from speechwriter.check.runner import WORDING

        if finding is None or finding.rule not in WORDING or not finding.text.strip():
            return None
        return finding.text.strip() if len(finding.text.strip()) <= 20 else None

    def add_word_current(self) -> bool:
        word = self._word_of(self.current_finding())
        if word is None:
            return False
        from speechwriter.check.lists import add_clerk_word

        try:
            add_clerk_word(word)
        except OSError:
            self.summary.setText("无法写入词表，请检查个人数据文件夹是否可写。")
            return False
        self.check_now()
        return True


class CheckDock(QDockWidget):
    """The panel docked on the right of the window; its close button unticks 视图 → 校对."""

    closed = Signal()

    def __init__(self, doc: Document, window: QMainWindow):
        super().__init__("校对", window)
        self.setObjectName("check-dock")
        self.panel = CheckPanel(doc)
        self.panel.setMinimumWidth(260)
        self.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)

    def closeEvent(self, event) -> None:
        self.closed.emit()
        super().closeEvent(event)
