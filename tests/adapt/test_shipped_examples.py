"""The featurised training examples shipped beside the bundled model: retraining needs no corpus texts."""

from __future__ import annotations

import shutil

from speechwriter.core import adapt, trained_models, training
from speechwriter.core.features import FEATURES_VERSION
from tests.adapt.conftest import HOUSE_SPEECH as SPEECH
from tests.conftest import REPO, run_cli


def test_the_shipped_examples_are_current_and_carry_no_text():
    shipped = adapt.shipped_examples()
    assert shipped, "resources/models/examples.json.gz is missing or stale: run `make model`"
    assert trained_models.record(trained_models.default_dir())["examples"]["extractor"] == FEATURES_VERSION
    assert all(e.text == "" and set(e.label) == {"kind"} for e in shipped)


def test_training_on_the_shipped_examples_gives_the_bundled_model():
    """Needs no corpus: the examples are shipped featurised."""
    models = training.train(adapt.shipped_examples())
    for name, file in trained_models.FILES.items():
        assert models[name] == (trained_models.default_dir() / file).read_bytes(), name


def test_export_is_byte_for_byte_repeatable(tmp_path):
    shipped = adapt.shipped_examples()
    training.export_examples(shipped, tmp_path / "a.gz")
    training.export_examples(training.load_examples(tmp_path / "a.gz")[1], tmp_path / "b.gz")
    assert (tmp_path / "a.gz").read_bytes() == (tmp_path / "b.gz").read_bytes()
    assert (tmp_path / "a.gz").read_bytes() == (trained_models.default_dir() / training.EXAMPLES_FILE).read_bytes()


def test_train_works_without_shared_or_the_training_data_variable(seeded_file, tmp_path):
    app = tmp_path / "app"          # a copy of the program with no ../shared beside it
    shutil.copytree(REPO / "speechwriter", app / "speechwriter", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "resources", app / "resources")
    shutil.copytree(REPO / "templates", app / "templates")
    assert not (tmp_path / "shared").exists()
    env = {"SPEECHWRITER_TRAINING_DATA": "", "PYTHONPATH": str(app), "XDG_DATA_HOME": str(tmp_path / "data")}
    lib = ["--library", seeded_file]
    speech = tmp_path / "安全生产.txt"
    speech.write_text(SPEECH, encoding="utf-8")
    assert run_cli("library", "add", speech, *lib, cwd=app, env=env).returncode == 0
    listed = run_cli("library", "list", "--json", *lib, cwd=app, env=env)
    speech_id = [s for s in __import__("json").loads(listed.stdout)["speeches"] if not s["bundled"]][0]["id"]
    shown = run_cli("library", "show", str(speech_id), "--json", *lib, cwd=app, env=env)
    label = tmp_path / "标注.json"
    label.write_text(shown.stdout, encoding="utf-8")
    assert run_cli("library", "label", str(speech_id), label, *lib, cwd=app, env=env).returncode == 0
    trained = run_cli("train", *lib, cwd=app, env=env)
    assert trained.returncode == 0, trained.stderr
    assert "已根据您校正的 1 篇讲稿更新结构识别" in trained.stdout
    assert list((tmp_path / "data").rglob("roles.json"))   # the clerk's model is in the user data folder
