"""A use case started by a widget that is closed before it finishes: its change is still published
to every view (issue 10, item 3), on a real caseload."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from hrdcase.models.changes import ChangeSet
from hrdcase.models.enums import IncidentCategory
from hrdcase.ui.context import UiContext
from tests.ui.conftest import Spec


def test_a_change_is_published_after_its_dialog_was_closed(ctx: UiContext, caseload: list[Spec],
                                                           qtbot: object) -> None:
    case_id = caseload[0].id
    heard: list[ChangeSet] = []
    ctx.notifier.changed.connect(heard.append)
    dialog = QWidget()
    done: list[object] = []
    gate = threading.Event()

    def add(session: object) -> ChangeSet:
        gate.wait(5)
        return ctx.session.cases.add_incident(case_id, IncidentCategory.CYBER_HARASSMENT,
                                              "Invented follow-up.")

    ctx.mutate(add, done.append, owner=dialog)
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gate.set()
    assert ctx.ops.wait_idle(10)
    assert done == []
    assert len(heard) == 1 and case_id in heard[0].cases
