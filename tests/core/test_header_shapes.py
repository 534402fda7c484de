"""The title block read the same whatever shape it comes in (core/shapes.py): a few speeches, each
written out as a clerk's file (tight, the title wrapped over two or three lines with or without a
blank line, the title spaced out, the speaker under the title, the date in another form, the
salutation run into the body, traditional script) and as a pasted page (the site's name, where the
page is, its record line, the page's headline or the collection's title above the title, the title
repeated, a guide paragraph, an ad, the item's number `篇一`). In every shape the title, subtitle,
speaker, date and salutation read are the speech's own. The invented speeches are read by the
shipped model; so are three labelled ones from ../shared/corpus, when it is here."""

import json

import pytest

from speechwriter.core.analyzer import analyze_text
from speechwriter.core.header import is_name_line
from speechwriter.core.labelling import norm
from speechwriter.core.reader import read_speech_file
from speechwriter.core.shapes import FIELDS, SHAPES, Top, top_of, variants
from tests.conftest import SHARED

BODY = ("今天，我们召开全县农业农村工作会议，主要任务是总结去年工作，部署今年任务。刚才，几位同志作了发言，"
        "讲得都很好，我完全赞同。\n\n下面，我讲三点意见。\n\n一、认清形势，切实增强做好工作的责任感\n\n"
        "去年，全县农业生产形势总体平稳，粮食产量再创新高，但困难仍然不少，必须高度重视。\n\n"
        "二、突出重点，扎实推进各项任务落实\n\n要抓住重点产业和关键环节，逐项研究解决，确保取得实效。\n")

SPEECHES = {
    "讲话": Top("在全县农业农村工作会议上的讲话", None, "县委书记 王建国", "2024年2月18日", "同志们：", BODY),
    "主副标题": Top("凝心聚力 砥砺前行", "——在公司2024年度工作会议上的报告", "张志强", None, "各位股东、同志们：", BODY),
    "工作报告": Top("2024年县政府工作报告", None, None, None, "各位代表：", BODY),
    "致辞": Top("在秋季开学典礼上的致辞", None, "校长 李红", None, "老师们、同学们：", BODY),
    "长标题": Top("市教育局局长在全市教育系统安全工作会议上的表态发言", None, None, None, "尊敬的各位领导：", BODY),
    "汇报": Top("关于进一步加强基层党组织建设的情况汇报", None, None, "2023年11月6日", "各位领导：", BODY),
    "短标题": Top("述职报告", None, "陈晓东", None, "各位领导、同事们：", BODY),
}


def _read(text: str) -> dict:
    speeches = analyze_text(text)
    assert speeches, "no speech read"
    return speeches[0].to_dict()


def _wrong(got: dict, want: dict) -> list[str]:
    return [f"{key}: {got.get(key)!r} ≠ {want[key]!r}" for key in FIELDS if norm(got.get(key)) != norm(want[key])]


@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("name", sorted(SPEECHES))
def test_the_title_block_is_read_the_same_in_every_shape(name, shape):
    for seed in (0, 1):
        for _, text, want in variants(SPEECHES[name], seed, [shape]):
            assert not _wrong(_read(text), want), text[:300]


def test_the_shapes_are_what_they_say():
    """The shapes change the title block, not the speech: the title wrapped is the title's lines, a
    page line is above the title, a run-in salutation opens the first paragraph's line."""
    top = SPEECHES["长标题"]
    [(_, wrapped, _)] = variants(top, 0, ["wrapped_2_blank"])
    first, blank, second = wrapped.split("\n")[:3]
    assert first + second == top.title and blank == "" and first and second
    [(_, run_in, _)] = variants(top, 0, ["salutation_run_in"])
    assert "尊敬的各位领导：今天，我们召开" in run_in
    [(_, page, _)] = variants(top, 0, ["whole_page"])
    assert page.index("篇") < page.index("尊敬的") and page.count("表态发言") >= 3
    [(_, spaced, want)] = variants(SPEECHES["短标题"], 0, ["spaced_title"])
    assert spaced.startswith("述 职 报 告") and norm(want["title"]) == "述职报告"
    [(_, traditional, want)] = variants(SPEECHES["讲话"], 0, ["traditional"])
    assert "會議上的講話" in traditional and want["title"] == "在全縣農業農村工作會議上的講話"


# --- the constraints, in whatever shape ------------------------------------------------

