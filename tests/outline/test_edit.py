import pytest

from speechwriter.errors import UserError
from speechwriter.outline import edit
from speechwriter.outline.tree import Outline, Section


def _outline():
    return Outline(sections=[Section("opening", body="开场"),
                             Section("key_points", "甲", children=[Section("key_points", "甲1"), Section("key_points", "甲2")]),
                             Section("key_points", "乙"),
                             Section("closing", body="结束")])


def _shape(outline):
    def show(s):
        return s.heading or s.body, [show(c) for c in s.children]
    return [show(s) for s in outline.sections]


def test_insert_then_remove_restores():
    outline = _outline()
    before = _shape(outline)
    path = edit.insert_section(outline, (1,), 1, Section("key_points", "新"))
    assert path == (1, 1) and edit.section_at(outline, path).heading == "新"
    edit.remove_section(outline, path)
    assert _shape(outline) == before


def test_remove_returns_what_insert_needs_to_undo():
    outline = _outline()
    before = _shape(outline)
    removed = edit.remove_section(outline, (1,))
    assert removed.heading == "甲" and len(outline.sections) == 3
    edit.insert_section(outline, (), 1, removed)
    assert _shape(outline) == before


@pytest.mark.parametrize("path, parent, index", [((0,), (), 3), ((2,), (1,), 0), ((1, 0), (), 0), ((3,), (1,), 2),
                                                 ((1, 1), (2,), 0)])
def test_every_move_is_undone_by_the_inverse_move(path, parent, index):
    outline = _outline()
    before = _shape(outline)
    moving_id, old_parent = edit.section_at(outline, path).id, edit.parent_id(outline, path)
    new_path = edit.move_section(outline, path, parent, index)
    assert _shape(outline) != before
    assert edit.path_of_id(outline, moving_id) == new_path
    edit.move_section(outline, new_path, edit.path_of_id(outline, old_parent), path[-1])
    assert _shape(outline) == before


def test_move_into_own_descendant_is_refused_and_changes_nothing():
    outline = _outline()
    before = _shape(outline)
    with pytest.raises(UserError, match="自己的下级"):
        edit.move_section(outline, (1,), (1, 0), 0)
    assert _shape(outline) == before


def test_move_out_of_range_changes_nothing():
    outline = _outline()
    before = _shape(outline)
    with pytest.raises(UserError):
        edit.move_section(outline, (0,), (), 9)
    assert _shape(outline) == before


def test_indent_and_outdent():
    outline = _outline()
    new_path = edit.indent(outline, (2,))
    assert new_path == (1, 2) and edit.section_at(outline, new_path).heading == "乙"
    back = edit.outdent(outline, new_path)
    assert back == (2,)
    assert _shape(outline) == _shape(_outline())


def test_indent_first_and_outdent_top_are_refused():
    outline = _outline()
    with pytest.raises(UserError):
        edit.indent(outline, (0,))
    with pytest.raises(UserError):
        edit.outdent(outline, (1,))


def test_at_most_four_levels():
    deep = Section("key_points", "1", children=[Section("key_points", "2", children=[
        Section("key_points", "3", children=[Section("key_points", "4")])])])
    outline = Outline(sections=[deep, Section("key_points", "x")])
    with pytest.raises(UserError, match="4 级"):
        edit.insert_section(outline, (0, 0, 0, 0), 0, Section("key_points", "5"))
    with pytest.raises(UserError, match="4 级"):
        edit.move_section(outline, (1,), (0, 0, 0, 0), 0)


def test_bad_path_is_a_user_error():
    with pytest.raises(UserError):
        edit.section_at(_outline(), (7,))


# material put into a section's body -----------------------------------------------------------------
def test_material_goes_after_the_paragraph_holding_the_cursor():
    body = "第一段。\n第二段。\n第三段。"
    assert edit.insert_paragraph(body, "新的一段。", after_line=1) == ("第一段。\n第二段。\n新的一段。\n第三段。", 2)


def test_material_goes_at_the_end_without_a_cursor_and_never_fuses_with_the_last_paragraph():
    assert edit.insert_paragraph("第一段。\n\n", "新的一段。") == ("第一段。\n新的一段。", 1)
    assert edit.insert_paragraph("", "新的一段。") == ("新的一段。", 0)


def test_material_replaces_the_placeholder_of_a_new_section():
    from speechwriter.core.learn import bundled_structures
    from speechwriter.outline.create import from_structure

    outline = from_structure(next(s for s in bundled_structures() if "key_points" in s.skeleton))
    point = next(s for s in outline.sections if s.role == "key_points")
    assert edit.is_placeholder(point.body), point.body
    assert edit.insert_paragraph(point.body, "要压紧压实责任。") == ("要压紧压实责任。", 0)
    assert edit.insert_paragraph("（在此展开。）\n已写的话。", "新段。") == ("（在此展开。）\n已写的话。\n新段。", 2)


def test_multi_paragraph_material_keeps_its_paragraphs_and_drops_blank_lines():
    assert edit.insert_paragraph("甲。", "  乙。\n\n丙。  \n", after_line=0) == ("甲。\n乙。\n丙。", 2)
    assert edit.insert_paragraph("甲。", "   ") == ("甲。", None)


def test_a_section_added_by_role_goes_where_that_role_prints():
    from speechwriter.outline.edit import insert_section, place_for_role, role_order_problem

    outline = Outline(sections=[Section("opening"), Section("key_points", "一"), Section("key_points", "二"),
                                Section("closing")])
    assert place_for_role(outline, "opening") == 1
    assert place_for_role(outline, "review") == 1
    assert place_for_role(outline, "key_points") == 3
    assert place_for_role(outline, "closing") == 4
    for role in ("review", "closing", "key_points"):
        insert_section(outline, (), place_for_role(outline, role), Section(role))
        assert role_order_problem(outline) is None
    assert [s.role for s in outline.sections] == ["opening", "review", "key_points", "key_points", "key_points",
                                                  "closing", "closing"]


def test_find_answers_none_for_a_section_deleted_meanwhile():
    outline = _outline()
    child = outline.sections[1].children[1]
    assert outline.find(child.id) is child and edit.find_path(outline, child.id) == (1, 1)
    edit.remove_section(outline, (1, 1))
    assert outline.find(child.id) is None and edit.find_path(outline, child.id) is None
    assert outline.find(None) is None
    with pytest.raises(UserError):
        edit.path_of_id(outline, child.id)


def test_a_section_has_one_short_name_for_every_label():
    assert Section("key_points", "提高政治站位，压紧压实安全生产责任").short_name() == "提高政治站位，压紧压实安…"
    assert Section("key_points", "关于{{ 会议名称 }}").short_name() == "关于〔会议名称〕"
    assert Section("opening", body="今天我们召开会议。\n第二段").short_name(18) == "〔开场〕今天我们召开会议。"
    assert Section("closing").short_name() == "〔结束〕"
