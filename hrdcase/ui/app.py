"""`run(unlocker, argv)`: start Qt, unlock (keyring first, silently; then the passphrase dialog),
show the main window, and close everything in order on quit."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication

from hrdcase.errors import UserError
from hrdcase.services.security_policy import load_security_policy
from hrdcase.services.session import Session
from hrdcase.ui.autolock import Curtain, IdleWatch
from hrdcase.ui.clipboard import ClipboardGuard
from hrdcase.ui.context import UiContext
from hrdcase.ui.first_run import FirstRunWizard
from hrdcase.ui.hygiene import seal_qt_settings
from hrdcase.ui.i18n import install_translator
from hrdcase.ui.main_window import MainWindow
from hrdcase.ui.notifier import ChangeNotifier
from hrdcase.ui.ops import Ops
from hrdcase.ui.unlock import UnlockDialog

if TYPE_CHECKING:
    from hrdcase.bootstrap import Unlocker

log = logging.getLogger(__name__)


class Startup(QObject):
    """Keyring → passphrase dialog → main window. Lock (Ctrl+L, idle, suspend) closes the
    session and hides every window behind the unlock dialog; unlocking shows them again as they
    were. A folder with no caseload starts with the first-run wizard instead. What the app copied
    leaves the clipboard after the policy's time, at lock, at wipe and at quit."""

    def __init__(self, unlocker: Unlocker, ops: Ops, parent: QObject | None = None,
                 idle_ms: int | None = None, clipboard_ms: int | None = None) -> None:
        super().__init__(parent)
        if idle_ms is None or clipboard_ms is None:
            policy = load_security_policy()
            idle_ms = policy.idle_lock_ms if idle_ms is None else idle_ms
            clipboard_ms = policy.clipboard_clear_ms if clipboard_ms is None else clipboard_ms
        self._unlocker = unlocker
        self._ops = ops
        self.ctx: UiContext | None = None
        self.window: MainWindow | None = None
        self.dialog: UnlockDialog | None = None
        self.wizard: FirstRunWizard | None = None
        self.idle = IdleWatch(idle_ms, self)
        self.idle.lock_due.connect(self.lock)
        self.clipboard = ClipboardGuard(clipboard_ms, self)
        self.curtain = Curtain()

    def start(self) -> None:
        if not self._unlocker.exists():
            self.first_run()
            return
        self._ops.run(self._unlocker.with_keyring, self._keyring_done, self._keyring_failed)

    def _keyring_done(self, session: Session | None) -> None:
        if session is None:
            self.ask()
        else:
            self.open(session)

    def _keyring_failed(self, exc: BaseException) -> None:
        log.info("Keyring unlock not possible: %s", type(exc).__name__)
        self.ask(str(exc) if isinstance(exc, UserError) else "")

    @property
    def locked(self) -> bool:
        return self.ctx is not None and self.ctx.locked

    def ask(self, message: str = "", locked: bool = False) -> None:
        self.dialog = UnlockDialog(self._unlocker, self._ops, message, locked=locked)
        self.dialog.unlocked.connect(self.resume if locked else self.open)
        self.dialog.rejected.connect(self._quit_if_no_window)
        self.dialog.show()

    def first_run(self) -> None:
        self.wizard = FirstRunWizard(self._unlocker, self._ops)
        self.wizard.created.connect(self.open)
        self.wizard.rejected.connect(self._quit_if_no_window)
        self.wizard.show()

    def open(self, session: Session) -> None:
        self.ctx = UiContext(session, self._ops, ChangeNotifier())
        self.window = MainWindow(self.ctx)
        self.window.lock_requested.connect(self.lock)
        self.window.wipe_requested.connect(self.wipe)
        self.window.revoked.connect(self.wipe)
        self.window.closed.connect(self._window_closed)
        self.window.start()
        self.idle.start()
        if self.dialog is not None and self.dialog.keyring_failed:
            self.window.show_error(self.tr(
                "Your caseload is open, but it could not be remembered on this computer: no system "
                "keyring is available (on Linux, GNOME Keyring or KWallet provides one). Type your "
                "passphrase next time."))

    def lock(self) -> None:
        """Hide every window (dialogs too), close the session, ask for the passphrase. Nothing
        typed is lost: the widgets stay, hidden, and come back on `resume`."""
        if self.ctx is None or self.ctx.locked:
            return
        self.idle.stop()
        self.clipboard.clear_now()
        self.curtain.close()
        self.ctx.lock()
        self.ask(locked=True)

    def resume(self, session: Session) -> None:
        if self.ctx is None:
            self.open(session)
            return
        self.ctx.resume(session)
        self.curtain.open()
        self.dialog = None
        self.idle.start()

    def wipe(self, reason: str = "") -> None:
        """Panic wipe, confirmed in the window (a typed word), or an admin's signed revocation
        found at sync (`reason` says so): close everything, destroy the profile (key file
        first), say so, quit."""
        self.idle.stop()
        self.clipboard.clear_now()
        self.curtain.close()
        self._close_session()
        window, self.window = self.window, None
        if window is not None:
            window.deleteLater()
        profile = self._unlocker.profile
        self._ops.run(profile.wipe, lambda _removed: self._wiped(True, reason),
                      lambda _exc: self._wiped(False, reason))

    def _wiped(self, ok: bool, reason: str = "") -> None:
        from hrdcase.ui.wipe import announce_wipe

        # kept: an unowned box would vanish
        self.notice = announce_wipe(ok, QCoreApplication.quit, reason)

    def _window_closed(self) -> None:
        if self.window is not None:  # closed by the user, not by Lock
            self.window.deleteLater()
            self.window = None
            self._close_session()
            QCoreApplication.quit()

    def _quit_if_no_window(self) -> None:
        if self.window is None or self.locked:  # Quit on the lock screen quits the app
            QCoreApplication.quit()

    def _close_session(self) -> None:
        if self.ctx is not None:
            self.ctx.close()
            self.ctx = None

    def shutdown(self) -> None:
        """At quit: nothing the app copied stays behind (on X11 the clipboard would otherwise be
        handed to the desktop's clipboard manager when the app exits)."""
        self.clipboard.clear_now()
        self.clipboard.uninstall()
        self.idle.uninstall()
        self._close_session()
        self._ops.shutdown()


def run(unlocker: Unlocker, argv: list[str]) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(["hrdcase", *argv])
    app.setApplicationName("hrdcase")
    app.setOrganizationName("")
    seal_qt_settings()
    app.setQuitOnLastWindowClosed(False)  # Startup decides when the app is done
    install_translator(app)
    ops = Ops()
    startup = Startup(unlocker, ops)
    startup.start()
    try:
        return app.exec()
    finally:
        startup.shutdown()
