"""The main window: a thin shell. Menus and shortcuts route to the feature widgets (queue, case
view, intake, edit); geometry is remembered inside the encrypted database."""

from __future__ import annotations

import base64
import json
import logging

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMenu, QMessageBox, QSplitter

from hrdcase.models.changes import ChangeSet
from hrdcase.ui.case.view import CaseView
from hrdcase.ui.casefile import CaseFileActions
from hrdcase.ui.conflicts import ConflictsWindow
from hrdcase.ui.context import UiContext
from hrdcase.ui.escalations import EscalationsWindow
from hrdcase.ui.help import HelpMenu
from hrdcase.ui.import_reports import ImportReports
from hrdcase.ui.intake import IntakeDialog
from hrdcase.ui.queue.widget import QueueWidget
from hrdcase.ui.sync_status import SyncController, SyncStatusWidget
from hrdcase.ui.wellbeing.team_menu import install_team
from hrdcase.ui.widgets import BusyBar, fit_to_screen

log = logging.getLogger(__name__)

WINDOW_KEY = "ui.window"
ESCALATION_CHECK_MS = 60_000  # unanswered P1s escalate at 60 and 90 min: check every minute


def _b64(data: QByteArray) -> str:
    return base64.b64encode(bytes(data.data())).decode("ascii")


def _unb64(text: object) -> QByteArray:
    try:
        return QByteArray(base64.b64decode(str(text), validate=True))
    except ValueError:
        return QByteArray()


