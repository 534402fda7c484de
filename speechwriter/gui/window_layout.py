"""Where the window sits and how its panes are split, remembered per screen size.

A clerk moves between a 1920×1080 office monitor and a 1366×768 laptop (often at 150 %): a layout
saved on one must not push the other's controls off screen. Geometry and splitter sizes are kept
under the available screen size they were made on; the first window on a screen fits inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QMainWindow, QWidget

from speechwriter.gui.settings import Settings

PREFERRED = (1280, 760)     # the first window's least size where the screen has room for it
SCREEN_SHARE = 0.85         # and on a larger screen (1920×1080) this share of it: the three panes need room
MINIMUM = (640, 440)        # what still shows every control, scrolled and folded (logical pixels)
# the desktop's title bar and borders, until the window manager has put them on (统信UOS, 麒麟 and GNOME
# title bars are 30–40 pixels): a window sized to the whole height would lose its status bar below
FRAME_GUESS = (0, 44)   # (side borders are thin or none on these desktops)
FRAME_MIN = 16          # a title bar at least this tall: the desktop has put its frame on


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
        """The size and place (and maximised state) of the last run on this screen size, or a first
        size that fits."""
        geometry = self.settings.geometry(self.key())
        if geometry is None or not self.window.restoreGeometry(geometry):
            self.fit_to_screen()
        elif not self._fits():
            self.fit_to_screen(keep_size=True)

    def check_after_show(self, once_framed: bool = False) -> None:
        """Once shown, the window manager's frame is known: shrink or move the window if it sticks out.
        (Called on showing, with the frame guessed, and again a moment later with `once_framed`: the
        desktop puts its frame on after the window shows; while it has none, the guess stands.)"""
        if once_framed and not self._framed():
            return
        if not self._fits():
            self.fit_to_screen(keep_size=True)

    def _framed(self) -> bool:
        return self.window.frameGeometry().height() - self.window.geometry().height() >= FRAME_MIN

    def _fits(self) -> bool:
        if self.window.isMaximized() or self.window.isFullScreen():
            return True    # the desktop decides; a maximised frame may reach past the screen's edge by its border
        return screen_rect(self.window).contains(self.window.frameGeometry())

    def _frame(self) -> tuple[int, int]:
        """(width, height) the desktop's frame adds, or a guess while it is not on yet."""
        frame, inner = self.window.frameGeometry(), self.window.geometry()
        width, height = frame.width() - inner.width(), frame.height() - inner.height()
        return (width, height) if self._framed() else (max(width, FRAME_GUESS[0]), FRAME_GUESS[1])

    def fit_to_screen(self, keep_size: bool = False) -> None:
        """The first size (PREFERRED, or SCREEN_SHARE of a larger screen; with `keep_size`, the present
        one), no bigger than the available area with the frame included, centred in it (or, `keep_size`,
        moved just inside it)."""
        area = screen_rect(self.window)
        frame_w, frame_h = self._frame()
        if keep_size:
            wanted = (self.window.width(), self.window.height())
        else:
            wanted = (max(PREFERRED[0], int(area.width() * SCREEN_SHARE)),
                      max(PREFERRED[1], int(area.height() * SCREEN_SHARE)))
        width = max(MINIMUM[0], min(wanted[0], area.width() - frame_w))
        height = max(MINIMUM[1], min(wanted[1], area.height() - frame_h))
        self.window.resize(width, height)
        if keep_size:
            x = min(max(self.window.x(), area.x()), area.right() + 1 - width - frame_w)
            y = min(max(self.window.y(), area.y()), area.bottom() + 1 - height - frame_h)
        else:
            x = area.x() + max(0, (area.width() - width - frame_w) // 2)
            y = area.y() + max(0, (area.height() - height - frame_h) // 2)
        self.window.move(max(area.x(), x), max(area.y(), y))

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
