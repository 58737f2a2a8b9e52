"""The main window: actions and shortcuts route to features; geometry is kept in the database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from hrdcase.ui.intake import IntakeDialog
from hrdcase.ui.main_window import MainWindow
from tests.ui.conftest import close_ctx, make_ctx, open_session

TIMEOUT = 10_000


def _window(qtbot, ctx, restore: bool = False) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    if not restore:
        window.resize(1280, 800)
    window.start(restore_geometry=restore)
    qtbot.waitUntil(window.isVisible, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.case_view.detail is not None, timeout=TIMEOUT)
    return window


def test_shortcuts_are_bound(qtbot, ctx, caseload):
    window = _window(qtbot, ctx)
    shortcuts = {a.shortcut().toString() for a in window.actions()}
    assert {"Ctrl+N", "Ctrl+F", "Ctrl+E", "F5", "Ctrl+Q", "Ctrl+L"} <= shortcuts
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")


def test_first_case_opens_and_status_bar_shows_who_and_counts(qtbot, ctx, caseload):
    window = _window(qtbot, ctx)
    assert window.case_view.case_id == window.queue.model.case_id(0)
    assert "Ana Synthetic" in window.who.text()
    expected = sum(s.status.is_open for s in caseload)
    assert str(expected) in window.counts.text()


def test_new_case_action_opens_intake(qtbot, ctx, caseload):
    window = _window(qtbot, ctx)
    window.new_action.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, IntakeDialog) and w.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()


def test_find_action_focuses_search(qtbot, ctx, caseload):
    window = _window(qtbot, ctx)
    window.activateWindow()
    window.find_action.trigger()
    assert window.queue.filters.search.hasFocus() or \
        QApplication.focusWidget() is window.queue.filters.search


def test_geometry_is_restored_from_the_database(qtbot, profile_dir: Path, caseload):
    ctx = make_ctx(open_session(profile_dir))
    try:
        window = _window(qtbot, ctx)
        window.resize(790, 560)  # within the offscreen screen (800×600)
        QApplication.processEvents()
        window.splitter.setSizes([130, 385])  # above both minimum heights
        QApplication.processEvents()
        sizes = window.splitter.sizes()
        window.close()
    finally:
        close_ctx(ctx)
    ctx = make_ctx(open_session(profile_dir))
    try:
        window = _window(qtbot, ctx, restore=True)
        assert (window.width(), window.height()) == (790, 560)
        assert window.splitter.sizes() == sizes
    finally:
        close_ctx(ctx)


def test_window_records_due_escalations_of_an_unanswered_p1(qtbot, profile_dir, caseload):
    from datetime import timedelta

    from hrdcase.models.clock import FixedClock
    from hrdcase.models.enums import IncidentCategory, Priority
    from hrdcase.models.intake import NewCase, NewDefender

    clock = FixedClock()
    clock.advance(timedelta(days=30))  # after every case of the shared caseload
    session = open_session(profile_dir, clock)
    case_id, _ = session.cases.open_case(NewCase(
        "Unanswered threat", IncidentCategory.THREATS_OF_VIOLENCE, "KE", "en",
        "Synthetic threat, nobody has answered yet.", priority=Priority.P1,
        new_defender=NewDefender("Nightjar-escalation")))
    clock.advance(timedelta(minutes=95))  # past the shift lead (60) and the director (90)
    ctx = make_ctx(session)
    try:
        window = _window(qtbot, ctx)

        def steps() -> int:
            return len([e for e in ctx.session.queries.case_detail(case_id).timeline
                        if e.action == "case.escalation_step"])

        qtbot.waitUntil(lambda: ctx.ops.is_idle() and steps() == 2, timeout=TIMEOUT)
        window.run_escalations()  # again: each step is recorded once
        assert ctx.ops.wait_idle(5)
        assert steps() == 2
        window.close()
    finally:
        close_ctx(ctx)


def test_the_window_fits_a_small_screen_with_a_case_shown(qtbot, ctx, caseload):
    """Responders work on small laptops: with a case and its evidence strip shown, the window's
    minimum size still fits an 800×600 screen (the offscreen one)."""
    window = _window(qtbot, ctx)
    qtbot.wait(100)
    hint = window.minimumSizeHint()
    assert hint.width() <= 800 and hint.height() <= 600, hint


def test_case_view_tab_and_column_widths_are_remembered(qtbot, profile_dir: Path, caseload):
    ctx = make_ctx(open_session(profile_dir))
    try:
        window = _window(qtbot, ctx)
        window.resize(790, 560)  # within the offscreen screen (800×600)
        QApplication.processEvents()
        window.case_view.tabs.setCurrentIndex(2)
        columns = window.case_view.columns
        total = sum(columns.sizes())
        columns.setSizes([total // 2, total // 4, total - total // 2 - total // 4])
        QApplication.processEvents()
        sizes = columns.sizes()
        window.close()
    finally:
        close_ctx(ctx)
    ctx = make_ctx(open_session(profile_dir))
    try:
        window = _window(qtbot, ctx, restore=True)
        qtbot.waitUntil(lambda: window.case_view.tabs.currentIndex() == 2, timeout=TIMEOUT)
        assert window.case_view.columns.sizes() == sizes
    finally:
        close_ctx(ctx)


def test_a_damaged_case_layout_setting_is_ignored(qtbot, ctx, caseload):
    window = _window(qtbot, ctx)
    before = window.case_view.columns.sizes()
    for bad in (None, "x", {"tab": 99, "columns": [1]}, {"tab": -1, "columns": [10**9, 1, 1]}):
        window.case_view.restore_layout(bad)
    assert window.case_view.tabs.currentIndex() == 0
    assert window.case_view.columns.sizes() == before
