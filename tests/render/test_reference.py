"""The office's own Word template (--reference): its page setup, header and styles are used."""

import shutil
import subprocess

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from speechwriter.errors import UserError
from speechwriter.outline.io import save_outline
from speechwriter.render import build_docx, render_blocks
from tests.conftest import run_cli
from tests.render.conftest import sample_outline
from tests.render.docx_xml import NS, W, parts, xml

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _office_template(path, drop=("Heading 3",)):
    """What an office keeps as 本单位讲话稿模板.docx: 25 mm margins, a header, its own fonts, a
    WPS-style heading named in Chinese with a numeric id, some styles missing."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = section.left_margin = section.right_margin = Mm(25)
    section.header.paragraphs[0].text = "某某市人民政府办公室"
    styles = document.styles
    normal = styles["Normal"]
    normal.font.size = Pt(15)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "华文仿宋")
    heading = styles["Heading 1"]
    heading.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "方正黑体简体")
    heading.element.set(qn("w:styleId"), "2")                       # as WPS stores it
    heading.element.find(qn("w:name")).set(qn("w:val"), "标题 1")
    for name in drop:
        styles[name].element.getparent().remove(styles[name].element)
    document.add_paragraph("这段示例文字不应出现在导出的讲稿中。")
    document.save(path)
    return path


@pytest.fixture
def exported(tmp_path):
    template = _office_template(tmp_path / "本单位讲话稿模板.docx")
    data, notes = build_docx(render_blocks(sample_outline()), "公文字体", "", reference=template)
    return data, notes


def test_template_page_setup_header_and_styles_are_used(exported):
    data, notes = exported
    document = xml(data, "word/document.xml")
    margins = document.find(".//w:body/w:sectPr/w:pgMar", NS)
    assert {k: round(int(margins.get(f"{W}{k}")) / 56.692) for k in ("top", "left")} == {"top": 25, "left": 25}
    assert document.find(".//w:body/w:sectPr/w:headerReference", NS) is not None
    headers = [name for name in parts(data) if name.startswith("word/header")]
    assert any("某某市人民政府办公室" in parts(data)[h].decode() for h in headers)
    text = "".join(document.itertext())
    assert "示例文字" not in text and "安全生产" in text
    styles_used = [p.find("w:pPr/w:pStyle", NS).get(f"{W}val") for p in document.findall(".//w:body/w:p", NS)]
    assert "2" in styles_used and "Heading1" not in styles_used  # the template's 标题 1, found by name
    styles = xml(data, "word/styles.xml")
    normal = styles.find("w:style[@w:styleId='Normal']", NS)
    assert normal.find("w:rPr/w:rFonts", NS).get(f"{W}eastAsia") == "华文仿宋"  # kept, not overwritten
    assert styles.find("w:style[@w:styleId='2']/w:rPr/w:rFonts", NS).get(f"{W}eastAsia") == "方正黑体简体"


def test_missing_styles_fall_back_to_ours_and_are_named(exported):
    data, notes = exported
    assert len(notes) == 1 and "标题 3" in notes[0] and "标题 1" not in notes[0]
    styles = xml(data, "word/styles.xml")
    ours = styles.find("w:style[@w:styleId='Heading3']", NS)
    assert ours.find("w:rPr/w:b", NS) is not None and ours.find("w:basedOn", NS).get(f"{W}val") == "Normal"


def test_cli_reference_prints_the_fallback_note(tmp_path):
    source = tmp_path / "讲话.speech.json"
    save_outline(sample_outline(), source)
    template = _office_template(tmp_path / "模板.docx", drop=("Title", "Heading 2"))
    result = run_cli("render", source, "-o", tmp_path / "a.docx", "--reference", template)
    assert result.returncode == 0, result.stderr
    assert "标题”“标题 2" in result.stdout
    bad = tmp_path / "坏.docx"
    bad.write_text("not a zip")
    result = run_cli("render", source, "-o", tmp_path / "b.docx", "--reference", bad)
    assert result.returncode == 2 and "不是有效的 Word 文档" in result.stderr
    assert not (tmp_path / "b.docx").exists()


def test_reference_that_does_not_exist(tmp_path):
    with pytest.raises(UserError, match="找不到单位模板"):
        build_docx([], "公文字体", "", reference=tmp_path / "无.docx")


@pytest.mark.skipif(not (SOFFICE and shutil.which("pdftotext")), reason="LibreOffice/pdftotext 未安装")
def test_libreoffice_shows_the_template_header_and_margins(exported, tmp_path):
    data, _ = exported
    (tmp_path / "a.docx").write_bytes(data)
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'p'}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "a.docx")], check=True, capture_output=True, timeout=240)
    layout = subprocess.run(["pdftotext", "-layout", str(tmp_path / "a.pdf"), "-"], capture_output=True,
                            text=True, check=True).stdout
    first = layout.split("\f")[0]
    assert first.lstrip().startswith("某某市人民政府办公室")
    bbox = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(tmp_path / "a.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    import re

    lefts = [float(x) for x in re.findall(r'xMin="([\d.]+)"', bbox)]
    assert abs(min(lefts) - 25 * 72 / 25.4) < 3  # text starts at the template's 25 mm left margin


def test_a_word_template_dotx_is_accepted(tmp_path):
    """Offices keep their template as .dotx (Word → 另存为 → Word 模板): only the content type differs."""
    import io
    import zipfile

    source = _office_template(tmp_path / "t.docx").read_bytes()
    dotx = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as zin, zipfile.ZipFile(dotx, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"wordprocessingml.document.main+xml", b"wordprocessingml.template.main+xml")
            zout.writestr(item, data)
    (tmp_path / "本单位讲话稿模板.dotx").write_bytes(dotx.getvalue())
    data, notes = build_docx(render_blocks(sample_outline()), "公文字体", "", reference=tmp_path / "本单位讲话稿模板.dotx")
    assert b"wordprocessingml.document.main+xml" in parts(data)["[Content_Types].xml"]  # the export is a .docx
    margins = xml(data, "word/document.xml").find(".//w:body/w:sectPr/w:pgMar", NS)
    assert round(int(margins.get(f"{W}left")) / 56.692) == 25


@pytest.mark.skipif(not (SOFFICE and shutil.which("pdftotext")), reason="LibreOffice/pdftotext 未安装")
def test_the_templates_header_stays_on_even_pages_with_odd_even_page_numbers(tmp_path):
    from tests.render.test_libreoffice import _outline

    template = _office_template(tmp_path / "模板.docx")
    data, _ = build_docx(render_blocks(_outline()), "公文字体", "", reference=template)
    (tmp_path / "a.docx").write_bytes(data)
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'p'}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "a.docx")], check=True, capture_output=True, timeout=240)
    layout = subprocess.run(["pdftotext", "-layout", str(tmp_path / "a.pdf"), "-"], capture_output=True,
                            text=True, check=True).stdout
    pages = [p for p in layout.split("\f") if p.strip()]
    assert len(pages) >= 2
    for page in pages:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert lines[0] == "某某市人民政府办公室"       # the header on odd and even pages
    import re

    assert re.fullmatch(r"—\s*2\s*—", [line for line in pages[1].splitlines() if line.strip()][-1].strip())


def test_a_header_with_a_logo_keeps_one_header_and_centres_the_page_number(tmp_path):
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))
    (tmp_path / "logo.png").write_bytes(png)
    path = _office_template(tmp_path / "模板.docx")
    document = docx.Document(str(path))
    document.sections[0].header.paragraphs[0].add_run().add_picture(str(tmp_path / "logo.png"), width=Mm(10))
    document.save(path)
    data, _ = build_docx(render_blocks(sample_outline()), "公文字体", "", reference=path)
    sect = xml(data, "word/document.xml").find(".//w:body/w:sectPr", NS)
    assert [r.get(f"{W}type") for r in sect.findall("w:headerReference", NS)] == ["default"]
    footers = sect.findall("w:footerReference", NS)
    assert [r.get(f"{W}type") for r in footers] == ["default"]
    assert xml(data, "word/settings.xml").find("w:evenAndOddHeaders", NS) is None
    footer = next(v for k, v in parts(data).items() if k.startswith("word/footer"))
    assert b'w:val="center"' in footer
