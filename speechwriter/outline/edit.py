"""Pure tree operations on an outline, addressed by path (tuple of child indices).

The GUI's undo commands call these; each returns what its inverse needs:
- insert_section → the new path; inverse: remove_section(path)
- remove_section → the removed Section; inverse: insert_section(parent, index, section)
- move_section / indent / outdent → the new path. `new_parent_path` addresses the tree as it
  is before the move (the drop target the user sees); `new_index` is the position among the new
  parent's children once the moving section has been taken out. So the inverse of a move is
  `move_section(outline, new_path, <old parent's path now>, old_index)`: remember the old parent
  by id before moving and find it again with `path_of_id` (None = top level).
"""

from __future__ import annotations

from collections.abc import Iterator

from speechwriter.errors import UserError
from speechwriter.outline.tree import MAX_LEVEL, Outline, Section
from speechwriter.vocabulary import ROLE_NAMES, role_rank

Path = tuple[int, ...]


def children_of(outline: Outline, parent_path: Path) -> list[Section]:
    return outline.sections if not parent_path else section_at(outline, parent_path).children


def section_at(outline: Outline, path: Path) -> Section:
    if not path:
        raise UserError("没有指定小节。")
    siblings = outline.sections
    section = None
    for index in path:
        if not 0 <= index < len(siblings):
            raise UserError(f"提纲中没有位置 {_show(path)} 的小节。")
        section = siblings[index]
        siblings = section.children
    if section is None:
        raise UserError(f"提纲中没有位置 {_show(path)} 的小节。")
    return section


def path_of(outline: Outline, target: Section) -> Path:
    for path, section in _paths(outline.sections, ()):
        if section is target:
            return path
    raise UserError("该小节不在提纲中。")


def path_of_id(outline: Outline, section_id: str | None) -> Path:
    """The current path of the section with this id; () for None (the top level)."""
    if section_id is None:
        return ()
    path = find_path(outline, section_id)
    if path is None:
        raise UserError("该小节不在提纲中。")
    return path


def find_path(outline: Outline, section_id: str) -> Path | None:
    """The current path of the section with this id, None when there is none (deleted meanwhile)."""
    return next((path for path, section in _paths(outline.sections, ()) if section.id == section_id), None)


def parent_id(outline: Outline, path: Path) -> str | None:
    return section_at(outline, tuple(path[:-1])).id if len(path) > 1 else None


def _paths(siblings: list[Section], prefix: Path) -> Iterator[tuple[Path, Section]]:
    for i, section in enumerate(siblings):
        yield prefix + (i,), section
        yield from _paths(section.children, prefix + (i,))


def depth(section: Section) -> int:
    """Levels this section occupies (1 = no children)."""
    return 1 + max((depth(c) for c in section.children), default=0)


def insert_section(outline: Outline, parent_path: Path, index: int, section: Section) -> Path:
    siblings = children_of(outline, tuple(parent_path))
    if len(parent_path) + depth(section) > MAX_LEVEL:
        raise UserError(f"标题最多 {MAX_LEVEL} 级，不能再往下插入。")
    if not 0 <= index <= len(siblings):
        raise UserError(f"插入位置 {index + 1} 超出范围。")
    siblings.insert(index, section)
    return tuple(parent_path) + (index,)


def remove_section(outline: Outline, path: Path) -> Section:
    section_at(outline, path)  # validates the path
    return children_of(outline, tuple(path[:-1])).pop(path[-1])


def move_section(outline: Outline, path: Path, new_parent_path: Path, new_index: int) -> Path:
    path, new_parent_path = tuple(path), tuple(new_parent_path)
    moving = section_at(outline, path)
    if new_parent_path[: len(path)] == path:
        raise UserError("不能把小节移到它自己的下级里。")
    if len(new_parent_path) + depth(moving) > MAX_LEVEL:
        raise UserError(f"标题最多 {MAX_LEVEL} 级，不能移到这里。")
    parent = section_at(outline, new_parent_path) if new_parent_path else None
    old_parent, old_index = path[:-1], path[-1]
    remove_section(outline, path)
    siblings = parent.children if parent is not None else outline.sections
    if not 0 <= new_index <= len(siblings):
        children_of(outline, old_parent).insert(old_index, moving)  # put it back: nothing changes
        raise UserError(f"移动位置 {new_index + 1} 超出范围。")
    siblings.insert(new_index, moving)
    return path_of(outline, moving)


def indent(outline: Outline, path: Path) -> Path:
    """Make the section the last child of its previous sibling (降一级)."""
    path = tuple(path)
    if path[-1] == 0:
        raise UserError("这是同级中的第一个小节，前面没有可以归入的上级小节。")
    new_parent = path[:-1] + (path[-1] - 1,)
    return move_section(outline, path, new_parent, len(section_at(outline, new_parent).children))


def outdent(outline: Outline, path: Path) -> Path:
    """Make the section the next sibling of its parent (升一级)."""
    path = tuple(path)
    if len(path) < 2:
        raise UserError("已经是最高一级，不能再升级。")
    parent_path = path[:-1]
    return move_section(outline, path, parent_path[:-1], parent_path[-1] + 1)


# the order a speech is printed in ----------------------------------------------------------------
def place_for_role(outline: Outline, role: str) -> int:
    """Where a new top-level section of `role` goes: after the last one of its role or an earlier
    one, so the tree stays in the printed order (插入 → 结束小节 lands at the end)."""
    return sum(1 for s in outline.sections if role_rank(s.role) <= role_rank(role))


def role_order_problem(outline: Outline) -> str | None:
    """Why the top-level sections are not in the printed order 开场 → 回顾 → 要点 → 结束, or None.

    Templates print the sections role by role, so a tree in another order would not be what the
    preview and the Word file show."""
    previous: Section | None = None
    for section in outline.sections:
        if previous is not None and role_rank(section.role) < role_rank(previous.role):
            return (f"“{section.short_name()}”是{ROLE_NAMES.get(section.role, section.role)}小节，不能排在"
                    f"“{previous.short_name()}”（{ROLE_NAMES.get(previous.role, previous.role)}）之后："
                    "讲稿按 开场、回顾、要点、结束 的顺序排列（可在“类型”中改变小节类型）。")
        previous = section
    return None


def _show(path: Path) -> str:
    return ".".join(str(i + 1) for i in path)


# body text ----------------------------------------------------------------------------------------
def is_placeholder(body: str) -> bool:
    """The stand-in text a new section carries (（在此展开这一点的具体要求。）): material replaces it."""
    text = body.strip()
    return "\n" not in text and text.startswith("（在此") and text.endswith("）")


def insert_paragraph(body: str, text: str, after_line: int | None = None) -> tuple[str, int | None]:
    """The body with `text` added as paragraph(s) of its own after line `after_line` (0-based) or
    at the end, and the line the insertion ends on (None when nothing was added). A placeholder
    body is replaced; blank lines in the text and at the body's end are dropped, so a paragraph
    never fuses with its neighbour and no empty paragraph appears."""
    new_lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not new_lines:
        return body, None
    if is_placeholder(body):
        return "\n".join(new_lines), len(new_lines) - 1
    lines = body.split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    at = len(lines) if after_line is None else max(0, min(after_line + 1, len(lines)))
    return "\n".join(lines[:at] + new_lines + lines[at:]), at + len(new_lines) - 1
