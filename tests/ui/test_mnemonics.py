"""Keyboard: every Alt+letter is unique within each window (the main window with each case-view
tab, each menu, every dialog), and Help › Keyboard shortcuts lists the real shortcuts.

`test_every_dialog_class_is_checked` fails when a new dialog class is added without a builder
here, so "every window" stays true."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

import hrdcase.ui
from hrdcase.bootstrap import Unlocker
from hrdcase.models.enums import CaseStatus
from hrdcase.ui.case.appeal_dialogs import (
    DecideAppealDialog,
    EscalateDialog,
    FileAppealDialog,
    ReviewerDialog,
)
from hrdcase.ui.case.decision_dialog import RecordDecisionDialog
from hrdcase.ui.case.decisions_panel import DecisionsPanel
from hrdcase.ui.case.notify_dialog import NotifyDialog
from hrdcase.ui.case.risk_note_dialog import RiskNoteDialog
from hrdcase.ui.case.triage_preview import TriagePreview
from hrdcase.ui.case_edit import CaseEditDialog
from hrdcase.ui.casefile import CaseFileOptions
from hrdcase.ui.conflicts import ConflictsWindow
from hrdcase.ui.context import UiContext
from hrdcase.ui.escalations import EscalationsWindow
from hrdcase.ui.first_run import FirstRunWizard
from hrdcase.ui.help import ShortcutsDialog, shortcut_rows
from hrdcase.ui.intake import IntakeDialog
from hrdcase.ui.main_window import MainWindow
from hrdcase.ui.ops import run_and_wait
from hrdcase.ui.passphrase import PassphraseDialog
from hrdcase.ui.people.dialogs import ConfirmDeviceDialog, DeviceChoice, InviteDialog, RevokeDialog
from hrdcase.ui.people.window import PeopleWindow
from hrdcase.ui.reports.kpi_window import KpiWindow
from hrdcase.ui.reports.transparency_dialog import TransparencyDialog
from hrdcase.ui.sync_status import SyncController
from hrdcase.ui.unlock import UnlockDialog
from hrdcase.ui.wellbeing.checkin import CheckInDialog
from hrdcase.ui.wellbeing.dashboard import Dashboard
from hrdcase.ui.wellbeing.debrief import DebriefNote
from hrdcase.ui.wellbeing.handover import HandoverNotes
from hrdcase.ui.wellbeing.policy_dialog import PolicyDialog
from hrdcase.ui.wellbeing.suggest import SuggestPopup
from hrdcase.ui.wellbeing.surge_dialog import SurgeDialog
from hrdcase.ui.wellbeing.timezone_dialog import TimeZoneDialog
from hrdcase.ui.wipe import WipeDialog
from tests.ui.conftest import Spec
from tests.ui.mnemonics import clashes, menu_scopes, mnemonic, unreachable, window_scope
from tests.ui.test_evidence import _attach, _last_incident
from tests.ui.test_wellbeing_real import _as_supervisor
from tests.unit.test_appeals_model import sor

TIMEOUT = 10_000
BASES = {"GuardedDialog", "_AppealDialog", "_WorkDialog"}  # abstract bases, never shown themselves


def _settle(qtbot, ctx: UiContext) -> None:
    assert ctx.ops.wait_idle(5)
    QApplication.processEvents()
    qtbot.wait(50)


def _main(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx, persist_state=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.start(restore_geometry=False)
    qtbot.waitUntil(lambda: window.case_view.detail is not None, timeout=TIMEOUT)
    return window


def test_main_window_letters_are_unique_on_every_tab_and_in_every_menu(qtbot, ctx, caseload):
    window = _main(qtbot, ctx)
    tabs = window.case_view.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        _settle(qtbot, ctx)
        assert clashes(window_scope(window)) == {}, f"tab {tabs.tabText(i)!r}"
        assert unreachable(window) == [], f"tab {tabs.tabText(i)!r}"
    menus = menu_scopes(window)
    assert {"&File", "&Case", "&View", "Tea&m", "&Help"} <= set(menus)
    for title, scope in menus.items():
        assert clashes(scope) == {}, f"menu {title!r}"
    # The clashes of the first hour: Alt+T reached the Triage tab, not the Team menu.
    letters = window_scope(window)
    assert letters["t"] == ["&Triage"] and letters["m"] == ["Tea&m"]


def _decisions(qtbot, ctx, case_id: int) -> DecisionsPanel:
    panel = DecisionsPanel(ctx)
    qtbot.addWidget(panel)
    panel.show_case(case_id)
    qtbot.waitUntil(lambda: panel.data is not None and panel.model.rowCount() > 0, timeout=TIMEOUT)
    panel.view.setCurrentIndex(panel.model.index(0))
    return panel


def _appeal_dialogs(qtbot, ctx, caseload: list[Spec]) -> list[QWidget]:
    case = next(s for s in caseload if s.status == CaseStatus.RESOLVED)
    today = ctx.session.clock.now().date()
    decision_id, _ = run_and_wait(ctx.ops, lambda: ctx.session.appeals.record_decision(
        case.id, sor(decision_facts="Synthetic facts for a keyboard test.", content_date=today,
                     application_date=today)))
    panel = _decisions(qtbot, ctx, case.id)
    made: list[QWidget] = [FileAppealDialog(ctx, panel.current())]
    run_and_wait(ctx.ops, lambda: ctx.session.appeals.file_appeal(decision_id, "Synthetic grounds."))
    panel = _decisions(qtbot, ctx, case.id)
    record = panel.current()
    assert record.appeal is not None
    made += [kind(ctx, panel.data, record) for kind in (ReviewerDialog, DecideAppealDialog,
                                                         EscalateDialog)]
    made.append(RecordDecisionDialog(ctx, case.id, record.decision.sor.category, panel.data.now.date()))
    return made


def _viewer(qtbot, ctx, caseload: list[Spec]) -> QWidget:
    spec = caseload[1]  # one incident: its image is the one shown
    _attach(ctx, _last_incident(ctx, spec).id, seed=5)
    window = _main(qtbot, ctx)
    window.open_case(spec.id)
    strip = window.case_view.evidence
    qtbot.waitUntil(lambda: strip.model.rowCount() > 0, timeout=TIMEOUT)
    return strip.open_viewer(0)


def _rebalance(qtbot, ctx) -> list[QWidget]:
    _as_supervisor(ctx)
    board = Dashboard(ctx)
    qtbot.addWidget(board)
    board.show()
    board.refresh()
    qtbot.waitUntil(lambda: board.rows is not None, timeout=TIMEOUT)
    board.propose()
    qtbot.waitUntil(lambda: getattr(board, "dialog", None) is not None, timeout=TIMEOUT)
    return [board, board.dialog]  # the board owns the dialog: keep it alive


def _builders(qtbot, ctx, caseload, profile_dir: Path) -> dict[str, Callable[[], list[QWidget]]]:
    case_id = caseload[0].id
    device = DeviceChoice("7K3Q-9XAB-C2DE-F3GH-J4KM-N5PQ-R6ST-V7WX", "Bruno Placeholder", "pending")
    return {
        "UnlockDialog": lambda: [UnlockDialog(Unlocker(profile_dir), ctx.ops)],
        "IntakeDialog": lambda: [IntakeDialog(ctx)],
        "CaseEditDialog": lambda: [CaseEditDialog(ctx, case_id)],
        "RiskNoteDialog": lambda: [RiskNoteDialog(ctx, case_id)],
        "TriagePreview": lambda: [TriagePreview(ctx, *run_and_wait(
            ctx.ops, lambda: ctx.session.triage.preview(case_id)))],
        "NotifyDialog": lambda: [NotifyDialog(ctx, case_id, run_and_wait(
            ctx.ops, ctx.session.queries.responders))],
        "RecordDecisionDialog": lambda: [],  # built with the appeal dialogs
        "FileAppealDialog": lambda: _appeal_dialogs(qtbot, ctx, caseload),
        "ReviewerDialog": lambda: [], "DecideAppealDialog": lambda: [], "EscalateDialog": lambda: [],
        "EvidenceViewer": lambda: [_viewer(qtbot, ctx, caseload)],
        "CheckInDialog": lambda: [CheckInDialog(ctx)],
        "SurgeDialog": lambda: [SurgeDialog(ctx)],
        "HandoverNotes": lambda: [HandoverNotes(ctx)],
        "PolicyDialog": lambda: [PolicyDialog(ctx)],
        "TimeZoneDialog": lambda: [TimeZoneDialog(ctx)],
        "RebalanceDialog": lambda: _rebalance(qtbot, ctx),
        "DebriefNote": lambda: [DebriefNote(("A synthetic support line",))],
        "SuggestPopup": lambda: [SuggestPopup({1: "Ana Synthetic", 2: "Bruno Placeholder"})],
        "ShortcutsDialog": lambda: [ShortcutsDialog([("Ctrl+N", "New case")])],
        "CaseFileOptions": lambda: [CaseFileOptions("Save case file")],
        "FirstRunWizard": lambda: [FirstRunWizard(Unlocker(profile_dir / "new"), ctx.ops)],
        "PeopleWindow": lambda: [PeopleWindow(ctx)],
        "PassphraseDialog": lambda: [PassphraseDialog(ctx)],
        "WipeDialog": lambda: [WipeDialog()],
        "KpiWindow": lambda: [KpiWindow(ctx)],
        "TransparencyDialog": lambda: [TransparencyDialog(ctx)],
        "InviteDialog": lambda: [InviteDialog(ctx, ["Team Heron"])],
        "ConfirmDeviceDialog": lambda: [ConfirmDeviceDialog(ctx, device)],
        "RevokeDialog": lambda: [RevokeDialog(ctx, [device])],
        "ConflictsWindow": lambda: [ConflictsWindow(ctx)],
        "EscalationsWindow": lambda: [EscalationsWindow(SyncController(ctx))],
    }


def _dialog_classes() -> set[str]:
    for info in pkgutil.walk_packages(hrdcase.ui.__path__, "hrdcase.ui."):
        importlib.import_module(info.name)
    found, todo = set(), [QDialog]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("hrdcase.ui.") and sub.__name__ not in BASES:
                found.add(sub.__name__)
    return found


def test_every_dialog_class_is_checked(qtbot, ctx, caseload, profile_dir):
    missing = _dialog_classes() - set(_builders(qtbot, ctx, caseload, profile_dir))
    assert not missing, f"add these to _builders in {__name__}: {sorted(missing)}"


def test_every_dialog_has_unique_letters(qtbot, ctx, caseload, profile_dir):
    checked, found = set(), {}
    for build in _builders(qtbot, ctx, caseload, profile_dir).values():
        for window in build():
            qtbot.addWidget(window)
            window.show()
            _settle(qtbot, ctx)
            if clashes(window_scope(window)) or unreachable(window):
                found[type(window).__name__] = (clashes(window_scope(window)), unreachable(window))
            checked.add(type(window).__name__)
            window.hide()
    assert found == {}
    assert _dialog_classes() <= checked


def test_help_lists_the_shortcuts_the_window_really_has(qtbot, ctx, caseload):
    window = _main(qtbot, ctx)
    rows = dict(shortcut_rows(window, window.case_view.tabs))
    assert rows["Ctrl+N"] == "File › New case"
    assert rows["Ctrl+Shift+D"] == "Team › Team dashboard"
    assert rows["Alt+M"] == "Open the Team menu"
    assert rows["Alt+T"] == "Case view: the Triage tab"
    for action in window.actions():  # a hidden action's shortcut is off (Sync now, standalone)
        if action.isVisible() and not action.shortcut().isEmpty():
            assert action.shortcut().toString() in rows, action.text()
    window.help.shortcuts_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ShortcutsDialog) and w.isVisible())
    assert dialog.table.rowCount() == len(shortcut_rows(window, window.case_view.tabs))
    dialog.close()


def test_about_names_the_version_and_the_profile(qtbot, ctx, caseload, profile_dir):
    window = _main(qtbot, ctx)
    box = window.help.show_about()
    assert "0.1.0" in box.text() and str(profile_dir) in box.text() and "Affero" in box.text()
    box.close()


@pytest.mark.parametrize("text", ["&Triage", "Tea&m", "Fish && &Chips"])
def test_mnemonic_reader(text):
    assert mnemonic(text) == {"&Triage": "t", "Tea&m": "m", "Fish && &Chips": "c"}[text]


def test_menus_come_from_the_menu_bar_only(qtbot, ctx, caseload):
    window = _main(qtbot, ctx)
    titles = {a.menu().title() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)}
    assert set(menu_scopes(window)) <= titles
