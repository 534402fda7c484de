"""The first window fits the screen it opens on; the layout is remembered per screen size."""

from __future__ import annotations


def new_window(qtbot, prompts):
    from speechwriter.gui.app import create_application, create_main_window

    create_application([])
    window = create_main_window(prompts=prompts)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_first_window_fits_the_available_screen(qtbot, prompts):
    window = new_window(qtbot, prompts)
    area = window.screen().availableGeometry()
    assert area.contains(window.frameGeometry()), (area, window.frameGeometry())
    assert window.minimumWidth() <= 911 and window.minimumHeight() <= 512   # 1366×768 at 150 %


def test_layout_is_remembered_per_screen_size(qtbot, prompts):
    from speechwriter.gui.settings import Settings
    from speechwriter.gui.window_layout import screen_key

    window = new_window(qtbot, prompts)
    key = screen_key(window)
    window.resize(700, 480)
    window.close()
    settings = Settings()
    assert settings.geometry(key) is not None
    # a layout made on a big monitor is kept under its own size and does not reach this screen
    settings.set_geometry(settings.geometry(key), "3840x2160")
    settings.sync()
    again = new_window(qtbot, prompts)
    assert (again.width(), again.height()) == (700, 480)
