"""`run(unlocker, argv)`: start Qt, unlock (keyring first, silently; then the passphrase dialog),
show the main window, and close everything in order on quit."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication

from hrdcase.errors import UserError
from hrdcase.services.session import Session
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
    """Keyring → passphrase dialog → main window; Lock goes back to the dialog. A folder with no
    caseload starts with the first-run wizard instead."""

    def __init__(self, unlocker: Unlocker, ops: Ops, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unlocker = unlocker
        self._ops = ops
        self.ctx: UiContext | None = None
        self.window: MainWindow | None = None
        self.dialog: UnlockDialog | None = None
        self.wizard: FirstRunWizard | None = None

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

    def ask(self, message: str = "") -> None:
        self.dialog = UnlockDialog(self._unlocker, self._ops, message)
        self.dialog.unlocked.connect(self.open)
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
        self.window.closed.connect(self._window_closed)
        self.window.start()
        if self.dialog is not None and self.dialog.keyring_failed:
            self.window.show_error(self.tr(
                "Your caseload is open, but it could not be remembered on this computer: no system "
                "keyring is available (on Linux, GNOME Keyring or KWallet provides one). Type your "
                "passphrase next time."))

    def lock(self) -> None:
        if self.window is not None and not self.window.case_view.confirm_leave():
            return
        window, self.window = self.window, None
        self.ask()
        if window is not None:
            window.close()
            window.deleteLater()
        self._close_session()

    def _window_closed(self) -> None:
        if self.window is not None:  # closed by the user, not by Lock
            self.window.deleteLater()
            self.window = None
            self._close_session()
            QCoreApplication.quit()

    def _quit_if_no_window(self) -> None:
        if self.window is None:
            QCoreApplication.quit()

    def _close_session(self) -> None:
        if self.ctx is not None:
            self.ctx.close()
            self.ctx = None

    def shutdown(self) -> None:
        self._close_session()
        self._ops.shutdown()


def run(unlocker: Unlocker, argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(["hrdcase", *argv])
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
