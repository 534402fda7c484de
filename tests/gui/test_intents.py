"""The window's flows ask the editor page and the 素材库 by intent (Mu's logic asks its view): they
never reach into the page's child widgets, so the page can be laid out anew without breaking them."""

from __future__ import annotations

import re
from pathlib import Path

import speechwriter

GUI = Path(speechwriter.__file__).resolve().parent / "gui"
REACHING_IN = re.compile(r"(?<!gui\.)editor\.(tabs|section_editor|field_form|tree)\b|\bpanel\.search\b")


def test_flows_do_not_reach_into_the_editor_page_or_the_library_dock():
    for path in [*GUI.rglob("*_flows.py"), GUI / "main_window.py"]:
        found = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if REACHING_IN.search(line)]
        assert not found, (path.name, found)


def test_rename_puts_the_cursor_in_the_heading(drafting_window, qtbot):
    from tests.gui.test_drafting import click_row

    window = drafting_window
    click_row(qtbot, window, "一、")
    window.acts.rename.trigger()                       # 编辑 → 修改标题 (F2)
    heading = window.editor.section_editor.heading
    qtbot.waitUntil(heading.hasFocus, timeout=5000)
    assert heading.selectedText() == heading.text() != ""


def test_find_material_brings_the_search_box_forward(drafting_window, qtbot):
    window = drafting_window
    window.acts.find_material.trigger()                # 编辑 → 查找素材 (Ctrl+Shift+F)
    panel = window.library_dock.panel
    assert panel.currentWidget() is panel.search
    qtbot.waitUntil(panel.search.query.hasFocus, timeout=5000)


def test_views_holding_a_deleted_section_carry_on(drafting_window, qtbot):
    """The tree, the text box, the preview and the 校对's groups may still hold the id of a section
    just deleted: each asks outline.find and carries on (no broad catch hiding real faults)."""
    from speechwriter.gui.editor.check_panel import section_title
    from tests.gui.test_drafting import click_row

    window = drafting_window
    click_row(qtbot, window, "一、")
    gone = window.editor.current_section_id()
    window.doc.delete_section(window.editor.current_path())
    assert window.doc.outline.find(gone) is None
    assert not window.doc.model.index_for_id(gone).isValid()
    assert section_title(window.doc, gone) == "（已删除的小节）"
    window.editor.preview.show_section(gone)
    window.editor.section_editor.show_section(gone)
    for name in ("preview.py", "outline_model.py", "check_panel.py", "section_editor.py"):
        assert "except Exception" not in (GUI / "editor" / name).read_text(encoding="utf-8"), name
