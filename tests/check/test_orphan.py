"""The 错别字 rule's orphan route (typo_orphan.orphan_candidates): a bound character (氛, 导) left alone by the cut
beside a character it makes no word with, where a character like the other in sound or shape makes the word the
bound one is mostly written in (氛圈 → 氛围, 导治 → 导致). Right text, official short forms, names and coinages
(奶源, 渡汛, 营改增, 红星美凯龙, 世俱杯), quoted terms and items of a list are left alone."""

from speechwriter.check import Para, Text, run_checks, typo, typo_orphan


def orphan(line: str) -> list[tuple[str, str]]:
    """(as written, right word) of the orphan route's candidates in `line`."""
    return [(line[s:e], right) for _, _, s, e, right, _ in typo_orphan.orphan_candidates(line, typo.indexed_lexicon())]


def test_a_bound_character_left_alone_beside_a_slip_is_flagged():
    assert orphan("要营造客户服务的氛圈，将服务做好。") == [("氛圈", "氛围")]
    assert orphan("总有一天要导治世界大战。") == [("导治", "导致")]
    assert orphan("这款产品备受亲睐。") == [("亲睐", "青睐")]   # (睐: 青睐 holds most of it, rare as it is)
    assert orphan("受到广大消费者的亲睐。") == [("亲睐", "青睐")]   # (的亲 is common: a function word is no neighbour)


def test_the_finding_keeps_exact_offsets_and_says_how():
    line = "要营造客户服务的氛圈，将服务做好。"
    found = [f for f in run_checks(Text([Para(line)]), rules={"typo"})]
    assert [(f.text, f.suggestion, line[f.start:f.end]) for f in found] == [("氛圈", "氛围", "氛圈")]
    assert "形近" in found[0].message


def test_the_right_text_is_left_alone():
    for line in ("要营造客户服务的氛围，将服务做好。", "总有一天要导致世界大战。", "节日气氛浓厚。",
                 "这会导致严重后果。", "加强导弹防御。", "这款产品备受青睐。"):
        assert orphan(line) == []


def test_official_short_forms_and_names_are_left_alone():
    assert orphan("大力推进哈克生态奶源基地项目。") == []      # (奶源: 资源 is no slip's fix)
    assert orphan("对病险水库进行除险加固，确保安全渡汛。") == []
    assert orphan("全面推开营改增试点。") == []
    assert orphan("延长以工代训政策实施期限。") == []
    assert orphan("抓好红星美凯龙大型商贸综合体项目。") == []
    assert orphan("天津女排勇夺世俱杯亚军。") == []
    assert orphan("全省21万名干部包抓联企业46万户。") == []
    assert orphan("持续清理废除显失公平的壁垒障碍。") == []
    assert orphan("无人机成功首飞，陕汽氢燃料重卡销量全国第1。") == []
    assert orphan("＠①原字石右加安") == []                    # (an editor's note on a character's parts)
    assert orphan("贺泽群 省生态环境厅厅长") == []                # (a name: 菏泽 is no dominant word of 泽)


def test_quoted_coinages_and_items_of_a_list_are_left_alone():
    assert orphan("策划一批“渝进蓉出”“蓉进渝出”精品线路。") == []
    assert orphan("加快建设氛圈、导治等项目。") == []


def test_bound_is_read_off_the_dictionary():
    lex = typo.indexed_lexicon()
    assert typo_orphan.bound("氛", lex) and typo_orphan.bound("导", lex)
    assert not typo_orphan.bound("于", lex) and not typo_orphan.bound("好", lex) and not typo_orphan.bound("的", lex)


def test_the_home_word_of_a_bound_character_stands_where_both_edges_are_new_to_real_text():
    # (guards.unmended lets a two-character correction pass only when real text writes it beside a neighbour; the
    # home word of a bound character — 青睐 of 睐, 导致 of 导 — is the correction whatever the neighbours)
    def typos(line: str) -> list[tuple[str, str]]:
        return [(f.text, f.suggestion) for f in run_checks(Text([Para(line)]), rules={"typo"})]

    assert typos("资本亲睐新兴产业。") == [("亲睐", "青睐")]
    assert typos("总有一天要导治世界大战。") == [("导治", "导致")]
    # the guard still holds where the kept character stands in many words: terms and names the counts lack
    assert typos("持续清理废除显失公平的壁垒障碍。") == []
    assert typos("实施高等教育筑峰引领行动。") == []
    assert typos("推进生态保护修复、水气土废和新污染物治理。") == []
