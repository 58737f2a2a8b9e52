"""`run()` end to end (offscreen), Lock, translations, and no worker thread left behind."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication

from hrdcase.bootstrap import Unlocker
from hrdcase.ui.app import Startup, run
from hrdcase.ui.i18n import install_translator
from hrdcase.ui.main_window import MainWindow
from hrdcase.ui.ops import Ops
from hrdcase.ui.unlock import UnlockDialog
from tests.conftest import PASSPHRASE
from tests.ui.conftest import ops_threads

TIMEOUT = 10_000


def _visible(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def _when_visible(kind: type, action, tries: int = 200) -> None:
    """Poll (from the running event loop) until a window of `kind` shows, then act on it."""
    def poll(left: int = tries) -> None:
        found = _visible(kind)
        if found:
            action(found[0])
        elif left:
            QTimer.singleShot(25, lambda: poll(left - 1))
        else:
            QApplication.quit()
    QTimer.singleShot(0, poll)


@pytest.fixture
def app_state(qapp):
    yield qapp
    qapp.setQuitOnLastWindowClosed(True)
    for widget in QApplication.topLevelWidgets():
        widget.hide()
        widget.deleteLater()


def test_run_quits_cleanly_when_the_unlock_dialog_is_cancelled(app_state, profile_dir, caseload):
    _when_visible(UnlockDialog, lambda dialog: dialog.reject())
    assert run(Unlocker(profile_dir), []) == 0


def test_run_with_remembered_key_opens_the_window_and_quits_on_close(
    app_state, profile_dir: Path, caseload
):
    Unlocker(profile_dir).with_passphrase(PASSPHRASE, remember=True).close()
    seen: list[MainWindow] = []

    def close_when_loaded(window: MainWindow) -> None:
        if window.case_view.detail is None:  # let it load first
            QTimer.singleShot(25, lambda: close_when_loaded(window))
            return
        seen.append(window)
        window.quit_action.trigger()

    _when_visible(MainWindow, close_when_loaded)
    assert run(Unlocker(profile_dir), []) == 0
    assert seen
    # The session was closed: the profile can be opened again.
    Unlocker(profile_dir).with_passphrase(PASSPHRASE).close()


def test_lock_closes_the_session_and_resumes_the_same_window(qtbot, profile_dir: Path, caseload):
    Unlocker(profile_dir).with_passphrase(PASSPHRASE, remember=True).close()
    startup = Startup(Unlocker(profile_dir), Ops())
    startup.start()
    try:
        qtbot.waitUntil(lambda: startup.window is not None and startup.window.isVisible(),
                        timeout=TIMEOUT)
        first = startup.window
        session = startup.ctx.session
        first.lock_action.trigger()
        assert session.closed and startup.locked and not first.isVisible()
        assert startup.dialog.isVisible()
        startup.dialog.passphrase.setText(PASSPHRASE)
        startup.dialog.submit()
        qtbot.waitUntil(lambda: not startup.locked and first.isVisible(), timeout=TIMEOUT)
        assert startup.window is first and not startup.ctx.session.closed
    finally:
        if startup.window is not None:
            startup.window.hide()
            startup.window.deleteLater()
            startup.window = None
        startup.shutdown()


def test_translator_is_installed_only_when_a_catalogue_exists(qapp):
    assert install_translator(qapp, QLocale(QLocale.Language.Zulu)) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts threads in /proc")
def test_no_worker_thread_is_left_running(qtbot, ctx, caseload):
    before = ops_threads()
    ops = Ops()
    for _ in range(5):
        ops.run(lambda: ctx.session.queries.regions())
    assert ops.wait_idle(5)
    assert ops_threads() == before + 1
    ops.shutdown()
    # Qt threads are detached: the OS thread ends a moment after QThread.wait() returns.
    qtbot.waitUntil(lambda: ops_threads() == before, timeout=2000)
