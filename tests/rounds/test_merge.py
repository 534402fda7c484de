"""The leader's copy back into the outline: leader's copies are written the way Word writes them
(tests/rounds/leader.py) from the rendered speech, merged, and the merged outline must print
exactly the text Word shows with the changes accepted — fields, roles, numbering and rounds kept."""

import hashlib
import json

import docx
import pytest

from speechwriter.errors import UserError
from speechwriter.outline import rounds
from speechwriter.outline.io import load_outline, save_outline
from speechwriter.render import export_docx
from speechwriter.revise.docx_in import read_docx
from speechwriter.revise.merge import read_merge
from speechwriter.revise.sources import outline_blocks
from tests.conftest import run_cli
from tests.rounds.leader import LeaderCopy


def _printed(outline):
    return [b.plain() for b in outline_blocks(outline)]


def _accepted(path, accepted=None):
    return [t.strip("\u3000") for t in read_docx(path).texts(accepted) if t.strip()]


@pytest.fixture
def sent(outline, tmp_path):
    """初稿 saved as a round and exported: the file that went to the leader."""
    rounds.save_round(outline, "初稿")
    path = tmp_path / "初稿.docx"
    export_docx(outline, path)
    return outline, path


def _leader_copy(sent_path, tmp_path, name="领导修改稿.docx"):
    copy = LeaderCopy(sent_path)
    copy.replace("主要任务是", "主要目的是")
    copy.delete("刚才，李局长通报了全市安全生产形势，")
    copy.insert_after("事故总量持续下降", "，群众安全感明显增强", author="王书记")
    copy.insert_paragraph_after("安全生产事关人民群众生命财产安全。", "各地要举一反三，堵塞漏洞。")
    copy.delete_paragraph("节假日前后加密巡查。")
    copy.edit_directly("严查超载超限", "严查超载超限和酒驾醉驾")
    copy.replace("压实工作责任", "压紧压实工作责任")
    copy.comment("一岗双责", "这里要再具体一些，写明责任清单", author="王书记")
    return copy.save(tmp_path / name)


def test_merged_outline_prints_exactly_what_word_shows_accepted(sent, tmp_path):
    outline, path = sent
    edited = _leader_copy(path, tmp_path)
    merge = read_merge(outline, edited)
    result = merge.result()
    assert _printed(result) == _accepted(edited)
    assert merge.unplaced == []


def test_structure_roles_numbering_and_fields_are_kept(sent, tmp_path):
    outline, path = sent
    result = read_merge(outline, _leader_copy(path, tmp_path)).result()
    before, after = list(outline.walk()), list(result.walk())
    assert [(s.id, s.role) for s in before] == [(s.id, s.role) for s in after]
    assert result.numbering == outline.numbering and result.template == outline.template
    assert "{{ 会议名称 }}" in after[0].body        # the field the leader did not touch stays a field
    assert after[7].heading == "压紧压实工作责任，确保各项措施落地见效"   # no number typed into the heading
    assert result.fields == outline.fields


def test_every_change_and_comment_is_listed_with_its_author_and_section(sent, tmp_path):
    outline, path = sent
    merge = read_merge(outline, _leader_copy(path, tmp_path))
    ids = [s.id for s in outline.walk()]
    listed = {(c.op, c.old, c.new, c.tracked, c.author) for c in merge.changes}
    assert ("replace", "任务", "目的", True, "李局长") in listed or ("replace", "主要任务是", "主要目的是", True, "李局长") in listed
    assert ("delete", "刚才，李局长通报了全市安全生产形势，", "", True, "李局长") in listed
    assert ("insert", "", "，群众安全感明显增强", True, "王书记") in listed
    assert ("insert", "", "各地要举一反三，堵塞漏洞。", True, "李局长") in listed
    assert ("delete", "节假日前后加密巡查。", "", True, "李局长") in listed
    assert ("insert", "", "和酒驾醉驾", False, None) in listed      # made with 修订 off
    by_text = {c.new or c.old: c.section for c in merge.changes}
    assert by_text["和酒驾醉驾"] == ids[5] and by_text["节假日前后加密巡查。"] == ids[6]
    [comment] = merge.comments
    assert (comment.author, comment.text, comment.quote) == ("王书记", "这里要再具体一些，写明责任清单", "一岗双责")
    assert comment.section == ids[7]


