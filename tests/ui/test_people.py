"""People and teams: the table model, a standalone caseload, and an admin against a real server
inviting a person, confirming their device by fingerprint and revoking it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from hrdcase.bootstrap import Unlocker
from hrdcase.errors import UserError
from hrdcase.models.enums import Role
from hrdcase.ui.main_window import MainWindow
from hrdcase.ui.ops import run_and_wait
from hrdcase.ui.people.model import DEVICES, NAME, ROLES, PeopleModel
from hrdcase.ui.people.window import PeopleWindow
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import close_ctx, make_ctx
from tests.ui.live_server import LiveServer, live_server  # noqa: F401 (fixture)

TIMEOUT = 15_000


@pytest.fixture
def standalone_ctx(qtbot, tmp_path: Path):
    session = Unlocker(tmp_path / "solo").create_standalone(PASSPHRASE, "Gus Synthetic", FAST_KDF)
    ctx = make_ctx(session)
    yield ctx
    close_ctx(ctx)


@pytest.fixture
def admin_ctx(qtbot, tmp_path: Path, live_server: LiveServer):  # noqa: F811
    session, _ = Unlocker(tmp_path / "admin").join(PASSPHRASE, live_server.url, live_server.new_org(),
                                                   "Admin Synthetic", FAST_KDF)
    ctx = make_ctx(session)
    yield ctx
    close_ctx(ctx)


def _window(qtbot, ctx) -> PeopleWindow:
    window = PeopleWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    assert ctx.ops.wait_idle(TIMEOUT / 1000)
    return window


def test_people_model_passes_qtmodeltester(qtmodeltester, standalone_ctx):
    model = PeopleModel()
    qtmodeltester.check(model, force_py=True)
    model.set_people(run_and_wait(standalone_ctx.ops, standalone_ctx.session.people))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 1
    assert model.index(0, NAME).data() == "Gus Synthetic"
    assert model.index(0, ROLES).data() == "Responder, Supervisor, Admin"
    assert model.index(0, DEVICES).data() == "1 confirmed"


def test_standalone_lists_the_person_and_says_invitations_need_a_server(qtbot, standalone_ctx):
    window = _window(qtbot, standalone_ctx)
    identity = run_and_wait(standalone_ctx.ops, standalone_ctx.session.identity)
    assert identity.fingerprint in window.this_device.text()
    assert "works on its own" in window.this_device.text()
    assert "need an organisation's server" in window.org_note.text()
    assert window.model.rowCount() == 1
    assert not window.invite_button.isEnabled() and not window.admin_panel.isVisible()
    assert not window.refresh_button.isEnabled()


def test_team_menu_opens_people_and_teams(qtbot, standalone_ctx):
    main = MainWindow(standalone_ctx, persist_state=False)
    qtbot.addWidget(main)
    main.start(restore_geometry=False)
    team_menu = next(a.menu() for a in main.menuBar().actions() if a.text() == "Tea&m")
    assert main.team.people_action in team_menu.actions()
    main.team.people_action.trigger()
    assert standalone_ctx.ops.wait_idle(TIMEOUT / 1000)
    assert main.team.people is not None and main.team.people.isVisible()
    assert main.team.people.model.rowCount() == 1
    main.close()


def test_admin_invites_confirms_by_fingerprint_and_revokes(
    qtbot, admin_ctx, tmp_path, live_server: LiveServer  # noqa: F811
):
    window = _window(qtbot, admin_ctx)
    assert window.admin_panel.isVisible() and window.invite_button.isEnabled()
    assert "confirmed" in window.this_device.text()
    assert not window.confirm_button.isEnabled()  # nobody is waiting

    invite = window.invite()
    qtbot.keyClicks(invite.name, "Hana Synthetic")
    invite.roles[Role.SUPERVISOR].setChecked(True)
    invite.invite_button.click()
    qtbot.waitUntil(lambda: bool(invite.token), timeout=TIMEOUT)
    assert invite.token.startswith("hrd1.") and invite.token_field.text() == invite.token
    assert invite.result_box.isVisible() and "72 hours" in invite.result_box.findChildren(
        type(invite.token_intro))[-1].text()
    invite.copy_button.click()
    assert QApplication.clipboard().text() == invite.token
    invite.invite_button.click()  # Done
    assert admin_ctx.ops.wait_idle(TIMEOUT / 1000)
    assert "Hana Synthetic" in [p.name for p in window.model.people]

    joiner, joined = Unlocker(tmp_path / "hana").join(PASSPHRASE, live_server.url, invite.token,
                                                      "Hana Synthetic", FAST_KDF)
    try:
        assert joined.status == "pending"
        window.refresh_button.click()
        qtbot.waitUntil(lambda: [d["fingerprint"] for d in window.waiting] == [joined.fingerprint],
                        timeout=TIMEOUT)
        assert window.confirm_button.isEnabled()
        dialog = window.confirm_device()
        assert dialog.device.fingerprint == joined.fingerprint
        assert dialog.view.label.text().split() == joined.fingerprint.split("-")
        assert not dialog.confirm_button.isEnabled()  # never a single click
        wrong = joined.fingerprint[:-1] + ("0" if joined.fingerprint[-1] != "0" else "1")
        qtbot.keyClicks(dialog.typed, wrong)
        dialog.ticked.setChecked(True)
        assert not dialog.confirm_button.isEnabled()  # what was read out differs
        dialog.typed.clear()
        qtbot.keyClicks(dialog.typed, joined.fingerprint.lower().replace("-", " "))
        assert dialog.confirm_button.isEnabled() and "match" in dialog.match.text()
        with qtbot.waitSignal(dialog.confirmed, timeout=TIMEOUT):
            dialog.confirm_button.click()
        joiner.org.refresh()
        assert joiner.identity().status == "confirmed"
        assert admin_ctx.ops.wait_idle(TIMEOUT / 1000)
        assert window.waiting == []

        revoke = window.revoke_device()
        assert revoke.device.currentData() == joined.fingerprint
        with qtbot.waitSignal(revoke.revoked, timeout=TIMEOUT):
            revoke.revoke_button.click()
        with pytest.raises(UserError, match="revoked"):
            joiner.org.refresh()  # the server refuses it from now on
        assert admin_ctx.ops.wait_idle(TIMEOUT / 1000)
        hana = next(p for p in window.model.people if p.name == "Hana Synthetic")
        assert [d.status for d in hana.devices] == ["revoked"]
    finally:
        joiner.close()


def test_a_responder_sees_the_people_but_no_admin_actions(qtbot, session, caseload):
    assert not session.me.has(Role.ADMIN)
    ctx = make_ctx(session)
    try:
        window = _window(qtbot, ctx)
        assert window.model.rowCount() == len(run_and_wait(ctx.ops, session.people)) > 1
        assert not window.invite_button.isVisible() and not window.confirm_button.isVisible()
        assert not window.revoke_button.isVisible() and not window.admin_panel.isVisible()
    finally:
        close_ctx(ctx)
