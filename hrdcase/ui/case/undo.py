"""Undo a case edit for a short while. An undo is not an erasure: it is a new edit through the same
service and its guards (workflow, workload limits, versions), audited like any other, that puts
back the values the edit replaced, and only while the case still holds what the edit wrote."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from hrdcase.errors import ValidationError
from hrdcase.models.changes import ChangeSet
from hrdcase.models.entities import Case
from hrdcase.models.enums import CaseStatus
from hrdcase.models.intake import EDITABLE_FIELDS
from hrdcase.models.workflow import allowed_targets
from hrdcase.services.session import Session
from hrdcase.ui.context import UiContext
from hrdcase.ui.i18n import translate
from hrdcase.ui.labels import status_label
from hrdcase.ui.ops import user_message

UNDO_SECONDS = 30
CHANGED_SINCE = "The case changed after this edit; undo by editing it again."


def case_values(case: Case) -> dict[str, str]:
    """A case's editable values as the edit form holds them (strings)."""
    return {
        "title": case.title, "summary": case.summary, "priority": case.priority.value,
        "severity": case.severity.value, "category": case.category.value,
        "region_code": case.region_code, "language": case.language, "status": case.status.value,
        "assignee": str(case.assignee_id) if case.assignee_id else "",
    }


@dataclass(frozen=True)
class EditUndo:
    """What one saved edit replaced (`before`) and wrote (`after`), for the keys it touched."""

    case_id: int
    ref: str
    before: dict[str, str]
    after: dict[str, str]

    def blocked(self) -> str | None:
        """Why this edit cannot be undone at all (a status the workflow cannot go back to)."""
        if "status" not in self.before:
            return None
        old, new = CaseStatus(self.before["status"]), CaseStatus(self.after["status"])
        if old in allowed_targets(new):
            return None
        return translate("Undo", "A case cannot go back from {new} to {old}, so this edit has no "
                         "undo.").format(new=status_label(new), old=status_label(old))


def undo_edit(session: Session, undo: EditUndo) -> ChangeSet:
    """Put `undo.before` back in one `CaseService.edit`, if the case still holds `undo.after`."""
    case = session.queries.case_detail(undo.case_id).case
    now = case_values(case)
    if any(now[key] != value for key, value in undo.after.items()):
        raise ValidationError(CHANGED_SINCE)
    before = undo.before
    fields = {k: v for k, v in before.items() if k in EDITABLE_FIELDS}
    status = CaseStatus(before["status"]) if "status" in before else None
    return session.cases.edit(
        undo.case_id, case.version, fields, status, reassign="assignee" in before,
        assignee_id=int(before["assignee"]) if before.get("assignee") else None)


def _changed_names(keys: list[str]) -> str:
    names = {
        "title": translate("Undo", "title"), "summary": translate("Undo", "summary"),
        "priority": translate("Undo", "priority"), "severity": translate("Undo", "severity"),
        "category": translate("Undo", "category"), "region_code": translate("Undo", "region"),
        "language": translate("Undo", "language"), "status": translate("Undo", "status"),
        "assignee": translate("Undo", "assignee"),
    }
    return ", ".join(names.get(k, k) for k in keys)


class UndoBar(QFrame):
    """"Saved: status, assignee. [Undo]" for `UNDO_SECONDS`, then it goes away."""

    undone = Signal(int)  # case id

    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 seconds: int = UNDO_SECONDS) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.undo: EditUndo | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("UndoBar { background: #fff8e1; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Last change"))
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last edit of this case"))
        self.undo_button.clicked.connect(self.run_undo)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        row.addWidget(self.text, 1)
        row.addWidget(self.undo_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(seconds * 1000)
        self.timer.timeout.connect(self.dismiss)
        self.setVisible(False)

    def offer(self, undo: EditUndo) -> None:
        blocked = undo.blocked()
        self.undo = None if blocked else undo
        saved = self.tr("{ref} saved: {changes}.").format(
            ref=undo.ref, changes=_changed_names(list(undo.before)))
        self.text.setText(saved + (" " + blocked if blocked else ""))
        self.undo_button.setVisible(blocked is None)
        self.undo_button.setEnabled(True)
        self.setVisible(True)
        self.timer.start()

    def run_undo(self) -> None:
        undo = self.undo
        if undo is None:
            return
        self.undo_button.setEnabled(False)
        self.timer.stop()
        self._ctx.mutate(lambda s: undo_edit(s, undo), lambda _c: self._undone(undo),
                         self._failed, owner=self)

    def _undone(self, undo: EditUndo) -> None:
        self.undo = None
        self.text.setText(self.tr("{ref}: undone (a new change in the timeline).").format(
            ref=undo.ref))
        self.undo_button.setVisible(False)
        self.timer.start(5000)
        self.undone.emit(undo.case_id)

    def _failed(self, exc: BaseException) -> None:
        self.undo = None
        self.text.setText(self.tr("Not undone: {reason}").format(reason=user_message(exc)))
        self.undo_button.setVisible(False)
        self.timer.start()

    def dismiss(self) -> None:
        self.undo = None
        self.timer.stop()
        self.setVisible(False)

