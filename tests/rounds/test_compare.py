"""Comparing two texts of a speech at the level a reader sees: words and sentences inside
paragraphs, whole paragraphs, moves; the CLI's `compare` with rounds, .txt and .docx."""

import json

import pytest

from speechwriter.outline import rounds
from speechwriter.outline.io import load_outline, save_outline
from speechwriter.revise.diff import Para, changes, compare, new_text, old_text
from tests.cjk_fonts import CJK_FONTS, fontconfig_env
from tests.conftest import REPO, run_cli

SAMPLE = REPO / "resources" / "samples" / "001_078ce92062d30043.txt"


def _paragraphs(text: str) -> list[Para]:
    return [Para(line.strip()) for line in text.splitlines() if line.strip()]


def test_a_word_changed_inside_a_long_paragraph_is_named_as_that_word():
    speech = _paragraphs(SAMPLE.read_text(encoding="utf-8"))
    long = max(range(len(speech)), key=lambda i: len(speech[i].text))
    word = next(w for w in ("加强", "推动", "坚持", "进一步", "工作") if w in speech[long].text)
    edited = list(speech)
    edited[long] = Para(speech[long].text.replace(word, "切实" + word, 1))
    found = changes(compare(speech, edited))
    assert [(c.op, c.old, c.new) for c in found] == [("insert", "", "切实")]


def test_every_paragraph_reads_back_as_old_and_new():
    speech = _paragraphs(SAMPLE.read_text(encoding="utf-8"))
    edited = [Para(p.text.replace("的", "之", 1)) if i % 3 == 0 else p for i, p in enumerate(speech)]
    del edited[4]
    edited.insert(2, Para("这是领导新加的一段话，要求各单位抓好落实。"))
    diffs = compare(speech, edited)
    assert [old_text(d.pieces) for d in diffs if d.old is not None and d.op != "move_to"] == [p.text for p in speech]
    assert [new_text(d.pieces) for d in diffs if d.new is not None and d.op != "move_from"] == [p.text for p in edited]


def test_a_moved_paragraph_is_a_move_not_a_deletion_and_an_insertion():
    speech = _paragraphs(SAMPLE.read_text(encoding="utf-8"))
    moved = list(speech)
    paragraph = moved.pop(3)
    moved.insert(len(moved) - 2, paragraph)
    found = changes(compare(speech, moved))
    assert [(c.op, c.old) for c in found] == [("move", paragraph.text)]


def test_a_rewritten_sentence_is_shown_whole_not_as_scattered_characters():
    old = [Para("我们要坚持问题导向。全面提高安全生产水平。")]
    new = [Para("我们要坚持问题导向。各级干部务必以身作则，带头履职尽责。")]
    found = changes(compare(old, new))
    assert [(c.op, c.old, c.new) for c in found] == [
        ("replace", "全面提高安全生产水平。", "各级干部务必以身作则，带头履职尽责。")]


def test_changes_carry_the_outline_section(outline):
    from speechwriter.revise.sources import outline_blocks, paragraphs_of

    before = paragraphs_of(outline_blocks(outline))
    edited = outline.copy()
    target = edited.sections[3]
    target.body = target.body.replace("党政同责", "党政同责、齐抓共管")
    found = changes(compare(before, paragraphs_of(outline_blocks(edited))))
    # .copy() gives fresh ids: the section is named by the new text's id
    assert [(c.op, c.section) for c in found] == [("insert", target.id)]
    assert found[0].new in ("、齐抓共管", "齐抓共管、")  # either reading of where the words went in


def test_cli_compare_rounds_of_one_outline(outline, tmp_path):
    path = tmp_path / "讲话.speech.json"
    rounds.save_round(outline, "初稿")
    outline.sections[0].body = outline.sections[0].body.replace("主要任务", "主要目的")
    save_outline(outline, path)
    result = run_cli("compare", f"{path}@1", path, "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)["changes"]
    assert [(c["op"], c["old"], c["new"], c["section"]) for c in found] == [
        ("replace", "任务", "目的", outline.sections[0].id)]
    assert set(found[0]) == {"op", "section", "old", "new"}
    result = run_cli("compare", f"{path}@1", path)
    assert result.returncode == 0 and "“任务”→“目的”" in result.stdout


def test_cli_compare_an_outline_with_a_txt_and_writes_the_html_comparison(outline_file, tmp_path):
    from speechwriter.render import to_text

    text = to_text(load_outline(outline_file)).replace("事故总量持续下降", "事故总量大幅下降")
    txt = tmp_path / "改后.txt"
    txt.write_text(text, encoding="utf-8")
    out = tmp_path / "对照.html"
    result = run_cli("compare", outline_file, txt, "--json", "-o", out)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)["changes"]
    assert [(c["op"], c["old"], c["new"]) for c in found] == [("replace", "持续", "大幅")]
    page = out.read_text(encoding="utf-8")
    assert "line-through'>持续</span>" in page and "underline'>大幅</span>" in page


