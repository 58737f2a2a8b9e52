"""Wire the wellbeing screens into the main window: a Team menu, the exposure clock in the status
bar, a "check-in due" button, and the ledger behind "Show graphic material". The main window calls
`install_team(self, ctx)` once; everything else lives here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QPushButton

from hrdcase.models.enums import Role
from hrdcase.ui.context import UiContext
from hrdcase.ui.people.window import PeopleWindow
from hrdcase.ui.reports.kpi_window import KpiWindow
from hrdcase.ui.reports.transparency_dialog import TransparencyDialog
from hrdcase.ui.wellbeing.checkin import CheckInDialog
from hrdcase.ui.wellbeing.dashboard import Dashboard
from hrdcase.ui.wellbeing.exposure import ExposureClock, ExposureTracker, install_idle_watch
from hrdcase.ui.wellbeing.handover import HandoverNotes
from hrdcase.ui.wellbeing.policy_dialog import PolicyDialog
from hrdcase.ui.wellbeing.surge_dialog import SurgeDialog
from hrdcase.ui.wellbeing.timezone_dialog import TimeZoneDialog

if TYPE_CHECKING:
    from hrdcase.ui.main_window import MainWindow


class Team(QObject):
    def __init__(self, window: MainWindow, ctx: UiContext) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self.dashboard: Dashboard | None = None
        self.people: PeopleWindow | None = None
        self.kpis: KpiWindow | None = None
        self.dashboard_action = window._action(self.tr("Team &dashboard"), "Ctrl+Shift+D",
                                               self.show_dashboard)
        self.checkin_action = window._action(self.tr("Check &in…"), "Ctrl+Shift+K",
                                             self.check_in)
        self.surge_action = window._action(self.tr("Declare &surge…"), "", self.surges)
        self.handover_action = window._action(self.tr("&Handover notes…"), "", self.handovers)
        menu = window.menuBar().addMenu(self.tr("Tea&m"))
        for action in (self.dashboard_action, self.checkin_action, self.surge_action,
                       self.handover_action):
            menu.addAction(action)
        self.policy_action = window._action(self.tr("&Workload policy…"), "", self.workload_policy)
        menu.addAction(self.policy_action)
        self.timezone_action = window._action(self.tr("My &time zone…"), "", self.time_zone)
        self.timezone_action.setEnabled(ctx.session.me is not None)  # everyone's own choice
        menu.addAction(self.timezone_action)
        menu.addSeparator()
        self.people_action = window._action(self.tr("&People and teams…"), "", self.show_people)
        menu.addAction(self.people_action)  # everyone; admins get its actions
        self.kpi_action = window._action(self.tr("Monitoring &benchmarks…"), "", self.show_kpis)
        menu.addAction(self.kpi_action)  # aggregate figures only, as `hrdcase report kpi`
        self.transparency_action = window._action(self.tr("Transparency &report…"), "",
                                                  self.transparency)
        menu.addAction(self.transparency_action)
        self._gate_lead_actions(ctx)
        view = window.case_view
        self.tracker = ExposureTracker(ctx, view.show_graphic, self._graphic_ids, self)
        view.loaded.connect(lambda _id: self.tracker.sync())
        window.closed.connect(self.tracker.hide_all)
        window.lock_requested.connect(self.tracker.lock)
        self.clock = ExposureClock(ctx)
        self.checkin_due = QPushButton(self.tr("Check-in due"))
        self.checkin_due.setFlat(True)
        self.checkin_due.setAccessibleName(self.tr("A check-in is due: check in now"))
        self.checkin_due.setVisible(False)
        self.checkin_due.clicked.connect(self.check_in)
        window.statusBar().addPermanentWidget(self.checkin_due)
        window.statusBar().addPermanentWidget(self.clock)
        install_idle_watch(self.tracker, self.clock)

    def _graphic_ids(self) -> list[int]:
        detail = self._window.case_view.detail  # graphic text or a graphic evidence image
        return detail.graphic_incident_ids if detail else []

    def start(self) -> None:
        self.clock.start()
        self._ctx.query(lambda s: s.wellbeing.checkin_due(), self.checkin_due.setVisible,
                        lambda _exc: None, owner=self)

    def show_dashboard(self) -> Dashboard:
        if self.dashboard is None:
            self.dashboard = Dashboard(self._ctx, self._window)
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.refresh()
        return self.dashboard

    def show_people(self) -> PeopleWindow:
        if self.people is None:
            self.people = PeopleWindow(self._ctx, self._window)
        self.people.show()
        self.people.raise_()
        self.people.refresh()
        return self.people

    def show_kpis(self) -> KpiWindow:
        if self.kpis is None:
            self.kpis = KpiWindow(self._ctx, self._window)
        self.kpis.show()
        self.kpis.raise_()
        self.kpis.refresh()
        return self.kpis

    def transparency(self) -> TransparencyDialog:
        dialog = TransparencyDialog(self._ctx, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def check_in(self) -> CheckInDialog:
        dialog = CheckInDialog(self._ctx, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda _o: self.checkin_due.setVisible(False))
        dialog.open()
        return dialog

    def surges(self) -> SurgeDialog:
        dialog = SurgeDialog(self._ctx, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def handovers(self) -> HandoverNotes:
        dialog = HandoverNotes(self._ctx, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.refresh()
        return dialog

    def time_zone(self) -> TimeZoneDialog:
        dialog = TimeZoneDialog(self._ctx, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _gate_lead_actions(self, ctx: UiContext) -> None:
        """The dashboard and surges show the team's load: supervisors and admins only (the service
        refuses anyone else too); the menu says why an item is off."""
        me = ctx.session.me
        lead = me is not None and (me.has(Role.SUPERVISOR) or me.has(Role.ADMIN))
        why = "" if lead else self.tr("Only a supervisor or an admin sees the team's load.")
        for action in (self.dashboard_action, self.surge_action):
            action.setEnabled(lead)
            action.setToolTip(why or action.text().replace("&", ""))
            action.setStatusTip(why)

    def workload_policy(self) -> PolicyDialog:
        dialog = PolicyDialog(self._ctx, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def install_team(window: MainWindow, ctx: UiContext) -> Team:
    return Team(window, ctx)
