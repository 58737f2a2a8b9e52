"""Sync in the app, against a real server (the FastAPI app over a temporary SQLite database) and
real enrolled devices (tests/server/devices.py): the background sync brings another device's case
into the queue, the status line follows it, a server that is down reads "Offline" and keeps what is
to send, Cancel stops between batches, locking waits for a running sync, and a conflict made by two
devices is resolved in the conflicts window and the choice reaches the other device."""

from __future__ import annotations

import os
import re
import socket
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from hrdcase.bootstrap import Unlocker
from hrdcase.models.clock import FixedClock
from hrdcase.models.enums import CaseStatus, IncidentCategory, Priority, Role
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.server.db import migrate, open_engine
from hrdcase.services.session import Session
from hrdcase.sync.client import ServerClient
from hrdcase.ui.context import UiContext
from hrdcase.ui.main_window import MainWindow
from hrdcase.ui.ops import run_and_wait
from hrdcase.ui.queue.model import TITLE_COLUMN
from tests.conftest import PASSPHRASE
from tests.server.devices import Devices
from tests.server.support import World
from tests.ui.conftest import close_ctx, make_ctx
from tests.ui.geometry import problems
from tests.ui.mnemonics import clashes, menu_scopes, unreachable, window_scope

TIMEOUT = 15_000
LAPTOP = QSize(1024, 640)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    engine = open_engine(f"sqlite:///{tmp_path / 'server.db'}")
    migrate(engine)
    w = World(engine)
    yield w
    w.close()


@pytest.fixture
def devices(world: World, tmp_path: Path) -> Iterator[Devices]:
    # Three hours behind the server: an unanswered P1 opened now has escalated there.
    clock = FixedClock(datetime.now(UTC).replace(microsecond=0) - timedelta(hours=3))
    d = Devices(world, tmp_path / "devices", clock)
    d.admin("Amina Admin")
    d.add("Bashir Lead", [Role.RESPONDER, Role.SHIFT_LEAD])
    for session in d.sessions.values():
        session.sync.run()
    yield d
    d.close()


