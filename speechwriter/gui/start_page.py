"""The first thing the clerk sees: new from a learned structure, open, import, recent files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from speechwriter.gui.icons import icon

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

    from speechwriter.core.structure import Structure

NUMBERING_NAMES = {"none": "不编号"}
CARD_WIDTH = 380    # at least this much room per card column, however short the cards' lines


def plain_fields(text: str) -> str:
    """Phrasing with its Jinja fields shown as 〔会议名称〕, as a clerk reads them."""
    from speechwriter.core.field_syntax import shown

    return shown(text)


TITLE_COLOUR, TITLE_POINTS = "#8a1c1c", 22
CARD_STYLE = ("QFrame#card { background: #ffffff; border: 1px solid #d6d6d6; border-radius: 6px; }"
              "QFrame#card QLabel { background: transparent; }")


def _colour(label: QLabel, colour: str) -> None:
    """The label's text colour, set in its palette: a style sheet would route the first frame's
    widgets through Qt's style-sheet style (start-up time)."""
    from PySide6.QtGui import QColor, QPalette

    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(palette)


def _bold(label: QLabel) -> QLabel:
    """A bold label in plain text: a `<b>` tag would give the label a rich-text document and its
    layout engine, a measured 1 % of the first frame's processor time for two words in bold."""
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class StructureCard(QFrame):
    chosen = Signal(object)

    def __init__(self, structure: Structure, parent=None):
        super().__init__(parent)
        self.structure = structure
        self.setObjectName("card")
        self.setStyleSheet(CARD_STYLE)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        unsure = "".join(f"（或{k}）" for k in structure.kind_alternatives)   # the analyser was unsure of the kind
        title = QLabel(f"<b>{structure.name}</b>　<span style='color:#8a1c1c'>{structure.kind}{unsure}</span>")
        layout.addWidget(title)
        from speechwriter.core.structure import skeleton_text  # a card exists only once core is loaded

        layout.addWidget(QLabel(f"结构：{skeleton_text(structure.skeleton)}"))
        layout.addWidget(QLabel(f"编号：{NUMBERING_NAMES.get(structure.numbering, structure.numbering)}"))
        names = structure.source_titles or [Path(s).stem for s in structure.sources]
        first = names[0] if names else "—"
        shown = f"《{first[:24]}{'…' if len(first) > 24 else ''}》" if names else first
        if len(names) > 1:
            shown += f" 等 {len(names)} 篇"
        source_label = QLabel(f"来自范文：{shown}")
        source_label.setToolTip("\n".join(f"《{n}》" for n in names))  # long titles must not widen the card
        layout.addWidget(source_label)
        opening = (structure.phrases.get("opening") or [""])[0]
        if opening:
            text = plain_fields(opening)
            preview = QLabel(f"“{text[:30]}{'…' if len(text) > 30 else ''}”")
            preview.setToolTip(text)
            preview.setStyleSheet("color:#555")
            layout.addWidget(preview)
        button = QPushButton(icon("new"), "用此结构新建")
        button.setAccessibleName(f"用“{structure.name}”新建")
        button.clicked.connect(lambda: self.chosen.emit(self.structure))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        layout.addLayout(row)
        layout.addStretch(1)


