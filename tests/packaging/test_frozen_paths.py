"""A frozen program (the PyInstaller bundle of packaging/speechwriter.spec) reads the templates and
resources inside its own folder, never those of a checkout that happens to be elsewhere."""

import sys

from speechwriter import paths
from tests.conftest import REPO


def _bundle(tmp_path):
    internal = tmp_path / "speechwriter-bundle" / "_internal"
    for name in ("templates", "resources/samples", "resources/icons"):
        (internal / "speechwriter" / "_data" / name).mkdir(parents=True)
    return internal


def test_a_frozen_program_reads_its_bundled_data(tmp_path, monkeypatch):
    internal = _bundle(tmp_path)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    assert paths.templates_dir() == internal / "speechwriter" / "_data" / "templates"
    assert paths.samples_dir() == internal / "speechwriter" / "_data" / "resources" / "samples"


def test_a_frozen_program_missing_its_data_falls_back_like_an_install(tmp_path, monkeypatch):
    empty = tmp_path / "broken-bundle" / "_internal"
    empty.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(empty), raising=False)
    # nothing in the bundle: the package's own places are still tried (here: this checkout)
    assert paths.templates_dir() == REPO / "templates"


def test_a_source_checkout_reads_its_own_folders(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert paths.templates_dir() == REPO / "templates"
    assert paths.resources_dir() == REPO / "resources"