class MainWindow(QMainWindow):
    lock_requested = Signal()
    wipe_requested = Signal()  # confirmed with a typed word (ui/wipe.py)
    revoked = Signal(str)  # an admin revoked this device (signed): wipe without asking
    closed = Signal()

    def __init__(self, ctx: UiContext, persist_state: bool = True) -> None:
        super().__init__()
        self._ctx = ctx
        self._persist = persist_state
        self.setWindowTitle(self.tr("hrdcase"))
        self.queue = QueueWidget(ctx, persist_state=persist_state)
        self.case_view = CaseView(ctx)
        # Queue above, case below: the queue's ten columns get the full width.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.queue)
        self.splitter.addWidget(self.case_view)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([330, 420])
        self.setCentralWidget(self.splitter)
        self.sync = SyncController(ctx, self)  # background sync (enrolled devices only)
        self.conflicts_window: ConflictsWindow | None = None
        self.escalations_window: EscalationsWindow | None = None
        self._actions()
        self._status_bar()
        self.team = install_team(self, ctx)  # Team menu, exposure clock, check-in
        self.help = HelpMenu(self, self.case_view.tabs, ctx.session.profile.path)  # the last menu
        self.queue.case_selected.connect(self.open_case)
        self.queue.case_activated.connect(self._activate_case)
        self.queue.count_changed.connect(self._count_changed)
        ctx.ops.failed.connect(self.show_error)
        ctx.notifier.changed.connect(self._on_changes)
        self.sync.changed.connect(self._sync_changed)
        self.sync.user_error.connect(self.show_error)
        self.sync.revoked.connect(self.revoked)
        self.escalations = QTimer(self)
        self.escalations.setInterval(ESCALATION_CHECK_MS)
        self.escalations.timeout.connect(self.run_escalations)

    # ---- construction
    def _action(self, text: str, shortcut: QKeySequence | str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New case…"), "Ctrl+N", self.new_case)
        self.importer = ImportReports(self._ctx, self)
        self.importer.finished.connect(self.refresh)
        self.import_action = self._action(self.tr("&Import reports…"), "Ctrl+I", self.importer.choose)
        self.edit_action = self._action(self.tr("&Edit case…"), "Ctrl+E", self.case_view.edit)
        self.find_action = self._action(self.tr("&Find…"), "Ctrl+F", self.queue.focus_search)
        self.refresh_action = self._action(self.tr("&Refresh"), "F5", self.refresh)
        self.sync_action = self._action(self.tr("S&ync now"), "F9", lambda: self.sync.sync_now())
        self.conflicts_action = self._action(self.tr("&Conflicts…"), "", self.show_conflicts)
        self.escalations_action = self._action(self.tr("Esc&alations…"), "", self.show_escalations)
        for action in (self.sync_action, self.conflicts_action, self.escalations_action):
            action.setVisible(False)  # until the device is known to be enrolled
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.lock_requested)
        self.passphrase_action = self._action(self.tr("&Passphrase and keys…"), "",
                                              self.passphrase_and_keys)
        self.wipe_action = self._action(self.tr("&Wipe this caseload…"), "", self.confirm_wipe)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence(keys.Quit), self.close)
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.sync_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.passphrase_action)
        file_menu.addAction(self.wipe_action)
        file_menu.addAction(self.quit_action)
        case_menu = self.menuBar().addMenu(self.tr("&Case"))
        case_menu.addAction(self.edit_action)
        case_menu.addAction(self.conflicts_action)
        case_menu.addAction(self.escalations_action)
        case_menu.addSeparator()
        self.casefile = CaseFileActions(self, self._ctx, case_menu)  # print, save, bulk export
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.refresh_action)

    def _status_bar(self) -> None:
        me = self._ctx.session.me
        who = (self.tr("Signed in as {name}").format(name=me.display_name) if me
               else self.tr("No responder profile selected"))
        self.who = QLabel(who)
        self.counts = QLabel()
        self.busy = BusyBar(self)
        bar = self.statusBar()
        bar.addWidget(self.who)
        bar.addPermanentWidget(self.busy)
        self.sync_menu = QMenu(self)
        for action in (self.sync_action, self.conflicts_action, self.escalations_action):
            self.sync_menu.addAction(action)
        self.sync_status = SyncStatusWidget(self.sync, self.sync_menu)
        bar.addPermanentWidget(self.sync_status)
        bar.addPermanentWidget(self.counts)
        self._ctx.ops.busy_changed.connect(self.busy.set_busy)

    # ---- start-up and state
    def start(self, restore_geometry: bool = True) -> None:
        """Load the queue; restore geometry (then show) or show as sized by the caller."""
        self.queue.start()
        self.team.start()
        if self._persist:  # a screenshot must not write to the caseload
            self.run_escalations()
            self.escalations.start()
            self.sync.start()  # at start-up, then every five minutes
        if not restore_geometry:
            self.show()
            self.queue.view.setFocus()
            return
        self._ctx.query(lambda s: s.queries.setting(WINDOW_KEY), self._restore, owner=self)

    def _restore(self, raw: str | None) -> None:
        try:
            state = json.loads(raw) if raw else {}
        except ValueError:
            state = {}
        if not isinstance(state, dict) or not self.restoreGeometry(_unb64(state.get("geometry"))):
            fit_to_screen(self, 1280, 800)
        self.show()
        self.queue.view.setFocus()
        if isinstance(state, dict) and "splitter" in state:
            # Once the shown window is laid out, so that the sizes are not rescaled.
            splitter = _unb64(state["splitter"])
            QTimer.singleShot(0, self, lambda: self.splitter.restoreState(splitter))
        if isinstance(state, dict):  # the case view's tab and column widths
            QTimer.singleShot(0, self, lambda: self.case_view.restore_layout(state.get("case")))

    def save_state(self) -> None:
        if not self._persist or self._ctx.ops.closed:
            return
        payload = json.dumps({"geometry": _b64(self.saveGeometry()),
                              "splitter": _b64(self.splitter.saveState()),
                              "case": self.case_view.layout_state()})
        self._ctx.query(lambda s: s.queries.save_setting(WINDOW_KEY, payload))
        self.queue.save_state()

    def run_escalations(self) -> None:
        """Record the escalation steps now due (the service records each step once)."""
        if not self._ctx.ops.closed:
            self._ctx.mutate(lambda s: s.triage.run_escalations(),
                             on_error=lambda exc: log.warning("Escalation check failed: %s",
                                                              type(exc).__name__))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.case_view.confirm_leave():
            event.ignore()
            return
        self.escalations.stop()
        self.sync.stop()  # the running one is cancelled and waited for before the session closes
        self.queue.filters.flush()
        self.save_state()
        event.accept()
        self.closed.emit()

    # ---- commands
    def open_case(self, case_id: int) -> None:
        current = self.case_view.case_id
        if case_id != current and not self.case_view.confirm_leave():
            if current is not None:
                self.queue.sync_selection(current)  # the selection goes back
            return
        self.case_view.show_case(case_id)
        self.queue.sync_selection(case_id)

    def _activate_case(self, case_id: int) -> None:
        self.open_case(case_id)
        self.case_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_case(self) -> None:
        dialog = IntakeDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self.open_case)
        dialog.open()

    def passphrase_and_keys(self) -> None:
        from hrdcase.ui.passphrase import PassphraseDialog

        dialog = PassphraseDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def confirm_wipe(self) -> None:
        from hrdcase.ui.wipe import WipeDialog

        dialog = WipeDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.wipe_requested)
        dialog.open()

    def show_conflicts(self) -> QDialog:
        if self.conflicts_window is None:
            self.conflicts_window = ConflictsWindow(self._ctx, self)
            self.conflicts_window.open_case.connect(self._activate_case)
        self.conflicts_window.show()
        self.conflicts_window.raise_()
        return self.conflicts_window

    def show_escalations(self) -> QDialog:
        if self.escalations_window is None:
            self.escalations_window = EscalationsWindow(self.sync, self)
            self.escalations_window.open_case.connect(self._activate_case)
        self.escalations_window.show()
        self.escalations_window.raise_()
        return self.escalations_window

    def _sync_changed(self) -> None:
        enrolled = self.sync.enrolled
        status = self.sync.status
        count = status.conflicts if status is not None else 0
        self.sync_action.setVisible(enrolled)
        self.conflicts_action.setVisible(enrolled)
        self.conflicts_action.setText(self.tr("&Conflicts ({n})…").format(n=count) if count
                                      else self.tr("&Conflicts…"))
        self.escalations_action.setVisible(enrolled and self.sync.lead)

    def _on_changes(self, changes: ChangeSet) -> None:
        if "sync" in changes.entities:  # received or resolved: the open case may differ now
            self.case_view.reload()

    def refresh(self) -> None:
        self.queue.refresh()
        self.case_view.reload()

    def _count_changed(self, count: int) -> None:
        self.counts.setText(self.tr("Cases shown: %n", "", count))
        if self.case_view.case_id is None:
            self.queue.select_first()
        else:
            self.queue.sync_selection(self.case_view.case_id)

    def show_error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("hrdcase"), message,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
