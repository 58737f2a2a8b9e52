"""Clipboard hygiene with the real QClipboard (the offscreen platform keeps one in the process):
what the app copied — the case reference in the header, the incident text in the case view — is
cleared after the policy's time, at lock and at quit, and only while it still holds what the app
put there.

Offscreen there is no other program: "another program copied" is a copy made while none of the
app's windows is active, which is how the guard tells the two apart where the platform does not
report clipboard ownership."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from hrdcase.bootstrap import Unlocker
from hrdcase.errors import ValidationError
from hrdcase.services.security_policy import load_security_policy
from hrdcase.ui.app import Startup
from hrdcase.ui.ops import Ops
from tests.conftest import PASSPHRASE

TIMEOUT = 10_000
CLEAR_MS = 600
OTHER = "copied in another program"


@pytest.fixture
def started(qtbot, profile_dir: Path, caseload):
    """The app unlocked with its window active on a case; clipboard cleared 600 ms after a copy."""
    Unlocker(profile_dir).with_passphrase(PASSPHRASE, remember=True).close()
    QGuiApplication.clipboard().clear()
    startup = Startup(Unlocker(profile_dir), Ops(), idle_ms=600_000, clipboard_ms=CLEAR_MS)
    startup.start()
    qtbot.waitUntil(lambda: startup.window is not None and startup.window.isVisible()
                    and startup.window.case_view.detail is not None, timeout=TIMEOUT)
    startup.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is startup.window, timeout=TIMEOUT)
    yield startup
    for widget in QApplication.topLevelWidgets():
        widget.hide()
    if startup.window is not None:
        startup.window.deleteLater()
        startup.window = None
    startup.shutdown()
    QGuiApplication.clipboard().clear()


def clipboard_text() -> str:
    return QGuiApplication.clipboard().text()


def copy_ref(qtbot, startup: Startup) -> str:
    """Select the case reference in the header and press Ctrl+C, as a responder would."""
    ref = startup.window.case_view.header.ref
    assert ref.text()
    ref.setFocus()
    ref.setSelection(0, len(ref.text()))
    qtbot.keyClick(ref, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard_text() == ref.text()
    return ref.text()


def copy_incident_text(startup: Startup) -> str:
    """Select all of the incident's full text in the case view and Copy (its context menu)."""
    view = startup.window.case_view
    box = view.incident_text
    assert box.toPlainText()
    box.selectAll()
    box.copy()
    assert clipboard_text() == box.toPlainText()
    return box.toPlainText()


def deactivate(qtbot, startup: Startup) -> None:
    """Another program takes the focus: none of the app's windows is active."""
    startup.window.hide()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is None, timeout=TIMEOUT)


def test_the_copied_reference_is_cleared_after_the_policy_time(qtbot, started: Startup):
    copied_at = time.monotonic()
    copy_ref(qtbot, started)
    assert started.clipboard.holds_ours()
    qtbot.waitUntil(lambda: clipboard_text() == "", timeout=TIMEOUT)
    assert time.monotonic() - copied_at >= CLEAR_MS / 1000
    assert not started.clipboard.holds_ours()


def test_copied_case_text_is_cleared_and_the_time_runs_from_the_latest_copy(
        qtbot, started: Startup):
    started.window.case_view.tabs.setCurrentIndex(0)
    copy_incident_text(started)
    qtbot.wait(CLEAR_MS // 2)
    copied_at = time.monotonic()
    copy_ref(qtbot, started)
    qtbot.waitUntil(lambda: clipboard_text() == "", timeout=TIMEOUT)
    assert time.monotonic() - copied_at >= CLEAR_MS / 1000


def test_something_copied_elsewhere_afterwards_is_never_cleared(qtbot, started: Startup):
    copy_ref(qtbot, started)
    deactivate(qtbot, started)
    QGuiApplication.clipboard().setText(OTHER)
    assert not started.clipboard.holds_ours()
    qtbot.wait(CLEAR_MS * 2)  # well past the time: nothing of ours is left to clear
    assert clipboard_text() == OTHER
    started.lock()
    started.shutdown()
    assert clipboard_text() == OTHER


def test_lock_clears_what_the_app_copied_at_once(qtbot, started: Startup):
    started.clipboard.timer.setInterval(600_000)  # only the lock can have cleared it
    text = copy_incident_text(started)
    started.lock()
    assert clipboard_text() == ""
    assert text not in clipboard_text()
    assert started.locked


def test_quit_clears_what_the_app_copied(qtbot, started: Startup):
    started.clipboard.timer.setInterval(600_000)
    copy_ref(qtbot, started)
    started.shutdown()  # what `run` does when the event loop ends
    assert clipboard_text() == ""


def test_lock_leaves_another_programs_clipboard_alone(qtbot, started: Startup):
    deactivate(qtbot, started)
    QGuiApplication.clipboard().setText(OTHER)
    started.window.show()
    started.lock()
    assert clipboard_text() == OTHER


def test_the_default_is_thirty_seconds():
    assert load_security_policy().clipboard_clear_seconds == 30
    assert load_security_policy().clipboard_clear_ms == 30_000


@pytest.mark.parametrize("value", ["0", "4", "601", "true", "30.5", '"30"'])
def test_a_bad_clipboard_time_is_one_clear_error(tmp_path: Path, value: str):
    path = tmp_path / "security.json"
    path.write_text(f'{{"idle_lock_minutes": 5, "clipboard_clear_seconds": {value}}}')
    with pytest.raises(ValidationError, match="clipboard_clear_seconds"):
        load_security_policy(path)