def test_accepting_some_changes_and_rejecting_others(sent, tmp_path):
    outline, path = sent
    edited = _leader_copy(path, tmp_path)
    merge = read_merge(outline, edited)
    rejected = next(c for c in merge.changes if c.old == "刚才，李局长通报了全市安全生产形势，")
    accepted = {n for c in merge.changes if c is not rejected for n in c.revisions}
    text, unplaced = merge.merged(accepted)
    assert _printed(text) == _accepted(edited, accepted)
    assert "刚才，李局长通报了全市安全生产形势，" in text.sections[0].body
    assert "主要目的是" in text.sections[0].body and unplaced == []
    assert "各地要举一反三，堵塞漏洞。" in _printed(text)   # the accepted new paragraph keeps its own break
    inserted = next(c for c in merge.changes if c.new == "各地要举一反三，堵塞漏洞。")
    text, _ = merge.merged(accepted - set(inserted.revisions))
    assert "各地要举一反三" not in "".join(_printed(text))
    assert "安全生产事关人民群众生命财产安全。" in _printed(text)   # rejected: the paragraph it followed is whole


def test_the_result_is_a_new_round_named_after_the_file_and_keeps_the_others(sent, tmp_path):
    outline, path = sent
    outline.sections[0].body += "\n发出后又补的一句。"      # the current text moved on after sending
    merge = read_merge(outline, _leader_copy(path, tmp_path, "领导修改稿.docx"))
    assert merge.sent_round == 1
    result = merge.result()
    assert [r.name for r in result.rounds] == ["初稿", "合并前", "领导修改稿"]
    assert "发出后又补的一句。" in result.rounds[1].outline.sections[0].body   # nothing of the clerk's lost
    assert rounds.current_is_saved(result)


def test_what_cannot_be_placed_is_listed_not_dropped(sent, tmp_path):
    outline, path = sent
    copy = LeaderCopy(path)
    copy.insert_paragraph_after("要坚持党政同责、一岗双责。", "四、加强应急值守，确保信息畅通")
    copy.document.add_table(rows=1, cols=1).cell(0, 0).text = "附表：重点企业名单"
    edited = copy.save(tmp_path / "领导加了一节.docx")
    merge = read_merge(outline, edited)
    assert {u.text for u in merge.unplaced} == {"四、加强应急值守，确保信息畅通", "附表：重点企业名单"}
    assert all(u.why for u in merge.unplaced)
    text, _ = merge.merged()
    assert _printed(text) == _printed(outline)


def test_a_moved_paragraph_is_merged_as_a_move(sent, tmp_path):
    outline, path = sent
    copy = LeaderCopy(path)
    copy.move_paragraph_before("当前正值岁末年初，各类风险叠加。", "安全生产事关人民群众生命财产安全。")
    edited = copy.save(tmp_path / "挪动.docx")
    merge = read_merge(outline, edited)
    assert [(c.op, c.old, c.tracked) for c in merge.changes] == [("move", "当前正值岁末年初，各类风险叠加。", True)]
    assert _printed(merge.result()) == _accepted(edited)


def test_cli_merge_writes_a_new_outline_and_leaves_the_original_alone(sent, tmp_path):
    outline, path = sent
    source = tmp_path / "讲话.speech.json"
    save_outline(outline, source)
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    edited = _leader_copy(path, tmp_path)
    out = tmp_path / "二稿.speech.json"
    result = run_cli("merge", source, edited, "-o", out, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"changes", "comments", "unplaced"}
    assert all(set(c) == {"op", "section", "old", "new", "tracked", "author"} for c in data["changes"])
    assert data["comments"][0]["quote"] == "一岗双责"
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before
    merged = load_outline(out)
    assert _printed(merged) == _accepted(edited)
    assert [(n.author, n.text, n.quote) for n in merged.notes] == [("王书记", "这里要再具体一些，写明责任清单", "一岗双责")]
    assert [r.name for r in merged.rounds] == ["初稿", "领导修改稿"]
    listing = json.loads(run_cli("versions", out, "--json").stdout)["versions"]
    assert [v["name"] for v in listing] == ["初稿", "领导修改稿"]


def _refused(result, out):
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and any("\u4e00" <= ch <= "\u9fff" for ch in result.stderr)
    assert not out.exists()


