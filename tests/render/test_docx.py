import os

import pytest

from speechwriter.errors import UserError
from speechwriter.render import FONT_SETS, docx_bytes, export_docx, render_blocks
from tests.render.docx_xml import NS, W, parts, xml


@pytest.fixture
def data(outline):
    return docx_bytes(render_blocks(outline))


def _val(element, path):
    found = element.find(path, NS)
    return None if found is None else found.get(f"{W}val")


def test_a4_and_gbt9704_margins(data):
    sect = xml(data, "word/document.xml").find(".//w:body/w:sectPr", NS)
    size, margins = sect.find("w:pgSz", NS), sect.find("w:pgMar", NS)
    assert (int(size.get(f"{W}w")), int(size.get(f"{W}h"))) == (11906, 16838)  # 210 × 297 mm in twips
    mm = {k: round(int(margins.get(f"{W}{k}")) / 56.692) for k in ("top", "bottom", "left", "right")}
    assert mm == {"top": 37, "bottom": 35, "left": 28, "right": 26}


def test_no_theme_fonts_anywhere_and_no_direct_fonts_in_paragraphs(data):
    for name in ("word/document.xml", "word/styles.xml", "word/footer1.xml", "word/footer2.xml"):
        root = xml(data, name)
        for rfonts in root.iter(f"{W}rFonts"):
            assert not [a for a in rfonts.attrib if "heme" in a], name
    document = xml(data, "word/document.xml")
    assert len(document.findall(".//w:r", NS)) > 10
    # a clerk restyles the speech in Word by changing a style: no run carries its own font or size
    assert document.findall(".//w:r/w:rPr/w:rFonts", NS) == []
    assert document.findall(".//w:r/w:rPr/w:sz", NS) == []
    styles = xml(data, "word/styles.xml")
    allowed = set(FONT_SETS["公文字体"].values())
    for rfonts in styles.iter(f"{W}rFonts"):
        assert rfonts.get(f"{W}eastAsia") in allowed
        assert {rfonts.get(f"{W}{k}") for k in ("ascii", "hAnsi", "cs")} == {"Times New Roman"}


