"""The "Decisions & appeals" tab: each decision with its statement-of-reasons summary and its appeal
(state, deadline), and the actions the appeal's state allows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdcase.errors import ValidationError
from hrdcase.models.appeals import check_escalation, window_closes
from hrdcase.models.enums import AppealStatus, DsaCategory
from hrdcase.services.appeals import CaseDecisions, DecisionRecord
from hrdcase.ui.case.appeal_dialogs import (
    DecideAppealDialog,
    EscalateDialog,
    FileAppealDialog,
    ReviewerDialog,
)
from hrdcase.ui.case.decision_dialog import RecordDecisionDialog
from hrdcase.ui.case.decision_labels import sor_label
from hrdcase.ui.case.panel import CasePanel
from hrdcase.ui.case.unsaved import close_dialogs, open_dirty_dialogs
from hrdcase.ui.context import UiContext
from hrdcase.ui.i18n import translate
from hrdcase.ui.labels import dsa_label, when
from hrdcase.ui.ops import user_message

Index = QModelIndex | QPersistentModelIndex


def restrictions(record: DecisionRecord) -> str:
    sor = record.decision.sor
    return ", ".join(sor_label(getattr(sor, name)) for name in sor.decision_fields())


def appeal_state(record: DecisionRecord, names: dict[int, str]) -> str:
    a = record.appeal
    if a is None:
        return translate("Decisions", "No appeal; open until {closes}.").format(
            closes=when(window_closes(record.decision)))
    if a.status == AppealStatus.FILED:
        return translate("Decisions", "Appeal filed; review due {due}; no reviewer yet.").format(
            due=when(a.deadline))
    if a.status == AppealStatus.UNDER_REVIEW:
        return translate("Decisions", "Appeal under review by {name}; due {due}.").format(
            name=names.get(a.reviewer_id or 0, "?"), due=when(a.deadline))
    outcome = sor_label(a.outcome)
    if a.status == AppealStatus.DECIDED:
        return translate("Decisions", "Appeal decided: {outcome} ({at}).").format(
            outcome=outcome, at=when(a.decided_at))
    return translate("Decisions", "Appeal {outcome}; with a dispute settlement body until "
                     "{due} ({days} days).").format(
        outcome=outcome.lower() if a.outcome else translate("Decisions", "undecided"),
        due=when(a.ods_deadline), days=180 if a.ods_complex else 90)


class DecisionListModel(QAbstractListModel):
    """One row per decision: "date — restrictions · ground · category", then the appeal state."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[DecisionRecord, str]] = []

    def set_data(self, data: CaseDecisions) -> None:
        names = {r.id: r.display_name for r in data.responders}
        self.beginResetModel()
        self._rows = [(rec, appeal_state(rec, names)) for rec in data.records]
        self.endResetModel()

    def record(self, row: int) -> DecisionRecord | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record, state = self._rows[index.row()]
        sor = record.decision.sor
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"{when(record.decision.decided_at)} — {restrictions(record)} · "
                    f"{sor_label(sor.decision_ground)} · {dsa_label(sor.category)}\n{state}")
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("Decisions", "Policy {version}; puid {puid}").format(
                version=record.decision.policy_version, puid=sor.puid)
        return None


