"""The appeal dialogs: file, assign a reviewer (four-eyes shown), decide, escalate (Art. 21).

Each dialog shows the rule the service enforces (the service checks again; these checks only spare
a round trip and explain the refusal before it happens)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hrdcase.errors import ValidationError
from hrdcase.models.appeals import (
    FOUR_EYES,
    ODS_COMPLEX_DAYS,
    ODS_DAYS,
    REASONS_MAX,
    check_decision_by,
    ods_deadline,
    window_closes,
)
from hrdcase.models.enums import AppealOutcome
from hrdcase.services.appeals import CaseDecisions, DecisionRecord
from hrdcase.services.session import Session
from hrdcase.ui.case.decision_labels import sor_label
from hrdcase.ui.context import UiContext
from hrdcase.ui.forms import GuardedDialog
from hrdcase.ui.labels import when
from hrdcase.ui.wellbeing import override
from hrdcase.ui.widgets import FieldErrors, add_row, error_label, fill_combo


class _AppealDialog(GuardedDialog):
    """A form, a rule/explanation line, inline errors and OK/Cancel that run one mutation."""

    def __init__(self, ctx: UiContext, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.general = error_label(self)
        self.errors = FieldErrors(self.general)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setTextFormat(Qt.TextFormat.PlainText)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.column = layout = QVBoxLayout(self)
        layout.addWidget(self.rule)
        layout.addWidget(self.general)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    @property
    def ok(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def save(self) -> None:
        raise NotImplementedError

    def _run(self, fn: Callable[[Session], Any]) -> None:
        self.errors.clear()
        self.buttons.setEnabled(False)
        self._ctx.mutate(fn, lambda _r: self._done(), self._failed, owner=self)

    def _done(self) -> None:
        self.buttons.setEnabled(True)
        self.accept()



class FileAppealDialog(_AppealDialog):
    def __init__(self, ctx: UiContext, record: DecisionRecord, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("File appeal"), parent)
        self.decision_id = record.decision.id
        self.rule.setText(self.tr(
            "The decision can be appealed until {closes} (six months, DSA Art. 20). A reviewer "
            "other than the original decider will decide within 14 days.").format(
                closes=when(window_closes(record.decision))))
        self.grounds = QPlainTextEdit()
        self.grounds.setTabChangesFocus(True)
        self.grounds.setFixedHeight(100)
        add_row(self.form, self.tr("&Grounds (optional):"), self.grounds,
                self.tr("Grounds of the appeal"), self.errors, ["grounds"])

    def is_dirty(self) -> bool:
        return bool(self.grounds.toPlainText().strip())

    def save(self) -> None:
        decision_id, grounds = self.decision_id, self.grounds.toPlainText()
        self._run(lambda s: s.appeals.file_appeal(decision_id, grounds))


class ReviewerDialog(_AppealDialog):
    """Lists every responder; the original decider is shown, disabled, with the reason."""

    def __init__(self, ctx: UiContext, data: CaseDecisions, record: DecisionRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Assign reviewer"), parent)
        assert record.appeal is not None
        self.appeal_id = record.appeal.id
        decider = record.decision.decided_by
        self.rule.setText(self.tr(
            "Four-eyes: the original decider cannot review. The review is done by a person, "
            "never solely by automated means (DSA Art. 20(6))."))
        self.reviewer = QComboBox()
        names = []
        for r in data.responders:
            text = r.display_name
            if r.id == decider:
                text = self.tr("{name} — original decider, cannot review").format(name=text)
            names.append((text, r.id))
        fill_combo(self.reviewer, names, keep=False)
        model = self.reviewer.model()
        assert isinstance(model, QStandardItemModel)
        for row in range(self.reviewer.count()):
            if self.reviewer.itemData(row) == decider:
                item = model.item(row)
                item.setEnabled(False)
                item.setToolTip(FOUR_EYES)
        current = record.appeal.reviewer_id
        start = next((i for i in range(self.reviewer.count())
                      if self.reviewer.itemData(i) == current
                      or (current is None and self.reviewer.itemData(i) != decider)), -1)
        self.reviewer.setCurrentIndex(start)
        add_row(self.form, self.tr("&Reviewer:"), self.reviewer, self.tr("Reviewer"),
                self.errors, ["reviewer"])

    def save(self) -> None:
        appeal_id, reviewer = self.appeal_id, self.reviewer.currentData()
        self._run(lambda s: s.appeals.assign_reviewer(appeal_id, reviewer))


class DecideAppealDialog(_AppealDialog):
    def __init__(self, ctx: UiContext, data: CaseDecisions, record: DecisionRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Decide appeal"), parent)
        assert record.appeal is not None
        self.appeal_id = record.appeal.id
        self.outcome = QComboBox()
        fill_combo(self.outcome, [(self.tr("Choose…"), "")]
                   + [(sor_label(o), o.value) for o in AppealOutcome], keep=False)
        self.reasons = QPlainTextEdit()
        self.reasons.setTabChangesFocus(True)
        self.reasons.setFixedHeight(140)
        add_row(self.form, self.tr("&Outcome:"), self.outcome, self.tr("Outcome"), self.errors,
                ["outcome"])
        add_row(self.form, self.tr("&Statement of reasons:"), self.reasons,
                self.tr("Statement of reasons (required)"), self.errors,
                ["statement_of_reasons"])
        try:
            check_decision_by(record.appeal, record.decision, data.me)
        except ValidationError as exc:
            self.blocked = str(exc)
        else:
            self.blocked = ""
        self.rule.setText(self.blocked or self.tr(
            "A reversal or partial reversal reopens a resolved or closed case. The statement of "
            "reasons is required (up to {limit} characters).").format(limit=REASONS_MAX))
        self.outcome.setEnabled(not self.blocked)
        self.reasons.setEnabled(not self.blocked)
        self.ok.setEnabled(not self.blocked)
        # a reversal that reopens the case hands it back to its assignee, within their limits
        self.override_button = override.override_button(self)
        self.override_button.clicked.connect(self._override)
        self.column.insertWidget(2, self.override_button)

    def save(self, override_reason: str | None = None) -> None:
        if self.blocked:
            return
        raw = self.outcome.currentData()
        outcome = AppealOutcome(raw) if raw else None
        appeal_id, reasons = self.appeal_id, self.reasons.toPlainText()
        self.override_button.setVisible(False)
        self._run(lambda s: s.appeals.decide_appeal(appeal_id, outcome, reasons, override_reason))

    def _failed(self, exc: BaseException) -> None:
        super()._failed(exc)
        self.override_button.setVisible(isinstance(exc, ValidationError)
                                        and exc.field == "assignee"
                                        and override.is_supervisor(self._ctx))

    def _override(self) -> None:
        reason = override.ask_override_reason(self)
        if reason:
            self.save(override_reason=reason)

    def is_dirty(self) -> bool:
        return bool(self.reasons.toPlainText().strip())



class EscalateDialog(_AppealDialog):
    def __init__(self, ctx: UiContext, data: CaseDecisions, record: DecisionRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Escalate to dispute settlement"), parent)
        assert record.appeal is not None
        self.appeal_id, self.now = record.appeal.id, data.now
        self.complex = QCheckBox(self.tr("Highly &complex dispute ({days} days)").format(
            days=ODS_COMPLEX_DAYS))
        self.complex.setAccessibleName(self.tr("Highly complex dispute"))
        self.complex.toggled.connect(self._preview)
        self.form.addRow(self.complex)
        self._preview()

    def _preview(self) -> None:
        days = ODS_COMPLEX_DAYS if self.complex.isChecked() else ODS_DAYS
        self.rule.setText(self.tr(
            "A certified out-of-court dispute settlement body (DSA Art. 21) decides within {days} "
            "days: by {deadline}.").format(
                days=days, deadline=when(ods_deadline(self.now, self.complex.isChecked()))))

    def save(self) -> None:
        appeal_id, complex_dispute = self.appeal_id, self.complex.isChecked()
        self._run(lambda s: s.appeals.escalate_to_ods(appeal_id, complex_dispute))
