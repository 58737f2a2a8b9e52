"""Auto-lock driven as a responder meets it: idle, Ctrl+L and suspend lock; unlocking resumes
where they were, with an open form's contents kept, and nothing shows case content while locked.
Also the in-app panic wipe behind a typed word."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox

from hrdcase.bootstrap import Unlocker
from hrdcase.services.security_policy import SecurityPolicy, load_security_policy
from hrdcase.ui.app import Startup
from hrdcase.ui.intake import IntakeDialog
from hrdcase.ui.ops import Ops
from hrdcase.ui.unlock import UnlockDialog
from hrdcase.ui.wipe import WipeDialog
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TITLES

TIMEOUT = 10_000
TYPED = "Typed before the lock: keep me"


def visible_windows() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def shown_text(widget) -> str:
    parts = [widget.windowTitle()]
    parts += [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]
    parts += [edit.text() for edit in widget.findChildren(QLineEdit) if edit.isVisible()]
    return "\n".join(parts)


@pytest.fixture
def started(qtbot, profile_dir: Path, caseload):
    """The app started from a remembered key, its window loaded; idle lock after 400 ms."""
    Unlocker(profile_dir).with_passphrase(PASSPHRASE, remember=True).close()
    startup = Startup(Unlocker(profile_dir), Ops(), idle_ms=60_000)
    startup.start()
    qtbot.waitUntil(lambda: startup.window is not None and startup.window.isVisible()
                    and startup.window.case_view.detail is not None, timeout=TIMEOUT)
    startup.idle.timer.setInterval(400)
    startup.idle.start()
    yield startup
    for widget in QApplication.topLevelWidgets():
        widget.hide()
    if startup.window is not None:
        startup.window.deleteLater()
        startup.window = None
    startup.shutdown()


def assert_locked_and_nothing_shown(startup: Startup) -> None:
    assert startup.locked and startup.ctx.session.closed
    shown = visible_windows()
    assert [type(w) for w in shown] == [UnlockDialog]
    text = shown_text(shown[0])
    assert not any(title in text for title in TITLES)
    assert TYPED not in text
    assert not shown[0].remember.isVisible()  # the lock screen never remembers the key


def unlock(qtbot, startup: Startup, passphrase: str = PASSPHRASE) -> None:
    startup.dialog.passphrase.setText(passphrase)
    startup.dialog.submit()


def test_idle_locks_and_unlock_resumes_with_the_open_form_intact(qtbot, started: Startup):
    window = started.window
    window.new_case()
    form = next(w for w in visible_windows() if isinstance(w, IntakeDialog))
    form.title.setText(TYPED)
    form.title.setFocus()
    first_session = started.ctx.session
    qtbot.waitUntil(lambda: started.locked, timeout=TIMEOUT)  # nobody touched anything
    assert first_session.closed
    assert_locked_and_nothing_shown(started)
    unlock(qtbot, started, "not the passphrase")
    qtbot.waitUntil(lambda: started.dialog.error.isVisible(), timeout=TIMEOUT)
    assert started.locked and not window.isVisible()
    unlock(qtbot, started)
    qtbot.waitUntil(lambda: not started.locked, timeout=TIMEOUT)
    assert started.window is window and window.isVisible()
    assert form.isVisible() and form.title.text() == TYPED  # nothing typed was lost
    assert not started.ctx.session.closed and started.ctx.session is not first_session
    # The window works on the new session: a refresh reads the caseload again.
    window.refresh()
    qtbot.waitUntil(lambda: started._ops.is_idle(), timeout=TIMEOUT)
    form.reject()


def test_input_postpones_the_idle_lock(qtbot, started: Startup):
    target = started.window.queue.view.viewport()
    for _ in range(8):
        QApplication.sendEvent(target, QMouseEvent(
            QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
        qtbot.wait(100)
    assert not started.locked  # 800 ms of activity against a 400 ms idle limit
    qtbot.waitUntil(lambda: started.locked, timeout=TIMEOUT)


def test_ctrl_l_locks_and_resumes(qtbot, started: Startup):
    started.window.lock_action.trigger()
    assert_locked_and_nothing_shown(started)
    unlock(qtbot, started)
    qtbot.waitUntil(lambda: not started.locked and started.window.isVisible(), timeout=TIMEOUT)


def test_suspend_locks(qtbot, started: Startup):
    QGuiApplication.instance().applicationStateChanged.emit(
        Qt.ApplicationState.ApplicationSuspended)
    assert_locked_and_nothing_shown(started)


def test_quit_on_the_lock_screen_quits(qtbot, started: Startup, monkeypatch):
    quits: list[bool] = []
    monkeypatch.setattr("hrdcase.ui.app.QCoreApplication.quit", lambda: quits.append(True))
    started.lock()
    started.dialog.reject()
    assert quits == [True]


def test_the_default_idle_limit_is_five_minutes():
    assert load_security_policy() == SecurityPolicy(idle_lock_minutes=5)
    assert load_security_policy().idle_lock_ms == 300_000


@pytest.mark.parametrize("content", ['{"idle_lock_minutes": 0}', '{"idle_lock_minutes": true}',
                                     '{"idle_lock_minutes": 100000}', "[]", "{"])
def test_a_bad_security_policy_is_one_clear_error(tmp_path: Path, content: str):
    from hrdcase.errors import ValidationError

    path = tmp_path / "security.json"
    path.write_text(content)
    with pytest.raises(ValidationError, match=r"security\.json"):
        load_security_policy(path)


# ---- panic wipe in the app
def test_wipe_needs_the_typed_word(qtbot):
    dialog = WipeDialog()
    qtbot.addWidget(dialog)
    assert not dialog.wipe_button.isEnabled()
    dialog.accept()  # Enter or a click without the word does nothing
    assert dialog.result() != dialog.DialogCode.Accepted
    dialog.typed.setText("wip")
    assert not dialog.wipe_button.isEnabled()
    dialog.typed.setText("wipe")
    assert dialog.wipe_button.isEnabled()


def test_wipe_from_the_window_destroys_the_profile_and_quits(
        qtbot, started: Startup, profile_dir: Path, monkeypatch, memory_keyring):
    quits: list[bool] = []
    monkeypatch.setattr("hrdcase.ui.app.QCoreApplication.quit", lambda: quits.append(True))
    started.window.wipe_action.trigger()
    dialog = next(w for w in visible_windows() if isinstance(w, WipeDialog))
    dialog.typed.setText("wipe")
    dialog.wipe_button.click()
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) for w in visible_windows()),
                    timeout=TIMEOUT)
    box = next(w for w in visible_windows() if isinstance(w, QMessageBox))
    assert "wiped" in box.text()
    assert not any(title in shown_text(w) for w in visible_windows() for title in TITLES)
    assert sorted(p.name for p in profile_dir.iterdir()) == []
    assert memory_keyring.entries == {}  # the remembered key went too
    box.accept()
    assert quits == [True]


def test_the_lock_screen_waits_out_the_delay_after_wrong_passphrases(qtbot, started: Startup):
    started.lock()
    for _ in range(3):  # two free failures, then the third starts a 2 s wait
        unlock(qtbot, started, "not the passphrase")
        qtbot.waitUntil(lambda: started.dialog.error.isVisible() and not started.dialog._busy,
                        timeout=TIMEOUT)
    unlock(qtbot, started)  # too soon: refused without trying, and the button waits
    qtbot.waitUntil(lambda: "wait" in started.dialog.error.text(), timeout=TIMEOUT)
    assert not started.dialog.unlock_button.isEnabled()
    assert started.locked
    qtbot.waitUntil(started.dialog.unlock_button.isEnabled, timeout=TIMEOUT)
    dialog = started.dialog
    unlock(qtbot, started)
    qtbot.waitUntil(lambda: not started.locked or dialog.error.isVisible(), timeout=TIMEOUT)
    assert not started.locked, dialog.error.text()
