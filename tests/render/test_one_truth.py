"""What the clerk sees is what is handed in: for every template and every learned structure, the
preview's text, the .docx text and the .txt output are the same, character for character."""

import re
from html import unescape
from io import BytesIO

import docx
import pytest

from speechwriter.core.learn import bundled_structures
from speechwriter.outline.create import from_structure
from speechwriter.render import (
    apply_template,
    docx_bytes,
    list_templates,
    outline_fields,
    render_blocks,
    to_html,
    to_text,
)

TEMPLATES = [t.name for t in list_templates() if not t.error]


def _preview_paragraphs(html: str) -> list[str]:
    return [unescape(re.sub(r"<[^>]+>", "", inner)) for inner in re.findall(r"<p[^>]*>(.*?)</p>", html, re.S)]


def _docx_paragraphs(data: bytes) -> list[str]:
    return [p.text for p in docx.Document(BytesIO(data)).paragraphs if p.text.strip()]


def _txt_paragraphs(text: str) -> list[str]:
    return [line.strip("\u3000") for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("template", TEMPLATES)
def test_preview_docx_and_txt_agree_for_every_structure(template):
    structures = bundled_structures()
    assert structures
    for structure in structures:
        outline = from_structure(structure)
        apply_template(outline, outline.template, initial=True)
        apply_template(outline, template)
        for info in outline_fields(outline):
            if not outline.field(info.name).strip():
                outline.fields[info.name] = f"某{info.name}"
        blocks = render_blocks(outline)
        preview = _preview_paragraphs(to_html(outline))
        word = _docx_paragraphs(docx_bytes(blocks))
        plain = _txt_paragraphs(to_text(outline))
        assert preview == word == plain, f"{template} × {structure.id}"
        # and the template added nothing the outline does not hold as text or fields
        texts = "".join(t for s in outline.walk() for t in (s.heading, s.body)) + "".join(outline.fields.values())
        for block in blocks:
            if block.section is None and block.kind == "paragraph":
                assert block.text in texts, f"{template} printed “{block.text}” that the outline does not show"


def test_choosing_a_template_puts_its_sentences_into_the_text_and_switching_takes_them_out():
    from tests.render.conftest import _outline

    outline = _outline()
    apply_template(outline, "讲话稿", initial=True)
    assert outline.sections[0].paragraphs()[-1] == "下面，我讲几点意见。"
    apply_template(outline, "研讨发言")
    assert outline.template == "研讨发言" and outline.kind == "研讨发言"
    assert outline.sections[0].paragraphs()[-1] == "结合学习体会和工作实际，我谈几点认识。"
    assert "下面，我讲几点意见。" not in [p for s in outline.walk() for p in s.paragraphs()]
    assert outline.sections[-1].paragraphs()[-1] == "发言完毕，谢谢！"
    apply_template(outline, "工作报告")  # suggests nothing: the old sentences go, none come
    texts = [p for s in outline.walk() for p in s.paragraphs()]
    assert "发言完毕，谢谢！" not in texts and "结合学习体会和工作实际，我谈几点认识。" not in texts


def test_the_clerks_own_lead_in_and_thanks_are_not_doubled():
    """The issue's blank speech: its opening ends 下面，我表三点态。 and its closing 谢谢大家！"""
    from speechwriter.outline.tree import Outline, Section

    outline = Outline(fields={"标题": "表态发言", "日期": "2025年12月26日", "称呼": "同志们："},
                      sections=[Section("opening", body="这次会议很重要。\n下面，我表三点态。"),
                                Section("key_points", "提高站位", "要……"), Section("key_points", "压实责任", "要……"),
                                Section("key_points", "抓好落实", "要……"),
                                Section("closing", body="我们一定完成任务。谢谢大家！")])
    apply_template(outline, "表态发言")
    texts = [b.plain() for b in render_blocks(outline)]
    assert "下面，我作如下表态：" not in texts and "我的发言完毕，谢谢！" not in texts


def test_an_older_file_prints_as_it_did_with_the_sentences_now_in_its_text(tmp_path):
    """A file saved before templates stopped adding words: its transition comes into the text on opening."""
    import json

    from speechwriter.outline.io import outline_to_dict
    from speechwriter.render import open_outline
    from tests.render.conftest import _outline

    data = outline_to_dict(_outline())
    del data["template_text"]
    path = tmp_path / "旧讲话.speech.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    outline = open_outline(path)
    assert outline.sections[0].paragraphs()[-1] == "下面，我讲几点意见。"
    texts = [b.plain() for b in render_blocks(outline)]
    assert texts.count("下面，我讲几点意见。") == 1
    again = tmp_path / "再存.speech.json"
    from speechwriter.outline.io import save_outline

    save_outline(outline, again)
    assert [b.plain() for b in render_blocks(open_outline(again))] == texts   # not added twice