def test_cli_merge_refuses_bad_input_and_writes_nothing(sent, tmp_path):
    outline, path = sent
    source = tmp_path / "讲话.speech.json"
    save_outline(outline, source)
    out = tmp_path / "新.speech.json"
    other = docx.Document()
    for line in ("关于加强校园食堂管理的通知", "各学校：", "为保障师生饮食安全，现就有关事项通知如下。"):
        other.add_paragraph(line)
    other.save(str(tmp_path / "别的文件.docx"))
    result = run_cli("merge", source, tmp_path / "别的文件.docx", "-o", out)
    _refused(result, out)
    assert "不像是这篇讲稿" in result.stderr
    (tmp_path / "坏.docx").write_bytes(b"PK\x03\x04 not really a zip")
    _refused(run_cli("merge", source, tmp_path / "坏.docx", "-o", out), out)
    encrypted = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 500
    (tmp_path / "加密.docx").write_bytes(encrypted)
    result = run_cli("merge", source, tmp_path / "加密.docx", "-o", out)
    _refused(result, out)
    assert "密码" in result.stderr
    newer = tmp_path / "新版.speech.json"
    newer.write_text(json.dumps({"format": "speechwriter-outline", "version": 99, "sections": []}), encoding="utf-8")
    result = run_cli("merge", newer, path, "-o", out)
    _refused(result, out)
    assert "更新版本" in result.stderr
    result = run_cli("merge", source, path, "-o", source)
    assert result.returncode == 2 and "原提纲" in result.stderr


def test_reading_refuses_a_docx_that_is_not_this_speech(outline, tmp_path):
    other = docx.Document()
    other.add_paragraph("完全无关的一段文字，讲的是春季植树。")
    other.save(str(tmp_path / "无关.docx"))
    with pytest.raises(UserError, match="不像是这篇讲稿"):
        read_merge(outline, tmp_path / "无关.docx")


def test_a_whole_section_moved_moves_the_section_and_renumbers(sent, tmp_path):
    outline, path = sent
    copy = LeaderCopy(path)
    # 三、压实工作责任 (heading and its paragraph) cut and pasted before 二、提高政治站位
    copy.move_paragraph_before("压实工作责任，确保各项措施落地见效", "提高政治站位，切实增强责任感紧迫感")
    copy.move_paragraph_before("要坚持党政同责、一岗双责。", "提高政治站位，切实增强责任感紧迫感")
    copy.replace("一岗双责", "一岗双责、齐抓共管")   # and edited after moving
    edited = copy.save(tmp_path / "挪节.docx")
    merge = read_merge(outline, edited)
    result = merge.result()
    assert merge.unplaced == []
    assert [s.id for s in result.sections] == [outline.sections[i].id for i in (0, 1, 3, 2, 4)]
    printed = _printed(result)
    assert "二、压实工作责任，确保各项措施落地见效" in printed and "三、提高政治站位，切实增强责任感紧迫感" in printed
    assert "要坚持党政同责、一岗双责、齐抓共管。" in printed
    # apart from the numbers (the outline's own), the text is what Word shows accepted
    strip = [p.split("、", 1)[1] if p[:1] in "一二三四" and p[1:2] == "、" else p for p in printed]
    wanted = [p.split("、", 1)[1] if p[:1] in "一二三四" and p[1:2] == "、" else p for p in _accepted(edited)]
    assert strip == wanted


def test_a_section_moved_against_the_speech_order_is_listed_and_left_in_place(sent, tmp_path):
    outline, path = sent
    copy = LeaderCopy(path)
    # the review (一、充分肯定…) moved after the closing: a speech does not review after it closes
    copy.move_paragraph_before("充分肯定前一阶段取得的成绩", "同志们，安全生产责任重于泰山。")
    copy.move_paragraph_before("一年来，全市上下坚持人民至上", "同志们，安全生产责任重于泰山。")
    edited = copy.save(tmp_path / "回顾挪后.docx")
    merge = read_merge(outline, edited)
    result = merge.result()
    assert [s.id for s in result.sections] == [s.id for s in outline.sections]
    assert _printed(result) == _printed(outline)
    assert [u.text for u in merge.unplaced] == ["充分肯定前一阶段取得的成绩"]
    assert "开场、回顾、要点、结束" in merge.unplaced[0].why
    assert [c.op for c in merge.changes] == ["move", "move"]


