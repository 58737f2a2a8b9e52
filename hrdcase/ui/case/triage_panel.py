"""The "Triage & SLA" tab: priority and why, deadlines with breach warnings, escalation steps, the
next risk review, and the actions (triage, first response, new risk note)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdcase.errors import ValidationError
from hrdcase.models.entities import Case
from hrdcase.models.sla import BreachState
from hrdcase.models.triage import Triage
from hrdcase.services.triage import TriageOverview
from hrdcase.ui import forms
from hrdcase.ui.case.panel import CasePanel
from hrdcase.ui.case.risk_note_dialog import RiskNoteDialog
from hrdcase.ui.case.triage_preview import TriagePreview
from hrdcase.ui.case.triage_text import STATE_STYLE, reasons_text, role_label, step_text
from hrdcase.ui.case.unsaved import close_dialogs, open_dirty_dialogs
from hrdcase.ui.context import UiContext
from hrdcase.ui.labels import day, priority_label, risk_label, when
from hrdcase.ui.ops import user_message
from hrdcase.ui.wellbeing import override
from hrdcase.ui.widgets import error_label, scrolled

if TYPE_CHECKING:
    from hrdcase.services.session import Session


def _label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                  | Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class TriagePanel(CasePanel):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.overview: TriageOverview | None = None
        self.priority, self.reasons = _label(), _label()
        self.priority.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.first_due, self.first_state = _label(), _label()
        self.resolution_due, self.resolution_state = _label(), _label()
        self.escalations, self.review = _label(), _label()
        self.error = error_label(self)
        self.preview: TriagePreview | None = None
        self.triage_button = QPushButton(self.tr("Triage n&ow…"))
        self.triage_button.setAccessibleName(
            self.tr("Triage now: see the proposed priority and deadlines, then apply"))
        self.respond_button = QPushButton(self.tr("Record first &response"))
        self.respond_button.setAccessibleName(self.tr("Record the first response now"))
        self.risk_button = QPushButton(self.tr("New ris&k note…"))
        self.risk_button.setAccessibleName(self.tr("Write a new risk note"))
        # a raised priority the assignee's limits refuse: a supervisor may override with a reason
        self.override_button = override.override_button(self)
        self.override_button.clicked.connect(self._override)
        self.triage_button.clicked.connect(lambda: self.triage())  # not the `checked` flag
        self.respond_button.clicked.connect(self.record_first_response)
        self.risk_button.clicked.connect(self.new_risk_note)
        self._build()

    def _build(self) -> None:
        why = QGroupBox(self.tr("Priority"))
        why_layout = QVBoxLayout(why)
        why_layout.addWidget(self.priority)
        why_layout.addWidget(self.reasons)
        sla = QGroupBox(self.tr("Service levels"))
        form = QFormLayout(sla)
        form.addRow(self.tr("First response due:"), self.first_due)
        form.addRow("", self.first_state)
        form.addRow(self.tr("Resolution due:"), self.resolution_due)
        form.addRow("", self.resolution_state)
        form.addRow(self.tr("Escalations:"), self.escalations)
        risk = QGroupBox(self.tr("Risk review"))
        QVBoxLayout(risk).addWidget(self.review)
        buttons = QHBoxLayout()
        for button in (self.triage_button, self.respond_button, self.risk_button,
                       self.override_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 0, 6, 6)
        for widget in (self.error, why, sla, risk):
            layout.addWidget(widget)
        layout.addStretch(1)
        outer = QVBoxLayout(self)  # the actions stay above the fold; the rest scrolls
        outer.setContentsMargins(6, 6, 6, 0)
        outer.addLayout(buttons)
        outer.addWidget(scrolled(content))  # the tab never forces the window taller

    def title(self) -> str:
        return self.tr("&Triage")

    # ---- loading
    def has_unsaved(self) -> bool:
        return bool(open_dirty_dialogs(self))

    def discard_unsaved(self) -> None:
        close_dialogs(open_dirty_dialogs(self))

    def load(self, case_id: int, generation: int) -> None:
        self._ctx.query(lambda s: s.triage.overview(case_id),
                        lambda o: self._apply(generation, o),
                        lambda exc: self._show_error(generation, exc), owner=self)

    def _show_error(self, generation: int, exc: BaseException) -> None:
        if self.is_current(generation):
            self.error.setText(user_message(exc))
            self.error.setVisible(True)
            self.override_button.setVisible(isinstance(exc, ValidationError)
                                            and exc.field == "assignee"
                                            and override.is_supervisor(self._ctx))

    def _apply(self, generation: int, o: TriageOverview) -> None:
        if not self.is_current(generation):
            return
        self.overview = o
        self.error.setVisible(False)
        self.priority.setText(priority_label(o.case.priority))
        self.reasons.setText(reasons_text(o.reasons, o.case.status))
        self.first_due.setText(when(o.case.first_response_due) or "—")
        is_open = o.case.status.is_open
        self._state(self.first_state, o.sla.first_response, step_text(
            o.sla.first_response, o.case.first_response_due, o.now, done_at=o.first_response_at,
            is_open=is_open))
        if o.first_response_at is not None:
            self.first_state.setText(self.first_state.text() + "  " + self.tr(
                "(at {at})").format(at=when(o.first_response_at)))
        self.resolution_due.setText(when(o.case.resolution_due) or "—")
        self._state(self.resolution_state, o.sla.resolution, step_text(
            o.sla.resolution, o.case.resolution_due, o.now, is_open=is_open))
        self.escalations.setText("\n".join(
            self.tr("{role} alerted at {at} (due {due})").format(
                role=role_label(e.role).capitalize(), at=when(e.recorded_at), due=when(e.due_at))
            for e in o.escalations) or self.tr("None"))
        self._show_review(o)
        self.respond_button.setEnabled(o.first_response_at is None and o.case.status.is_open)
        self.triage_button.setEnabled(o.case.status.is_open)

    def _state(self, label: QLabel, state: BreachState, text: str) -> None:
        label.setText(text)
        label.setStyleSheet(STATE_STYLE[state])
        label.setAccessibleName(label.text())

    def _show_review(self, o: TriageOverview) -> None:
        note = o.current_note
        if note is None:
            self.review.setText(self.tr("No risk assessment yet."))
            self.review.setStyleSheet("")
            return
        text = self.tr("{level} (score {score}); next review {due}.").format(
            level=risk_label(note.level), score=note.score, due=day(note.next_review) or "—")
        if o.review_overdue:
            text = self.tr("⚠ REVIEW OVERDUE: ") + text
            self.review.setStyleSheet(STATE_STYLE[BreachState.BREACHED])
        else:
            self.review.setStyleSheet("")
        self.review.setText(text)

    # ---- actions
    def _run(self, fn: Callable[[Session], Any]) -> None:
        self.error.setVisible(False)
        self.override_button.setVisible(False)
        self._ctx.mutate(fn, on_error=lambda exc: self._show_error(self._generation, exc),
                         owner=self)

    def triage(self) -> None:
        """Show the proposed priority and its reasons first; the dialog's Apply triages."""
        if self.overview is None:
            return
        case_id, generation = self.overview.case.id, self._generation
        self.error.setVisible(False)
        self._ctx.query(lambda s: s.triage.preview(case_id),
                        lambda got: self._propose(generation, *got),
                        lambda exc: self._show_error(generation, exc), owner=self)

    def _propose(self, generation: int, case: Case, proposal: Triage) -> None:
        if not self.is_current(generation):
            return
        dialog = TriagePreview(self._ctx, case, proposal, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "preview", None))
        dialog.refused.connect(lambda exc: self._show_error(generation, exc))
        dialog.open()
        self.preview = dialog

    def _override(self) -> None:
        """A supervisor, shown the guard's refusal of the proposal, applies it with a reason."""
        reason = override.ask_override_reason(self)
        if reason and self.overview is not None:
            case_id, version = self.overview.case.id, self.overview.case.version
            self._run(lambda s: s.triage.triage(case_id, version, reason))

    def record_first_response(self) -> None:
        if self.overview is None:
            return
        case_id = self.overview.case.id
        if not forms.confirm(self, self.tr("Record first response"),
                             self.tr("Record that the first response went out now ({now})? The "
                                     "time cannot be changed afterwards.").format(
                                         now=when(self._ctx.session.clock.now())),
                             self.tr("&Record")):
            return
        self._run(lambda s: s.triage.record_first_response(case_id))

    def new_risk_note(self) -> RiskNoteDialog | None:
        if self.overview is None:
            return None
        dialog = RiskNoteDialog(self._ctx, self.overview.case.id, self.overview.current_note, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
