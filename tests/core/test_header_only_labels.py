"""Speeches labelled for their header and kind only (bench/corpus): they teach the header and kind
models, never the roles, and a source's speeches in two folders are one cross-validation group."""

import json

import pytest

from speechwriter.core import training

TEXT = """县政府网 2023-03-09 点击数：35

守牢底线 护航发展

——在全县安全生产工作会议上的讲话

李明

同志们：

今天召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。

一、认清形势，增强责任感

去年全县安全生产形势总体平稳。
"""
LABEL = {"kind": "领导讲话", "title": "守牢底线 护航发展", "subtitle": "——在全县安全生产工作会议上的讲话",
         "speaker": "李明", "date": None, "salutation": "同志们：", "body_first": "今天召开全县安全生产工作会"}


def _folder(path, source, text=TEXT, label=LABEL):
    path.mkdir()
    (path / "101.txt").write_text(text, encoding="utf-8")
    (path / "101.json").write_text(json.dumps(label, ensure_ascii=False), encoding="utf-8")
    (path / "SOURCES.md").write_text("| NN | kind | shape | speech | source | path | commit |\n|---|---|---|---|---|---|---|\n"
                                     f"| 101 | 领导讲话 | title | 守牢底线 | {source} | `a.html` | abc |\n", encoding="utf-8")
    return path


def test_a_header_only_label_teaches_the_header_and_the_kind_not_the_roles(tmp_path):
    [example] = training.labelled_examples([_folder(tmp_path / "more", "example.org")], None)
    assert not example.problems and example.group == "example.org"
    tagged = dict(zip([t for t in TEXT.split("\n") if t.strip()], example.header_tags))
    assert tagged["县政府网 2023-03-09 点击数：35"] == "noise" and tagged["李明"] == "speaker"
    assert tagged["守牢底线 护航发展"] == "title" and tagged["同志们："] == "salutation"
    assert example.header_tags[-1] == "body"
    assert example.unit_roles == [] and example.unit_features == []
    assert example.kind_features.get("tcue:领导讲话") == 1.0   # `…会议上的讲话` in the subtitle


def test_without_body_first_the_body_follows_the_last_header_field(tmp_path):
    label = {k: v for k, v in LABEL.items() if k != "body_first"}
    [example] = training.labelled_examples([_folder(tmp_path / "more", "example.org", label=label)], None)
    assert not example.problems and example.header_tags.index("body") == example.header_tags.index("salutation") + 1


def test_the_same_source_in_two_folders_is_one_group_and_training_takes_both_kinds_of_label(tmp_path):
    full: dict = {k: v for k, v in LABEL.items() if k != "body_first"}
    full.update(sections=[{"role": "opening", "first": "今天召开全县安全生产工作", "heading": None},
                          {"role": "review", "first": "一、认清形势，增强责任感", "heading": "一、认清形势，增强责任感"}],
                level1_headings=["一、认清形势，增强责任感"], level2_markers=0)
    another = TEXT.replace("主要任务是总结去年工作", "主要任务是回顾去年工作")   # another speech of the source
    examples = training.labelled_examples([_folder(tmp_path / "a", "example.org"),
                                           _folder(tmp_path / "b", "example.org", text=another, label=full)], None)
    assert {e.group for e in examples} == {"example.org"}
    assert [len(e.unit_roles) > 0 for e in examples] == [False, True]   # only the full label teaches roles
    models = training.open_models(training.train(examples))
    assert models.rank_kinds(examples[0].kind_features)[0][0] == "领导讲话"


def test_one_speech_found_on_two_sites_is_one_group(tmp_path, capsys):
    """A page that copies another site's speech (its own page lines above it) is the same speech:
    in its first copy's group, so never tested on in a fold that trained on its copy."""
    copy = "资料网 > 讲话稿\n\n" + TEXT.replace("县政府网 2023-03-09 点击数：35\n", "")
    examples = training.labelled_examples([_folder(tmp_path / "a", "example.org"),
                                           _folder(tmp_path / "b", "copies.example.net", text=copy)], None)
    assert [e.group for e in examples] == ["example.org", "example.org"]
    assert "the same speech as a/101" in capsys.readouterr().out


def test_two_speeches_under_one_title_are_both_read(tmp_path):
    other = TEXT.replace("今天召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。",
                         "今天召开全县安全生产工作会议，主要任务是传达省里会议精神，安排节日期间的安全工作。")
    examples = training.labelled_examples([_folder(tmp_path / "a", "example.org"),
                                           _folder(tmp_path / "b", "other.example.net", text=other)], None)
    assert [e.group for e in examples] == ["example.org", "other.example.net"]


@pytest.mark.parametrize("name", ["corpus_fresh5", "corpus_fresh6", "corpus_fresh8"])
@pytest.mark.parametrize("option", ["--corpus", "--kind-corpus"])
def test_training_refuses_the_held_out_sets(tmp_path, name, option):
    args = [option, str(_folder(tmp_path / name, "example.org")), "--out", str(tmp_path / "m")]
    with pytest.raises(SystemExit):
        training.main(args if option == "--corpus" else ["--corpus", str(_folder(tmp_path / "c", "example.net"))] + args)
    assert not (tmp_path / "m").exists()


