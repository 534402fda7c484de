"""The trained model: the shipped one loads and is the one in use, retraining gives the same bytes,
and a missing or damaged model leaves the analyser working on its rules with a clear message."""

import json
import shutil

import pytest

from speechwriter.core import trained_models, training
from speechwriter.core.analyzer import analyze_file, analyze_text
from tests.conftest import REPO, SHARED, run_cli
from tests.core.label_agreement import load_labels
from tests.core.test_own_speeches import SPEECHES

SHIPPED = REPO / "resources" / "models"
SAMPLES = REPO / "resources" / "samples"


@pytest.fixture
def model_dir_restored():
    yield
    trained_models.set_model_dir(None)


def seed_examples(names):
    """Training examples from the seed labels copied into tests/core/labels and the bundled samples."""
    examples = []
    for label in load_labels():
        if label["label"] in names:
            lines = (SAMPLES / label["source_file"]).read_text(encoding="utf-8").split("\n")
            first, last = label["line_span"]
            examples.append(training.make_example(label["label"], "seeds", "\n".join(lines[first - 1:last]), label))
    return examples


def test_shipped_model_loads_and_says_what_it_was_trained_on():
    models = trained_models.load(SHIPPED)
    assert set(models.roles.labels()) == {"opening", "review", "key_points", "closing"}
    assert {"title", "salutation", "body"} <= set(models.header.labels())
    assert {"述职报告", "致辞", "领导讲话"} <= set(models.kind.kinds)
    record = trained_models.record(SHIPPED)
    trained_on = record["trained_on"]
    assert trained_on["speeches"] == len(trained_on["names"]) == sum(trained_on["sources"].values())
    assert "SOURCES.md" in trained_on["data"] and "bench/corpus" in trained_on["data"]   # header and kind labels too
    assert record["cross_validation"]["figures"].startswith("cv_roles=")


def test_the_analyser_uses_the_shipped_model_by_default(model_dir_restored):
    trained_models.set_model_dir(None)
    assert trained_models.current() is not None and trained_models.problem() is None


def test_retraining_is_deterministic(tmp_path):
    examples = seed_examples({"000", "001", "003"})
    assert all(not e.problems for e in examples)
    first, second = training.train(examples), training.train(examples)
    assert first == second
    training.save(first, tmp_path / "a")
    training.save(second, tmp_path / "b")
    for name in trained_models.FILES.values():
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    # and what was trained can be used from its folder, as the clerk's own model will be
    models = trained_models.load(tmp_path / "a")
    [speech] = analyze_file(SPEECHES / "report_order.txt", models=models)
    assert speech.sections


def test_the_json_crf_gives_crfsuites_own_marginals(tmp_path):
    """The analyser runs the CRF in Python from its JSON; crfsuite, which trained it, must agree."""
    pycrfsuite = pytest.importorskip("pycrfsuite")
    from speechwriter.core.crf import LinearCRF

    examples = seed_examples({"000", "002-1"})
    trainer = pycrfsuite.Trainer(verbose=False)
    for example in examples:
        trainer.append(example.unit_features, example.unit_roles)
    trainer.train(str(tmp_path / "roles.crfsuite"))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(tmp_path / "roles.crfsuite"))
    crf = LinearCRF.from_bytes(LinearCRF.from_crfsuite(tagger.info()).to_bytes())
    for example in examples:
        tagger.set(example.unit_features)
        ours = crf.marginals(example.unit_features)
        for i, row in enumerate(ours):
            for label, p in zip(crf.labels(), row):
                assert p == pytest.approx(tagger.marginal(label, i), abs=1e-4)


def test_weights_repeat_an_example():
    examples = seed_examples({"000", "003"})
    assert training.train(examples, weights=[1, 3]) == training.train([examples[0]] + [examples[1]] * 3)


def test_a_missing_model_falls_back_to_the_bundled_one(tmp_path, model_dir_restored, capsys):
    trained_models.set_model_dir(tmp_path / "nowhere")
    [speech] = analyze_file(SPEECHES / "opening_address.txt")
    assert speech.title == "在全县第五次妇女代表大会开幕式上的致辞"
    assert [s.role for s in speech.sections] == ["opening", "review", "key_points", "closing"]
    assert "找不到结构识别模型文件" in trained_models.problem()
    assert "改用程序自带的模型" in capsys.readouterr().err
    assert trained_models.current() is not None


def test_damaged_model_falls_back_to_the_bundled_one(tmp_path, model_dir_restored):
    broken = tmp_path / "models"
    shutil.copytree(SHIPPED, broken)
    (broken / "roles.json").write_bytes(b"not a model at all")
    trained_models.set_model_dir(broken)
    assert analyze_text("在全市工作会议上的讲话\n同志们：\n今天我们召开会议。\n谢谢大家！")
    assert "已损坏" in trained_models.problem()
    (broken / "roles.json").write_bytes((SHIPPED / "roles.json").read_bytes())
    (broken / "kind.json").write_text("{", encoding="utf-8")
    trained_models.set_model_dir(broken)
    assert trained_models.current() is not None and "kind.json" in trained_models.problem()


def test_a_damaged_bundled_model_falls_back_to_the_rules(tmp_path, model_dir_restored, monkeypatch):
    broken = tmp_path / "models"
    shutil.copytree(SHIPPED, broken)
    (broken / "header.json").write_bytes(b"\x00" * 64)
    monkeypatch.setattr(trained_models, "default_dir", lambda: broken)
    trained_models.set_model_dir(None)
    assert trained_models.current() is None and "内置规则" in trained_models.problem()
    assert analyze_text("在全市工作会议上的讲话\n同志们：\n今天我们召开会议。\n谢谢大家！")


def test_cli_with_a_damaged_model_still_analyses(tmp_path):
    broken = tmp_path / "models"
    broken.mkdir()
    (broken / "roles.json").write_bytes(b"\x00" * 64)
    result = run_cli("analyze", SPEECHES / "pledge_speech.txt", "--json", env={trained_models.ENV_DIR: str(broken)})
    assert result.returncode == 0
    assert "改用程序自带的模型" in result.stderr
    assert json.loads(result.stdout)["speeches"][0]["sections"]


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared/corpus (the labelled corpus) is not here")
def test_every_label_of_the_corpus_aligns_with_the_analysers_reading():
    examples = training.labelled_examples(SHARED / "corpus", None)
    assert len(examples) == len(list((SHARED / "corpus").glob("*.json"))) > 0   # every label read
    assert [e.name for e in examples if e.problems] == []
    # each speech grouped by its source repository (SOURCES.md), none left ungrouped
    assert {e.group for e in examples} == set(training.corpus_groups(SHARED / "corpus").values())
