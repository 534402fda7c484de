"""The window starts without the analyser's trained model: the rules read the speeches, the status line says why."""


def test_window_starts_without_the_model_and_says_so(make_window, monkeypatch, tmp_path):
    monkeypatch.setenv("SPEECHWRITER_MODEL_DIR", str(tmp_path / "没有模型"))
    # no bundled model either (a clerk's damaged model falls back to the bundled one first)
    monkeypatch.setattr("speechwriter.core.trained_models.default_dir", lambda: tmp_path / "没有模型")
    window = make_window()
    assert window.start_page.cards, "the gallery still shows structures learned by the rules"
    assert "结构识别改用内置规则" in window.statusBar().currentMessage()
