"""Sync in the app: a controller that runs `session.sync.run` on a thread of its own (never the ops
worker: a first sync can take minutes), at start-up, every five minutes and on "Sync now"; and the
compact status in the status bar ("Synced 14:02 · 2 conflicts", "Offline · 3 to send", "Syncing…
1,200 received" with Cancel and a progress bar).

One sync at a time. The store's `Database` lock lets the sync's short transactions interleave with
the ops worker's. Before the session closes (lock, quit, wipe: `UiContext.before_close`) the sync
is cancelled and waited for; a cancel lands between two batches, and a request gives up after the
client's 10-second timeout. A background run that fails says so in the status widget (text and
tooltip), never in a dialog; a run the user started shows its error in a dialog."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from hrdcase.errors import UserError
from hrdcase.models.changes import ChangeSet
from hrdcase.models.enums import Role
from hrdcase.services.session import Session
from hrdcase.services.sync import DeviceRevoked, SyncCancelled, SyncStatus, SyncSummary
from hrdcase.sync.client import ServerError
from hrdcase.ui.context import UiContext
from hrdcase.ui.i18n import translate
from hrdcase.ui.ops import user_message

log = logging.getLogger(__name__)

SYNC_INTERVAL_MS = 5 * 60 * 1000  # policy: a background sync every five minutes
STOP_WAIT_S = 30.0  # at most one request (10 s timeout) and one batch's transaction after a cancel
ESCALATION_ROLES = frozenset({Role.SHIFT_LEAD, Role.DIRECTOR})

Progress = Callable[[str, int, int], None]
Job = Callable[[Session, Callable[[], bool], Progress], "SyncOutcome"]


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    summary: SyncSummary | None  # None: escalations only, no sync
    changes: ChangeSet
    escalations: list[dict[str, Any]] | None
    escalations_error: str | None


def sync_job(sync: bool, escalations: bool) -> Job:
    """What the sync thread runs: one sync, then (for shift leads and directors) the escalations."""

    def job(session: Session, cancelled: Callable[[], bool], progress: Progress) -> SyncOutcome:
        summary, changes = (session.sync.run(progress=progress, cancelled=cancelled) if sync
                            else (None, ChangeSet()))
        items, error = None, None
        if escalations and not cancelled():
            try:
                items = session.sync.escalations()
            except UserError as exc:
                error = str(exc)
        return SyncOutcome(summary, changes, items, error)

    return job


def view_changes(changes: ChangeSet) -> ChangeSet:
    """A sync's change set names the tables it wrote; the views listen for "case" (the queue) and
    "sync" (the conflicts window, the open case): say both."""
    entities = set(changes.entities) | {"sync"}
    if changes.entities:
        entities.add("case")
    return ChangeSet(cases=changes.cases, created_cases=changes.created_cases,
                     entities=frozenset(entities), audit=changes.audit)


class _Bridge(QObject):
    """Carries the sync thread's progress and result to the GUI thread (queued)."""

    progressed = Signal(str, int, int)
    finished = Signal(object, object)  # SyncOutcome | None, BaseException | None


class SyncRunner:
    """The sync's own thread, one at a time. Not a QObject child of any window: a window may be
    deleted while a sync runs, and the thread must still be waited for before the session closes."""

    def __init__(self) -> None:
        self.bridge = _Bridge()
        self._thread: threading.Thread | None = None
        self._cancel = threading.Event()
        self._halted_for: Session | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, session: Session, job: Job) -> bool:
        if self._thread is not None:  # its result may arrive a moment before the thread ends
            self._thread.join(1.0)
        if self.running or session.closed or session is self._halted_for:
            return False
        cancel = self._cancel = threading.Event()
        bridge = self.bridge

        def work() -> None:
            try:
                outcome = job(session, cancel.is_set, bridge.progressed.emit)
            except BaseException as exc:  # delivered to the GUI thread, never swallowed
                bridge.finished.emit(None, exc)
            else:
                bridge.finished.emit(outcome, None)

        self._thread = threading.Thread(target=work, name="hrdcase-sync", daemon=True)
        self._thread.start()
        return True

    def cancel(self) -> None:
        self._cancel.set()

    def halt(self, session: Session, timeout: float = STOP_WAIT_S) -> bool:
        """Before `session` closes: no new sync on it; cancel the running one and wait for it
        (processing events, as `UiContext.close` does). False when it did not end in time."""
        self._halted_for = session
        self._cancel.set()
        thread = self._thread
        deadline = time.monotonic() + timeout
        while thread is not None and thread.is_alive() and time.monotonic() < deadline:
            thread.join(0.05)
            QCoreApplication.processEvents()
        if thread is not None and thread.is_alive():
            log.warning("The background sync did not stop within %.0f s.", timeout)
            return False
        QCoreApplication.processEvents()  # its result, so that nothing is announced later
        return True


