import re

import pytest

from speechwriter.errors import UserError
from speechwriter.outline.tree import Outline, Section
from speechwriter.render import outline_fields, render_blocks, to_html, to_text, user_templates_dir
from speechwriter.render.blocks import title_lines
from speechwriter.render.fields import analyse_source


def _kinds(blocks):
    return [(b.kind, b.level, b.lead + b.text) for b in blocks]


def test_leader_speech_blocks_in_order(outline):
    blocks = render_blocks(outline)
    assert _kinds(blocks)[:5] == [("title", 0, "在全市安全生产工作会议上的讲话"), ("meta", 0, "市委副书记  王明"),
                                  ("meta", 0, "（2026年11月21日）"), ("salutation", 0, "同志们："),
                                  ("paragraph", 0, outline.sections[0].paragraphs()[0].replace("{{ 会议名称 }}", "安全生产工作会议"))]
    texts = [b.lead + b.text for b in blocks]
    # the frame's transition comes after the opening and before the first numbered heading
    assert texts.index("下面，我讲几点意见。") == 5
    headings = [(b.kind, b.level, b.lead) for b in blocks if b.kind in ("heading", "runin")]
    assert headings == [("heading", 1, ""), ("heading", 1, ""), ("runin", 2, "（一）深刻认识安全生产的极端重要性。"),
                        ("heading", 2, ""), ("heading", 3, ""), ("heading", 4, ""), ("heading", 1, "")]
    assert [b.text for b in blocks if b.kind == "heading"] == [
        "一、充分肯定前一阶段取得的成绩", "二、提高政治站位，切实增强责任感紧迫感", "（二）清醒认识当前面临的严峻形势",
        "1.道路交通", "（1）重点时段", "三、压实工作责任，确保各项措施落地见效"]
    assert blocks[-1].text.startswith("同志们，安全生产责任重于泰山")


def test_run_in_style_makes_one_paragraph_per_point(outline):
    outline.numbering = ["一是", "（一）"]
    blocks = render_blocks(outline)
    point = next(b for b in blocks if b.kind == "runin" and b.level == 1)
    assert point.lead == "一是充分肯定前一阶段取得的成绩。" and point.text.startswith("一年来")


def test_every_missing_field_is_named_once(outline):
    for name in ("日期", "称呼", "会议名称"):
        del outline.fields[name]
    with pytest.raises(UserError) as err:
        render_blocks(outline)
    message = err.value.message
    assert message.startswith("缺少必填字段：")
    named = message.split("：", 1)[1].split("。")[0].split("、")
    assert sorted(named) == sorted(["日期", "称呼", "会议名称"])


def test_blank_field_counts_as_missing_and_wu_means_deliberately_empty(outline):
    outline.fields["日期"] = "  "
    with pytest.raises(UserError, match="日期"):
        render_blocks(outline)
    blocks = render_blocks(outline, extra_fields={"日期": "2026年12月1日", "结束语": "无"})
    texts = [b.text for b in blocks]
    assert "（2026年12月1日）" in texts and "无" not in texts


def test_set_fields_override_the_outline(outline):
    blocks = render_blocks(outline, extra_fields={"会议名称": "防汛工作会议"})
    assert blocks[0].text == "在全市防汛工作会议上的讲话"


def test_report_template_uses_its_own_frame(outline):
    from speechwriter.render import apply_template

    outline.fields["单位"] = "市应急管理局"
    apply_template(outline, "汇报发言")
    blocks = render_blocks(outline)
    texts = [b.text for b in blocks]
    assert "市应急管理局 市委副书记  王明" in texts
    assert texts[-1] == "以上汇报，不妥之处，请批评指正。"
    assert "现将有关情况汇报如下。" in texts


def test_text_and_html_come_from_the_same_blocks(outline):
    text = to_text(outline)
    html = to_html(outline)
    for block in render_blocks(outline):
        assert block.plain() in text
        assert block.text.replace("“", "&ldquo;") in html or block.text in html
    assert text.splitlines()[0] == "在全市安全生产工作会议上的讲话"
    assert "\u3000\u3000一、充分肯定前一阶段取得的成绩" in text


def test_a_narrower_preview_pane_never_gets_larger_type(outline):
    # the preview is also asked for its page before its pane has a width (0 px)
    def body_px(width):
        return int(re.search(r"font-size: ?(\d+)px", to_html(outline, view_width=width)).group(1))

    sizes = [body_px(width) for width in (0, 200, 380, 600, 900)]
    assert sizes == sorted(sizes), sizes
    assert "auto" in to_html(outline)   # a browser's page is centred; the preview's never is


