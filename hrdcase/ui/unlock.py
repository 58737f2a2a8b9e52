"""The unlock dialog: passphrase in, `Session` out. Key derivation runs on the ops worker."""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hrdcase.errors import UnlockThrottled
from hrdcase.services.session import Session
from hrdcase.ui.ops import Ops, user_message
from hrdcase.ui.widgets import BusyBar, error_label

if TYPE_CHECKING:
    from hrdcase.bootstrap import Unlocker


class UnlockDialog(QDialog):
    """Errors (wrong passphrase, profile locked or damaged) show inline under the field."""

    unlocked = Signal(object)  # Session

    def __init__(
        self, unlocker: Unlocker, ops: Ops, message: str = "", parent: QWidget | None = None,
        *, locked: bool = False,
    ) -> None:
        super().__init__(parent)
        self.locked = locked  # the lock screen of a running app: unlocking resumes it
        self._unlocker = unlocker
        self._ops = ops
        self._cancelled = False
        self._busy = False
        self.keyring_failed = False  # "remember" was asked for and the OS keyring refused it
        self.session: Session | None = None
        # After a throttled try: the button comes back when the wait is over, not before. A
        # precise timer (Qt's default coarse one may fire up to 5 % early), checked against a
        # monotonic deadline, so a press as soon as it is back is never refused again.
        self._wait_until = 0.0
        self._wait_timer = QTimer(self)
        self._wait_timer.setSingleShot(True)
        self._wait_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._wait_timer.timeout.connect(self._wait_over)
        self.setWindowTitle(self.tr("Locked — hrdcase") if locked
                            else self.tr("Unlock caseload — hrdcase"))
        self._build()
        if message:
            self._show_error(message)

    def _build(self) -> None:
        intro = QLabel(
            self.tr("hrdcase is locked. Type your passphrase to go back to where you were.")
            if self.locked else
            self.tr("Your caseload is encrypted. Type your passphrase to open it."))
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setMinimumWidth(320)
        self.error = error_label(self)
        self.remember = QCheckBox(self.tr("&Remember on this device (OS keyring)"))
        self.remember.setAccessibleName(self.tr("Remember on this device"))
        self.remember.setVisible(not self.locked)  # a lock screen that remembers would not lock
        self.busy = BusyBar(self, delay_ms=0)
        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setDefault(True)
        quit_button = self.buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setAutoDefault(False)  # Enter never means Quit, wherever the focus went
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        label = QLabel(self.tr("&Passphrase:"))
        label.setBuddy(self.passphrase)
        form = QFormLayout()
        form.addRow(label, self.passphrase)
        form.addRow("", self.error)
        form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.passphrase, self.remember)
        self.setTabOrder(self.remember, self.unlock_button)

    def submit(self) -> None:
        if self._busy or not self.unlock_button.isEnabled():  # deriving, or waiting after failures
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self._show_error(self.tr("Type your passphrase."))
            return
        remember = self.remember.isChecked()
        self._set_busy(True)
        unlocker = self._unlocker
        self._ops.run(
            lambda: unlocker.with_passphrase(passphrase, remember),
            self._unlocked,
            self._failed,
            owner=self,
        )

    def reject(self) -> None:
        self._cancelled = True
        super().reject()

    def _unlocked(self, session: Session) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        if self._cancelled:  # the user quit while the key was being derived
            self._ops.run(session.close)
            return
        self.session = session
        self.keyring_failed = self._unlocker.profile.remembered is False
        self.accept()
        self.unlocked.emit(session)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show_error(user_message(exc))
        if isinstance(exc, UnlockThrottled):  # no button to press until the wait is over
            self.unlock_button.setEnabled(False)
            # Measured from now, after the check that raised: never shorter than needed.
            self._wait_until = time.monotonic() + exc.seconds
            self._wait_timer.start(math.ceil(exc.seconds * 1000))

    def _wait_over(self) -> None:
        left = self._wait_until - time.monotonic()
        if left > 0:  # a timer that fired early: wait out the rest
            self._wait_timer.start(math.ceil(left * 1000))
            return
        if not self._busy:
            self.unlock_button.setEnabled(True)
            self.unlock_button.setDefault(True)
            self.error.setVisible(False)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))  # fit wrapped text
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    def _set_busy(self, busy: bool) -> None:
        """Read-only, not disabled: a disabled field would lose the focus (to Quit, which then
        became the default button, so the next Enter quit the app)."""
        self._busy = busy
        self.busy.set_busy(busy)
        self.passphrase.setReadOnly(busy)
        self.remember.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        if busy:
            self.error.setVisible(False)
        else:
            self.unlock_button.setDefault(True)