@pytest.mark.parametrize("page_line", ["", "公文范文网\n\n首页 > 讲话稿 > 领导讲话\n\n"])
def test_a_dash_line_under_a_line_that_can_be_the_title_is_the_subtitle(page_line):
    text = f"{page_line}守牢安全底线\n\n——在全区安全生产工作会议上的讲话\n\n同志们：\n\n{BODY}"
    got = _read(text)
    assert got["title"] == "守牢安全底线" and got["subtitle"] == "——在全区安全生产工作会议上的讲话"


@pytest.mark.parametrize("name", ["王琛", "欧阳明", "李明同志", "王  琛"])
@pytest.mark.parametrize("blank", [True, False])
def test_a_line_that_is_only_a_name_is_the_speaker(name, blank):
    gap = "\n\n" if blank else "\n"
    got = _read(f"在全区安全生产工作会议上的讲话{gap}{name}{gap}同志们：{gap}{BODY}")
    assert is_name_line(name)
    assert got["title"] == "在全区安全生产工作会议上的讲话" and norm(got["speaker"]) == norm(name)


@pytest.mark.parametrize("first,second", [("在全市深化作风建设推进", "年活动动员大会上的讲话"),
                                          ("关于进一步加强和改进", "新时代基层党组织建设工作的汇报"),
                                          ("领导在重点镇", "建设专题会发言")])
def test_lines_of_one_title_with_a_blank_line_between_are_joined(first, second):
    got = _read(f"{first}\n\n{second}\n\n同志们：\n\n{BODY}")
    assert norm(got["title"]) == norm(first + second)


def test_a_line_ending_a_sentence_is_no_first_line_of_the_title():
    got = _read(f"欢迎访问本站，祝您工作顺利。\n\n在全区安全生产工作会议上的讲话\n\n同志们：\n\n{BODY}")
    assert got["title"] == "在全区安全生产工作会议上的讲话"


# --- labelled speeches (../shared/corpus) in the same shapes ----------------------------------

CORPUS = SHARED / "corpus"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not here")
@pytest.mark.parametrize("number", ["02", "07", "23"])
def test_labelled_speeches_keep_their_title_block_in_every_shape(number):
    label = json.loads((CORPUS / f"{number}.json").read_text(encoding="utf-8"))
    source = CORPUS / f"{number}.docx" if (CORPUS / f"{number}.docx").exists() else CORPUS / f"{number}.txt"
    top = top_of(read_speech_file(source), label)
    assert top is not None
    wrong = {}
    for shape, text, want in variants(top, 0):
        got = _read(text)
        keys = ("title", "speaker", "salutation")
        problems = [p for p in _wrong(got, want) if p.split(":")[0] in keys]
        if problems:
            wrong[shape] = problems
    assert not wrong


# --- shapes the labelled files showed the reader getting wrong --------------------------------

@pytest.mark.parametrize("title", ["中 国 人 民 站 起 来 了", "元 旦 祝 词", "工 作 报 告"])
def test_a_title_spaced_out_is_the_title_not_a_name(title):
    got = _read(f"{title}\n\n（一九四九年九月二十一日）\n\n各位代表：\n\n{BODY}")
    assert got["title"] == title and got["speaker"] is None and got["date"] == "（一九四九年九月二十一日）"


def test_a_spaced_name_is_still_the_speaker():
    got = _read(f"在全县农业农村工作会议上的讲话\n\n王 琛\n\n同志们：\n\n{BODY}")
    assert norm(got["speaker"]) == "王琛"


def test_a_subtitle_wrapped_over_two_lines_is_one_subtitle():
    got = _read(f"政府工作报告\n\n1957年6月26日在第一届\n全国人民代表大会第四次会议上\n\n周恩来\n\n各位代表：\n\n{BODY}")
    assert got["title"] == "政府工作报告" and got["speaker"] == "周恩来"
    assert norm(got["subtitle"]) == norm("1957年6月26日在第一届全国人民代表大会第四次会议上")


def test_a_titles_last_line_is_no_subtitle():
    got = _read(f"在庆祝中国共产党成立\n100周年大会上的讲话\n同志们，朋友们：\n{BODY}")
    assert norm(got["title"]) == norm("在庆祝中国共产党成立100周年大会上的讲话") and got["subtitle"] is None


def test_a_position_then_words_that_are_no_name_is_a_titles_first_line():
    got = _read(f"书记校长读书\n会表态发言稿\n各位局领导、书记校长：\n{BODY}")
    assert norm(got["title"]) == norm("书记校长读书会表态发言稿") and got["speaker"] is None


