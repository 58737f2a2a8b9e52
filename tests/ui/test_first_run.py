"""The first-run wizard: a standalone caseload end to end, and joining a real server (a bad token
refused inline with nothing left behind; an invitation ending on the fingerprint page)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from hrdcase.bootstrap import Unlocker
from hrdcase.models.enums import Role
from hrdcase.ui.app import Startup
from hrdcase.ui.first_run import PAGE_CREATE, PAGE_FINGERPRINT, PAGE_SERVER, FirstRunWizard
from hrdcase.ui.ops import Ops
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.live_server import LiveServer, live_server  # noqa: F401 (fixture)

TIMEOUT = 15_000


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    create = Unlocker.create
    monkeypatch.setattr(Unlocker, "create",
                        lambda self, passphrase, kdf=None: create(self, passphrase, FAST_KDF))


@pytest.fixture
def startup(qtbot, profile_dir: Path):
    startup = Startup(Unlocker(profile_dir), Ops())
    startup.start()
    yield startup
    if startup.window is not None:
        startup.window.hide()
        startup.window.deleteLater()
        startup.window = None
    if startup.wizard is not None:
        startup.wizard.hide()
        startup.wizard.deleteLater()
    startup.shutdown()
    QApplication.processEvents()


def _fill(qtbot, wizard: FirstRunWizard, name: str, passphrase: str, again: str | None = None) -> None:
    page = wizard.create_page
    for field, text in ((page.name, name), (page.passphrase, passphrase),
                        (page.again, passphrase if again is None else again)):
        field.clear()
        qtbot.keyClicks(field, text)


def _to_server_page(qtbot, wizard: FirstRunWizard, url: str, token: str) -> None:
    wizard.choice.join.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_SERVER
    qtbot.keyClicks(wizard.server_page.server, url)
    qtbot.keyClicks(wizard.server_page.token, token)
    qtbot.keyClick(wizard.server_page.token, Qt.Key.Key_Return)  # Enter moves forward
    assert wizard.currentId() == PAGE_CREATE


def test_wizard_creates_a_standalone_caseload_and_opens_the_main_window(qtbot, startup, profile_dir):
    wizard = startup.wizard
    assert wizard is not None and wizard.isVisible() and startup.dialog is None
    qtbot.keyClick(wizard.choice.standalone, Qt.Key.Key_Return)  # default choice: on my own
    assert wizard.currentId() == PAGE_CREATE
    _fill(qtbot, wizard, "Dana Synthetic", PASSPHRASE)
    qtbot.keyClick(wizard.create_page.again, Qt.Key.Key_Return)
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()  # while the key is derived
    qtbot.waitUntil(lambda: startup.window is not None and startup.window.isVisible(), timeout=TIMEOUT)
    assert not wizard.isVisible()
    me = startup.ctx.session.me
    assert me.display_name == "Dana Synthetic" and me.has(Role.ADMIN)
    assert startup.ctx.session.identity().status == "standalone"
    assert Unlocker(profile_dir).exists()
    assert wizard.create_page.passphrase.text() == ""  # not kept in the widget


def test_weak_passphrase_warns_inline_and_a_mismatch_is_refused(qtbot, startup, profile_dir):
    wizard = startup.wizard
    wizard.next()
    page = wizard.create_page
    _fill(qtbot, wizard, "Dana Synthetic", "short", "short")
    assert page.strength.isVisible() and "weak" in page.strength.text()
    _fill(qtbot, wizard, "Dana Synthetic", PASSPHRASE, PASSPHRASE + "x")
    assert not page.strength.isVisible()
    qtbot.keyClick(page.again, Qt.Key.Key_Return)
    assert page.error.isVisible() and "differ" in page.error.text()
    assert not wizard.busy and not Unlocker(profile_dir).exists()


def test_join_with_a_bad_token_shows_the_servers_sentence_and_leaves_nothing(
    qtbot, startup, profile_dir, live_server: LiveServer  # noqa: F811
):
    live_server.new_org()
    wizard = startup.wizard
    _to_server_page(qtbot, wizard, live_server.url, "hrd0.not-a-real-token")
    _fill(qtbot, wizard, "Eli Synthetic", PASSPHRASE)
    qtbot.keyClick(wizard.create_page.again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.create_page.error.isVisible(), timeout=TIMEOUT)
    message = wizard.create_page.error.text()
    assert "token" in message.lower() and "unexpected" not in message.lower()
    assert not profile_dir.exists() or not any(profile_dir.iterdir())
    assert wizard.isVisible() and startup.window is None
    page = wizard.create_page
    assert (page.name.text(), page.passphrase.text(), page.again.text()) == (
        "Eli Synthetic", PASSPHRASE, PASSPHRASE)  # nothing lost
    assert wizard.button(QWizard.WizardButton.CancelButton).isEnabled()


def test_join_by_invitation_ends_on_the_fingerprint_then_opens(
    qtbot, startup, tmp_path, live_server: LiveServer  # noqa: F811
):
    admin, _joined = Unlocker(tmp_path / "admin").join(
        PASSPHRASE, live_server.url, live_server.new_org(), "Admin Synthetic")
    try:
        token, _changes = admin.org.invite("Fay Synthetic", [Role.RESPONDER])
    finally:
        admin.close()
    wizard = startup.wizard
    _to_server_page(qtbot, wizard, live_server.url, token)
    _fill(qtbot, wizard, "Fay Synthetic", PASSPHRASE)
    qtbot.keyClick(wizard.create_page.again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_FINGERPRINT, timeout=TIMEOUT)
    shown = wizard.fingerprint_page.view
    assert shown.fingerprint == wizard.joined.fingerprint
    assert shown.label.text().replace("\n", " ").split() == shown.fingerprint.split("-")
    shown.copy_button.click()
    assert QApplication.clipboard().text() == shown.fingerprint
    assert startup.window is None
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: startup.window is not None and startup.window.isVisible(), timeout=TIMEOUT)
    assert startup.ctx.session.identity().status == "pending"


def test_back_is_offered_escape_waits_while_busy_and_cancel_leaves_nothing(qtbot, startup, profile_dir):
    wizard = startup.wizard
    wizard.next()
    assert wizard.button(QWizard.WizardButton.BackButton).isVisible()
    wizard._set_busy(True)  # as while the key is derived
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible()
    wizard._set_busy(False)
    with qtbot.waitSignal(wizard.rejected, timeout=TIMEOUT):
        wizard.button(QWizard.WizardButton.CancelButton).click()
    assert not wizard.isVisible() and startup.window is None
    assert not Unlocker(profile_dir).exists()