class DecisionsPanel(CasePanel):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: CaseDecisions | None = None
        self.category = DsaCategory.NOT_SPECIFIED_NOTICE
        self.model = DecisionListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Decisions"))
        self.view.setWordWrap(True)
        self.view.setSpacing(3)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                            | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(self.tr("Selected decision"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.record_button = self._button(self.tr("&Record decision…"), self.record_decision)
        self.file_button = self._button(self.tr("File appea&l…"), self.file_appeal)
        self.assign_button = self._button(self.tr("Assign revie&wer…"), self.assign_reviewer)
        self.decide_button = self._button(self.tr("Decide &appeal…"), self.decide_appeal)
        self.escalate_button = self._button(self.tr("Escalate to dispute &settlement…"),
                                            self.escalate)
        self._layout()
        self._selected()

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    def _layout(self) -> None:
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for b in (self.record_button, self.file_button, self.assign_button):
            row1.addWidget(b)
        for b in (self.decide_button, self.escalate_button):
            row2.addWidget(b)
        row1.addStretch(1)
        row2.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 2)
        layout.addWidget(self.detail, 1)

    def title(self) -> str:
        return self.tr("&Decisions")

    # ---- loading
    def has_unsaved(self) -> bool:
        return bool(open_dirty_dialogs(self))

    def discard_unsaved(self) -> None:
        close_dialogs(open_dirty_dialogs(self))

    def load(self, case_id: int, generation: int) -> None:
        def fetch(s: Any) -> tuple[CaseDecisions, DsaCategory]:
            return (s.appeals.case_decisions(case_id),
                    s.queries.case_detail(case_id).case.category.dsa_category)

        self._ctx.query(fetch, lambda got: self._loaded(generation, *got),
                        lambda exc: self.status.setText(user_message(exc)), owner=self)

    def _loaded(self, generation: int, data: CaseDecisions, category: DsaCategory) -> None:
        if not self.is_current(generation):
            return
        row = max(self.view.currentIndex().row(), 0)
        self.data, self.category = data, category
        self.model.set_data(data)
        self.status.setText("" if data.records else self.tr("No decision recorded yet."))
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))
        self._selected()

    def current(self) -> DecisionRecord | None:
        return self.model.record(self.view.currentIndex().row())

    def _selected(self) -> None:
        record = self.current()
        appeal = record.appeal if record else None
        status = appeal.status if appeal else None
        self.record_button.setEnabled(self.case_id is not None and self.data is not None)
        self.file_button.setEnabled(record is not None and appeal is None)
        self.assign_button.setEnabled(status in (AppealStatus.FILED, AppealStatus.UNDER_REVIEW))
        self.decide_button.setEnabled(status == AppealStatus.UNDER_REVIEW)
        self.escalate_button.setEnabled(self._can_escalate(record))
        self.detail.setText(self._describe(record) if record else "")

    def _can_escalate(self, record: DecisionRecord | None) -> bool:
        if record is None or record.appeal is None or self.data is None:
            return False
        try:
            check_escalation(record.appeal, self.data.now)
        except ValidationError as exc:
            self.escalate_button.setToolTip(str(exc))
            return False
        self.escalate_button.setToolTip("")
        return True

    def _describe(self, record: DecisionRecord) -> str:
        d, sor = record.decision, record.decision.sor
        names = {r.id: r.display_name for r in self.data.responders} if self.data else {}
        lines = [
            self.tr("Decided by {name} on {at} under policy {version}.").format(
                name=names.get(d.decided_by or 0, self.tr("nobody signed in")), at=when(d.decided_at),
                version=d.policy_version),
            self.tr("Ground: {ground} ({ref}). Source: {source}. {auto}; automated detection: "
                    "{det}.").format(
                ground=sor_label(sor.decision_ground), ref=sor.ground_reference,
                source=sor_label(sor.source_type), auto=sor_label(sor.automated_decision),
                det=self.tr("yes") if sor.automated_detection else self.tr("no")),
            self.tr("Content: {type}, posted {posted}; restricted {applied}; puid {puid}.").format(
                type=sor_label(sor.content_type), posted=sor.content_date.isoformat(),
                applied=sor.application_date.isoformat(), puid=sor.puid),
            self.tr("Facts: {facts}").format(facts=sor.decision_facts),
        ]
        if record.appeal and record.appeal.statement_of_reasons:
            lines.append(self.tr("Appeal reasons: {reasons}").format(
                reasons=record.appeal.statement_of_reasons))
        return "\n".join(lines)

    # ---- actions
    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def record_decision(self) -> QDialog | None:
        if self.case_id is None or self.data is None:
            return None
        return self._open(RecordDecisionDialog(self._ctx, self.case_id, self.category,
                                               self.data.now.date(), self))

    def file_appeal(self) -> QDialog | None:
        record = self.current()
        return self._open(FileAppealDialog(self._ctx, record, self)) if record else None

    def assign_reviewer(self) -> QDialog | None:
        record = self.current()
        if record is None or record.appeal is None or self.data is None:
            return None
        return self._open(ReviewerDialog(self._ctx, self.data, record, self))

    def decide_appeal(self) -> QDialog | None:
        record = self.current()
        if record is None or record.appeal is None or self.data is None:
            return None
        return self._open(DecideAppealDialog(self._ctx, self.data, record, self))

    def escalate(self) -> QDialog | None:
        record = self.current()
        if record is None or record.appeal is None or self.data is None:
            return None
        return self._open(EscalateDialog(self._ctx, self.data, record, self))


def make_decisions_panel(ctx: UiContext) -> CasePanel:
    return DecisionsPanel(ctx)