@pytest.mark.parametrize("number", ["篇一", "范文1", "【篇2】", "第一篇", "范例三"])
def test_a_collection_items_number_is_neither_the_title_nor_the_speaker(number):
    got = _read(f"讲话稿大全\n\n{number}\n\n在全县农业农村工作会议上的讲话\n\n同志们：\n\n{BODY}")
    assert got["title"] == "在全县农业农村工作会议上的讲话" and got["speaker"] is None


def test_a_part_line_the_page_repeats_above_the_parts_own_starts_no_speech():
    speeches = analyze_text(f"运动会闭幕词 篇1\n\n运动会闭幕词 篇1\n\n老师们、同学们：\n\n{BODY}")
    assert len(speeches) == 1 and speeches[0].title == "运动会闭幕词 篇1"
    assert speeches[0].salutation == "老师们、同学们："


@pytest.mark.parametrize("line", ["——公司总经理 荆晓达", "□粟增林"])
def test_a_name_signed_with_a_dash_or_a_bullet_is_the_speaker(line):
    from speechwriter.core.cleaning import Line
    from speechwriter.core.header import clerk_header_tags

    block = [Line(t, n) for n, t in enumerate(["公司高峰会欢迎词", line, "尊敬的各位嘉宾：", "今天，我们相聚在这里。"], 1)]
    assert clerk_header_tags(block, ["title", "subtitle", "salutation", "body"])[:2] == ["title", "speaker"]


def test_a_position_and_a_name_under_the_title_is_the_speaker_and_a_repeated_subtitle_is_one():
    from speechwriter.core.cleaning import Line
    from speechwriter.core.header import clerk_header_tags

    block = [Line(t, n) for n, t in enumerate(["政府工作报告", "常务副市长尚根仓", "各位代表：", "现在，我代表市人民政府作报告。"], 1)]
    assert clerk_header_tags(block, ["title", "noise", "salutation", "body"])[:2] == ["title", "speaker"]
    dash = "——在全县农业农村工作会议上的讲话"
    got = _read(f"守牢安全底线\n\n{dash}\n\n{dash}\n\n同志们：\n\n{BODY}")
    assert got["title"] == "守牢安全底线" and got["subtitle"] == dash


# --- a title block read as a clerk reads any page (the shapes corpus/166 and 170 took) ------------

def _tags(lines: list[str], model: list[str]) -> list[str]:
    from speechwriter.core.cleaning import Line
    from speechwriter.core.header import clerk_header_tags

    return clerk_header_tags([Line(t, n) for n, t in enumerate(lines, 1)], model)


OCCASION = ["在全县处级领导和科级主要负责", "同志专题研讨班结业仪式上的讲话"]


def test_an_occasion_line_wrapped_under_the_title_is_the_subtitle():
    """`在…` / `…上的讲话` under the title: one occasion line over two lines, the subtitle (not the
    title's last lines, nor a title of its own that makes the lines above the page's)."""
    lines = ["用心用爱用功答好“强县之问”", "以良好的精神状态奋力开创强县事业新局面", *OCCASION, "同志们：", "县不图强，必有远忧。"]
    assert _tags(lines, ["title", "title", "noise", "title", "salutation", "body"])[:4] == \
        ["title", "title", "subtitle", "subtitle"]
    got = _read("\n".join(lines[:2]) + "\n\n" + "\n".join(OCCASION) + f"\n\n同志们：\n\n{BODY}")
    assert norm(got["title"]) == norm("".join(lines[:2])) and norm(got["subtitle"]) == norm("".join(OCCASION))


def test_an_occasion_wrapped_with_no_title_above_is_the_title():
    """With no title above it, the wrapped occasion line is the title itself."""
    got = _read("\n".join(OCCASION) + f"\n\n同志们：\n\n{BODY}")
    assert norm(got["title"]) == norm("".join(OCCASION)) and got["subtitle"] is None


def test_an_occasion_under_who_speaks_is_the_titles_own_lines():
    """`县长` / `在县委全委…会暨全` / `县经济工作会议上的讲话`: who speaks, then where — one title over
    three lines, no subtitle."""
    lines = ["县委副书记、县长", "在县委全委(扩大)会暨全", "县经济工作会议上的讲话", "同志们：", "今天，我们召开会议。"]
    got = _tags(lines, ["title", "title", "title", "salutation", "body"])
    assert got[1:3] == ["title", "title"] and "subtitle" not in got


