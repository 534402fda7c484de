"""Retraining the clerk's model: installed whole, used from then on, the library re-read, 恢复默认 drops it."""

from __future__ import annotations

import pytest

from speechwriter.core import adapt, trained_models, training
from speechwriter.core.labelling import label_of
from speechwriter.errors import UserError
from speechwriter.library import import_paths
from speechwriter.library.labels import forget, learn, set_label, stored_reading
from tests.adapt.conftest import FLOOD_SPEECH, FOREST_SPEECH
from tests.adapt.conftest import HOUSE_SPEECH as SPEECH
from tests.conftest import run_cli


@pytest.fixture(autouse=True)
def _bundled_model_after():
    yield
    trained_models.set_model_dir(None)


@pytest.fixture
def labelled(library, tmp_path):
    path = tmp_path / "安全生产.txt"
    path.write_text(SPEECH, encoding="utf-8")
    other = tmp_path / "防汛.txt"
    other.write_text(SPEECH.replace("安全生产", "防汛抗旱"), encoding="utf-8")
    import_paths(library, [path, other])
    first = library.speeches(bundled=False)[0]
    label = label_of(stored_reading(library, first.id))
    label["sections"][1]["role"] = "review"
    set_label(library, first.id, label)
    return first.id


def _versions(library):
    return {r.analyzer_version for r in library.files()}


def test_training_installs_the_clerk_model_and_re_reads_the_library(library, labelled):
    assert adapt.clerk_model_dir() is None
    retrained, summary = learn(library)
    folder = adapt.clerk_model_dir()
    assert folder is not None and folder == retrained.folder and trained_models.model_dir() == folder
    assert trained_models.record(folder)["clerk_labels"] == 1
    assert retrained.text() == "已根据您校正的 1 篇讲稿更新结构识别"
    # every file was read again with the new model; the labelled speech is still read as labelled
    assert _versions(library) == {adapt.reading_version()} and folder.name in adapt.reading_version()
    assert len(summary.reanalysed) == 2
    assert library.entry(labelled).labelled and library.speech(labelled).sections[1].role == "review"

    had, _summary = forget(library)
    assert had and adapt.clerk_model_dir() is None and trained_models.model_dir() == trained_models.default_dir()
    assert not folder.exists()
    assert _versions(library) == {adapt.reading_version()} and "+" not in adapt.reading_version()
    assert library.speech(labelled).sections[1].role == "review"   # the label itself stays


def test_a_crash_while_retraining_leaves_the_previous_model_in_use(library, labelled, monkeypatch):
    learn(library)
    previous = adapt.clerk_model_dir()

    def dies_half_way(models, folder, record=None):
        (folder / trained_models.FILES["roles"]).write_bytes(models["roles"][:100])
        raise KeyboardInterrupt   # as a kill would stop it: after the first file, before the others

    monkeypatch.setattr(training, "save", dies_half_way)
    with pytest.raises(KeyboardInterrupt):
        learn(library)
    assert adapt.clerk_model_dir() == previous and trained_models.model_dir() == previous
    assert trained_models.load(previous).roles is not None           # still whole and readable
    assert [p.name for p in adapt.models_home().iterdir() if p.is_dir()] == [previous.name]


def test_nothing_to_learn_from_is_said_in_chinese(library):
    with pytest.raises(UserError, match="还没有校正过的讲稿"):
        learn(library)
    assert adapt.clerk_model_dir() is None


def test_train_on_the_command_line(seeded_file, tmp_path):
    lib = ["--library", seeded_file]
    nothing = run_cli("train", *lib)
    assert nothing.returncode == 2 and "还没有校正过的讲稿" in nothing.stderr
    path = tmp_path / "安全生产.txt"
    path.write_text(SPEECH, encoding="utf-8")
    run_cli("library", "add", path, *lib)
    speech_id = [s for s in __import__("json").loads(run_cli("library", "list", "--json", *lib).stdout)["speeches"]
                 if not s["bundled"]][0]["id"]
    shown = run_cli("library", "show", str(speech_id), "--json", *lib)
    edited = tmp_path / "标注.json"
    edited.write_text(shown.stdout, encoding="utf-8")
    assert run_cli("library", "label", str(speech_id), edited, *lib).returncode == 0
    trained = run_cli("train", *lib)
    assert trained.returncode == 0, trained.stderr
    assert "已根据您校正的 1 篇讲稿更新结构识别" in trained.stdout
    reset = run_cli("train", "--reset", *lib)
    assert reset.returncode == 0 and "已恢复默认的结构识别" in reset.stdout
    again = run_cli("train", "--reset", *lib)
    assert "本来就在使用默认的结构识别" in again.stdout


def test_without_the_bundled_training_data_the_model_in_use_stays(library, labelled, monkeypatch):
    monkeypatch.setattr(adapt, "bundled_examples", lambda: [])
    with pytest.raises(UserError, match="找不到程序自带的训练数据"):
        learn(library)
    assert adapt.clerk_model_dir() is None
    assert library.speech(labelled).sections[1].role == "review"


def test_two_corrected_speeches_teach_the_third_of_their_shape(library, tmp_path):
    """The office's look-back blocks carry forward-sounding headings; after two such speeches are
    corrected and the model retrained, a third (another subject, never labelled) is read right."""
    from speechwriter.core.labelling import role_agreement

    paths = []
    for name, text in (("安全生产", SPEECH), ("防汛", FLOOD_SPEECH), ("森林防火", FOREST_SPEECH)):
        paths.append(tmp_path / f"{name}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    import_paths(library, paths)
    ids = {e.source: e.id for e in library.speeches(bundled=False)}
    first, second, third = (ids[str(p.resolve())] for p in paths)

    def truth(speech_id):
        label = label_of(stored_reading(library, speech_id))
        for section, role in zip(label["sections"], ("opening", "review", "review", "key_points", "closing")):
            section["role"] = role
        return label

    wanted = truth(third)
    before = role_agreement(wanted, FOREST_SPEECH, library.speech(third))
    # (a bundled model that already reads this house style leaves less to teach, never a test to skip)
    for speech_id in (first, second):
        set_label(library, speech_id, truth(speech_id))
    learn(library)
    assert not library.entry(third).labelled
    after = role_agreement(wanted, FOREST_SPEECH, library.speech(third))
    assert after >= 0.90 and after >= before, (before, after)
