"""The queue's "Due" column: the next SLA deadline in words, "due in 40 min" or "breached 2 h ago"
(and colour), and an overdue risk review in the tooltip."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from hrdcase.models.queue import QueueRow
from hrdcase.models.risk import review_overdue
from hrdcase.ui.case.triage_text import duration_text
from hrdcase.ui.i18n import translate

SOON = timedelta(hours=2)
_OVERDUE = QColor("#b00020")
_SOON = QColor("#8a5300")


def due_text(row: QueueRow, now: datetime) -> str:
    if row.breach_at is None:
        return ""
    left = row.breach_at - now
    if left < timedelta(0):
        return translate("Queue", "breached {d} ago").format(d=duration_text(left))
    return translate("Queue", "due in {d}").format(d=duration_text(left))


def due_role(row: QueueRow, role: int, now: datetime) -> Any:
    if role == Qt.ItemDataRole.DisplayRole:
        text = due_text(row, now)
        if review_overdue(row.review_due, now):
            text = (text + " · " if text else "") + translate("Queue", "review overdue")
        return text
    if role == Qt.ItemDataRole.ForegroundRole and row.breach_at is not None:
        left = row.breach_at - now
        if left < timedelta(0):
            return QBrush(_OVERDUE)
        if left <= SOON:
            return QBrush(_SOON)
    if role == Qt.ItemDataRole.ToolTipRole and row.breach_at is not None:
        return translate("Queue", "Next SLA deadline: {at}").format(
            at=row.breach_at.astimezone().strftime("%Y-%m-%d %H:%M"))
    return None
