"""述职报告 and 致辞 read from a speech get their own templates, which lay them out as such speeches go."""

from speechwriter.core.speech import Block, Speech
from speechwriter.outline.create import from_speech
from speechwriter.render import apply_template, render_blocks


def _speech(kind: str) -> Speech:
    return Speech(source="x.txt", kind=kind, title="标题", speaker="张三", date="2026年1月5日", salutation=None,
                  sections=[Block(role="opening", paragraphs=["开场的话。"]),
                            Block(role="review", heading="一、主要工作", paragraphs=["做了很多工作。"]),
                            Block(role="key_points", heading="二、努力方向", paragraphs=["今后要继续努力。"])])


def test_duty_report_asks_for_comments_at_the_end():
    outline = from_speech(_speech("述职报告"))
    assert outline.template == "述职报告"
    outline.fields["称呼"] = ""
    outline.fields["结束语"] = ""
    outline.fields["过渡语"] = ""  # from_speech keeps the speech's own words (无); blank = the template's
    apply_template(outline, outline.template, initial=True)   # its sentences come in as text, as in the editor
    texts = [b.lead + b.text for b in render_blocks(outline)]
    assert texts[0] == "标题"
    assert texts[-1] == "以上述职，不妥之处，请各位领导、同志们批评指正。"
    assert "现将本人履职情况报告如下。" in texts
    assert texts.index("现将本人履职情况报告如下。") < texts.index("二、努力方向")


def test_address_greets_guests_and_thanks_them():
    outline = from_speech(_speech("致辞"))
    assert outline.template == "致辞"
    outline.fields["称呼"] = ""
    outline.fields["结束语"] = ""
    apply_template(outline, outline.template, initial=True)
    blocks = render_blocks(outline)
    assert [b.text for b in blocks if b.kind == "salutation"] == ["尊敬的各位领导、各位来宾，女士们、先生们："]
    assert blocks[-1].text == "谢谢大家！"