def test_a_title_line_opening_with_zai_above_a_dash_subtitle_stays_the_titles():
    """`在新征程上建功立业` under the title's first line, above its own `——…上的讲话`: the title's
    second line (the occasion is the dash line), not a subtitle."""
    lines = ["坚持人民至上", "在新征程上建功立业", "——在全县农业农村工作会议上的讲话", "同志们：", "今天，我们召开会议。"]
    assert _tags(lines, ["title", "title", "subtitle", "salutation", "body"])[:3] == ["title", "title", "subtitle"]


NEW_YEAR = ["元旦祝词", "（一九五二年一月一日）", "祝我们全体人民政府的工作人员，在各个工作战线上的胜利!",
            "祝我们在抗美援朝战线上的胜利!", "祝我们在国防战线上的胜利!"]


def test_a_line_under_the_first_paragraph_is_no_title():
    """Under the title, its date and the first paragraph, a short line naming no speech
    (`祝我们在…胜利!`) is the body's: the title stands above."""
    got = _tags(NEW_YEAR, ["speaker", "date", "noise", "title", "body"])
    assert got[:2] == ["title", "date"] and got[3] != "title"


def test_a_title_under_the_pages_date_and_guide_stays_the_title():
    """A page's date and its guide's prose above the speech's own title: the title below them
    names the speech and stays the title (nothing above the date can be one)."""
    lines = ["2021年7月9日", "下面是为大家整理的讲话稿，供大家参考，希望对大家有所帮助。", "在全县农业农村工作会议上的讲话",
             "同志们：", "今天，我们召开会议。"]
    assert _tags(lines, ["date", "noise", "title", "salutation", "body"])[2] == "title"
    lines[2] = "守牢安全底线"   # (a title that names no speech, nothing above the date that can be one)
    assert _tags(lines, ["date", "noise", "title", "salutation", "body"])[2] == "title"


@pytest.mark.parametrize("first, second", [("在延安文艺座", "谈会上的讲话"), ("在多个汇困国", "家调研中的讲话")])
def test_a_titles_last_line_after_a_blank_line_is_the_titles_though_read_as_the_body(first, second):
    """`在延安文艺座` / (blank) / `谈会上的讲话` above the text: one title, the blank line between
    its lines or not (the model read the second line as the body's first)."""
    got = _read(f"{first}\n\n{second}\n\n（一九四二年五月）\n\n{BODY}")
    assert norm(got["title"]) == norm(first + second)


@pytest.mark.parametrize("first, second", [
    ("在全县农业农村工作会议上的讲话", "县委书记述职报告"),   # the first names a whole speech: a title of its own
    ("我们要抓好落实。", "谈会上的讲话"),                     # the first ends a sentence: no title's first line
])
def test_a_line_that_ends_a_title_or_a_sentence_takes_no_line_after_a_blank(first, second):
    from speechwriter.core.cleaning import Line
    from speechwriter.core.header.title_block import title_runs_on

    assert not title_runs_on(first, Line(second, 3), 1)
    assert title_runs_on("在延安文艺座", Line("谈会上的讲话", 3), 1)
    assert not title_runs_on("在延安文艺座", Line("谈会上的讲话", 5), 1)   # (two blank lines part them)


# --- read on pages of new sites (bench/corpus_fresh4's shapes; invented lines, not the pages') -----

@pytest.mark.parametrize("dash", ["——2011届毕业生代表会计系同学李航的发言(摘登)", "——1996年3月12日在第八届全国人民代表大会第四次会议上"])
def test_a_dash_line_is_never_the_title_even_with_nothing_above(dash):
    """A line opening with —— follows a title: with none above it (the page left the title out), it
    is the subtitle and the speech has no title — never the title itself."""
    got = _tags([dash, "各位代表：", "我受委托，向大会报告工作。"], ["title", "salutation", "body"])
    assert got[0] == "subtitle"
    got = _tags(["守牢安全底线", dash, "各位代表：", "我受委托，向大会报告工作。"], ["noise", "title", "salutation", "body"])
    assert got[:2] == ["title", "subtitle"]   # (a line above that can be the title is the title)


def test_a_dated_occasion_wrapped_over_two_lines_is_the_subtitle_with_no_title_above():
    """`2025年3月21日在…第十九届` / `人民代表大会第四次会议上`: when and where it was given, over two
    lines — the subtitle, with a title above it or none; its second line is no title."""
    lines = ["2025年3月21日在汉滨区第十九届", "人民代表大会第四次会议上", "汉滨区人民政府代区长 向诗兵", "各位代表：",
             "现在，我代表区人民政府向大会报告工作。"]
    assert _tags(lines, ["noise", "title", "speaker", "salutation", "body"])[:3] == ["subtitle", "subtitle", "speaker"]
    # (an occasion that ended on its own line takes no second line: `在…上的讲话` / `王琛`)
    got = _read(f"在全县农业农村工作会议上的讲话\n\n王琛\n\n同志们：\n\n{BODY}")
    assert got["title"] == "在全县农业农村工作会议上的讲话" and got["speaker"] == "王琛"


