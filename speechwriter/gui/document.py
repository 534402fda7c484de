"""The outline being edited: the data, where it is saved, its undo history and its tree model.

Public setters validate, then push a command (commands.py) — nothing else changes the outline,
so every edit can be undone. Structural edits are first tried on a throw-away copy: the pure
edit module's rules (never into its own descendants, at most four levels) decide, and a refusal
comes back as a UserError before anything is pushed.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from speechwriter import defaults, filetypes
from speechwriter.errors import UserError
from speechwriter.gui import commands
from speechwriter.gui.editor.outline_model import OutlineModel
from speechwriter.outline import edit
from speechwriter.outline.io import save_outline
from speechwriter.outline.tree import Outline, Section


class Document(QObject):
    replaced = Signal()               # a different outline is loaded
    changed = Signal()                # anything in the outline changed (preview, counts, autosave)
    field_changed = Signal(str)       # field name
    section_changed = Signal(str)     # section id: heading, body or role
    focus_section = Signal(str)       # after a tree change: the section to select
    path_changed = Signal(str)
    template_changed = Signal(str)    # the template (文种) chosen in the editor
    target_changed = Signal()         # 篇幅目标 or 语速: the length is to be judged again
    step_shown = Signal(str, str)     # an undo/redo changed ("section", id) or ("field", name): show it there
    refused = Signal(str)             # an edit the rules refused (a drop, the 类型 box): why, for the status bar
    rounds_changed = Signal()         # the saved rounds (修改轮次) or the open 批注 changed

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.outline = Outline()
        self.path: str | None = None
        self.undo_stack = QUndoStack(self)
        self.model = OutlineModel(self.outline, self)
        self.model.move_requested.connect(self._move_from_drop)
        self._autosaved_index = 0
        self.undo_stack.indexChanged.connect(self._on_index_changed)

    def _on_index_changed(self, _index: int) -> None:
        self.changed.emit()

    # whole outline ------------------------------------------------------------------------------
    def load(self, outline: Outline, path: str | None, modified: bool = False) -> None:
        self.undo_stack.clear()
        self.outline = outline
        self.model.set_outline(outline)
        self.set_path(path)
        if modified:
            self.undo_stack.resetClean()  # restored or imported work is not on disk yet
        else:
            self.undo_stack.setClean()    # clear() keeps a reset clean state: an opened file would look changed
        self._autosaved_index = self.undo_stack.index()
        self.replaced.emit()
        self.changed.emit()

    def open(self, path: str) -> None:
        from speechwriter.render import open_outline

        self.load(open_outline(path), path)

    def save(self, path: str | None = None) -> None:
        target = path or self.path
        if not target:
            raise UserError("请先选择保存位置。")
        save_outline(self.outline, target)
        self.set_path(target)
        self.undo_stack.setClean()

    def set_path(self, path: str | None) -> None:
        self.path = str(Path(path).resolve()) if path else None
        self.path_changed.emit(self.path or "")

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def needs_autosave(self) -> bool:
        return self.is_modified() and self.undo_stack.index() != self._autosaved_index

    def mark_autosaved(self) -> None:
        self._autosaved_index = self.undo_stack.index()

    def display_name(self) -> str:
        if self.path:
            return filetypes.OUTLINE.bare_name(self.path)
        return self.outline.field("标题") or "未命名讲稿"

    def section_by_path(self, path: tuple) -> Section:
        return edit.section_at(self.outline, path)

    def section_by_id(self, section_id: str) -> Section:
        """The section an edit is for (UserError when it is not in the outline); a view that may
        hold the id of a section deleted meanwhile asks `outline.find(id)` instead."""
        section = self.outline.find(section_id)
        if section is None:
            raise UserError("该小节不在提纲中。")
        return section

    # text setters: validate, then push a command ---------------------------------------------
    def set_field(self, name: str, value: str, typing: bool = True) -> None:
        if self.outline.fields.get(name) != value:
            self.undo_stack.push(commands.SetField(self, name, value, typing))

    def set_heading(self, section_id: str, text: str, typing: bool = True) -> None:
        if self.section_by_id(section_id).heading != text:
            self.undo_stack.push(commands.SetHeading(self, section_id, text, typing))

    def set_body(self, section_id: str, text: str, typing: bool = True) -> None:
        """`typing`: keystrokes (merged within a burst); False for a paste and the like (a step of its own)."""
        if self.section_by_id(section_id).body != text:
            self.undo_stack.push(commands.SetBody(self, section_id, text, typing))

    def insert_material(self, section_id: str, text: str, after_line: int | None = None) -> int | None:
        """Put library text into a section's body as paragraph(s) of its own (edit.insert_paragraph);
        the body line the insertion ends on, or None when there was nothing to insert."""
        body = self.section_by_id(section_id).body
        new_body, last_line = edit.insert_paragraph(body, text, after_line)
        if new_body != body:
            self.undo_stack.push(commands.InsertMaterial(self, section_id, new_body))
        return last_line

    def set_role(self, section_id: str, role: str) -> None:
        section = self.section_by_id(section_id)
        if section.role != role:
            path = edit.path_of(self.outline, section)

            def change(o: Outline) -> None:
                edit.section_at(o, path).role = role

            self._try(change)
            self.undo_stack.push(commands.SetRole(self, section_id, role))

    def set_target(self, minutes: int | None) -> None:
        """篇幅目标 in whole minutes (None: no target)."""
        if minutes is not None and not 1 <= minutes <= 600:
            raise UserError("篇幅目标应为 1 到 600 分钟。")
        if self.outline.target_minutes != minutes:
            self.undo_stack.push(commands.SetTarget(self, minutes))

    def set_rate(self, rate: int) -> None:
        """The clerk's 语速 (字/分) for this outline: a preference, not an edit (no undo step). The tree,
        the 校对 and the preview all count with it; target_changed tells them to count again."""
        rate = defaults.valid_rate(rate)
        if self.outline.rate != rate:
            self.outline.rate = rate
            self.model.refresh()
            self.target_changed.emit()

    def set_numbering(self, level: int, style: str) -> None:
        current = self.outline.numbering
        if level > len(current) or current[level - 1] != style:
            self.undo_stack.push(commands.SetNumbering(self, level, style))

    def set_layout(self, layout: dict) -> None:
        """The speech's 排版设置 (only what differs from the defaults), one undo step."""
        if layout != self.outline.layout:
            self.undo_stack.push(commands.SetLayout(self, layout))

    def replace_all(self, find: str, replace: str) -> int:
        """全部替换 in every field, heading and body, as one undo step; how many places changed."""
        if not find:
            return 0
        fields = {name: (value, value.replace(find, replace)) for name, value in self.outline.fields.items()
                  if find in value}
        sections = {}
        for section in self.outline.walk():
            for attribute in ("heading", "body"):
                value = getattr(section, attribute)
                if find in value:
                    sections[(section.id, attribute)] = (value, value.replace(find, replace))
        found = sum(old.count(find) for old, _ in fields.values()) + sum(old.count(find) for old, _ in sections.values())
        if found:
            label = f"全部替换“{find}”为“{replace}”（{found} 处）"
            self.undo_stack.push(commands.ReplaceAll(self, label, fields, sections))
        return found

    # 文种 / template and 校对 ------------------------------------------------------------------
    def set_template(self, name: str) -> None:
        """Choose the template: its transition/closing go into the text, the previous one's leave
        (render.apply_template), as one undoable step."""
        if name == self.outline.template:
            return
        from speechwriter.render import apply_template

        changed = copy.deepcopy(self.outline)
        apply_template(changed, name)
        self.undo_stack.push(commands.ChooseTemplate(self, (self.outline.template, self.outline.kind,
                                                            copy.deepcopy(self.outline.sections)),
                                                     (changed.template, changed.kind, changed.sections)))

    def apply_suggestion(self, finding, printed: str) -> bool:
        """「采纳」: the finding's suggestion into the text, one undo step; False when it cannot be placed."""
        texts = [""] * finding.paragraph + [printed]   # (only the finding's own paragraph is read)
        return self._apply_suggestions([finding], texts, lambda _placed: f"采纳：{_change_words(finding)}") > 0

    def apply_suggestions(self, findings: list, printed: list[str]) -> int:
        """「同类全部采纳」: every one of `findings` (the same words, the same suggestion) as one undo step;
        how many were placed (0: none could be, nothing changed)."""
        if not findings:
            return 0
        what = _change_words(findings[0])
        return self._apply_suggestions(findings, printed, lambda placed: f"采纳同类 {placed} 处：{what}")

    def _apply_suggestions(self, findings: list, printed: list[str], label: Callable[[int], str]) -> int:
        from speechwriter.check.apply import suggestion_edits

        changes, placed = suggestion_edits(self.outline, findings, printed)
        if not changes:
            return 0
        fields = {c.key: (c.old, c.new) for c in changes if c.target == "field"}
        sections = {(c.key, c.target): (c.old, c.new) for c in changes if c.target != "field"}
        self.undo_stack.push(commands.ReplaceAll(self, label(placed), fields, sections))
        return placed

    def ignore_finding(self, key: str, label: str) -> None:
        """「忽略」: remembered in this speech's file; one undo step takes it back."""
        if key not in self.outline.ignored:
            self.undo_stack.push(commands.SetIgnored(self, f"忽略：{label}", self.outline.ignored + [key]))

    # tree setters (paths as the tree is now) ----------------------------------------------------
    def add_section(self, parent_path: tuple, index: int, section: Section) -> None:
        self._try(lambda o: edit.insert_section(o, parent_path, index, copy.deepcopy(section)))
        self.undo_stack.push(commands.AddSection(self, tuple(parent_path), index, section))

    def delete_section(self, path: tuple) -> None:
        self._try(lambda o: edit.remove_section(o, path))
        self.undo_stack.push(commands.DeleteSection(self, tuple(path)))

    def move_up(self, path: tuple) -> None:
        if path[-1] == 0:
            raise UserError("已经是同级中的第一个，不能再上移。")
        self.move(path, path[:-1], path[-1] - 1, "上移")

    def move_down(self, path: tuple) -> None:
        if path[-1] + 1 >= len(edit.children_of(self.outline, path[:-1])):
            raise UserError("已经是同级中的最后一个，不能再下移。")
        self.move(path, path[:-1], path[-1] + 1, "下移")

    def move(self, path: tuple, new_parent_path: tuple, new_index: int, label: str = "移动") -> None:
        self._try(lambda o: edit.move_section(o, path, new_parent_path, new_index))
        self.undo_stack.push(commands.MoveSection(self, path, label, "move", new_parent_path, new_index))

    def indent(self, path: tuple) -> None:
        self._try(lambda o: edit.indent(o, path))
        self.undo_stack.push(commands.MoveSection(self, path, "降级", "indent"))

    def outdent(self, path: tuple) -> None:
        self._try(lambda o: edit.outdent(o, path))
        self.undo_stack.push(commands.MoveSection(self, path, "升级", "outdent"))

    def _try(self, operation: Callable[[Outline], object]) -> None:
        """Run the edit on a copy first: the edit module's rules (levels, descendants) and the printed
        role order decide, and a refusal is a UserError before anything is pushed."""
        trial = copy.deepcopy(self.outline)
        operation(trial)
        if edit.role_order_problem(self.outline) is None:   # an imported outline out of order stays editable
            problem = edit.role_order_problem(trial)
            if problem:
                raise UserError(problem)

    def _move_from_drop(self, path, new_parent_path, new_index) -> None:
        try:
            self.move(tuple(path), tuple(new_parent_path), new_index)
        except UserError as err:
            self.refused.emit(err.message)

    # do_*: the only code that changes the outline; called by the commands ------------------------
    def do_set_field(self, name: str, value: str | None) -> None:
        if value is None:
            self.outline.fields.pop(name, None)
        else:
            self.outline.fields[name] = value
        self.model.refresh()   # the tree shows fields in headings by their values, and 字数 counts them
        self.field_changed.emit(name)

    def do_set_section(self, section_id: str, attribute: str, value: str) -> None:
        setattr(self.section_by_id(section_id), attribute, value)
        self.model.refresh()
        self.section_changed.emit(section_id)

    def do_set_template(self, template: str, kind: str, sections: list[Section]) -> None:
        self.outline.template, self.outline.kind = template, kind
        self.outline.sections = copy.deepcopy(sections)
        self.model.set_outline(self.outline)
        self.template_changed.emit(template)

    def do_set_rounds(self, rounds: list) -> None:
        """The saved rounds (修改轮次, gui/rounds/); the text itself is not touched."""
        self.outline.rounds = list(rounds)
        self.rounds_changed.emit()

    def do_set_notes(self, notes: list) -> None:
        """The leader's 批注 still open (gui/rounds/)."""
        self.outline.notes = list(notes)
        self.rounds_changed.emit()

    def do_replace_text(self, outline: Outline) -> None:
        """The whole text replaced in place (a round gone back to, the leader's copy merged): the
        same file, one undoable step; `outline` brings its rounds."""
        self.outline = outline
        self.model.set_outline(outline)
        self.replaced.emit()
        self.rounds_changed.emit()

    def do_set_ignored(self, keys: list[str]) -> None:
        self.outline.ignored = list(keys)

    def do_set_target(self, minutes: int | None) -> None:
        self.outline.target_minutes = minutes
        self.target_changed.emit()

    def do_set_numbering(self, styles: list[str]) -> None:
        self.outline.numbering = styles
        self.model.refresh()

    def do_set_layout(self, layout: dict) -> None:
        self.outline.layout = dict(layout)

    def do_insert_section(self, parent_id: str | None, index: int, section: Section) -> None:
        self.model.insert(edit.path_of_id(self.outline, parent_id), index, section)
        self.focus_section.emit(section.id)

    def do_remove_section(self, section_id: str) -> None:
        path = edit.path_of_id(self.outline, section_id)
        parent = edit.parent_id(self.outline, path)
        self.model.remove(path)
        siblings = edit.children_of(self.outline, path[:-1])
        neighbour = siblings[min(path[-1], len(siblings) - 1)].id if siblings else parent
        if neighbour:
            self.focus_section.emit(neighbour)

    def do_move_section(self, section_id: str, parent_id: str | None, index: int) -> None:
        self.model.move(edit.path_of_id(self.outline, section_id), edit.path_of_id(self.outline, parent_id), index)
        self.focus_section.emit(section_id)

    def do_indent(self, section_id: str) -> None:
        self.model.indent(edit.path_of_id(self.outline, section_id))
        self.focus_section.emit(section_id)

    def do_outdent(self, section_id: str) -> None:
        self.model.outdent(edit.path_of_id(self.outline, section_id))
        self.focus_section.emit(section_id)


def _change_words(finding) -> str:
    """How an undo step names a suggestion taken: “words”→“suggestion”, or 删去“words”."""
    return f"“{finding.text}”→“{finding.suggestion}”" if finding.suggestion else f"删去“{finding.text[:12]}”"
