"""The window's fixtures (a real main window over a fresh 素材库, scripted prompts) for the reading view."""

from tests.gui.conftest import _library_of_samples, make_window, prompts, window  # noqa: F401 - fixtures