@pytest.mark.parametrize("line, person", [
    ("全国人民代表大会常务委员会副委员长田纪云", True),   # a long body's name, then the position and the name
    ("汉滨区人民政府代区长 向诗兵", True),
    ("县委书记李明", True),
    ("书记校长读书", False),                              # what follows the position is no name
    ("全国人民代表大会常务委员会副委员长讲话", False),    # names a speech
])
def test_a_position_and_a_name_is_the_speaker_whatever_the_body_before(line, person):
    from speechwriter.core.header import position_and_person

    assert position_and_person(line) is person


@pytest.mark.parametrize("line, name", [("王明刚老师", True), ("李明同志", True), ("张桂梅先生", True),
                                        ("好老师", False), ("尊师重教老师", False)])
def test_a_name_with_how_one_addresses_the_person_is_a_name_line(line, name):
    assert is_name_line(line) is name


def test_a_name_with_teacher_above_the_title_is_no_title_line():
    got = _read(f"师院副院长述职述廉的工作情况报告\n\n王明刚老师\n\n师院副院长述职述廉的工作情况报告\n\n{BODY}")
    assert got["title"] == "师院副院长述职述廉的工作情况报告"


@pytest.mark.parametrize("note", ["* 这是毛泽东在中国共产党第七次全国代表大会上的闭幕词。", "这是在全县会议上的讲话。"])
def test_an_editors_note_about_the_speech_is_never_the_title(note):
    """`* 这是…的闭幕词。` under the title and its date: the editor's note (after a footnote mark or
    not), never the title — the short title above stays the title."""
    lines = ["愚公移山", "（一九四五年六月十一日）", note, "我们开了一个很好的大会。我们做了三件事。"]
    assert _tags(lines, ["title", "date", "noise", "body"])[:3] == ["title", "date", "noise"]
    from speechwriter.core.header import can_be_title

    assert not can_be_title([note], 0) and can_be_title(["教职工代表大会闭幕词。"], 0)


SALUTATION = ["尊敬的密联邦前总统克里斯琴阁下，", "尊敬的各位驻密联邦使节，", "亲爱的在密同胞们，", "女士们、先生们、朋友们："]


def test_a_salutation_over_several_lines_is_one_salutation():
    """Each line whom the speech addresses, ending with a comma, then the line ending with `：`: one
    salutation; the greeting and the body under it are the body's."""
    lines = [*SALUTATION, "晚上好！我谨代表使馆热烈欢迎大家出席今晚的招待会。", "今年是新中国成立76周年。"]
    got = _tags(lines, ["salutation", "body", "body", "body", "body", "body"])
    assert got == ["salutation"] * 4 + ["body", "body"]


def test_a_salutation_ending_with_a_colon_takes_no_line_under_it():
    """`同志们：` ends the salutation: `各位领导要带头抓落实，` under it is the body's; a comma after the
    salutation and a sentence under it (`尊敬的各位领导，` / `今天，我们召开会议。`) end it too."""
    got = _tags(["同志们：", "各位领导，", "今天我们召开会议。"], ["salutation", "body", "body"])
    assert got == ["salutation", "body", "body"]
    got = _tags(["尊敬的各位领导，", "今天，我们召开会议，研究工作。", "下面我讲三点。"], ["salutation", "body", "body"])
    assert got == ["salutation", "body", "body"]


@pytest.mark.parametrize("line, people", [("戚本禹、张春桥、谢富治", True), ("王琛 李明", True),
                                          ("王琛", False),                  # one name: is_name_line's
                                          ("提高能力、强化素质", False), ("讲话、发言、致辞", False)])
def test_peoples_names_one_after_another_are_who_speak(line, people):
    from speechwriter.core.header import names_of_people

    assert names_of_people(line) is people


def test_names_under_the_title_are_the_speakers_line_not_the_title():
    got = _tags(["戚本禹张春桥谢富治接见北京中学代表时的讲话", "戚本禹、张春桥、谢富治", "戚本禹：蒯大富，听说你支持他？"],
                ["title", "title", "body"])
    assert got[:2] == ["title", "speaker"]
