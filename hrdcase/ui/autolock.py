"""Auto-lock: an application-wide event filter that restarts an idle timer on every keyboard,
mouse, wheel or touch event, and a lock when the platform says the app is being suspended.

What Qt can tell: `QGuiApplication.applicationStateChanged` reports `ApplicationSuspended` where
the platform has it (mobile platforms, some desktop sessions on suspend). Qt has no portable
signal for "the screen locked": the idle timer covers that case, since a locked screen delivers
no input. `ApplicationInactive` (another window took the focus) is deliberately not a lock.

`Curtain` hides every visible top-level window (dialogs included) while locked and shows the same
windows again on unlock, so an open form keeps what was typed and nothing shows case content."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
    QEvent.Type.Shortcut,
})


class IdleWatch(QObject):
    """Emits `lock_due` after `idle_ms` without input, or when the app is suspended."""

    lock_due = Signal()

    def __init__(self, idle_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(idle_ms)
        self.timer.timeout.connect(self.lock_due)
        app = QGuiApplication.instance()
        if not isinstance(app, QGuiApplication):
            raise RuntimeError("the idle lock needs a running QGuiApplication")
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._state_changed)
        self._installed = True

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.timer.isActive():
            self.timer.start()  # restart the countdown
        return False

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended and self.timer.isActive():
            self.lock_due.emit()

    def uninstall(self) -> None:
        self.timer.stop()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and self._installed:
            self._installed = False
            app.removeEventFilter(self)
            app.applicationStateChanged.disconnect(self._state_changed)


class Curtain:
    """The windows hidden by a lock, and where the keyboard focus was."""

    def __init__(self) -> None:
        self.hidden: list[QWidget] = []
        self.focus: QWidget | None = None

    def close(self, keep: tuple[QWidget, ...] = ()) -> None:
        self.focus = QApplication.focusWidget()
        # Parents first, so a dialog is shown again over its window.
        self.hidden = [w for w in QApplication.topLevelWidgets()
                       if w.isVisible() and w not in keep and not w.isHidden()]
        for widget in self.hidden:
            widget.hide()

    def open(self) -> None:
        hidden, self.hidden = self.hidden, []
        for widget in hidden:
            try:
                widget.show()
                widget.raise_()
            except RuntimeError:  # deleted while locked
                continue
        focus, self.focus = self.focus, None
        if focus is not None:
            try:
                focus.activateWindow()
                focus.setFocus(Qt.FocusReason.OtherFocusReason)
            except RuntimeError:
                pass
