"""The unlock dialog and the start-up flow (keyring first, then the dialog)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hrdcase.bootstrap import Unlocker
from hrdcase.ui.app import Startup
from hrdcase.ui.ops import Ops
from hrdcase.ui.unlock import UnlockDialog
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def profile(profile_dir: Path) -> Path:
    Unlocker(profile_dir).create(PASSPHRASE, FAST_KDF).close()
    return profile_dir


@pytest.fixture
def ops(qtbot):
    helper = Ops()
    yield helper
    helper.shutdown()


def _dialog(qtbot, profile: Path, ops: Ops) -> UnlockDialog:
    dialog = UnlockDialog(Unlocker(profile), ops)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_wrong_passphrase_shows_inline_error_and_dialog_stays(qtbot, profile, ops):
    dialog = _dialog(qtbot, profile, ops)
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "passphrase" in dialog.error.text().lower()
    assert dialog.isVisible() and dialog.session is None
    assert dialog.passphrase.isEnabled()
    assert dialog.passphrase.selectedText() == "not the passphrase"  # selected for retyping
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password


def test_empty_passphrase_is_refused_without_work(qtbot, profile, ops):
    dialog = _dialog(qtbot, profile, ops)
    dialog.submit()
    assert dialog.error.isVisible()
    assert ops.is_idle()


def test_right_passphrase_yields_a_session(qtbot, profile, ops):
    dialog = _dialog(qtbot, profile, ops)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000) as blocker:
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    session = blocker.args[0]
    try:
        assert dialog.session is session
        assert not dialog.isVisible()
        assert dialog.passphrase.text() == ""
        assert ops.wait_idle(5)
    finally:
        session.close()


def test_profile_locked_by_another_session_shows_inline(qtbot, profile, ops):
    other = Unlocker(profile).with_passphrase(PASSPHRASE)
    try:
        dialog = _dialog(qtbot, profile, ops)
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
        assert "open in another" in dialog.error.text()
        assert dialog.isVisible()
    finally:
        other.close()


def test_missing_profile_shows_inline(qtbot, tmp_path, ops):
    dialog = _dialog(qtbot, tmp_path / "nowhere", ops)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "No hrdcase profile" in dialog.error.text()


def _shutdown(startup: Startup) -> None:
    if startup.window is not None:
        startup.window.hide()
        startup.window.deleteLater()
        startup.window = None
    if startup.dialog is not None:
        startup.dialog.hide()
        startup.dialog.deleteLater()
    startup.shutdown()


def test_startup_without_keyring_entry_asks_for_the_passphrase(qtbot, profile):
    startup = Startup(Unlocker(profile), Ops())
    startup.start()
    try:
        qtbot.waitUntil(lambda: startup.dialog is not None and startup.dialog.isVisible(),
                        timeout=10_000)
        assert startup.window is None
    finally:
        _shutdown(startup)


def test_startup_with_keyring_entry_skips_the_dialog(qtbot, profile):
    Unlocker(profile).with_passphrase(PASSPHRASE, remember=True).close()
    startup = Startup(Unlocker(profile), Ops())
    startup.start()
    try:
        qtbot.waitUntil(lambda: startup.window is not None and startup.window.isVisible(),
                        timeout=10_000)
        assert startup.dialog is None
    finally:
        _shutdown(startup)


def _press_enter_where_focus_is(qtbot, dialog: UnlockDialog) -> None:
    """What a keyboard does: the key goes to the focused widget of the active window."""
    target = QApplication.focusWidget() or dialog
    qtbot.keyClick(target, Qt.Key.Key_Return)


def test_enter_after_a_wrong_passphrase_unlocks_instead_of_quitting(qtbot, profile):
    """The real flow: Startup asks, a wrong passphrase + Enter, the right one + Enter opens the
    main window. (The busy state used to move the focus, and the default button, to Quit.)"""
    startup = Startup(Unlocker(profile), Ops())
    startup.start()
    try:
        qtbot.waitUntil(lambda: startup.dialog is not None and startup.dialog.isVisible(),
                        timeout=10_000)
        dialog = startup.dialog
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.passphrase, timeout=5_000)
        qtbot.keyClicks(QApplication.focusWidget(), "not the passphrase")
        _press_enter_where_focus_is(qtbot, dialog)
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
        assert dialog.isVisible()
        assert QApplication.focusWidget() is dialog.passphrase
        assert dialog.unlock_button.isDefault()
        qtbot.keyClicks(QApplication.focusWidget(), PASSPHRASE)  # replaces the selected text
        _press_enter_where_focus_is(qtbot, dialog)
        qtbot.waitUntil(lambda: startup.window is not None and startup.window.isVisible(),
                        timeout=10_000)
        assert dialog.result() == dialog.DialogCode.Accepted
    finally:
        _shutdown(startup)


def test_remember_without_a_keyring_says_so_once_the_window_is_open(qtbot, profile):
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring
    from PySide6.QtWidgets import QMessageBox

    keyring.set_keyring(NoKeyring())  # a headless machine: no backend at all (conftest restores)
    startup = Startup(Unlocker(profile), Ops())
    startup.start()
    try:
        qtbot.waitUntil(lambda: startup.dialog is not None and startup.dialog.isVisible(),
                        timeout=10_000)
        startup.dialog.passphrase.setText(PASSPHRASE)
        startup.dialog.remember.setChecked(True)
        startup.dialog.submit()
        qtbot.waitUntil(lambda: startup.window is not None and startup.window.isVisible(),
                        timeout=10_000)

        def boxes() -> list[QMessageBox]:
            return [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()]

        qtbot.waitUntil(lambda: bool(boxes()), timeout=5_000)
        text = boxes()[0].text()
        assert "keyring" in text and "passphrase" in text
        for box in boxes():
            box.close()
    finally:
        _shutdown(startup)


def test_remember_with_a_keyring_says_nothing(qtbot, profile, memory_keyring):
    startup = Startup(Unlocker(profile), Ops())
    startup.start()
    try:
        qtbot.waitUntil(lambda: startup.dialog is not None and startup.dialog.isVisible(),
                        timeout=10_000)
        startup.dialog.passphrase.setText(PASSPHRASE)
        startup.dialog.remember.setChecked(True)
        startup.dialog.submit()
        qtbot.waitUntil(lambda: startup.window is not None and startup.window.isVisible(),
                        timeout=10_000)
        qtbot.wait(200)
        assert memory_keyring.entries  # remembered
        assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()
                    and type(w).__name__ == "QMessageBox"]
    finally:
        _shutdown(startup)


@pytest.mark.parametrize("seconds", [1.0005, 0.3])
def test_after_a_throttled_try_the_button_comes_back_no_earlier_than_the_wait(
        qtbot, profile, ops, seconds):
    """The wait is exact, not rounded down to whole seconds nor ended early by a coarse timer
    (Qt's default timers may fire up to 5 % early): a press as soon as the button is back must
    not be refused again with "wait 1 s"."""
    from hrdcase.errors import UnlockThrottled

    dialog = _dialog(qtbot, profile, ops)
    start = time.monotonic()
    dialog._failed(UnlockThrottled(seconds))
    assert not dialog.unlock_button.isEnabled()
    assert "wait" in dialog.error.text()
    qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=10_000)
    assert time.monotonic() - start >= seconds
    assert not dialog.error.isVisible()