class Gate:
    """The real client, held at its next upload until released: a sync caught mid-way."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.entered = threading.Event()
        self.release = threading.Event()

    def factory(self, url: str, keys: Any, device_id: str | None) -> ServerClient:
        gate = self

        class Held(ServerClient):
            def upload(self, *args: Any, **kw: Any) -> Any:
                gate.entered.set()
                assert gate.release.wait(10), "the test never released the upload"
                return super().upload(*args, **kw)

        return Held(url, keys, device_id, http=self.world.http)


@pytest.fixture
def app(qtbot, devices: Devices) -> Iterator[tuple[UiContext, MainWindow]]:
    """Bashir's app: his device's session under the real main window."""
    session = devices.sessions.pop("Bashir Lead")  # the window's context closes it
    ctx = make_ctx(session)
    window = MainWindow(ctx, persist_state=False)
    qtbot.addWidget(window)
    window.resize(LAPTOP)
    window.start(restore_geometry=False)
    window.sync.refresh_status()
    qtbot.waitUntil(lambda: window.sync.status is not None, timeout=TIMEOUT)
    yield ctx, window
    window.sync.stop()
    close_ctx(ctx)


def new_case(title: str, assignee: int | None = None, priority: Priority = Priority.P3) -> NewCase:
    return NewCase(title=title, category=IncidentCategory.DOXXING, region_code="KE", language="sw",
                   description="Synthetic description for a sync test.", priority=priority,
                   assignee_id=assignee, new_defender=NewDefender("Pangolin"))


def open_on(session: Session, title: str, **kw: Any) -> int:
    case_id, _ = session.cases.open_case(new_case(title, **kw))
    return case_id


def sync_and_wait(qtbot, window: MainWindow, user: bool = False) -> None:
    assert window.sync.sync_now(user=user)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=TIMEOUT)
    assert window._ctx.ops.wait_idle(10)


def queue_titles(window: MainWindow) -> set[str]:
    model = window.queue.model
    return {model.data(model.index(r, TITLE_COLUMN)) for r in range(model.rowCount())}


def queue_case(window: MainWindow, title: str) -> int:
    model = window.queue.model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, TITLE_COLUMN)) == title)
    case_id = model.case_id(row)
    assert case_id is not None
    return case_id


def titles_on(session: Session) -> set[str]:
    return {row[0] for row in session.store.db.execute("SELECT title FROM cases")}


def open_here(qtbot, ctx: UiContext, title: str) -> None:
    """Through the app's own path: the change set is published, as a form's would be."""
    ctx.mutate(lambda s: s.cases.open_case(new_case(title)))
    assert ctx.ops.wait_idle(10)


def shoot(widget: Any, name: str) -> None:
    folder = os.environ.get("HRDCASE_FIT_PNG")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}-1024x640.png"), "PNG")


def test_a_standalone_caseload_shows_no_sync(qtbot, ctx):
    window = MainWindow(ctx, persist_state=False)
    qtbot.addWidget(window)
    window.start(restore_geometry=False)
    window.sync.start()
    qtbot.waitUntil(lambda: window.sync.status is not None, timeout=TIMEOUT)
    assert not window.sync.enrolled and not window.sync.running
    assert not window.sync_status.isVisibleTo(window)
    assert not window.sync_action.isVisible() and not window.conflicts_action.isVisible()
    assert not window.sync.sync_now()


def test_a_case_from_another_device_arrives_in_the_queue(qtbot, devices, app):
    ctx, window = app
    amina = devices.sessions["Amina Admin"]
    mine = "Synthetic case opened on Bashir's device"
    open_here(qtbot, ctx, mine)
    qtbot.waitUntil(lambda: "to send" in window.sync_status.text(), timeout=TIMEOUT)
    assert re.match(r"Not synced yet · \d+ to send$", window.sync_status.text()) or \
        re.match(r"Synced \S+ · \d+ to send$", window.sync_status.text()), window.sync_status.text()
    theirs = "Synthetic case opened on Amina's device"
    open_on(amina, theirs)
    amina.sync.run()

    sync_and_wait(qtbot, window)

    qtbot.waitUntil(lambda: queue_titles(window) == {mine, theirs}, timeout=TIMEOUT)
    text = window.sync_status.text()
    assert re.fullmatch(r"Synced \d\d:\d\d", text), text
    assert window.sync.error is None and not window.sync_status.cancel_button.isVisibleTo(window)
    amina.sync.run()  # and it went the other way too
    assert mine in titles_on(amina)
    shoot(window, "SyncStatusBar")


def test_sync_runs_at_start_up_and_on_its_timer(qtbot, devices, app):
    ctx, window = app
    amina = devices.sessions["Amina Admin"]
    synced: list[object] = []
    ctx.notifier.changed.connect(lambda changes: synced.append(1) if "sync" in changes.entities else None)
    window.sync.timer.setInterval(300)
    window.sync.start()  # what MainWindow.start does for a real (persisted) window
    qtbot.waitUntil(lambda: len(synced) == 1, timeout=TIMEOUT)
    assert window.sync.timer.isActive()
    title = "Synthetic case that arrives on the timer"
    open_on(amina, title)
    amina.sync.run()
    qtbot.waitUntil(lambda: title in queue_titles(window), timeout=TIMEOUT)


def test_a_server_that_is_down_reads_offline_and_keeps_what_is_to_send(qtbot, app):
    ctx, window = app
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    ctx.session.sync.client_factory = lambda _url, keys, device_id: ServerClient(
        f"http://127.0.0.1:{port}", keys, device_id)
    open_here(qtbot, ctx, "Synthetic offline case")
    pending = run_and_wait(ctx.ops, lambda: ctx.session.sync.status().pending)
    assert pending > 0

    sync_and_wait(qtbot, window)

    assert window.sync.offline
    assert window.sync_status.text() == f"Offline · {pending} to send"
    assert "Cannot reach the server" in window.sync_status.button.toolTip()
    assert run_and_wait(ctx.ops, lambda: ctx.session.sync.status().pending) == pending
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()], "a background run never asks"
    # Sync now, started by the user, says it in a dialog.
    sync_and_wait(qtbot, window, user=True)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1 and "Cannot reach the server" in boxes[0].text()
    boxes[0].close()


def test_cancel_stops_the_sync_between_batches(qtbot, world, devices, app):
    ctx, window = app
    amina = devices.sessions["Amina Admin"]
    theirs = "Synthetic case waiting on the server"
    open_on(amina, theirs)
    amina.sync.run()
    mine = "Synthetic case to send before the cancel"
    open_here(qtbot, ctx, mine)
    gate = Gate(world)
    ctx.session.sync.client_factory = gate.factory

    assert window.sync.sync_now(user=True)
    assert gate.entered.wait(10)
    qtbot.waitUntil(lambda: window.sync_status.cancel_button.isVisibleTo(window), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: bool(re.fullmatch(r"Syncing… 0 of \d+ sent", window.sync_status.text())),
                    timeout=TIMEOUT)
    assert window.sync_status.progress.isVisibleTo(window)
    assert clashes(window_scope(window)) == {} and unreachable(window) == []
    assert all(clashes(scope) == {} for scope in menu_scopes(window).values())
    shoot(window, "SyncStatusBar-running")
    qtbot.mouseClick(window.sync_status.cancel_button, Qt.MouseButton.LeftButton)
    assert window.sync_status.text() == "Cancelling the sync…"
    gate.release.set()  # the batch on the wire is acked; the next step is not taken
    qtbot.waitUntil(lambda: not window.sync.running, timeout=TIMEOUT)
    assert ctx.ops.wait_idle(10)

    assert window.sync.cancelled and window.sync.error is None
    assert window.sync_status.text() == "Sync cancelled"  # what was sent stays sent
    assert theirs not in queue_titles(window)  # nothing was received
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()], "a cancel is not an error"
    sync_and_wait(qtbot, window)  # the next sync goes on from there
    qtbot.waitUntil(lambda: theirs in queue_titles(window), timeout=TIMEOUT)
    amina.sync.run()
    assert mine in titles_on(amina)


def test_lock_waits_for_a_running_sync_then_locks(qtbot, world, app):
    ctx, window = app
    open_here(qtbot, ctx, "Synthetic case at lock")
    gate = Gate(world)
    ctx.session.sync.client_factory = gate.factory
    session = ctx.session
    assert window.sync.sync_now()
    assert gate.entered.wait(10)
    QTimer.singleShot(300, gate.release.set)  # the server answers while the lock waits

    ctx.lock()

    assert not window.sync.runner.running
    assert session.closed and ctx.locked
    assert window.sync.cancelled and window.sync.error is None  # stopped, not broken
    assert not window.sync.sync_now()  # nothing starts on a locked app
    # The acked batch is kept: reopened as the next unlock would, nothing is left to send.
    fresh = Unlocker(session.profile.path, session.clock).with_passphrase(PASSPHRASE)
    try:
        assert fresh.sync.status().pending == 0
    finally:
        fresh.close()


def test_a_conflict_is_resolved_in_the_window_and_reaches_the_other_device(qtbot, qtmodeltester,
                                                                          devices, app):
    ctx, window = app
    amina = devices.sessions["Amina Admin"]
    title = "Synthetic case both devices triage"
    amina_case = open_on(amina, title)
    amina.sync.run()
    sync_and_wait(qtbot, window)
    qtbot.waitUntil(lambda: title in queue_titles(window), timeout=TIMEOUT)
    bashir_case = queue_case(window, title)

    # Apart, each device moves the case on in its own way: a risk-critical field.
    with amina.store.read() as uow:
        version = uow.cases.get(amina_case).version
    amina.cases.change_status(amina_case, CaseStatus.TRIAGED, version)
    amina.sync.run()
    version = run_and_wait(ctx.ops, lambda: ctx.session.queries.case_detail(bashir_case).case.version)
    run_and_wait(ctx.ops, lambda: ctx.session.cases.change_status(bashir_case, CaseStatus.ESCALATED,
                                                                  version))
    sync_and_wait(qtbot, window)
    qtbot.waitUntil(lambda: window.sync.status.conflicts == 1, timeout=TIMEOUT)
    assert window.sync_status.text().endswith("· 1 conflict"), window.sync_status.text()
    assert window.conflicts_action.text() == "&Conflicts (1)…"

    conflicts = window.show_conflicts()
    qtbot.waitUntil(lambda: conflicts.model.rowCount() == 1, timeout=TIMEOUT)
    qtmodeltester.check(conflicts.model)
    model = conflicts.model
    cells = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert cells[1:4] == ["Status", "Escalated", "Triaged"], cells
    conflicts.resize(conflicts.size().boundedTo(LAPTOP))
    QApplication.processEvents()
    assert problems(conflicts, LAPTOP) == []
    shoot(conflicts, "ConflictsWindow")
    conflicts.open_current()  # the row opens its case
    qtbot.waitUntil(lambda: window.case_view.case_id == bashir_case, timeout=TIMEOUT)

    qtbot.mouseClick(conflicts.mine_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.rowCount() == 0 and conflicts.empty.isVisible(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.sync.status.conflicts == 0, timeout=TIMEOUT)
    assert window.conflicts_action.text() == "&Conflicts…"
    shoot(conflicts, "ConflictsWindow-empty")

    sync_and_wait(qtbot, window)  # the choice travels …
    amina.sync.run()  # … and settles Amina's side of the same conflict
    with amina.store.read() as uow:
        assert uow.cases.get(amina_case).status is CaseStatus.ESCALATED
    assert amina.sync.conflicts() == []


def test_escalations_reach_the_shift_lead_and_open_their_case(qtbot, devices, app):
    _ctx, window = app
    amina = devices.sessions["Amina Admin"]
    title = "Synthetic urgent case nobody answered"
    open_on(amina, title, assignee=amina.me.id, priority=Priority.P1)
    amina.sync.run()
    assert window.escalations_action.isVisible()  # Bashir is a shift lead

    sync_and_wait(qtbot, window)  # the escalations come with the sync

    qtbot.waitUntil(lambda: window.sync.escalations is not None, timeout=TIMEOUT)
    dialog = window.show_escalations()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=TIMEOUT)
    steps = {dialog.table.item(r, 1).text() for r in range(2)}
    assert steps == {"Shift lead", "Director"}, steps
    local = dialog.items[0]["local_case_id"]
    assert local is not None and dialog.table.item(0, 0).text() == dialog.items[0]["ref"]
    dialog.resize(dialog.size().boundedTo(LAPTOP))
    QApplication.processEvents()
    assert problems(dialog, LAPTOP) == []
    shoot(dialog, "EscalationsWindow")
    dialog.table.cellDoubleClicked.emit(0, 0)
    qtbot.waitUntil(lambda: window.case_view.case_id == local, timeout=TIMEOUT)


def test_closing_the_app_waits_for_a_running_sync(qtbot, world, app):
    ctx, window = app
    open_here(qtbot, ctx, "Synthetic case at quit")
    gate = Gate(world)
    ctx.session.sync.client_factory = gate.factory
    session = ctx.session
    assert window.sync.sync_now()
    assert gate.entered.wait(10)
    QTimer.singleShot(300, gate.release.set)

    window.close()  # as Startup does on quit: the window goes, then the session
    ctx.close()

    assert not window.sync.runner.running and session.closed
    assert window.sync.cancelled and window.sync.error is None


def test_a_device_an_admin_revoked_wipes_its_caseload_at_its_next_sync(qtbot, devices: Devices,
                                                                      tmp_path: Path) -> None:
    from hrdcase.ui.app import Startup
    from hrdcase.ui.ops import Ops

    lost = devices.add("Lost Laptop", [Role.RESPONDER])
    folder = lost.profile.path
    lost.close()
    devices.sessions.pop("Lost Laptop")
    session = Unlocker(folder, devices.clock).with_passphrase(PASSPHRASE)
    session.client_factory = devices.factory
    startup = Startup(Unlocker(folder, devices.clock), Ops())
    startup.open(session)
    try:
        window = startup.window
        assert window is not None
        qtbot.waitUntil(lambda: window.sync.status is not None and not window.sync.running,
                        timeout=TIMEOUT)
        with devices.sessions["Amina Admin"].store.read() as uow:
            fingerprint = next(d.fingerprint for d in uow.identity.devices()
                               if d.device_id == session.store.db.execute(
                                   "SELECT device_id FROM identity").fetchone()[0])
        devices.org(devices.sessions["Amina Admin"]).revoke_device(fingerprint)
        window.sync.sync_now(user=False)
        qtbot.waitUntil(lambda: getattr(startup, "notice", None) is not None, timeout=TIMEOUT)
        assert "An admin of Org Alpha revoked this device." in startup.notice.text()
        assert "was wiped" in startup.notice.text()
        assert not (folder / "key.json").exists() and not (folder / "caseload.db").exists()
    finally:
        notice = getattr(startup, "notice", None)
        if notice is not None:
            notice.finished.disconnect()  # do not quit the test's application
            notice.close()
        startup.shutdown()
