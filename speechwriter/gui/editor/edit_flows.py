"""What the 编辑 and 插入 menus do on the editor page: tree edits, roles, fields, material, replace.

The flows get the document, the editor page it works on and the prompts; refusals (the tree's
rules, the printed role order) come back as UserError and are said in the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from speechwriter.core.field_syntax import valid_name
from speechwriter.errors import UserError
from speechwriter.gui.document import Document
from speechwriter.gui.editor.editor_page import EditorPage
from speechwriter.gui.prompts import Prompts
from speechwriter.outline.edit import place_for_role
from speechwriter.outline.tree import Section


def target_minutes(answer: str) -> int | None:
    """15, “15分钟” → 15; empty (or 0) → None: no target. ValueError for anything else."""
    text = answer.strip().removesuffix("分钟").removesuffix("分").strip()
    return (int(text) or None) if text else None


def target_problem(answer: str) -> str | None:
    """What is wrong with an answer to 篇幅目标 (None: it will do)."""
    try:
        minutes = target_minutes(answer)
    except ValueError:
        return f"篇幅目标应为分钟数：“{answer}”不是整数，例如填 15。"
    if minutes is not None and not 1 <= minutes <= 600:
        return "篇幅目标应为 1 到 600 分钟。"
    return None


class EditFlows(QObject):
    message = Signal(str)

    def __init__(self, doc: Document, editor: EditorPage, prompts: Prompts, parent: QObject | None = None):
        super().__init__(parent)
        self.doc, self.editor, self.prompts = doc, editor, prompts

    # the tree -------------------------------------------------------------------------------------
    def move(self, how: str) -> None:
        """上移/下移/降一级/升一级 of the chosen section; a refusal is said, nothing changes."""
        path = self.editor.current_path()
        if path is None:
            return
        operation = {"up": self.doc.move_up, "down": self.doc.move_down, "indent": self.doc.indent,
                     "outdent": self.doc.outdent}[how]
        try:
            operation(path)
        except UserError as err:
            self.message.emit(err.message)

    def delete_section(self) -> None:
        path = self.editor.current_path()
        if path is None:
            return
        try:
            self.doc.delete_section(path)
        except UserError as err:
            self.message.emit(err.message)

    def add_section(self, child: bool = False, role: str = "") -> None:
        """A new section after the chosen one (or as its last child); with a role (插入 → 结束小节),
        at the place that role is printed in, so the tree stays in the document's order."""
        outline = self.doc.outline
        path = self.editor.current_path()
        parent: tuple = ()
        if role:
            index = place_for_role(outline, role)
        elif child and path is not None:
            parent, index = path, len(self.doc.section_by_path(path).children)
        elif path is not None:
            parent, index = path[:-1], path[-1] + 1
        else:
            parent, index = (), len(outline.sections)
        if not role:
            role = "key_points" if path is None or child else self.doc.section_by_path(path).role
        heading = "" if role in ("opening", "closing") else "新的小节"
        try:
            self.doc.add_section(parent, index, Section(role, heading=heading))
        except UserError as err:
            self.prompts.show_message("不能在这里添加小节", err.message, "warning")
            return
        self.editor.focus_heading()

    def set_role(self, role: str) -> None:
        section_id = self.editor.current_section_id()
        if not section_id:
            return
        try:
            self.doc.set_role(section_id, role)
        except UserError as err:
            self.message.emit(err.message)
            self.editor.show_section_text(section_id)   # the box shows the role it kept

    # fields and text ------------------------------------------------------------------------------
    def add_field(self) -> None:
        answer = self.prompts.ask_text("新字段的名称（例如：会议名称、单位、主持人）：")
        if not answer:
            return
        try:
            name = valid_name(answer)
        except UserError as err:
            self.prompts.show_message("这个字段名称不能用", err.message, "warning")
            return
        if name not in self.doc.outline.fields:
            self.doc.set_field(name, "（待填）", typing=False)
        self.editor.show_field(name)

    def set_length_target(self) -> None:
        """编辑 → 篇幅目标: the minutes this speech must keep to (the count line turns amber past it).
        An answer that is not a number is named in the box, which stays open; 取消 changes nothing."""
        current = self.doc.outline.target_minutes
        answer = self.prompts.ask_text("这篇讲话限时多少分钟？（例如 15；留空表示不限）", str(current or ""),
                                       check=target_problem)
        if answer is None:
            return
        minutes = target_minutes(answer)
        try:
            self.doc.set_target(minutes)
        except UserError as err:
            self.prompts.show_message("篇幅目标没有改", err.message, "warning")
            return
        self.message.emit(f"篇幅目标：{minutes} 分钟，超出时字数行变为橙色。" if minutes else "已取消篇幅目标。")

    def insert_field(self, name: str) -> None:
        try:
            self.editor.insert_field(name)
        except UserError as err:   # a name an old file carries that no field can print
            self.message.emit(err.message)

    def insert_material(self, text: str) -> None:
        """A paragraph or phrase from the 素材库 into the section being edited (one undo step)."""
        if self.editor.current_section_id() is None:
            self.message.emit("请先在左侧提纲中选择要放入素材的小节。")
            return
        if self.editor.insert_material(text):
            self.message.emit("已插入素材，可按 Ctrl+Z 撤销。")
