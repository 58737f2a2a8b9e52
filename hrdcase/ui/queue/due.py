"""The queue's "Due" column: the next SLA deadline in words, "due in 40 min" or "breached 2 h ago"
(and colour), and an overdue risk review in the tooltip. Near and breached are the SLA policy's
one rule (`models.sla.next_deadline_state`: each priority's `warning_before`); a case that is no
longer open has no running deadline and shows none."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from hrdcase.models.queue import QueueRow
from hrdcase.models.risk import review_overdue
from hrdcase.models.sla import BreachState, SlaPolicy, next_deadline_state
from hrdcase.ui.case.triage_text import duration_text
from hrdcase.ui.i18n import translate

OVERDUE_COLOUR = QColor("#b00020")
SOON_COLOUR = QColor("#8a5300")
_COLOURS = {BreachState.BREACHED: OVERDUE_COLOUR, BreachState.WARNING: SOON_COLOUR}


def due_state(row: QueueRow, now: datetime, policy: SlaPolicy) -> BreachState:
    return next_deadline_state(row.breach_at, row.status, row.priority, policy, now)


def due_text(row: QueueRow, now: datetime, policy: SlaPolicy) -> str:
    state = due_state(row, now, policy)
    if state == BreachState.NONE or row.breach_at is None:
        return ""
    left = row.breach_at - now
    if state == BreachState.BREACHED:
        return translate("Queue", "breached {d} ago").format(d=duration_text(left))
    return translate("Queue", "due in {d}").format(d=duration_text(left))


def due_role(row: QueueRow, role: int, now: datetime, policy: SlaPolicy) -> Any:
    if role == Qt.ItemDataRole.DisplayRole:
        text = due_text(row, now, policy)
        if review_overdue(row.review_due, now):
            text = (text + " · " if text else "") + translate("Queue", "review overdue")
        return text
    if role == Qt.ItemDataRole.ForegroundRole:
        colour = _COLOURS.get(due_state(row, now, policy))
        return QBrush(colour) if colour is not None else None
    if (role == Qt.ItemDataRole.ToolTipRole and row.breach_at is not None
            and due_state(row, now, policy) != BreachState.NONE):
        return translate("Queue", "Next SLA deadline: {at}").format(
            at=row.breach_at.astimezone().strftime("%Y-%m-%d %H:%M"))
    return None
