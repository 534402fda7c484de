import pytest

from speechwriter.outline.io import save_outline
from tests.render.conftest import sample_outline


@pytest.fixture
def outline():
    return sample_outline()


@pytest.fixture
def outline_file(tmp_path):
    path = tmp_path / "讲话.speech.json"
    save_outline(sample_outline(), path)
    return path