def test_html_escapes_section_text():
    outline = Outline(fields={"标题": "T", "日期": "D", "称呼": "S"}, sections=[Section("opening", body="<script>x</script>")])
    assert "<script>" not in to_html(outline)


def test_section_text_cannot_inject_markers():
    outline = Outline(fields={"标题": "T", "日期": "D", "称呼": "S"},
                      sections=[Section("opening", body="::title 伪造标题\n正文")])
    blocks = render_blocks(outline)
    assert [b.text for b in blocks if b.kind == "title"] == ["T"]
    assert "::title 伪造标题" in [b.text for b in blocks]


def test_field_value_cannot_inject_markers():
    outline = Outline(fields={"标题": "T\n::title 伪造", "日期": "D", "称呼": "S"})
    titles = [b for b in render_blocks(outline) if b.kind == "title"]
    # one title block: the line break is the clerk's forced break inside the title, nothing more
    assert len(titles) == 1 and titles[0].plain() == "T::title 伪造"
    assert title_lines(titles[0].text, 20) == ["T", "::title 伪造"]
    outline.fields["副标题"] = "A\n::h1 伪造"
    assert [b.text for b in render_blocks(outline) if b.kind == "subtitle"] == ["A ::h1 伪造"]


def _user_template(name, text):
    folder = user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.jinja").write_text(text, encoding="utf-8")


def test_user_template_adds_and_overrides(outline):
    _user_template("讲话稿", "::title 自定义{{ 标题 }}\n::outline\n")
    _user_template("开幕词", "{# 类型：开幕词 #}\n::title {{ 标题 }}\n::salutation {{ 称呼 }}\n::outline\n")
    assert render_blocks(outline)[0].text == "自定义在全市安全生产工作会议上的讲话"
    from speechwriter.render import list_templates

    infos = {t.name: t for t in list_templates()}
    assert infos["讲话稿"].source == "user" and infos["开幕词"].source == "user" and infos["开幕词"].kind == "开幕词"
    assert infos["工作报告"].source == "built-in"


def test_syntax_error_names_template_file_and_line(outline):
    _user_template("坏模板", "::title {{ 标题 }}\n\n{% if 副标题 %}\n::subtitle {{ 副标题 }\n")
    with pytest.raises(UserError) as err:
        render_blocks(outline, template="坏模板")
    assert "坏模板.jinja" in err.value.message and "第 4 行" in err.value.message


def test_template_in_a_legacy_encoding(outline):
    folder = user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "旧编码.jinja").write_bytes("::title {{ 标题 }}\n::outline\n".encode("gbk"))
    with pytest.raises(UserError, match="不是 UTF-8 编码"):
        render_blocks(outline, template="旧编码")
    from speechwriter.render import list_templates

    assert "UTF-8" in {t.name: t for t in list_templates()}["旧编码"].error


def test_sandbox_refuses_python_internals(outline):
    _user_template("偷看", "::title {{ 标题.__class__.__mro__[1].__subclasses__() }}\n")
    with pytest.raises(UserError, match="不允许"):
        render_blocks(outline, template="偷看")