class SyncController(QObject):
    """Runs and schedules syncs for an enrolled device; holds what the status widget shows."""

    changed = Signal()  # the state below changed: re-render
    escalations_changed = Signal()
    user_error = Signal(str)  # a sync the user started failed
    revoked = Signal(str)  # an admin's signed revocation: the caseload must be wiped (ui/app.py)

    def __init__(self, ctx: UiContext, parent: QObject | None = None,
                 interval_ms: int = SYNC_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.runner = runner = SyncRunner()
        runner.bridge.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        runner.bridge.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)

        def halt() -> None:
            runner.halt(ctx.session)

        ctx.before_close.append(halt)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.sync_now(user=False))
        ctx.notifier.changed.connect(self._on_changes)
        self.status: SyncStatus | None = None
        self.running = False
        self.phase, self.done, self.total = "", 0, 0
        self.offline = False
        self.error: str | None = None  # the last run's failure, one line
        self.cancelled = False
        self.escalations: list[dict[str, Any]] | None = None
        self.escalations_error: str | None = None
        self._user = False
        self._autostart = False
        self._again = False  # escalations asked for while a sync without them ran

    # ---- state
    @property
    def enrolled(self) -> bool:
        return self.status is not None and self.status.enrolled

    @property
    def lead(self) -> bool:
        me = self._ctx.session.me
        return me is not None and any(me.has(r) for r in ESCALATION_ROLES)

    # ---- commands
    def start(self) -> None:
        """At start-up: learn whether this device is enrolled, then sync and keep syncing."""
        self._autostart = True
        self.refresh_status()

    def stop(self) -> None:
        self.timer.stop()
        self._autostart = False

    def refresh_status(self) -> None:
        if self._ctx.ops.closed:
            return
        self._ctx.query(lambda s: s.sync.status(), self._status_loaded,
                        lambda exc: log.warning("Sync status unavailable: %s", type(exc).__name__),
                        owner=self)

    def sync_now(self, user: bool = True) -> bool:
        """Start a sync unless one runs, the device is not enrolled or revoked, or the app is locked."""
        if self.running or not self.enrolled or self._ctx.locked or self._ctx.session.closed:
            return False
        if not user and self.status is not None and self.status.device_status == "revoked":
            return False
        return self._start(sync_job(True, self.lead), user)

    def fetch_escalations(self) -> bool:
        """Fetch the escalations (network: on the sync thread); after the running sync if one runs."""
        if not self.lead or not self.enrolled:
            return False
        if self.running:
            self._again = True
            return False
        if self._ctx.locked or self._ctx.session.closed:
            return False
        return self._start(sync_job(False, True), False)

    def cancel(self) -> None:
        if self.running:
            self.runner.cancel()
            self.phase = "cancelling"
            self.changed.emit()

    def _start(self, job: Job, user: bool) -> bool:
        if not self.runner.start(self._ctx.session, job):
            return False
        self.running, self._user = True, user
        self.phase, self.done, self.total = "starting", 0, 0
        self.changed.emit()
        return True

    # ---- results (GUI thread)
    def _status_loaded(self, status: SyncStatus) -> None:
        self.status = status
        if status.enrolled and self._autostart and not self.timer.isActive():
            self.timer.start()
            self.sync_now(user=False)
        self.changed.emit()

    def _on_changes(self, changes: ChangeSet) -> None:
        if self.enrolled and not self._ctx.locked:  # pending and conflict counts
            self.refresh_status()

    def _progressed(self, phase: str, done: int, total: int) -> None:
        if self.running and self.phase != "cancelling":
            self.phase, self.done, self.total = phase, done, total
            self.changed.emit()

    def _finished(self, outcome: SyncOutcome | None, exc: BaseException | None) -> None:
        self.running = False
        user, self._user = self._user, False
        if exc is None and outcome is not None:
            if outcome.summary is not None:
                self.offline, self.error, self.cancelled = False, None, False
                self._ctx.notifier.publish(view_changes(outcome.changes))
            if outcome.escalations is not None or outcome.escalations_error is not None:
                if outcome.escalations is not None:
                    self.escalations = outcome.escalations
                self.escalations_error = outcome.escalations_error
                self.escalations_changed.emit()
        else:
            assert exc is not None
            if isinstance(exc, DeviceRevoked):
                self.timer.stop()
                self.revoked.emit(str(exc))
                return
            self.cancelled = isinstance(exc, SyncCancelled)
            self.offline = isinstance(exc, ServerError) and exc.status == 0
            self.error = None if self.cancelled else user_message(exc)
            if user and self.error:
                self.user_error.emit(self.error)
        self.phase, self.done, self.total = "", 0, 0
        self.changed.emit()
        if not self._ctx.locked and not self._ctx.session.closed:
            self.refresh_status()
            if self._again:
                self._again = False
                self.fetch_escalations()


