"""Where the window sits and how its panes are split, remembered per screen size.

A clerk moves between a 1920×1080 office monitor and a 1366×768 laptop (often at 150 %): a layout
saved on one must not push the other's controls off screen. Geometry and splitter sizes are kept
under the available screen size they were made on; the first window on a screen fits inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QMainWindow, QWidget

from speechwriter.gui.settings import Settings

PREFERRED = (1280, 760)     # the first window where the screen has room
MINIMUM = (640, 440)        # what still shows every control, scrolled and folded (logical pixels)


def screen_rect(widget: QWidget) -> QRect:
    """The available (taskbar-less) area of the widget's screen, in logical pixels."""
    screen = widget.screen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, *PREFERRED)


def screen_key(widget: QWidget) -> str:
    rect = screen_rect(widget)
    return f"{rect.width()}x{rect.height()}"


class WindowLayout:
    def __init__(self, window: QMainWindow, settings: Settings):
        self.window, self.settings = window, settings
        window.setMinimumSize(*MINIMUM)

    def key(self) -> str:
        return screen_key(self.window)

    def restore(self) -> None:
        geometry = self.settings.geometry(self.key())
        if geometry is None or not self.window.restoreGeometry(geometry) or not self._fits():
            self.fit_to_screen()

    def check_after_show(self) -> None:
        """Once shown, the window manager's frame is known: shrink or move the window if it sticks out."""
        if not self._fits():
            self.fit_to_screen()

    def _fits(self) -> bool:
        return screen_rect(self.window).contains(self.window.frameGeometry())

    def fit_to_screen(self) -> None:
        """The preferred size, or the whole available area on a smaller screen (frame included)."""
        area = screen_rect(self.window)
        frame_w = max(0, self.window.frameGeometry().width() - self.window.geometry().width())
        frame_h = max(0, self.window.frameGeometry().height() - self.window.geometry().height())
        width = max(MINIMUM[0], min(PREFERRED[0], area.width() - frame_w))
        height = max(MINIMUM[1], min(PREFERRED[1], area.height() - frame_h))
        self.window.resize(width, height)
        self.window.move(area.x() + max(0, (area.width() - width - frame_w) // 2),
                         area.y() + max(0, (area.height() - height - frame_h) // 2))

    def restore_editor(self, editor) -> None:
        editor.restore_sizes(self.settings.splitter_sizes("editor", self.key()))

    def save(self, editor, dock) -> None:
        key = self.key()
        self.settings.set_geometry(self.window.saveGeometry(), key)
        if editor is not None:
            self.settings.set_splitter_sizes("editor", editor.splitter.sizes(), key)
            self.settings.set_speaking_rate(editor.preview.rate.value())
        if dock is not None and dock.width_to_remember():
            self.settings.set_splitter_sizes("library", [dock.width_to_remember()], key)
        self.settings.sync()
