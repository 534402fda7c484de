"""Leader's copies with the less common things Word and WPS write: one reviewer's insertion deleted
by another, an anchor whose comment is missing, a broken comments part, an empty body."""

from __future__ import annotations

import zipfile

import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from speechwriter.errors import UserError
from speechwriter.outline import rounds
from speechwriter.render import export_docx
from speechwriter.revise.docx_in import read_docx
from speechwriter.revise.merge import read_merge
from speechwriter.revise.sources import outline_blocks
from tests.rounds.leader import LeaderCopy


def _printed(outline):
    return [b.plain() for b in outline_blocks(outline)]


@pytest.fixture
def sent(outline, tmp_path):
    rounds.save_round(outline, "初稿")
    path = tmp_path / "初稿.docx"
    export_docx(outline, path)
    return outline, path


def test_an_insertion_deleted_by_a_second_reviewer_is_gone_either_way(sent, tmp_path):
    outline, path = sent
    copy = LeaderCopy(path)
    copy.insert_then_delete("事故总量持续下降", "，成效明显")
    edited = copy.save(tmp_path / "两人改.docx")
    reading = read_docx(edited)
    assert "成效明显" not in "".join(reading.texts(None)) and "成效明显" not in "".join(reading.texts(set()))
    merge = read_merge(outline, edited)
    assert _printed(merge.result()) == _printed(outline)
    [change] = merge.changes
    assert (change.op, change.old, change.author) == ("delete", "，成效明显", "王书记")


def test_a_comment_anchor_without_its_comment_is_left_out(sent, tmp_path):
    outline, path = sent
    copy = LeaderCopy(path)
    paragraph = copy.find("要坚持党政同责、一岗双责。")
    start = OxmlElement("w:commentRangeStart")
    start.set(qn("w:id"), "7")
    paragraph.insert(1, start)
    copy.comment("节假日前后加密巡查。", "再细化", author="王书记")   # a proper comment too (id 0)
    edited = copy.save(tmp_path / "批注.docx")
    with zipfile.ZipFile(edited) as archive:
        comments = archive.read("word/comments.xml").decode("utf-8")
    # the stray anchor names a comment that is not in comments.xml: no comment comes of it
    merge = read_merge(outline, edited)
    assert [c.text for c in merge.comments] == ["再细化"] and "再细化" in comments


def test_a_broken_comments_part_or_an_empty_body_is_refused_in_chinese(sent, tmp_path):
    outline, path = sent
    broken = tmp_path / "坏批注.docx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item))
        target.writestr("word/comments.xml", "<w:comments xmlns:w='x'><w:comment")
    with pytest.raises(UserError, match="损坏"):
        read_merge(outline, broken)
    empty = tmp_path / "空.docx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(empty, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
            target.writestr(item, data)
    with pytest.raises(UserError):
        read_merge(outline, empty)


def test_analyze_and_check_read_a_leaders_copy_as_accepted(sent, tmp_path):
    """Every reader of a .docx (analyze, check, outline, the 素材库) sees a copy edited with 修订 as
    Word shows it with the changes accepted, not with the inserted words missing."""
    from speechwriter.core.reader import read_speech_file

    outline, path = sent
    copy = LeaderCopy(path)
    copy.replace("主要任务是", "主要目的是")
    copy.delete("刚才，李局长通报了全市安全生产形势，")
    copy.move_paragraph_before("当前正值岁末年初，各类风险叠加。", "安全生产事关人民群众生命财产安全。")
    edited = copy.save(tmp_path / "领导修改稿.docx")
    text = read_speech_file(edited)
    assert "主要目的是总结" in text and "主要任务" not in text and "刚才，李局长" not in text
    assert text.count("当前正值岁末年初，各类风险叠加。") == 1
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines == [t for t in read_docx(edited).texts() if t.strip()]


def test_a_very_long_paragraph_with_a_field_keeps_the_field(outline, tmp_path):
    long = "{{ 会议名称 }}开得很成功，" + "各项工作扎实推进，" * 600 + "谢谢大家。"
    outline.sections[0].body = long
    rounds.save_round(outline, "初稿")
    path = tmp_path / "长段.docx"
    export_docx(outline, path)
    copy = LeaderCopy(path)
    copy.replace("谢谢大家。", "谢谢各位。")
    edited = copy.save(tmp_path / "长段改.docx")
    result = read_merge(outline, edited).result()
    assert result.sections[0].body == long.replace("谢谢大家。", "谢谢各位。")
