"""Level-1 headings as a clerk reads them: the hierarchy, not a line's shape alone, decides the level.

Each cause of a missed or extra level-1 heading has a speech-shaped example and a counter-example
that must stay as it was. The speeches are written for these tests (no labelled speech's text).
"""

from speechwriter.core.analyzer import analyze_text

HEAD = "在全县安全生产工作会议上的讲话\n\n同志们：\n\n今天召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。下面，我讲几点意见。\n\n"
END = "\n\n同志们，安全生产责任重于泰山。让我们以更加务实的作风，推动全县安全生产形势持续稳定向好。\n"
BODY = "要聚焦重点行业领域，持续开展隐患排查整治，做到排查不留死角、整治不留后患，坚决守牢安全底线。"


def level1(body: str) -> list[str]:
    """The level-1 heading lines the analyser reads in a speech with this body (rules alone)."""
    speeches = analyze_text(HEAD + body + END, models=None)
    return [s.heading for sp in speeches for s in sp.sections if s.heading and s.level == 1]


def test_a_list_restarted_inside_a_block_is_a_sub_list_when_the_outer_list_goes_on():
    body = ("一、提高政治站位\n" + BODY + "\n二、压紧压实责任\n" + BODY + "\n三、深化隐患排查\n今年要重点抓好以下工作：\n"
            "一、危化品领域\n" + BODY + "\n二、交通运输领域\n" + BODY + "\n四、加强组织保障\n" + BODY)
    assert level1(body) == ["一、提高政治站位", "二、压紧压实责任", "三、深化隐患排查", "四、加强组织保障"]


def test_a_second_list_of_top_level_headings_when_the_first_list_is_over():
    body = ("一、去年工作成效明显\n" + BODY + "\n二、存在的问题不容忽视\n" + BODY + "\n三、安全形势依然严峻\n" + BODY
            + "\n成绩来之不易，问题也不容回避。下面，就今年的工作讲几点要求。\n"
            "一、强化责任落实\n" + BODY + "\n二、强化隐患治理\n" + BODY)
    assert level1(body) == ["一、去年工作成效明显", "二、存在的问题不容忽视", "三、安全形势依然严峻",
                            "一、强化责任落实", "二、强化隐患治理"]


LONG = "一、抓紧上级下发的各类安全生产文件的落实及执行工作，继续做好安全管理人员特别是新入职人员的专业知识及技能培训。"


def test_a_long_numbered_line_of_one_sentence_among_heading_siblings_is_a_heading():
    body = (LONG + "\n" + BODY + "\n二、压紧压实责任，织密安全生产责任网络\n" + BODY
            + "\n三、深化隐患排查，守牢安全底线\n" + BODY)
    assert level1(body) == [LONG, "二、压紧压实责任，织密安全生产责任网络", "三、深化隐患排查，守牢安全底线"]


def test_numbered_points_that_run_into_their_paragraph_are_no_headings():
    body = (LONG + BODY + "\n二、压紧压实责任。" + BODY + "\n三、深化隐患排查。" + BODY)
    assert level1(body) == []


def test_unnumbered_lines_between_two_headings_of_one_list_are_its_sub_headings():
    body = ("一、【工作回顾】\n{岗位职责}\n" + BODY + "\n{工作完成情况}\n" + BODY + "\n二、【成长与不足】\n{成长}\n" + BODY
            + "\n{不足}\n" + BODY + "\n三、【工作规划】\n" + BODY)
    assert level1(body) == ["一、【工作回顾】", "二、【成长与不足】", "三、【工作规划】"]


def test_unnumbered_headings_that_each_open_a_list_of_their_own_stay_on_top():
    body = ("2025年度工作回顾\n一、安全责任全面压实\n" + BODY + "\n二、隐患治理成效明显\n" + BODY
            + "\n2026年工作思路\n一、强化源头治理\n" + BODY + "\n二、强化执法检查\n" + BODY)
    assert level1(body) == ["2025年度工作回顾", "2026年工作思路"]


def test_a_bracketed_heading_line_above_a_numbered_list_is_its_sibling():
    body = ("【自我介绍】\n我叫张明，现任县应急管理局安全监管股股长。\n一、【工作回顾】\n" + BODY
            + "\n二、【工作规划】\n" + BODY)
    assert level1(body) == ["【自我介绍】", "一、【工作回顾】", "二、【工作规划】"]


def test_a_lone_unbracketed_short_line_above_a_numbered_list_is_no_heading():
    body = ("自我介绍\n我叫张明，现任县应急管理局安全监管股股长。\n一、【工作回顾】\n" + BODY
            + "\n二、【工作规划】\n" + BODY)
    assert level1(body) == ["一、【工作回顾】", "二、【工作规划】"]


def test_a_heading_closed_by_its_bracket_is_not_joined_with_the_line_below():
    body = "一、【工作回顾】\n{岗位职责}\n" + BODY + "\n二、【工作规划】\n{近期目标}\n" + BODY
    assert level1(body) == ["一、【工作回顾】", "二、【工作规划】"]