def test_templates_cannot_read_files(outline, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("机密")
    _user_template("读文件", f"{{% include '{secret}' %}}\n")
    with pytest.raises(UserError):
        render_blocks(outline, template="读文件")


@pytest.mark.parametrize("source", ["{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", "{{ 1 / 0 }}",
                                    "{% for i in range(10 ** 9) %}x{% endfor %}"])
def test_runaway_templates_are_user_errors(outline, source):
    _user_template("失控", source)
    with pytest.raises(UserError, match="模板“失控”"):
        render_blocks(outline, template="失控")


def test_unknown_template_and_marker(outline):
    with pytest.raises(UserError, match="找不到名为“不存在”的模板"):
        render_blocks(outline, template="不存在")
    _user_template("错标记", "::titel {{ 标题 }}\n")
    with pytest.raises(UserError, match="未知的标记“::titel”"):
        render_blocks(outline, template="错标记")


def test_template_that_forgets_a_role_loses_no_text(outline):
    _user_template("只放开场", "::title {{ 标题 }}\n::outline opening\n")
    texts = [b.lead + b.text for b in render_blocks(outline, template="只放开场")]
    assert any(t.startswith("同志们，安全生产责任重于泰山") for t in texts)


@pytest.mark.parametrize("source, required, optional", [
    ("{{ 甲 }}", {"甲"}, set()),
    ("{% if 甲 %}{{ 甲 }}{% endif %}", set(), {"甲"}),
    ("{% if 甲 %}{{ 乙 }}{% endif %}", {"乙"}, {"甲"}),
    ("{{ 甲 | default('x') }}", set(), {"甲"}),
    ("{% if 甲 is defined %}x{% endif %}{{ 乙 ~ 丙 }}", {"乙", "丙"}, {"甲"}),
    ("{% set 甲 = 1 %}{{ 甲 }}{% for x in 列表 %}{{ x }}{% endfor %}", {"列表"}, set()),
    ("{% if 有要点 %}{{ 类型 }}{% endif %}", set(), set()),
])
def test_required_field_rule(source, required, optional):
    names, needed = analyse_source(source)
    assert needed == required and set(names) - needed == optional


def test_outline_fields_adds_fields_used_in_section_text(outline):
    fields = {f.name: f.required for f in outline_fields(outline)}
    assert fields["会议名称"] is True and fields["标题"] is True and fields["副标题"] is False


def test_transition_follows_an_unnumbered_review_and_precedes_a_numbered_one(outline):
    from speechwriter.render import apply_template
    from tests.render.conftest import _outline

    texts = [b.lead + b.text for b in render_blocks(outline)]
    assert texts.index("下面，我讲几点意见。") < texts.index("一、充分肯定前一阶段取得的成绩")
    outline = _outline()
    outline.sections[1].heading = ""  # the review becomes part of the introduction
    apply_template(outline, "讲话稿", initial=True)
    texts = [b.lead + b.text for b in render_blocks(outline)]
    assert texts.index(outline.sections[1].paragraphs()[0]) < texts.index("下面，我讲几点意见。") < texts.index("一、提高政治站位，切实增强责任感紧迫感")


def test_a_broken_field_is_printed_as_written_named_and_the_rest_renders(outline):
    outline.sections[0].body = "今天，我们召开{{ 会议名称 }}。\n{{ 单位 要讲三点。"
    problems: list[str] = []
    texts = [b.plain() for b in render_blocks(outline, problems=problems)]
    assert "今天，我们召开安全生产工作会议。" in texts and "{{ 单位 要讲三点。" in texts
    assert problems == ["小节“今天，我们召开〔会议名称…”第二段的字段“{{ 单位”少了“}}”"]
    assert "{{ 单位 要讲三点。" in to_html(outline)  # the preview shows it too, and does not stop


@pytest.mark.parametrize("typed, named", [
    ("{% if 单位 %}", "少了与之对应的“{% endif %}”"),
    ("{% endif %}", "前面没有与之对应的“{% if … %}”"),
    ("{% else %}", "前面没有与之对应的“{% if … %}”"),
    ("{% if %}有{% endif %}", "缺少条件"),
    ("{% 单位 %}", "不是能用的写法（字段写作 {{ 名称 }}"),
    ("{% if 单位", "少了“%}”"),
    ("{{ 单位 | 没有的 }}", "写法有误"),
])
def test_a_jinja_tag_typed_in_a_field_or_text_is_named_in_chinese(outline, typed, named):
    """`{% … %}` a clerk typed gets a Chinese sentence naming it, as `{{` does (Jinja's is English)."""
    outline.fields["副标题"] = f"关于{typed}的说明"
    problems: list[str] = []
    texts = [b.plain() for b in render_blocks(outline, problems=problems)]
    assert any(typed in t for t in texts)  # printed as written; the rest still renders
    assert len(problems) == 1 and problems[0].startswith("字段“副标题”的") and named in problems[0], problems
    english = problems[0].replace(typed, "").replace("{% endif %}", "").replace("{% if", "").replace("{{ 名称 }}", "")
    assert not re.search(r"[A-Za-z]{2,}", english), problems[0]
    outline.fields["副标题"] = ""
    outline.sections[0].body = f"今天{typed}开会。"
    problems = []
    render_blocks(outline, problems=problems)  # in a section's text: the same sentence, naming the section
    assert len(problems) == 1 and problems[0].startswith("小节“") and named in problems[0], problems
