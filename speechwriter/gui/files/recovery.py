"""Crash recovery: a copy of the open outline written every minute and when the window loses focus.

Each running window owns `autosave-<pid>.speech.json` (plus a small `.json` note saying which file
it belongs to) and holds `session-<pid>.lock`. A clean exit deletes all three. At start-up, any
autosave whose lock is stale (its process is gone) is work a crash left behind, and is offered
back. Writes go through core.atomic, so the recovery file itself is never half written.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:   # Qt's lock file is set up with the session, after the first frame
    from PySide6.QtCore import QLockFile

# the outline file code is imported when first needed, not while the window first appears


def recovery_dir() -> Path:
    from speechwriter.paths import user_dir  # (platformdirs: not needed before the first frame)

    return user_dir() / "recovery"


class Leftover:
    """An autosave left by a session that did not exit cleanly."""

    def __init__(self, outline_path: Path, source: str | None, saved_at: float, note: Path, lock: Path):
        self.outline_path = outline_path
        self.source = source            # the file the clerk was editing, None when never saved
        self.saved_at = saved_at
        self._note, self._lock = note, lock

    def describe(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.saved_at))
        what = f"“{Path(self.source).name}”" if self.source else "未保存的新讲稿"
        return f"{what}，自动保存于 {when}"

    def load(self):
        from speechwriter.outline.io import load_outline

        return load_outline(self.outline_path)

    def discard(self) -> None:
        for path in (self.outline_path, self._note, self._lock):
            try:
                path.unlink()
            except OSError:
                pass


class RecoveryStore:
    def __init__(self, folder: Path | None = None):
        self._folder = folder
        self._pid = os.getpid()
        self._lock: QLockFile | None = None

    @property
    def folder(self) -> Path:
        if self._folder is None:
            self._folder = recovery_dir()
        return self._folder

    # this session ------------------------------------------------------------------------------
    @property
    def autosave_path(self) -> Path:
        return self.folder / f"autosave-{self._pid}.speech.json"

    def _note_path(self, pid: int) -> Path:
        return self.folder / f"autosave-{pid}.json"

    def _lock_path(self, pid: int) -> Path:
        return self.folder / f"session-{pid}.lock"

    def start_session(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        from PySide6.QtCore import QLockFile

        self._lock = QLockFile(str(self._lock_path(self._pid)))
        self._lock.setStaleLockTime(0)  # stale only when the owner process is gone, not by age
        self._lock.tryLock(0)

    def write(self, outline, source: str | None) -> None:
        """Autosave; raises UserError (e.g. disk full) for the caller to show in the status bar."""
        import json  # (here, not at the top: the window's first frame does without it)

        from speechwriter.core.atomic import atomic_write_text
        from speechwriter.outline.io import save_outline

        if self._lock is None:
            self.start_session()
        save_outline(outline, self.autosave_path)
        atomic_write_text(self._note_path(self._pid),
                          json.dumps({"source": source, "saved_at": time.time()}, ensure_ascii=False))

    def clear(self) -> None:
        """Nothing unsaved any more (saved, or the clerk chose to discard)."""
        for path in (self.autosave_path, self._note_path(self._pid)):
            try:
                path.unlink()
            except OSError:
                pass

    def end_session(self) -> None:
        self.clear()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    # other sessions ----------------------------------------------------------------------------
    def leftovers(self) -> list[Leftover]:
        """Autosaves of sessions that died without a clean exit, newest first."""
        import json

        found: list[Leftover] = []
        if not self.folder.is_dir():
            return found
        for outline_path in self.folder.glob("autosave-*.speech.json"):
            try:
                pid = int(outline_path.name[len("autosave-"):-len(".speech.json")])
            except ValueError:
                continue
            if pid == self._pid or not self._owner_is_gone(pid):
                continue
            note = self._note_path(pid)
            try:
                info = json.loads(note.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                info = {}
            found.append(Leftover(outline_path, info.get("source"),
                                  float(info.get("saved_at") or outline_path.stat().st_mtime),
                                  note, self._lock_path(pid)))
        return sorted(found, key=lambda item: item.saved_at, reverse=True)

    def _owner_is_gone(self, pid: int) -> bool:
        lock_path = self._lock_path(pid)
        if not lock_path.exists():
            return True
        from PySide6.QtCore import QLockFile

        probe = QLockFile(str(lock_path))
        probe.setStaleLockTime(0)
        if probe.tryLock(0):  # Qt removes a lock whose process has died, then takes it
            probe.unlock()
            return True
        return False