def test_a_numbered_heading_cut_in_two_by_a_copy_is_joined_again():
    body = ("一、坚持党建引领，推动安全生产\n责任全面落实\n" + BODY + "\n二、坚持问题导向，推动隐患\n整治常态长效\n" + BODY)
    assert level1(body) == ["一、坚持党建引领，推动安全生产责任全面落实", "二、坚持问题导向，推动隐患整治常态长效"]


def test_a_run_in_yi_shi_list_inside_a_paragraph_is_never_level_1():
    body = ("提高政治站位，扛起安全责任\n安全生产事关人民群众生命财产安全。一是要始终把安全生产摆在突出位置。二是要坚持人民至上。\n"
            "压紧压实责任，织密责任网络\n" + BODY + "\n深化隐患排查，守牢安全底线\n" + BODY)
    assert level1(body) == ["提高政治站位，扛起安全责任", "压紧压实责任，织密责任网络", "深化隐患排查，守牢安全底线"]


def test_an_unnumbered_sub_heading_under_a_numbered_heading_is_not_its_tail():
    body = ("一、提高政治站位\n强化思想认识\n" + BODY + "\n健全工作机制\n" + BODY
            + "\n二、压紧压实责任\n落实党政同责\n" + BODY + "\n落实主体责任\n" + BODY)
    assert level1(body) == ["一、提高政治站位", "二、压紧压实责任"]


def test_a_short_tail_of_a_cut_heading_is_joined_when_no_block_has_unnumbered_sub_headings():
    body = ("一、提高政治站位，坚决扛起安全\n生产政治责任\n" + BODY + "\n" + BODY
            + "\n二、压紧压实责任，织密安全生产\n责任落实网络\n" + BODY)
    assert level1(body) == ["一、提高政治站位，坚决扛起安全生产政治责任", "二、压紧压实责任，织密安全生产责任落实网络"]


def test_sub_point_headings_under_run_in_points_are_not_level_1():
    body = ("一、提高政治站位。" + BODY + "\n（一）强化思想认识\n" + BODY + "\n（二）健全工作机制\n" + BODY
            + "\n二、压紧压实责任。" + BODY + "\n（一）落实党政同责\n" + BODY + "\n（二）落实主体责任\n" + BODY)
    speeches = analyze_text(HEAD + body + END, models=None)
    points = [s for s in speeches[0].sections if s.points]
    assert level1(body) == []
    assert [[p.heading for p in s.points] for s in points] == [["（一）强化思想认识", "（二）健全工作机制"],
                                                              ["（一）落实党政同责", "（二）落实主体责任"]]


def test_a_stray_run_in_point_above_the_headings_does_not_hold_them():
    body = ("一是去年事故总量下降。" + BODY + "\n一、提高政治站位\n" + BODY + "\n二是今年形势依然严峻。" + BODY
            + "\n二、压紧压实责任\n" + BODY + "\n三、深化隐患排查\n" + BODY)
    assert level1(body) == ["一、提高政治站位", "二、压紧压实责任", "三、深化隐患排查"]


def test_one_sentence_items_of_a_list_inside_the_last_block_are_not_a_second_list_of_headings():
    body = ("一、提高政治站位\n" + BODY + "\n二、压紧压实责任\n" + BODY + "\n三、深化隐患排查\n今年要重点抓好以下三项工作：\n"
            "一、聚焦危化品、矿山、建筑施工等重点行业领域，全面开展安全生产隐患排查整治行动。\n"
            "二、聚焦道路交通安全，严查超载超限、疲劳驾驶和酒后驾驶等各类交通违法行为。\n"
            "三、聚焦消防安全，深入开展高层建筑、人员密集场所消防安全专项整治行动。")
    assert level1(body) == ["一、提高政治站位", "二、压紧压实责任", "三、深化隐患排查"]


def test_a_bracketed_page_note_above_headings_written_otherwise_is_no_heading():
    body = ("【编者按】\n本文是县长在全县安全生产工作会议上的讲话，现予刊发，供学习参考。\n一、提高政治站位\n" + BODY
            + "\n二、压紧压实责任\n" + BODY)
    assert level1(body) == ["一、提高政治站位", "二、压紧压实责任"]


def test_a_second_list_that_reaches_the_first_lists_next_number_is_still_a_second_list():
    body = ("一、去年工作成效明显\n" + BODY + "\n二、存在的问题不容忽视\n" + BODY
            + "\n下面，就今年的工作讲几点要求。\n一、强化责任落实\n" + BODY + "\n二、强化隐患治理\n" + BODY
            + "\n三、强化执法检查\n" + BODY)
    assert level1(body) == ["一、去年工作成效明显", "二、存在的问题不容忽视", "一、强化责任落实", "二、强化隐患治理",
                            "三、强化执法检查"]