def test_word_opens_it_as_its_own_with_a_22_by_28_grid(data):
    settings = xml(data, "word/settings.xml")
    mode = settings.find("w:compat/w:compatSetting[@w:name='compatibilityMode']", NS)
    assert mode.get(f"{W}val") == "15"  # not 「兼容模式」
    assert _val(settings, "w:characterSpacingControl") == "compressPunctuation"
    sect = xml(data, "word/document.xml").find(".//w:body/w:sectPr", NS)
    grid = sect.find("w:docGrid", NS)
    assert grid.get(f"{W}type") == "linesAndChars"
    margins = sect.find("w:pgMar", NS)
    width = int(sect.find("w:pgSz", NS).get(f"{W}w")) - int(margins.get(f"{W}left")) - int(margins.get(f"{W}right"))
    height = int(sect.find("w:pgSz", NS).get(f"{W}h")) - int(margins.get(f"{W}top")) - int(margins.get(f"{W}bottom"))
    pitch = int(grid.get(f"{W}linePitch"))
    assert height // pitch == 22
    body_pt = int(_val(_style(xml(data, "word/styles.xml"), "Normal"), "w:rPr/w:sz")) / 2
    cell = body_pt + int(grid.get(f"{W}charSpace")) / 4096  # Word: Normal's size + charSpace/4096 pt
    assert int(width / 20 // cell) == 28


def _style(styles, style_id):
    return styles.find(f"w:style[@w:styleId='{style_id}']", NS)


def test_body_style_grid_indent_and_widow_control(data):
    styles = xml(data, "word/styles.xml")
    normal = _style(styles, "Normal")
    spacing = normal.find("w:pPr/w:spacing", NS)
    assert spacing.get(f"{W}line") == "579" and spacing.get(f"{W}lineRule") == "exact"
    ind = normal.find("w:pPr/w:ind", NS)
    assert ind.get(f"{W}firstLine") == "640" and ind.get(f"{W}firstLineChars") == "200"
    assert _val(normal, "w:pPr/w:widowControl") == "0"
    assert _val(normal, "w:rPr/w:sz") == "32"
    assert normal.find("w:rPr/w:rFonts", NS).get(f"{W}eastAsia") == "仿宋_GB2312"
    assert _val(normal, "w:rPr/w:w") == "98"  # 15.68 pt wide: one character per 15.79 pt grid cell
    defaults = styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    assert defaults.find("w:lang", NS).get(f"{W}eastAsia") == "zh-CN"


@pytest.mark.parametrize("style_id, face, bold, level", [("Heading1", "黑体", False, "0"), ("Heading2", "楷体_GB2312", False, "1"),
                                                       ("Heading3", "仿宋_GB2312", True, "2"), ("Heading4", "仿宋_GB2312", True, "3")])
def test_heading_styles_fonts_and_outline_levels(data, style_id, face, bold, level):
    style = _style(xml(data, "word/styles.xml"), style_id)
    assert style.find("w:rPr/w:rFonts", NS).get(f"{W}eastAsia") == face
    assert (style.find("w:rPr/w:b", NS) is not None) == bold
    assert _val(style, "w:pPr/w:outlineLvl") == level
    assert style.find("w:rPr/w:color", NS) is None  # no blue theme colour left over


def test_title_meta_and_salutation_styles(data):
    styles = xml(data, "word/styles.xml")
    title = _style(styles, "Title")
    assert _val(title, "w:name") == "Title"  # Word's own 标题 style
    assert title.find("w:rPr/w:rFonts", NS).get(f"{W}eastAsia") == "方正小标宋简体"
    assert _val(title, "w:rPr/w:sz") == "44" and _val(title, "w:pPr/w:jc") == "center"
    meta = _style(styles, "SpeechMeta")
    assert meta.find("w:rPr/w:rFonts", NS).get(f"{W}eastAsia") == "楷体_GB2312" and _val(meta, "w:pPr/w:jc") == "center"
    salutation = _style(styles, "Salutation")
    assert _val(salutation, "w:pPr/w:jc") == "left"
    assert salutation.find("w:pPr/w:ind", NS).get(f"{W}firstLine") == "0"


def test_paragraphs_carry_named_styles_in_order(data, outline):
    document = xml(data, "word/document.xml")
    styles = [_val(p, "w:pPr/w:pStyle") for p in document.findall(".//w:body/w:p", NS)]
    assert styles[:5] == ["Title", "SpeechMeta", "SpeechMeta", "Salutation", "Normal"]
    assert styles.count("Heading1") == 3 and styles.count("Heading4") == 1


def test_run_in_heading_and_body_share_one_paragraph_in_two_fonts(data):
    document = xml(data, "word/document.xml")
    for p in document.findall(".//w:body/w:p", NS):
        runs = p.findall("w:r", NS)
        if runs and "".join(runs[0].itertext()).startswith("（一）"):
            assert len(runs) == 2
            assert _val(runs[0], "w:rPr/w:rStyle") == "RunIn2" and runs[1].find("w:rPr", NS) is None
            styles = xml(data, "word/styles.xml")
            assert _style(styles, "RunIn2").find("w:rPr/w:rFonts", NS).get(f"{W}eastAsia") == "楷体_GB2312"
            assert _style(styles, "Normal").find("w:rPr/w:rFonts", NS).get(f"{W}eastAsia") == "仿宋_GB2312"
            return
    pytest.fail("no run-in paragraph found")


def test_page_numbers_odd_right_even_left(data):
    settings = xml(data, "word/settings.xml")
    assert settings.find("w:evenAndOddHeaders", NS) is not None
    sect = xml(data, "word/document.xml").find(".//w:body/w:sectPr", NS)
    refs = {r.get(f"{W}type"): r.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
            for r in sect.findall("w:footerReference", NS)}
    assert set(refs) == {"default", "even"}
    rels = parts(data)["word/_rels/document.xml.rels"].decode()
    import re
    target = {rid: re.search(rf'Id="{rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="{rid}"', rels) for rid in refs.values()}
    for kind, side in (("default", "right"), ("even", "left")):
        match = target[refs[kind]]
        footer = xml(data, "word/" + (match.group(1) or match.group(2)))
        p = footer.find("w:p", NS)
        assert _val(p, "w:pPr/w:jc") == side
        assert "".join(p.itertext()).replace(" PAGE ", "") == "— 1 —"
        assert footer.find(".//w:instrText", NS).text.strip() == "PAGE"
        assert _val(p, "w:pPr/w:pStyle") == "PageNumber"
    page_style = _style(xml(data, "word/styles.xml"), "PageNumber")
    assert page_style.find("w:rPr/w:rFonts", NS).get(f"{W}eastAsia") == "宋体"


def test_system_font_set(outline):
    data = docx_bytes(render_blocks(outline), "系统自带")
    styles = xml(data, "word/styles.xml")
    assert _style(styles, "Normal").find("w:rPr/w:rFonts", NS).get(f"{W}eastAsia") == "仿宋"
    assert _style(styles, "Title").find("w:rPr/w:b", NS) is not None  # 宋体 title in bold
    with pytest.raises(UserError, match="字体方案"):
        docx_bytes([], "微软雅黑")


def test_font_table_names_chinese_faces_with_fallbacks(data):
    fonts = {f.get(f"{W}name"): f for f in xml(data, "word/fontTable.xml").findall("w:font", NS)}
    assert set(FONT_SETS["公文字体"].values()) <= set(fonts)
    assert _val(fonts["仿宋_GB2312"], "w:altName") == "仿宋" and _val(fonts["仿宋_GB2312"], "w:charset") == "86"
    assert not [name for name in fonts if "ＭＳ" in name]  # the default template's Japanese faces are gone


def test_no_stale_template_leftovers(data):
    names = parts(data)
    assert "docProps/thumbnail.jpeg" not in names and "word/stylesWithEffects.xml" not in names
    assert b"python-docx" not in names["docProps/core.xml"]
    from datetime import datetime

    assert f"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{datetime.now().year}".encode() in names["docProps/core.xml"]


def test_export_writes_and_replaces(outline, tmp_path):
    target = tmp_path / "讲话.docx"
    export_docx(outline, target)
    first = target.read_bytes()
    assert first[:2] == b"PK"
    export_docx(outline, target, extra_fields={"会议名称": "防汛工作会议"})
    assert "防汛工作会议".encode() in parts(target.read_bytes())["word/document.xml"]


def test_export_into_missing_folder_or_under_a_file(outline, tmp_path):
    with pytest.raises(UserError, match="不存在"):
        export_docx(outline, tmp_path / "没有这个文件夹" / "a.docx")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    # the parent is a plain file: no one, not even root (tests run as root), can create a file there
    with pytest.raises(UserError, match="不存在"):
        export_docx(outline, blocker / "a.docx")


def test_export_onto_a_folder_is_refused(outline, tmp_path):
    (tmp_path / "a.docx").mkdir()
    with pytest.raises(UserError, match="文件夹"):
        export_docx(outline, tmp_path / "a.docx")


def test_target_that_cannot_be_replaced_stays_untouched(outline, tmp_path, monkeypatch):
    """Windows refuses to replace a .docx open in Word; root on Linux cannot be blocked by chmod,
    so the refusal is produced where the OS would produce it: at the final rename."""
    target = tmp_path / "a.docx"
    target.write_bytes(b"the clerk's previous version")

    def locked(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(UserError, match="被占用或只读"):
        export_docx(outline, target)
    assert target.read_bytes() == b"the clerk's previous version"
    assert [p.name for p in tmp_path.iterdir()] == ["a.docx"]


def test_missing_field_writes_nothing(outline, tmp_path):
    target = tmp_path / "a.docx"
    target.write_bytes(b"old")
    del outline.fields["日期"]
    with pytest.raises(UserError, match="日期"):
        export_docx(outline, target)
    assert target.read_bytes() == b"old"


@pytest.fixture
def immutable(tmp_path):
    """Mark a path immutable (chattr +i): the one lock even root cannot write through on Linux.
    Skips where the filesystem or the container does not allow it."""
    import shutil
    import subprocess

    marked = []
    if not shutil.which("chattr"):
        pytest.skip("chattr 不可用")

    def mark(path):
        result = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
        if result.returncode != 0:
            pytest.skip(f"无法设置不可修改属性：{result.stderr.decode(errors='replace').strip()}")
        marked.append(path)

    yield mark
    for path in marked:
        subprocess.run(["chattr", "-i", str(path)], check=False)


def test_really_locked_target_is_untouched(outline, tmp_path, immutable):
    target = tmp_path / "a.docx"
    target.write_bytes(b"the clerk's previous version")
    immutable(target)
    with pytest.raises(UserError, match="被占用或只读"):
        export_docx(outline, target)
    assert target.read_bytes() == b"the clerk's previous version"
    assert [p.name for p in tmp_path.iterdir()] == ["a.docx"]


def test_really_read_only_folder(outline, tmp_path, immutable):
    folder = tmp_path / "只读"
    folder.mkdir()
    (folder / "a.docx").write_bytes(b"old")
    immutable(folder)
    with pytest.raises(UserError, match="权限"):
        export_docx(outline, folder / "a.docx")
    assert (folder / "a.docx").read_bytes() == b"old"


def test_control_characters_pasted_from_word_do_not_break_the_export(outline, tmp_path):
    outline.sections[0].body = "第一行\x0b第二行\x07。"
    export_docx(outline, tmp_path / "a.docx")
    assert "第一行 第二行 。" in parts((tmp_path / "a.docx").read_bytes())["word/document.xml"].decode()


def test_large_print_reading_copy(outline):
    from speechwriter.render import LayoutOptions

    data = docx_bytes(render_blocks(outline), LayoutOptions(large_print=True))
    normal = _style(xml(data, "word/styles.xml"), "Normal")
    assert int(_val(normal, "w:rPr/w:sz")) >= 44  # 二号 or larger for the podium
    assert normal.find("w:pPr/w:keepLines", NS) is not None  # paragraphs stay on one page
    assert int(normal.find("w:pPr/w:spacing", NS).get(f"{W}line")) >= 800


@pytest.mark.parametrize("code, words", [("ENOSPC", "磁盘空间不足"), ("EROFS", "只读"), ("ENAMETOOLONG", "太长")])
def test_os_errors_reach_the_clerk_in_chinese(outline, tmp_path, monkeypatch, code, words):
    import errno

    def failing(src, dst):
        raise OSError(getattr(errno, code), os.strerror(getattr(errno, code)), str(dst))

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(UserError) as caught:
        export_docx(outline, tmp_path / "a.docx")
    assert words in caught.value.message
    import re

    assert not re.search(r"[A-Za-z]{3,}", caught.value.message.replace(str(tmp_path / "a.docx"), ""))  # no English