class StartPage(QWidget):
    structure_chosen = Signal(object)   # Structure
    blank_requested = Signal()
    open_requested = Signal()
    import_requested = Signal()
    library_import_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 14)
        outer.setSpacing(18)

        side = QVBoxLayout()
        heading = QLabel("讲稿助手")
        heading.setObjectName("appTitle")
        font = heading.font()
        font.setPointSize(TITLE_POINTS)
        font.setBold(True)
        heading.setFont(font)
        _colour(heading, TITLE_COLOUR)
        side.addWidget(heading)
        intro = QLabel("从范文学到的结构起草讲话稿，一键导出 Word。")
        intro.setWordWrap(True)
        side.addWidget(intro)
        side.addSpacing(12)
        for text, name, signal in (("新建空白讲稿", "new", self.blank_requested),
                                   ("打开提纲…", "open", self.open_requested),
                                   ("导入讲话稿（.txt/.docx）…", "import", self.import_requested),
                                   ("把过去的讲话稿导入素材库…", "library", self.library_import_requested)):
            button = QPushButton(icon(name), text)
            button.setMinimumHeight(36)
            button.clicked.connect(signal)
            side.addWidget(button)
        side.addSpacing(16)
        side.addWidget(_bold(QLabel("最近打开")))
        self._recent_list: QListWidget | None = None   # made when there is a file to list (start-up time)
        self._recent_paths: list[str] = []
        self.no_recent = QLabel("（暂无）")
        _colour(self.no_recent, "#888888")
        side.addWidget(self.no_recent)
        self._side = side
        side.addStretch(1)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setFixedWidth(270)
        outer.addWidget(side_box)

        main = QVBoxLayout()
        header = QHBoxLayout()
        header.setSpacing(0)   # the bold words and the note after them read as one line
        header.addWidget(_bold(QLabel("从结构新建")))
        header.addWidget(QLabel("（结构由范文学习而来，新建后可再修改）"))
        header.addStretch(1)
        self.status = QLabel("正在读取范文结构…")
        _colour(self.status, "#666666")
        header.addWidget(self.status)
        main.addLayout(header)
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._grid_host)
        main.addWidget(scroll, 1)
        self._grid_rows = 0
        self._columns = 2
        self._scroll = scroll
        outer.addLayout(main, 1)
        self.cards: list[StructureCard] = []

    def set_structures(self, structures: list[Structure]) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        self._grid.setRowStretch(self._grid_rows, 0)
        for structure in structures:
            card = StructureCard(structure)
            card.chosen.connect(self.structure_chosen)
            self.cards.append(card)
        self._columns = self._fitting_columns()
        self._lay_out_cards()
        self.status.setText(f"共 {len(structures)} 种结构" if structures else "没有可用的结构，可新建空白讲稿。")

    def _fitting_columns(self) -> int:
        width = self._scroll.viewport().width() - 2 * self._grid.contentsMargins().left()
        card = max((c.minimumSizeHint().width() for c in self.cards), default=CARD_WIDTH)
        spacing = self._grid.spacing()
        return max(1, min(3, (width + spacing) // (max(card, CARD_WIDTH) + spacing)))

    def _lay_out_cards(self) -> None:
        """Cards in as many columns as the page has room for (reflowed when the window is resized)."""
        self._grid.setRowStretch(self._grid_rows, 0)
        for card in self.cards:
            self._grid.removeWidget(card)
        for i, card in enumerate(self.cards):
            self._grid.addWidget(card, i // self._columns, i % self._columns)
        self._grid_rows = (len(self.cards) + self._columns - 1) // self._columns
        self._grid.setRowStretch(self._grid_rows, 1)  # cards keep their height, the space goes below

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self.cards:
            return   # nothing to reflow (and the first frame need not ask the scroll area for its viewport)
        columns = self._fitting_columns()
        if columns != self._columns and self.cards:
            self._columns = columns
            self._lay_out_cards()

    def set_structures_failed(self, message: str) -> None:
        self.status.setText(f"读取范文结构失败：{message}")

    @property
    def recent_list(self) -> QListWidget:
        """最近打开: the list view is made on first need, so a first start (none yet) does not pay for
        Qt's item views before the window appears."""
        if self._recent_list is None:
            from PySide6.QtWidgets import QListWidget

            self._recent_list = QListWidget()
            self._recent_list.itemClicked.connect(self._recent_clicked)
            self._side.takeAt(self._side.count() - 1)   # the list takes the room the stretch kept
            self._side.addWidget(self._recent_list, 1)
        return self._recent_list

    def set_recent_files(self, paths: list[str]) -> None:
        self.no_recent.setVisible(not paths)
        self._recent_paths = list(paths)
        if not paths and self._recent_list is None:
            return
        from PySide6.QtWidgets import QListWidgetItem

        self.recent_list.clear()
        for path in paths:
            item = QListWidgetItem(icon("open"), Path(path).name)
            item.setToolTip(path)
            self.recent_list.addItem(item)
        self.recent_list.setVisible(bool(paths))

    def _recent_clicked(self, item: QListWidgetItem) -> None:
        row = self.recent_list.row(item)
        if 0 <= row < len(self._recent_paths):
            self.recent_chosen.emit(self._recent_paths[row])
