"""Triage, looked at before it is applied: the proposed priority (against the current one), the
reasons, and the status change; Apply triages the case version that was shown, Cancel changes
nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from hrdcase.errors import ValidationError
from hrdcase.models.entities import Case
from hrdcase.models.enums import CaseStatus
from hrdcase.models.triage import Triage
from hrdcase.ui.case.triage_text import reasons_text
from hrdcase.ui.context import UiContext
from hrdcase.ui.labels import priority_label, status_label
from hrdcase.ui.ops import user_message
from hrdcase.ui.widgets import error_label


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class TriagePreview(QDialog):
    applied = Signal(int)  # case id
    refused = Signal(object)  # the workload guard's ValidationError, for the tab to show

    def __init__(self, ctx: UiContext, case: Case, proposal: Triage,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.case, self.proposal = case, proposal
        self.setWindowTitle(self.tr("Triage {ref}").format(ref=case.ref))
        self.priority = _wrapped(self._priority_text())
        self.priority.setStyleSheet("font-size: 14px; font-weight: bold;")
        self.reasons = _wrapped(reasons_text(proposal.reasons, CaseStatus.TRIAGED))
        self.effects = _wrapped(self._effects_text())
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("&Apply triage"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        why = QLabel(self.tr("Why:"))
        for widget in (self.priority, why, self.reasons, self.effects, self.error):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _priority_text(self) -> str:
        new, old = self.proposal.priority, self.case.priority
        if new == old:
            return self.tr("Proposed priority: {new} (unchanged)").format(new=priority_label(new))
        return self.tr("Proposed priority: {new} (now {old})").format(
            new=priority_label(new), old=priority_label(old))

    def _effects_text(self) -> str:
        text = self.tr("Applying sets the first-response and resolution deadlines from the "
                       "service-level policy.")
        if self.case.status == CaseStatus.NEW:
            text += " " + self.tr("The status moves from {old} to {new}.").format(
                old=status_label(CaseStatus.NEW), new=status_label(CaseStatus.TRIAGED))
        return text

    def apply(self) -> None:
        case_id, version = self.case.id, self.case.version
        self.error.setVisible(False)
        self.buttons.setEnabled(False)
        self._ctx.mutate(lambda s: s.triage.triage(case_id, version), self._applied,
                         self._failed, owner=self)

    def _applied(self, _changes: object) -> None:
        self.applied.emit(self.case.id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError) and exc.field == "assignee":
            # the workload guard refused: the tab says why, and offers a supervisor the override
            self.refused.emit(exc)
            self.reject()
            return
        self.buttons.setEnabled(True)
        self.error.setText(user_message(exc))
        self.error.setVisible(True)