def test_the_html_comparison_falls_back_to_the_faces_the_print_uses(outline_file, tmp_path):
    """On a PC without 仿宋 (统信、麒麟) the 对照稿 opened in a browser shows the face the printed
    speech falls back to, not another one."""
    import re

    from speechwriter.render.options import FALLBACK_FACES

    out = tmp_path / "对照.html"
    assert run_cli("compare", outline_file, outline_file, "-o", out).returncode == 0
    body = re.search(r"body \{ font-family: ([^;]+);", out.read_text(encoding="utf-8"))
    assert body, "the comparison names no body face"
    faces = [name.strip().strip('"') for name in body.group(1).split(",")]
    assert faces[:len(FALLBACK_FACES["body"])] == list(FALLBACK_FACES["body"]) and faces[-1] == "serif"


def test_cli_compare_refuses_what_it_cannot_read(outline_file, tmp_path):
    result = run_cli("compare", f"{outline_file}@5", outline_file)
    assert result.returncode == 2 and "没有第 5 轮" in result.stderr
    result = run_cli("compare", outline_file, tmp_path / "无.docx")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    result = run_cli("compare", outline_file, outline_file, "-o", tmp_path / "x.odt")
    assert result.returncode == 2 and "不支持" in result.stderr


@pytest.mark.parametrize("font", list(CJK_FONTS))
def test_cli_compare_prints_the_comparison_as_pdf_with_fields_set(outline_file, tmp_path, font):
    import shutil
    import subprocess

    from speechwriter.render import to_text

    text = to_text(load_outline(outline_file)).replace("安全生产工作会议", "全市安全生产大会")
    txt = tmp_path / "改后.txt"
    txt.write_text(text, encoding="utf-8")
    out = tmp_path / "对照稿.pdf"
    # --set fills the field on both sides: with the leader's name for the meeting, no change is left
    env = fontconfig_env(font, tmp_path)   # one font at a time: Noto CJK wrote 康熙 radicals for 工, 见 …
    result = run_cli("compare", outline_file, txt, "--json", "--set", "会议名称=全市安全生产大会", "-o", out, env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["changes"] == []
    assert out.read_bytes()[:5] == b"%PDF-"
    result = run_cli("compare", outline_file, txt, "--json", "-o", out, env=env)
    assert json.loads(result.stdout)["changes"]
    if shutil.which("pdftotext"):
        shown = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.replace("\n", "")
        assert not [ch for ch in shown if 0x2E80 <= ord(ch) <= 0x2FDF]   # the characters written, searchable
        assert "对照稿" in shown and "大会" in shown and "工作会议" in shown   # the new words and the struck old ones


def test_an_outline_with_a_required_field_still_empty_can_be_compared(outline, tmp_path):
    from speechwriter.revise.sources import outline_blocks

    outline.fields["日期"] = ""     # given only with --set when it was exported
    printed = [b.plain() for b in outline_blocks(outline)]
    assert "（〔日期〕）" in printed
    path = tmp_path / "缺字段.speech.json"
    save_outline(outline, path)
    result = run_cli("compare", path, path, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["changes"] == []


def test_two_long_unrelated_texts_are_compared_without_weighing_every_pair():
    """Thousands of paragraphs with nothing in common (a wrong file): the comparison ends (it does
    not weigh millions of pairs for moves) and still spells both texts exactly."""
    old = [Para(f"甲乙丙丁戊己庚辛壬癸{i}") for i in range(3000)]
    other = [Para(f"子丑寅卯辰巳午未申酉戌亥（{i}）") for i in range(3000)]
    new = other[:1500] + [old[2999]] + other[1500:] + [old[5]]
    diffs = compare(old, new, words=False)
    assert [old_text(d.pieces) for d in diffs if d.old is not None and d.op != "move_to"] == [p.text for p in old]
    assert [new_text(d.pieces) for d in diffs if d.new is not None and d.op != "move_from"] == [p.text for p in new]
    assert sum(d.op == "insert" for d in diffs) >= 2999
