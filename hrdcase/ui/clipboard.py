"""Clipboard hygiene: whatever the app copies (a case reference selected in the header, text from
the case view, a field's context-menu Copy, the Copy buttons) is cleared again after a time set by
policy (`clipboard_clear_seconds` in `resources/policy/security.json`), at lock, at wipe and at
quit — but only while the clipboard still holds what the app put there: something the user copied
in another program afterwards is never touched.

One guard watches the application's clipboard (and the X11 selection, where there is one) rather
than every copy action, so a widget's built-in Copy is covered too. Which change is ours: the app
owns the clipboard (X11, Wayland, Windows report it), or, where the platform cannot say, one of the
app's windows is active (the user was working in it). Whether it still holds our data: still owned
where ownership is reported, otherwise the same formats and text, compared by digest so the guard
keeps no copy of case text."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication

_Mode = QClipboard.Mode


class ClipboardGuard(QObject):
    def __init__(self, clear_after_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard = QGuiApplication.clipboard()
        self._modes = [_Mode.Clipboard]
        if self._clipboard.supportsSelection():
            self._modes.append(_Mode.Selection)
        self._ours: dict[_Mode, tuple[bool, bytes]] = {}  # mode -> (owned when set, digest)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(clear_after_ms)
        self.timer.timeout.connect(self.clear_now)
        self._clipboard.changed.connect(self._changed)
        self._installed = True

    def holds_ours(self) -> bool:
        """Whether a copy made by the app is still waiting to be cleared."""
        return any(self._still_ours(mode, *mark) for mode, mark in self._ours.items())

    def clear_now(self) -> None:
        """Clear each clipboard that still holds what the app put there; forget the rest."""
        ours, self._ours = self._ours, {}
        self.timer.stop()
        for mode, (owned, digest) in ours.items():
            if self._still_ours(mode, owned, digest):
                self._clipboard.clear(mode)

    def uninstall(self) -> None:
        self.timer.stop()
        if self._installed:
            self._installed = False
            self._clipboard.changed.disconnect(self._changed)

    def _changed(self, mode: _Mode) -> None:
        if mode not in self._modes:
            return
        digest = self._digest(mode)
        if digest is None:  # emptied (by us or anyone): nothing to clear
            self._ours.pop(mode, None)
            return
        owned = self._owns(mode)
        if owned or QApplication.activeWindow() is not None:
            self._ours[mode] = (owned, digest)
            self.timer.start()  # the time runs from the latest copy
        else:
            self._ours.pop(mode, None)  # another program's: not ours to clear

    def _still_ours(self, mode: _Mode, owned: bool, digest: bytes) -> bool:
        if owned:
            return self._owns(mode)
        return self._digest(mode) == digest

    def _owns(self, mode: _Mode) -> bool:
        return self._clipboard.ownsSelection() if mode == _Mode.Selection \
            else self._clipboard.ownsClipboard()

    def _digest(self, mode: _Mode) -> bytes | None:
        data = self._clipboard.mimeData(mode)
        formats = data.formats() if data is not None else []
        if not formats:
            return None
        h = hashlib.sha256()
        for name in sorted(formats):  # a rich-text copy lists its formats in varying order
            h.update(name.encode("utf-8", "replace") + b"\0")
        h.update(self._clipboard.text(mode).encode("utf-8", "surrogatepass"))
        return h.digest()
