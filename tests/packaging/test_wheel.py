"""A wheel built from the repository carries templates/ and resources/ and finds them when
installed somewhere else and run from another directory."""

import os
import subprocess
import sys
import zipfile

import pytest

from tests.conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(REPO)],
                            capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{result.stdout}\n{result.stderr}")
    [built] = list(out.glob("speechwriter-*.whl"))
    return built


def test_wheel_holds_templates_and_samples(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    samples = sorted(n.rsplit("/", 1)[1] for n in names if n.startswith("speechwriter/_data/resources/samples/"))
    assert samples == sorted(p.name for p in (REPO / "resources" / "samples").iterdir())
    templates = [n for n in names if n.startswith("speechwriter/_data/templates/")]
    assert len(templates) >= len(list((REPO / "templates").glob("*")))
    assert templates, "templates/ is in the wheel"


def test_installed_wheel_finds_its_data_from_another_directory(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target), str(wheel)],
                   check=True, timeout=600)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    # the installed copy first on the path, the test venv's dependencies after it; no repo on the path
    env = dict(os.environ, PYTHONPATH=str(target), PYTHONSAFEPATH="1")
    code = ("import speechwriter.paths as p, json, sys;"
            "print(json.dumps([str(p.templates_dir()), str(p.samples_dir()), "
            "sorted(x.name for x in p.samples_dir().iterdir())]))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=elsewhere, env=env,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    import json

    templates, samples, files = json.loads(result.stdout)
    assert templates.startswith(str(target)) and samples.startswith(str(target))
    assert files == sorted(p.name for p in (REPO / "resources" / "samples").iterdir())
    structures = subprocess.run([sys.executable, "-m", "speechwriter", "structures", "--json"], capture_output=True,
                                text=True, cwd=elsewhere, env=env, timeout=300)
    assert structures.returncode == 0, structures.stderr
    assert '"structures"' in structures.stdout
