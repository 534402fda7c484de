"""Reading .docx speeches, including headings numbered by Word's own list numbering."""

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from speechwriter.core.analyzer import analyze_file

W = nsdecls("w")


def _add_chinese_list(document) -> str:
    """A two-level list numbered 一、 / （一） by Word itself; returns its numId."""
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="90">'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        f'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
        f'</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return "90"


def _list_paragraph(document, text, num_id, level):
    paragraph = document.add_paragraph(text)
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return paragraph


def test_word_list_numbering_becomes_the_headings_numbers(tmp_path):
    document = docx.Document()
    num_id = _add_chinese_list(document)
    document.add_paragraph("在全市科技创新大会上的讲话")
    document.add_paragraph("同志们：")
    document.add_paragraph("今天，我们召开全市科技创新大会，主要任务是部署今年的科技工作。")
    _list_paragraph(document, "深刻认识科技创新的重要意义", num_id, 0)
    document.add_paragraph("科技是第一生产力，创新是第一动力，我们必须把创新摆在发展全局的核心位置。")
    _list_paragraph(document, "突出抓好重点任务", num_id, 0)
    _list_paragraph(document, "加快创新平台建设", num_id, 1)
    document.add_paragraph("要建好用好各类创新平台，集聚创新资源。")
    _list_paragraph(document, "培育创新主体", num_id, 1)
    document.add_paragraph("要支持企业加大研发投入，壮大科技型企业队伍。")
    document.add_paragraph("同志们，让我们携手奋进，为建设创新型城市而努力奋斗！")
    path = tmp_path / "讲话.docx"
    document.save(path)

    [speech] = analyze_file(path)
    assert speech.title == "在全市科技创新大会上的讲话"
    assert speech.salutation == "同志们："
    assert [s.heading for s in speech.sections if s.heading] == ["一、深刻认识科技创新的重要意义", "二、突出抓好重点任务"]
    second = speech.sections[2]
    assert [p.heading for p in second.points] == ["（一）加快创新平台建设", "（二）培育创新主体"]
    assert [s.role for s in speech.sections] == ["opening", "key_points", "key_points", "closing"]


def test_plain_docx_paragraphs(tmp_path, samples_dir):
    text = (samples_dir / "000_32bc476c12bb423b.txt").read_text(encoding="utf-8")
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    path = tmp_path / "sample.docx"
    document.save(path)
    [speech] = analyze_file(path)
    assert speech.kind == "汇报发言"
    assert len(speech.sections) == 7


def _run_in_paragraph(document, head, body, **marks):
    """A paragraph whose first words are its heading, set apart by bold or a heading font."""
    paragraph = document.add_paragraph()
    lead = paragraph.add_run(head)
    if marks.get("bold"):
        lead.bold = True
    if marks.get("font"):
        lead.font.name = marks["font"]
        lead._r.get_or_add_rPr().get_or_add_rFonts().set(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", marks["font"])
    paragraph.add_run(body)


def _speech_with_run_in_points(tmp_path, **marks):
    document = docx.Document()
    document.add_paragraph("在全市安全生产工作会议上的讲话")
    document.add_paragraph("同志们：")
    document.add_paragraph("今天，我们召开全市安全生产工作会议，主要任务是部署今年的安全生产工作。")
    _run_in_paragraph(document, "一、提高政治站位。", "安全生产事关人民群众生命财产安全，各级要切实扛起政治责任。", **marks)
    _run_in_paragraph(document, "二、压紧压实责任。", "要严格落实党政同责、一岗双责，把责任落实到每一个岗位。", **marks)
    document.add_paragraph("同志们，让我们携手奋进，推动全市安全生产形势持续稳定向好！")
    path = tmp_path / "讲话.docx"
    document.save(path)
    [speech] = analyze_file(path)
    return speech


def test_a_bold_heading_run_in_at_the_start_of_its_paragraph_is_a_heading_line(tmp_path):
    speech = _speech_with_run_in_points(tmp_path, bold=True)
    assert [s.heading for s in speech.sections if s.heading] == ["一、提高政治站位。", "二、压紧压实责任。"]
    assert speech.sections[1].paragraphs == ["安全生产事关人民群众生命财产安全，各级要切实扛起政治责任。"]


def test_a_heading_in_hei_ti_run_in_at_the_start_of_its_paragraph_is_a_heading_line(tmp_path):
    speech = _speech_with_run_in_points(tmp_path, font="黑体")
    assert [s.heading for s in speech.sections if s.heading] == ["一、提高政治站位。", "二、压紧压实责任。"]


def test_a_run_in_point_set_like_its_body_stays_one_paragraph(tmp_path):
    speech = _speech_with_run_in_points(tmp_path)
    assert [s.heading for s in speech.sections if s.heading] == []
    assert speech.sections[1].paragraphs[0].startswith("一、提高政治站位。安全生产")