# ---- the status bar widget ---------------------------------------------------------------------
def _phase_text(phase: str, done: int, total: int) -> str:
    loc = QLocale()
    n, of = loc.toString(done), loc.toString(total)
    if phase == "receiving":
        return translate("Sync", "Syncing… {n} received").format(n=n)
    if phase == "sending":
        return (translate("Sync", "Syncing… {n} of {total} sent").format(n=n, total=of) if total
                else translate("Sync", "Syncing… sending"))
    if phase == "evidence out":
        return translate("Sync", "Syncing… sending evidence {n} of {total}").format(n=n, total=of)
    if phase == "evidence in":
        return translate("Sync", "Syncing… receiving evidence {n} of {total}").format(n=n, total=of)
    if phase == "cancelling":
        return translate("Sync", "Cancelling the sync…")
    return translate("Sync", "Syncing…")


def local_time(at: datetime) -> str:
    """A moment in this computer's time zone, as the timeline writes it: 2026-05-04 14:02."""
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def _when(at: datetime) -> str:
    local = at.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return local_time(at)


def status_text(c: SyncController) -> str:
    """One short line: what the responder needs to know about sync right now."""
    if c.running:
        return _phase_text(c.phase, c.done, c.total)
    s = c.status
    if s is None:
        return ""
    if s.device_status == "revoked":
        head = translate("Sync", "Device revoked")
    elif c.offline:
        head = translate("Sync", "Offline")
    elif c.error:
        head = translate("Sync", "Sync failed")
    elif c.cancelled:
        head = translate("Sync", "Sync cancelled")
    elif s.last_sync_at is not None:
        head = translate("Sync", "Synced {time}").format(time=_when(s.last_sync_at))
    else:
        head = translate("Sync", "Not synced yet")
    parts = [head]
    if s.pending:
        parts.append(translate("Sync", "{n} to send").format(n=QLocale().toString(s.pending)))
    if s.conflicts:
        parts.append(translate("Sync", "1 conflict") if s.conflicts == 1 else
                     translate("Sync", "{n} conflicts").format(n=QLocale().toString(s.conflicts)))
    return " · ".join(parts)


def status_tooltip(c: SyncController) -> str:
    s = c.status
    lines = []
    if s is not None and s.server_url:
        lines.append(translate("Sync", "Server: {url}").format(url=s.server_url))
    if s is not None and s.last_sync_at is not None:
        lines.append(translate("Sync", "Last sync: {when}").format(when=_when(s.last_sync_at)))
    if c.error:
        lines.append(translate("Sync", "Last error: {error}").format(error=c.error))
    elif s is not None and s.last_error and not c.running:
        lines.append(translate("Sync", "Last error: {error}").format(error=s.last_error))
    lines.append(translate("Sync", "Click for Sync now, Conflicts and Escalations."))
    return "\n".join(lines)


class SyncStatusWidget(QWidget):
    """The status bar's sync line: a button opening the sync menu, a progress bar and Cancel while
    a sync runs. Hidden on a caseload that works without a server."""

    def __init__(self, controller: SyncController, menu: QMenu, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.button = QToolButton()
        self.button.setAutoRaise(True)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setMenu(menu)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(100)
        self.progress.setMaximumHeight(14)
        self.progress.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))  # no letter: Alt+C is the Case menu
        self.cancel_button.setAccessibleName(self.tr("Cancel the sync"))
        self.cancel_button.clicked.connect(controller.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.progress)
        layout.addWidget(self.button)
        layout.addWidget(self.cancel_button)
        controller.changed.connect(self.update_view)
        self.update_view()

    def text(self) -> str:
        return self.button.text()

    def update_view(self) -> None:
        c = self.controller
        self.setVisible(c.enrolled)
        text = status_text(c)
        self.button.setText(text.replace("&", "&&"))
        self.button.setToolTip(status_tooltip(c))
        self.button.setAccessibleName(self.tr("Sync status: {status}").format(status=text))
        self.cancel_button.setVisible(c.running)
        self.cancel_button.setEnabled(c.running and c.phase != "cancelling")
        self.progress.setVisible(c.running and c.total > 0)
        if c.running and c.total > 0:
            self.progress.setRange(0, c.total)
            self.progress.setValue(min(c.done, c.total))
