"""Render a view of the main window to PNG, offscreen: for documentation and review."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from hrdcase.errors import UserError
from hrdcase.services.session import Session
from hrdcase.ui.context import UiContext
from hrdcase.ui.main_window import MainWindow
from hrdcase.ui.notifier import ChangeNotifier
from hrdcase.ui.ops import Ops, run_and_wait

SIZE = (1280, 800)
PEOPLE_SIZE = (1024, 640)
TIMEOUT = 20.0
SETTLE_MS = 300  # longer than the queue's selection and search delays


def _settle(ops: Ops, timeout: float = TIMEOUT) -> None:
    """Wait for the worker, let short timers (selection, debounce) fire, wait again."""
    for _ in range(2):
        if not ops.wait_idle(timeout):
            raise TimeoutError("the window did not finish loading in time")
        loop = QEventLoop()
        QTimer.singleShot(SETTLE_MS, loop.quit)
        loop.exec()
    if not ops.wait_idle(timeout):
        raise TimeoutError("the window did not finish loading in time")


def _quiet_offscreen(mode: QtMsgType, context: object, message: str) -> None:
    """The offscreen platform warns that it cannot propagate size hints on every window: noise
    on a command's stderr. Anything else Qt says still goes to stderr."""
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def render(session: Session, out_path: Path, view: str = "queue") -> None:
    """`view` is "queue", "case:REF" or "people". The session stays open; it belongs to the caller.
    A PNG that could not be saved is a `UserError`."""
    if view not in ("queue", "people") and not view.startswith("case:"):
        raise ValueError(f"unknown view {view!r}: use queue, case:REF or people")
    if QApplication.instance() is None:
        QApplication(["hrdcase"])
    previous = qInstallMessageHandler(_quiet_offscreen)
    ops = Ops()
    if view == "people":
        try:
            _render_people(UiContext(session, ops, ChangeNotifier()), out_path)
        finally:
            ops.shutdown()
            QApplication.processEvents()
            qInstallMessageHandler(previous)
        return
    window = MainWindow(UiContext(session, ops, ChangeNotifier()), persist_state=False)
    try:
        window.resize(*SIZE)
        window.start(restore_geometry=False)
        _settle(ops)
        if view.startswith("case:"):
            ref = view.removeprefix("case:")
            case_id = run_and_wait(ops, lambda: session.queries.case_id_for_ref(ref))
            window.open_case(case_id)
            _settle(ops)
        if not window.grab().save(str(out_path), "PNG"):
            raise UserError(f"Could not write {out_path.name} (check the path and free space).")
    finally:
        window.hide()
        window.deleteLater()
        ops.shutdown()
        QApplication.processEvents()
        qInstallMessageHandler(previous)


def _render_people(ctx: UiContext, out_path: Path) -> None:
    """People and teams at 1024x640 (reads only: the waiting devices come from the server, if any)."""
    from hrdcase.ui.people.window import PeopleWindow

    window = PeopleWindow(ctx)
    try:
        window.resize(*PEOPLE_SIZE)
        window.show()
        window.refresh()
        _settle(ctx.ops)
        window.grab().save(str(out_path), "PNG")
    finally:
        window.hide()
        window.deleteLater()
