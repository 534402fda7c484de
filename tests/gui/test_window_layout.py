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


def _cut_labels(widget) -> list[str]:
    """The visible labels under `widget` whose text does not fit in the room they are given."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QLabel

    cut = []
    for label in widget.findChildren(QLabel):
        text = label.text()
        if not label.isVisibleTo(widget) or not text or "<" in text:
            continue
        room = label.contentsRect()
        metrics = label.fontMetrics()
        if label.wordWrap():
            needed = metrics.boundingRect(QRect(0, 0, room.width(), 100000), Qt.TextFlag.TextWordWrap, text)
            if needed.height() > room.height() + 1:
                cut.append(text)
        elif metrics.horizontalAdvance(text) > room.width() + 1:
            cut.append(text)
    return cut


def test_the_section_editor_shows_its_hints_whole_at_1024(drafting_window, qtbot):
    """At 1024×768 the middle pane is narrow: its hints wrap onto more lines rather than lose their ends."""
    window = drafting_window
    window.resize(1024, 740)
    qtbot.wait(100)
    editor = window.editor.section_editor
    assert editor.width() < 450, editor.width()   # as narrow as it is on such a screen
    assert _cut_labels(editor) == []


def test_the_first_window_leaves_room_for_the_title_bar_on_a_768_screen(qtbot, prompts, monkeypatch):
    """On a 1366×768 laptop (a 40-pixel panel: 728 left) the desktop adds a title bar above the window
    once it is shown; the window chosen before that must leave room for it, or the status bar is cut."""
    from PySide6.QtCore import QRect

    from speechwriter.gui import window_layout

    for width in (1024, 1366):
        area = QRect(0, 0, width, 728)
        monkeypatch.setattr(window_layout, "screen_rect", lambda _widget, area=area: area)
        window = new_window(qtbot, prompts)
        title_bar = 30                     # 统信UOS / 麒麟 / GNOME title bars are 30–40 pixels
        assert window.geometry().height() + title_bar <= area.height(), window.geometry()
        assert window.frameGeometry().width() <= area.width()
        window.close()


def test_a_maximised_window_opens_maximised_again(qtbot, prompts):
    window = new_window(qtbot, prompts)
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.close()
    again = new_window(qtbot, prompts)
    assert again.isMaximized()
    again.showNormal()                     # and un-maximised it has a size of its own, inside the screen
    qtbot.waitUntil(lambda: not again.isMaximized())
    assert again.screen().availableGeometry().contains(again.frameGeometry())
    again.close()
    third = new_window(qtbot, prompts)
    assert not third.isMaximized()


def test_a_maximised_window_whose_frame_reaches_past_the_edge_stays_maximised(qtbot, prompts):
    """Some desktops put a maximised window's borders just past the screen's edge: that is no reason
    to resize it (which un-maximised it, and the next run opened it small)."""
    from PySide6.QtCore import QRect

    window = new_window(qtbot, prompts)
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    area = window.screen().availableGeometry()
    size = window.size()
    window.frameGeometry = lambda: QRect(area.x() - 4, area.y() - 4, area.width() + 8, area.height() + 8)
    window.layout_keeper.check_after_show()
    assert window.isMaximized() and window.size() == size


def test_the_first_window_takes_most_of_a_large_screen(qtbot, prompts, monkeypatch):
    """On a 1920×1080 office monitor the first window uses most of the screen (tree, text and preview
    side by side need the room), centred and inside it; on a small one it fits as before."""
    from PySide6.QtCore import QRect

    from speechwriter.gui import window_layout

    for width, height in ((1920, 1040), (2560, 1400)):
        area = QRect(0, 0, width, height)
        monkeypatch.setattr(window_layout, "screen_rect", lambda _widget, area=area: area)
        window = new_window(qtbot, prompts)
        frame = window.frameGeometry()
        assert frame.width() >= 0.8 * width and frame.height() >= 0.8 * height, (area, frame)
        assert area.contains(frame), (area, frame)
        assert abs(frame.center().x() - area.center().x()) <= 2, (area, frame)
        window.close()