def test_a_kind_only_folder_teaches_the_kind_and_leaves_the_header_model_as_it_was(tmp_path):
    other = TEXT.replace("守牢底线 护航发展\n\n——在全县安全生产工作会议上的讲话", "在全县安全生产工作动员大会上的讲话")
    label = {**LABEL, "kind": "动员讲话", "title": "在全县安全生产工作动员大会上的讲话", "subtitle": None}
    base = _folder(tmp_path / "a", "example.org")
    dev = _folder(tmp_path / "dev", "dev.example.net", text=other.replace("主要任务是总结去年工作", "动员全县上下"), label=label)
    alone = training.train(training.labelled_examples([base], None))
    examples = training.labelled_examples([base], None, kind_corpus=[dev])
    assert [e.kind_only for e in examples] == [False, True]
    both = training.train(examples)
    assert both["header"] == alone["header"] and both["roles"] == alone["roles"]
    assert both["kind"] != alone["kind"]
    # the flag travels with the shipped examples, so a clerk's retraining keeps it
    training.export_examples(examples, tmp_path / "examples.json.gz")
    assert [e.kind_only for e in training.load_examples(tmp_path / "examples.json.gz")[1]] == [False, True]


OPENING = """第二届教职工代表大会第一次会议开幕词

各位代表、同志们：

第二届教职工代表大会第一次会议，在校党委的领导下，经过认真筹备，今天开幕了。

这次大会的任务是总结五年工作，部署今后任务。
"""
OPENING_LABEL = {"kind": "开幕词", "title": "第二届教职工代表大会第一次会议开幕词", "subtitle": None, "speaker": None, "date": None,
                 "salutation": "各位代表、同志们：", "body_first": "第二届教职工代表大会第一次"}


def test_a_title_that_opens_with_the_bodys_first_words_is_taught_as_the_title(tmp_path):
    """`body_first` names the body's first line, not the title above it that opens with the same words:
    the title and the salutation stay header lines (they were taught as body)."""
    [example] = training.labelled_examples([_folder(tmp_path / "a", "example.org", OPENING, OPENING_LABEL)], None)
    assert not example.problems
    assert example.header_tags[:3] == ["title", "salutation", "body"]


def test_a_run_in_salutation_in_body_first_is_found_where_the_reader_cut_it(tmp_path):
    """The reader puts a run-in salutation on a line of its own; a label that keeps it in the body
    (salutation null, body_first `各位委员,各位同志:我代`) still finds where the body starts."""
    text = "论文部分内容阅读\n各位委员，各位同志：我代表常务委员会向会议报告工作。依据组织法的规定，报告如下。\n一、协商工作\n"
    label = {"kind": "工作报告", "title": None, "subtitle": None, "speaker": None, "date": None, "salutation": None,
             "body_first": "各位委员,各位同志:我代"}
    [example] = training.labelled_examples([_folder(tmp_path / "a", "example.org", text, label)], None)
    assert not example.problems
    assert example.header_tags[0] == "noise" and example.header_tags[1] == "body"


def test_a_label_the_text_does_not_bear_out_teaches_no_header(tmp_path):
    """A field on no line of the text, or a body start not found: the header model is not taught
    guesses (every line body, the title noise); the kind is still learned."""
    wrong = {**LABEL, "title": "守牢底线 护航发展大局"}
    [example] = training.labelled_examples([_folder(tmp_path / "a", "example.org", label=wrong)], None)
    assert example.problems and example.header_features == [] and example.header_variants == []
    assert example.kind_features
    lost = {**LABEL, "body_first": "这一句不在文中出现"}
    [example] = training.labelled_examples([_folder(tmp_path / "b", "example.org", label=lost)], None)
    assert example.problems and example.header_tags == []


def test_a_header_corpus_teaches_the_header_model_and_leaves_the_kind_model_as_it_was(tmp_path):
    """A set kept for measuring the kind (bench/corpus_fresh4) still teaches the header model."""
    base = _folder(tmp_path / "a", "example.org")
    other = TEXT.replace("守牢底线 护航发展\n\n——在全县安全生产工作会议上的讲话", "在全县安全生产工作动员大会上的讲话")
    label = {**LABEL, "kind": "动员讲话", "title": "在全县安全生产工作动员大会上的讲话", "subtitle": None}
    dev = _folder(tmp_path / "dev", "dev.example.net", text=other.replace("主要任务是总结去年工作", "动员全县上下"), label=label)
    alone = training.train(training.labelled_examples([base], None))
    examples = training.labelled_examples([base], None, header_corpus=[dev])
    assert [e.header_model_only for e in examples] == [False, True]
    both = training.train(examples)
    assert both["kind"] == alone["kind"] and both["roles"] == alone["roles"]
    assert both["header"] != alone["header"]
    training.export_examples(examples, tmp_path / "examples.json.gz")
    assert [e.header_model_only for e in training.load_examples(tmp_path / "examples.json.gz")[1]] == [False, True]


def test_a_folder_whose_sources_are_listed_in_parts_groups_by_them(tmp_path):
    """bench/corpus_fresh4 lists its sources in SOURCES-a.md and SOURCES-b.md: two speeches of one host
    are one group (cross-validation never trains on one and reads the other)."""
    folder = _folder(tmp_path / "fresh", "unused.example")
    (folder / "SOURCES.md").write_text("# the set\n\nsee SOURCES-a.md and SOURCES-b.md\n", encoding="utf-8")
    (folder / "102.txt").write_text(TEXT.replace("主要任务是总结去年工作", "主要任务是部署今年工作"), encoding="utf-8")
    (folder / "102.json").write_text(json.dumps(LABEL, ensure_ascii=False), encoding="utf-8")
    row = "| {} | 领导讲话 | title | 守牢底线 | bbs.example.cn | `a.html` | none |\n"
    (folder / "SOURCES-a.md").write_text("| NN | kind | shape | speech | host | address | edit |\n" + row.format(101), encoding="utf-8")
    (folder / "SOURCES-b.md").write_text("| NN | kind | shape | speech | host | address | edit |\n" + row.format(102), encoding="utf-8")
    assert training.corpus_groups(folder) == {"101": "bbs.example.cn", "102": "bbs.example.cn"}
