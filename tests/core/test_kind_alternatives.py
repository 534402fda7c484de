"""Saying when the kind is unsure: the kinds nearly as likely as the first are given with the reading
(`kind_alternatives` in `analyze --json`), and a clerk's labelled choice leaves no doubt behind."""

import json

from speechwriter.core import trained_models
from speechwriter.core.analyzer import analyze_text
from speechwriter.core.kind_model import KindModel
from speechwriter.core.kinds import close_alternatives
from speechwriter.core.labelling import apply_label, label_of, reading_of
from speechwriter.core.speech import Speech
from speechwriter.vocabulary import LABEL_KINDS, SPEECH_KINDS
from tests.conftest import run_cli

SPEECH = """在全县安全生产工作会议上的表态发言
同志们：
今天召开全县安全生产工作会议，我代表城关镇作表态发言。
一、提高认识，坚决扛起安全生产政治责任
我们将把安全生产摆在更加突出的位置，坚决拥护县委县政府的部署。
二、狠抓落实，确保各项任务落地见效
我们将逐项排查整治隐患，确保全年不发生较大以上事故。
请县委县政府放心，我们一定完成任务！
"""


def test_only_kinds_nearly_as_likely_as_the_first_are_alternatives():
    assert close_alternatives([("表态发言", 0.45), ("领导讲话", 0.40), ("致辞", 0.15)]) == ["领导讲话"]
    assert close_alternatives([("领导讲话", 0.90), ("致辞", 0.06), ("表态发言", 0.04)]) == []
    assert close_alternatives([]) == []


def leaning(kind: str, weight: float) -> dict[str, float]:
    """A kind model's weights that favour `kind` on every speech (each speech says 我 at one of four
    rates: the kind model has no prior of its own)."""
    return {f"{kind}|me:{rate}": weight for rate in "0123"}


def _models_torn_between(first: str, second: str) -> trained_models.Models:
    """The shipped header and role models with a kind model that weighs two kinds (almost) alike."""
    shipped = trained_models.current()
    assert shipped is not None
    weights = {**leaning(first, 2.0), **leaning(second, 1.9)}
    return trained_models.Models(shipped.roles, shipped.header, KindModel(weights, list(LABEL_KINDS)), shipped.house)


def test_an_unsure_kind_comes_with_its_close_second_and_a_sure_one_alone():
    unsure = analyze_text(SPEECH, models=_models_torn_between("表态发言", "领导讲话"))[0]
    assert (unsure.kind, unsure.kind_alternatives) == ("表态发言", ["领导讲话"])
    shipped = trained_models.current()
    sure = trained_models.Models(shipped.roles, shipped.header, KindModel(leaning("表态发言", 9.0), list(SPEECH_KINDS)), shipped.house)
    assert analyze_text(SPEECH, models=sure)[0].kind_alternatives == []


def test_alternatives_survive_storage_and_a_labelled_choice_has_none():
    speech = analyze_text(SPEECH, models=_models_torn_between("表态发言", "领导讲话"))[0]
    again = Speech.from_dict(json.loads(json.dumps(speech.to_dict(), ensure_ascii=False)))
    assert again.kind_alternatives == ["领导讲话"]
    reading = reading_of(speech, SPEECH)
    assert reading.kind_alternatives == ["领导讲话"]
    label = label_of(reading)
    label["kind"] = "领导讲话"           # the clerk chose the second
    chosen = apply_label(label, reading)
    assert chosen.kind == "领导讲话" and chosen.kind_alternatives == []


def test_analyze_json_gives_kind_alternatives_for_every_speech(tmp_path):
    path = tmp_path / "表态发言.txt"
    path.write_text(SPEECH, encoding="utf-8")
    result = run_cli("analyze", path, "--json")
    assert result.returncode == 0, result.stderr
    speeches = json.loads(result.stdout)["speeches"]
    assert speeches and all(isinstance(s["kind_alternatives"], list) for s in speeches)
    assert all(s["kind"] not in s["kind_alternatives"] for s in speeches)


# --- what the speaker says they do: a feature of the kind model, not a rule ------------------

import pytest  # noqa: E402

from speechwriter.core.features import kind_features  # noqa: E402
from speechwriter.core.kinds import cue_kinds  # noqa: E402


@pytest.mark.parametrize("said, kind", [
    ("下面，我代表区总工会常委会向全委会报告工作，请予审议。", "工作报告"),
    ("现将我局上半年工作情况汇报如下。", "汇报发言"),
    ("根据安排，下面我就一年来履职情况进行述职。", "述职报告"),
    ("我代表全体新任干部表个态：一定不辜负组织的信任。", "表态发言"),
    ("结合这次专题学习，我谈三点学习体会。", "研讨发言"),
])
def test_the_act_the_speaker_names_is_a_cue(said, kind):
    assert kind in cue_kinds(said, "a")
    feats = kind_features("在全区工作会议上的讲话", None, "同志们：", said, "正文。")
    assert feats.get(f"acue:{kind}") == 1.0


@pytest.mark.parametrize("said", ["今天我们召开全区安全生产工作会议，总结工作，部署任务。",
                                  "我们将继续努力，把各项工作做得更好。"])
def test_ordinary_sentences_name_no_act(said):
    assert cue_kinds(said, "a") == []


def test_the_act_counts_at_the_end_of_a_long_body_too():
    body = "各项工作稳步推进。" * 200 + "以上是我的述职，请各位领导和同志们评议。"
    assert kind_features("2024年度工作总结", None, None, "一年来，在局党组领导下。", body).get("acue:述职报告") == 1.0


def test_a_speech_before_a_bodys_congress_or_committee_is_marked_so():
    assert kind_features("在市妇联执委会议上的讲话", None, "各位执委：", "今天。").get("at:assembly") == 1.0
    assert "at:assembly" not in kind_features("在全市安全生产工作会议上的讲话", None, "同志们：", "今天。")


@pytest.mark.parametrize("said", ["首先，我代表局党组向各位来宾表示热烈的欢迎。",   # thanks and welcomes: every kind
                                  "下面，我就分管工作作简要汇报，不妥之处请批评指正。"])   # 述职 says 作汇报 too
def test_what_every_kind_says_is_no_act(said):
    assert cue_kinds(said, "a") == []


def test_sharing_ones_experience_and_taking_an_oath_are_acts():
    assert "研讨发言" in cue_kinds("作为毕业生代表，我和大家分享几点学习心得。", "a")
    assert "表态发言" in cue_kinds("让我们一起立下庄严的誓言：不负青春，不负韶华。", "a")


def test_a_note_naming_the_speech_stands_for_a_title_that_names_no_kind():
    note = "这是在全县第三次党代会上的闭幕词"
    feats = kind_features("团结奋进 再创辉煌", None, "同志们：", "大会圆满完成各项议程。", notes=note)
    assert feats.get("tcue:闭幕词") == 1.0
    # a title that names the kind itself is not overruled by a note
    feats = kind_features("在全县干部大会上的表态发言", None, "同志们：", "我表个态。", notes=note)
    assert "tcue:闭幕词" not in feats and feats.get("tcue:表态发言") == 1.0
