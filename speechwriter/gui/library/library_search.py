"""The 查找 tab's searches, on a thread of their own, so a slow or vanished server never stops the window.

The searcher keeps its own Library connection (a Library belongs to the thread that opened it),
opened from the location of the library the panel was handed. Only the newest request matters:
one asked while another runs cancels the running statement on the server (`Library.interrupt`),
and an answer to an older request is dropped by the tab (`found`/`failed` carry the request's
number).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from speechwriter.errors import UserError


@dataclass
class _Request:
    number: int
    location: str | None       # None: drop the connection (the library is gone or moved)
    query: str = ""
    options: dict[str, Any] = field(default_factory=dict)


class Searcher(QObject):
    found = Signal(int, object)    # request number, SearchResult
    failed = Signal(int, str)      # request number, a Chinese sentence

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._wake = threading.Condition()
        self._request: _Request | None = None
        self._busy: Any = None          # the Library a search is running on (to interrupt it)
        self._stopped = False
        self._thread = threading.Thread(target=self._loop, name="素材库查找", daemon=True)
        self._thread.start()

    def ask(self, number: int, location: str, query: str, **options: Any) -> None:
        """Search on the worker; `found(number, result)` or `failed(number, message)` follows."""
        self._put(_Request(number, location, query, options))

    def let_go(self) -> None:
        """Close the worker's connection (the panel has no library now)."""
        self._put(_Request(-1, None))

    def stop(self) -> None:
        with self._wake:
            self._stopped = True
            self._wake.notify()
        self._interrupt()
        self._thread.join(timeout=5)

    def _put(self, request: _Request) -> None:
        with self._wake:
            self._request = request
            self._wake.notify()
        self._interrupt()

    def _search(self, library: Any, request: _Request) -> Any:
        """One search; run again once when an interruption meant for the one before caught it."""
        from speechwriter.library import search

        for attempt in (1, 2):
            library.interrupted()    # forget an interruption that came after the last search ended
            self._busy = library
            try:
                return search(library, request.query, **request.options)
            except library.Error:
                if attempt == 2 or self._request is not None or not library.interrupted():
                    raise
            finally:
                self._busy = None
        raise AssertionError("unreachable")

    def _interrupt(self) -> None:
        busy = self._busy
        if busy is not None:   # asking a server to cancel takes a connection of its own: never on the GUI thread
            threading.Thread(target=busy.interrupt, name="素材库查找取消", daemon=True).start()

    def _loop(self) -> None:
        from speechwriter.library import Library

        library: Any = None
        try:
            while True:
                with self._wake:
                    while self._request is None and not self._stopped:
                        self._wake.wait()
                    if self._stopped:
                        return
                    request, self._request = self._request, None
                assert request is not None
                if library is not None and library.location != request.location:
                    library.close()
                    library = None
                if request.location is None:
                    continue
                try:
                    if library is None:
                        library = Library(request.location)
                    result = self._search(library, request)
                except UserError as err:
                    if library is not None and not library.connected():   # the server went away
                        library.close()
                        library = None
                        self.failed.emit(request.number, f"素材库离线：{err.message}写作不受影响。")
                    else:
                        self.failed.emit(request.number, err.message)
                    continue
                except Exception as err:  # noqa: BLE001 - a database error, or an interrupted search
                    if self._request is not None:   # interrupted for a newer request: that one follows
                        continue
                    reason = library.reason(err) if library is not None and isinstance(err, library.Error) \
                        else type(err).__name__
                    if library is not None:
                        library.close()      # opened again for the next search: a dropped connection heals
                        library = None
                    self.failed.emit(request.number, f"素材库离线：{reason}。写作不受影响。")
                    continue
                self.found.emit(request.number, result)
        finally:
            if library is not None:
                library.close()
