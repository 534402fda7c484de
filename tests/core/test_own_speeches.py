"""Speeches written for these tests (not the seeds), in shapes the seeds do not show: the rules
must hold for speeches the analyser has never seen."""

from pathlib import Path

import pytest

from speechwriter.core.analyzer import analyze_file

SPEECHES = Path(__file__).parent / "speeches"


def roles(speech):
    return [s.role for s in speech.sections]


def test_opening_address_without_numbering_is_still_cut_into_its_parts():
    [speech] = analyze_file(SPEECHES / "opening_address.txt")
    # titled a 致辞 at the congress's opening ceremony, the county's leader congratulating it (not its
    # chair opening it): a 致辞 as the corpus README defines it, the 开幕词 its close alternative
    assert speech.kind == "致辞"
    assert "开幕词" in speech.kind_alternatives
    assert speech.title == "在全县第五次妇女代表大会开幕式上的致辞"
    assert speech.date == "（2026年3月6日）"
    assert speech.salutation == "各位代表、同志们："
    assert roles(speech) == ["opening", "review", "key_points", "closing"]
    assert speech.sections[-1].paragraphs[-1] == "最后，预祝大会圆满成功！谢谢大家！"


def test_pledge_speech_with_di_yi_points_and_an_organisation_as_speaker():
    [speech] = analyze_file(SPEECHES / "pledge_speech.txt")
    assert speech.kind == "表态发言"
    assert speech.speaker == "市应急管理局"
    assert roles(speech) == ["opening", "key_points", "key_points", "key_points", "closing"]
    assert [s.paragraphs[0][:3] for s in speech.sections[1:4]] == ["第一，", "第二，", "第三，"]
    assert all(s.heading is None for s in speech.sections), "run-in points are not heading lines"


def test_gbk_speech_with_three_heading_levels():
    [speech] = analyze_file(SPEECHES / "layered_speech_gbk.txt")
    assert speech.title == "在全区机关党建工作会议上的讲话"
    assert roles(speech)[:3] == ["opening", "review", "key_points"]
    review, points = speech.sections[1], speech.sections[2]
    assert review.heading == "一、充分肯定去年机关党建工作取得的成绩"
    assert [p.heading for p in review.points] == ["（一）理论武装持续深化", "（二）基层组织更加坚强"]
    assert [p.level for p in points.points] == [2, 2]
    third_level = points.points[0].points
    assert [p.level for p in third_level] == [3, 3]
    assert third_level[0].heading is None and third_level[0].paragraphs[0].startswith("1.强化理论学习。")


def test_summary_call_after_the_last_block_is_the_closing():
    [speech] = analyze_file(SPEECHES / "layered_speech_gbk.txt")
    assert roles(speech) == ["opening", "review", "key_points", "closing"]
    assert speech.sections[-1].paragraphs[0].startswith("同志们，做好今年")


def test_report_with_first_then_finally():
    [speech] = analyze_file(SPEECHES / "report_order.txt")
    assert speech.kind == "汇报发言"
    assert roles(speech) == ["opening", "key_points", "key_points", "key_points", "closing"]
    assert speech.sections[3].paragraphs[0].startswith("最后，改进服务作风")
    assert speech.sections[-1].paragraphs == ["下一步，我们将继续深化改革，努力提供更加优质高效的政务服务。",
                                              "以上汇报，不妥之处，请批评指正。"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030"])
def test_the_same_speech_in_every_common_encoding(tmp_path, encoding):
    text = (SPEECHES / "report_order.txt").read_text(encoding="utf-8")
    path = tmp_path / "speech.txt"
    path.write_bytes(text.encode(encoding))
    [speech] = analyze_file(path)
    assert speech.title == "在全市政务服务工作座谈会上的汇报发言"
    assert len(speech.sections) == 5


def test_utf16_without_bom(tmp_path):
    text = (SPEECHES / "report_order.txt").read_text(encoding="utf-8")
    path = tmp_path / "speech.txt"
    path.write_bytes(text.encode("utf-16-le"))
    assert analyze_file(path)[0].kind == "汇报发言"


def test_headings_broken_over_lines_and_mid_sentence_breaks_are_rejoined(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_text("同志们：\n\n今天，我们召开全市工会工作会议，主要任务是部署今年工作。\n\n"
                    "一、统一思想，提高认识，进一步增强做好新形势下工\n会工作的责任感\n"
                    "当前，我市发展正处在关键时期，各级工会要认清形势，主动作为，把思想和行动统一到市委的决策部署上\n"
                    "来，切实增强工作的主动性。\n"
                    "二、突出重点，狠抓落实，推动工会工作再上新台阶\n各级工会要围绕中心、服务大局。\n"
                    "同志们，让我们携起手来，共创美好未来！\n", encoding="utf-8")
    [speech] = analyze_file(path)
    first = speech.sections[1]
    assert first.heading == "一、统一思想，提高认识，进一步增强做好新形势下工会工作的责任感"
    assert first.paragraphs == ["当前，我市发展正处在关键时期，各级工会要认清形势，主动作为，把思想和行动统一到市委的决策部署上"
                                "来，切实增强工作的主动性。"]
    assert roles(speech) == ["opening", "key_points", "key_points", "closing"]


def test_salutation_on_the_same_line_and_headings_ending_with_a_full_stop(tmp_path):
    path = tmp_path / "speech.txt"
    path.write_text("在全市工作会议上的讲话\n同志们：今天，我们召开全市工作会议，主要任务是总结去年工作。\n"
                    "一、提高政治站位，压实工作责任。\n各级各部门要高度重视，切实把责任扛在肩上。\n"
                    "二、聚焦重点任务，狠抓工作落实。\n要围绕中心，服务大局。\n谢谢大家！\n", encoding="utf-8")
    [speech] = analyze_file(path)
    assert speech.salutation == "同志们："
    assert speech.sections[0].paragraphs == ["今天，我们召开全市工作会议，主要任务是总结去年工作。"]
    assert [s.heading for s in speech.sections[1:3]] == ["一、提高政治站位，压实工作责任。", "二、聚焦重点任务，狠抓工作落实。"]
    assert speech.sections[-1].role == "closing"


def test_government_work_report_with_review_and_tasks():
    [speech] = analyze_file(SPEECHES / "government_report.txt")
    assert speech.kind == "工作报告"
    assert speech.subtitle.startswith("——2026年1月10日在")
    assert speech.speaker == "市长 张明华"
    assert speech.salutation == "各位代表："
    assert roles(speech) == ["opening", "review", "key_points", "closing"]
    review, tasks = speech.sections[1], speech.sections[2]
    assert review.heading == "一、2025年工作回顾" and len(review.points) == 3
    assert tasks.heading == "二、2026年主要目标任务" and [p.level for p in tasks.points] == [2, 2, 2]
    assert speech.sections[-1].paragraphs[0].startswith("各位代表！新征程")


def test_company_meeting_with_di_yi_and_position_before_the_name():
    [speech] = analyze_file(SPEECHES / "company_meeting.txt")
    assert speech.speaker == "董事长 李华"
    assert speech.subtitle is None
    assert roles(speech) == ["opening", "key_points", "key_points", "key_points", "closing"]