def test_a_copy_sent_with_revisions_comes_back_with_the_leaders_on_top(outline, tmp_path):
    """二稿 goes out as .docx with the changes since 初稿 marked (by the clerk); the leader adds 修订
    of his own and sends it back: both sets are there, the round found is 初稿, all accepted = the text."""
    from speechwriter.revise.docx_out import tracked_docx

    rounds.save_round(outline, "初稿")
    first = rounds.round_text(outline, 1)
    outline.sections[0].body = outline.sections[0].body.replace("主要任务是", "主要目的是")
    rounds.save_round(outline, "二稿")
    sent = tmp_path / "二稿（修订）.docx"
    sent.write_bytes(tracked_docx(outline_blocks(first), outline_blocks(outline), author="办公室 张敏")[0])
    copy = LeaderCopy(sent)
    copy.replace("事故总量持续下降", "事故总量大幅下降", author="王书记")
    edited = copy.save(tmp_path / "领导改二稿.docx")
    merge = read_merge(outline, edited)
    assert merge.sent_round == 1
    authors = {c.author for c in merge.changes}
    assert authors == {"办公室 张敏", "王书记"} and all(c.tracked for c in merge.changes)
    result = merge.result()
    assert _printed(result) == _accepted(edited)
    assert "主要目的是" in result.sections[0].body and "大幅下降" in result.sections[1].body


def test_title_run_in_heading_and_template_lines_go_where_they_belong(sent, tmp_path):
    outline, path = sent
    copy = LeaderCopy(path)
    copy.replace("上的讲话", "上的总结讲话")                       # the title: a field with a field inside
    copy.replace("深刻认识", "充分认识")                           # a run-in heading …
    copy.insert_after("摆在更加突出的位置", "，抓紧抓实")           # … and its body, one paragraph in Word
    copy.replace("市委副书记", "市委书记")                         # the speaker line the template writes
    edited = copy.save(tmp_path / "标题等.docx")
    merge = read_merge(outline, edited)
    result = merge.result()
    assert result.fields["标题"] == "在全市{{ 会议名称 }}上的总结讲话"
    point = result.sections[2].children[0]
    assert point.heading == "充分认识安全生产的极端重要性。"
    assert point.body == "各级各部门要把安全生产摆在更加突出的位置，抓紧抓实。"
    # the 讲话人 line: printed from a field by the template, changed in the field
    assert result.fields["讲话人"] == "市委书记  王明"
    assert _printed(result) == _accepted(edited) and merge.unplaced == []


def test_a_change_to_the_templates_own_words_is_listed(sent, tmp_path):
    outline, path = sent
    copy = LeaderCopy(path)
    copy.replace("（2026年11月21日）", "2026年11月21日")   # the brackets are the template's, not the 日期 field's
    edited = copy.save(tmp_path / "日期行.docx")
    merge = read_merge(outline, edited)
    assert [u.text for u in merge.unplaced] == ["2026年11月21日"]
    assert merge.result().fields == outline.fields


def test_words_added_at_the_end_of_a_heading_go_into_the_heading(sent, tmp_path):
    outline, path = sent
    copy = LeaderCopy(path)
    copy.insert_after("压实工作责任，确保各项措施落地见效", "、取得实效")
    edited = copy.save(tmp_path / "标题加字.docx")
    merge = read_merge(outline, edited)
    assert merge.result().sections[3].heading == "压实工作责任，确保各项措施落地见效、取得实效"
    assert merge.unplaced == []


def test_a_paragraph_split_and_two_joined(sent, tmp_path):
    outline, path = sent
    copy = LeaderCopy(path)
    copy.split_after("主要任务是总结前一阶段工作，部署下一阶段任务。")
    copy.join_with_next("事故总量持续下降。")      # the review's paragraph …
    copy.join_with_next("安全生产事关人民群众生命财产安全。")   # … and one followed by a run-in point
    edited = copy.save(tmp_path / "分段.docx")
    merge = read_merge(outline, edited)
    result = merge.result()
    first = result.sections[0].paragraphs()
    assert first[0].endswith("部署下一阶段任务。") and first[1].startswith("刚才，李局长")
    # joining a paragraph with the heading or numbered point after it is not done to the outline: said
    assert len(merge.unplaced) == 2 and all("并成了一段" in u.why for u in merge.unplaced)
    assert result.sections[2].heading == outline.sections[2].heading
    assert result.sections[2].body == outline.sections[2].body   # nothing dropped
    assert _printed(result)[:6] == _accepted(edited)[:6]
