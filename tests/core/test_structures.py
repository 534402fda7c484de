"""Structures learned from the bundled samples: the four the clerk needs at least, reusable phrasing."""

import json
import re

import pytest

from speechwriter.core.analyzer import analyze_file
from speechwriter.core.learn import bundled_structures, find_structure, learn_structures
from speechwriter.errors import UserError
from tests.conftest import REPO, SHARED, run_cli


@pytest.fixture(scope="module")
def structures():
    return bundled_structures()


def test_samples_are_shipped_byte_for_byte():
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip("../shared/seeds is not beside this checkout")
    for seed in seeds:
        assert (REPO / "resources" / "samples" / seed.name).read_bytes() == seed.read_bytes()


def test_leader_speech_with_several_points(structures):
    leader = [s for s in structures if s.kind == "领导讲话" and s.skeleton[:2] == ["opening", "review"]
              and s.skeleton.count("key_points") >= 3 and s.skeleton[-1] == "closing"]
    assert leader
    assert any("几点意见" in p or "点意见" in p for s in leader for p in s.phrases["transition"])
    assert leader[0].numbering.startswith("一、")


def test_report_speech_with_yi_shi_points(structures):
    report = [s for s in structures if s.kind == "汇报发言" and s.numbering == "一是"]
    assert report and report[0].skeleton.count("key_points") == 5


def test_seminar_speech_with_blocks_holding_yi_shi(structures):
    seminar = [s for s in structures if s.kind == "研讨发言" and s.numbering == "一、/一是"]
    assert seminar and seminar[0].skeleton == ["opening"] + ["key_points"] * 4 + ["closing"]


def test_work_report_with_review_and_plan(structures):
    reports = [s for s in structures if s.kind == "工作报告" and "review" in s.skeleton and "key_points" in s.skeleton]
    assert reports
    assert all(s.skeleton.index("review") < s.skeleton.index("key_points") for s in reports)


def test_phrases_carry_fields_not_the_samples_names(structures):
    phrases = [p for s in structures for group in s.phrases.values() for p in group]
    assert any("{{ 会议名称 }}" in p for p in phrases)
    for phrase in phrases:
        assert "执委会议," not in phrase or "{{" in phrase
        for placeholder in ("**", "XXX", "××"):
            assert placeholder not in phrase, phrase


def test_ids_are_stable_ascii_and_unique(structures):
    ids = [s.id for s in structures]
    assert len(ids) == len(set(ids))
    assert all(i.isascii() and " " not in i for i in ids)
    assert [s.id for s in bundled_structures()] == ids


def test_find_structure_names_the_unknown_id():
    with pytest.raises(UserError, match="no-such-structure"):
        find_structure("no-such-structure")


def test_own_folder_adds_structures(tmp_path):
    from pathlib import Path

    for name in ("pledge_speech.txt", "report_order.txt"):
        (tmp_path / name).write_bytes((Path(__file__).parent / "speeches" / name).read_bytes())
    (tmp_path / "broken.docx").write_text("not a docx", encoding="utf-8")
    result = run_cli("structures", "--json", "--samples", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "broken.docx" in result.stderr  # skipped, and said so
    kinds = {s["kind"] for s in json.loads(result.stdout)["structures"]}
    assert "表态发言" in kinds


def test_structures_json_shape():
    result = run_cli("structures", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    for s in data["structures"]:
        assert set(s) >= {"id", "name", "kind", "skeleton", "numbering", "sources", "phrases"}
        assert set(s["phrases"]) == {"opening", "transition", "closing"}
        assert all(src.startswith("resources/samples/") for src in s["sources"])


def test_readable_listing_in_chinese():
    result = run_cli("structures")
    assert result.returncode == 0
    assert "开场 → 回顾 → 要点×5 → 结束" in result.stdout


def test_learning_from_a_single_speech():
    from pathlib import Path

    speeches = analyze_file(Path(__file__).parent / "speeches" / "opening_address.txt")
    [structure] = learn_structures(speeches)
    assert structure.kind == "致辞" and structure.numbering == "none"   # titled 致辞 (test_own_speeches)
    assert structure.skeleton == ["opening", "review", "key_points", "closing"]


def test_lone_x_placeholders_become_fields():
    from speechwriter.core.generalise import generalise

    assert generalise("涉及x个行业，发放慰问金x元，x市总工会") == "涉及{{ 数量 }}个行业，发放慰问金{{ 数量 }}元，{{ 单位 }}"
    assert generalise("Linux 系统") == "Linux 系统"


def test_structures_name_their_samples_by_title(structures):
    leader = next(s for s in structures if s.skeleton[:2] == ["opening", "review"] and s.kind == "领导讲话")
    assert "在市妇联十一届四次执委会议上的讲话" in leader.source_titles
    assert all("篇" not in t[-3:] for s in structures for t in s.source_titles)
    # a sample without a title is named by its first words, never by its file's name
    assert not any(re.search(r"_[0-9a-f]{8,}", t) for s in structures for t in s.source_titles)
    untitled = [t for s in structures for t in s.source_titles if t.endswith("…")]
    assert untitled and all(len(t) <= 15 for t in untitled)
