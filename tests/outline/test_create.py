from speechwriter.core.speech import Block, Speech
from speechwriter.core.structure import Structure
from speechwriter.outline.create import from_speech, from_structure, split_label
from speechwriter.outline.numbering import numbered_heading
from speechwriter.render import outline_fields, render_blocks


def _structure():
    return Structure(id="leader-speech-points", name="领导讲话（几点意见）", kind="领导讲话",
                     skeleton=["opening", "review", "key_points", "key_points", "closing"], numbering="一、/（一）",
                     phrases={"opening": ["今天，我们召开{{ 会议名称 }}，主要任务是……"],
                              "transition": ["下面，我就做好{{ 工作名称 }}讲三点意见。"],
                              "closing": ["同志们，让我们……"]},
                     headings=["统一思想，提高认识", "突出重点，狠抓落实"])


def test_from_structure_fills_skeleton_with_learned_phrasing():
    outline = from_structure(_structure())
    assert [s.role for s in outline.sections] == ["opening", "review", "key_points", "key_points", "closing"]
    assert outline.sections[0].body == "今天，我们召开{{ 会议名称 }}，主要任务是……"
    assert [s.heading for s in outline.sections[2:4]] == ["统一思想，提高认识", "突出重点，狠抓落实"]
    assert outline.sections[-1].body == "同志们，让我们……"
    assert outline.template == "讲话稿" and outline.structure_id == "leader-speech-points"
    # the review carries no number: the transition counts only the key points
    assert outline.sections[1].heading == "" and numbered_heading(outline, (3,)) == "二、突出重点，狠抓落实"
    # the learned transition is text where it prints (after the unheaded review), marked as the
    # sample's wording; its own field is asked for
    review = outline.sections[1]
    assert review.paragraphs()[-1] == "下面，我就做好{{ 工作名称 }}讲三点意见。" and "过渡语" not in outline.fields
    assert review.is_sample("下面，我就做好{{ 工作名称 }}讲三点意见。") and not review.is_sample(review.paragraphs()[0])
    assert outline.sections[0].is_sample(outline.sections[0].body) and outline.sections[2].is_sample("统一思想，提高认识")
    assert {"会议名称", "工作名称", "标题", "日期"} <= {f.name for f in outline_fields(outline) if f.required}


def test_structure_outline_renders_once_fields_are_filled():
    outline = from_structure(_structure())
    outline.fields.update({"标题": "在全市{{ 会议名称 }}上的讲话", "日期": "2026年11月21日", "会议名称": "项目建设推进会",
                           "工作名称": "项目建设"})
    texts = [b.lead + b.text for b in render_blocks(outline)]
    assert texts[0] == "在全市项目建设推进会上的讲话"
    assert "下面，我就做好项目建设讲三点意见。" in texts
    assert texts.index("下面，我就做好项目建设讲三点意见。") < texts.index("一、统一思想，提高认识")


def test_run_in_structure_numbering():
    structure = _structure()
    structure.numbering = "一是"
    assert from_structure(structure).numbering[0] == "一是"
    structure.numbering = "none"
    assert from_structure(structure).numbering[0] == ""
    structure.numbering = "一、/一是"
    assert from_structure(structure).numbering == ["一、", "一是", "1.", "（1）"]


def _speech():
    return Speech(source="x.txt", title="在全市工作会议上的讲话", speaker="王明", date="（2026年1月5日）", salutation="同志们：",
                  kind="领导讲话", sections=[
                      Block("opening", None, 1, ["今天召开会议。", "下面，我讲三点意见。"]),
                      Block("key_points", "一、统一思想", 1, ["要统一思想。"], points=[
                          Block(None, "（一）提高认识", 2, ["认识到位。"]),
                          Block(None, None, 2, ["一是加强学习。要学深悟透。", "第二段。"])]),
                      Block("key_points", "二、狠抓落实", 1, ["要抓落实。"]),
                      Block("closing", None, 1, ["同志们，让我们共同努力！"])])


def test_from_speech_keeps_wording_and_strips_typed_numbers():
    outline = from_speech(_speech())
    assert outline.fields["标题"] == "在全市工作会议上的讲话" and outline.fields["日期"] == "2026年1月5日"
    assert [s.role for s in outline.sections] == ["opening", "key_points", "key_points", "closing"]
    assert outline.sections[1].heading == "统一思想"
    assert outline.sections[1].children[0].heading == "提高认识"
    assert numbered_heading(outline, (2,)) == "二、狠抓落实"
    run_in = outline.sections[1].children[1]
    assert run_in.heading == "加强学习。" and run_in.body == "要学深悟透。\n第二段。"


def test_speech_outline_renders_its_own_words_without_frame_additions():
    texts = [b.lead + b.text for b in render_blocks(from_speech(_speech()))]
    assert texts.count("下面，我讲三点意见。") == 1 and "下面，我讲几点意见。" not in texts
    assert texts[-1] == "同志们，让我们共同努力！"
    assert "（一）提高认识" in texts


def test_split_label_styles():
    assert split_label("（十二）加强领导") == ("（一）", "加强领导")
    assert split_label("十一、其他事项") == ("一、", "其他事项")
    assert split_label("2026年工作安排") == ("", "2026年工作安排")
    assert split_label("第三，狠抓落实") == ("第一，", "狠抓落实")


def test_learned_phrasing_gets_full_width_punctuation_next_to_chinese():
    structure = _structure()
    structure.phrases["closing"] = ["同志们,让我们共同努力(不负重托)!"]
    structure.headings = ["投入资金3,000万元,建成项目"]
    outline = from_structure(structure)
    assert outline.sections[-1].body == "同志们，让我们共同努力（不负重托）！"
    assert outline.sections[2].heading == "投入资金3,000万元，建成项目"


def test_material_from_another_speech_loses_its_old_number_and_half_width_commas():
    from speechwriter.outline.create import as_material

    heading = "二、坚持围绕中心服务大局,在团结带领广大妇女推进高质量发展中创新业建新功"
    assert as_material(heading, heading=True) == "坚持围绕中心服务大局，在团结带领广大妇女推进高质量发展中创新业建新功"
    paragraph = "一是全面加强妇联党的建设。深入学习贯彻,落实新时代党的建设总要求。"
    assert as_material(paragraph) == "一是全面加强妇联党的建设。深入学习贯彻，落实新时代党的建设总要求。"
