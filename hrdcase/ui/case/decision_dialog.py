"""Record a decision with every DSA statement-of-reasons field; inline validation by the model's
own rules (`StatementOfReasons.validate`), again by the service when it saves."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hrdcase.errors import ValidationError
from hrdcase.models.decisions import (
    FACTS_MAX,
    AutomatedDecision,
    ContentType,
    DecisionAccount,
    DecisionGround,
    DecisionMonetary,
    DecisionProvision,
    DecisionVisibility,
    SourceType,
    StatementOfReasons,
)
from hrdcase.models.enums import DsaCategory
from hrdcase.ui.case.decision_labels import sor_label
from hrdcase.ui.context import UiContext
from hrdcase.ui.forms import GuardedDialog
from hrdcase.ui.labels import dsa_label
from hrdcase.ui.widgets import ERROR_STYLE, FieldErrors, add_row, error_label, fill_combo, py_date

E = TypeVar("E", bound=StrEnum)

_OPTIONAL: dict[str, type[StrEnum]] = {
    "decision_visibility": DecisionVisibility,
    "decision_monetary": DecisionMonetary,
    "decision_provision": DecisionProvision,
    "decision_account": DecisionAccount,
}


def _combo(enum: type[StrEnum], none: str | None = None, label: Any = sor_label) -> QComboBox:
    combo = QComboBox()
    items: list[tuple[str, Any]] = [(none, "")] if none is not None else []
    fill_combo(combo, [*items, *[(label(m), m.value) for m in enum]], keep=False)
    return combo


def _date(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class RecordDecisionDialog(GuardedDialog):
    def __init__(self, ctx: UiContext, case_id: int, category: DsaCategory, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self.case_id, self.today = ctx, case_id, today
        self.setWindowTitle(self.tr("Record decision"))
        self.setMinimumSize(680, 560)
        self.general = error_label(self)
        self.errors = FieldErrors(self.general)
        self._build(category)
        self._pristine = self.snapshot()

    def _build(self, category: DsaCategory) -> None:
        none = self.tr("None")
        self.ground = _combo(DecisionGround)
        self.ground.setCurrentIndex(
            self.ground.findData(DecisionGround.INCOMPATIBLE_CONTENT.value))
        self.ground_reference = QLineEdit()
        self.ground_reference.setPlaceholderText(self.tr("e.g. Community guidelines §4.2"))
        self.content_type = _combo(ContentType)
        self.content_type.setCurrentIndex(self.content_type.findData(ContentType.TEXT.value))
        self.category = _combo(DsaCategory, label=dsa_label)
        self.category.setCurrentIndex(self.category.findData(category.value))
        self.content_date, self.application_date = _date(self.today), _date(self.today)
        self.facts = QPlainTextEdit()
        self.facts.setTabChangesFocus(True)
        self.facts.setMinimumHeight(110)
        self.counter = QLabel()
        self.facts.textChanged.connect(self._count)
        self.source_type = _combo(SourceType)
        self.automated_detection = QCheckBox(self.tr("Detected by automated means"))
        self.automated_decision = _combo(AutomatedDecision)
        self.automated_decision.setCurrentIndex(
            self.automated_decision.findData(AutomatedDecision.NOT_AUTOMATED.value))
        self.puid = QLineEdit()
        self.restrictions = {name: _combo(enum, none) for name, enum in _OPTIONAL.items()}
        self.visibility_other = QLineEdit()
        self._layout_form()
        self._count()

    def _layout_form(self) -> None:
        body = QWidget()
        form = QFormLayout(body)
        e, r = self.errors, self.restrictions
        rows: list[tuple[str, QWidget, str, list[str]]] = [
            (self.tr("&Ground:"), self.ground, self.tr("Decision ground"), ["decision_ground"]),
            (self.tr("Law or &clause:"), self.ground_reference,
             self.tr("Law or terms-and-conditions clause relied on"), ["ground_reference"]),
            (self.tr("Content &type:"), self.content_type, self.tr("Content type"),
             ["content_type"]),
            (self.tr("DSA cat&egory:"), self.category, self.tr("DSA category"), ["category"]),
            (self.tr("Content &posted on:"), self.content_date, self.tr("Content date"),
             ["content_date"]),
            (self.tr("Restriction &applied on:"), self.application_date,
             self.tr("Application date"), ["application_date"]),
            (self.tr("&Facts and circumstances:"), self.facts,
             self.tr("Facts and circumstances (up to 5000 characters)"), ["decision_facts"]),
            ("", self.counter, self.tr("Characters used"), []),
            (self.tr("&Source:"), self.source_type, self.tr("Source type"), ["source_type"]),
            ("", self.automated_detection, self.tr("Automated detection"), []),
            (self.tr("A&utomation of the decision:"), self.automated_decision,
             self.tr("Automated decision"), ["automated_decision"]),
            (self.tr("Platform &id (puid):"), self.puid, self.tr("Platform unique id"), ["puid"]),
            (self.tr("Visi&bility:"), r["decision_visibility"], self.tr("Visibility restriction"),
             ["decision_visibility"]),
            (self.tr("Other visibility &restriction:"), self.visibility_other,
             self.tr("Other visibility restriction"), ["decision_visibility_other"]),
            (self.tr("&Monetary:"), r["decision_monetary"], self.tr("Monetary restriction"),
             ["decision_monetary"]),
            (self.tr("Ser&vice:"), r["decision_provision"], self.tr("Service restriction"),
             ["decision_provision"]),
            (self.tr("Acc&ount:"), r["decision_account"], self.tr("Account restriction"),
             ["decision_account"]),
        ]
        for text, widget, accessible, fields in rows:
            add_row(form, text, widget, accessible, e if fields else None, fields)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("No personal data: the statement of reasons may be published."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (hint, self.general, scroll, self.buttons):
            layout.addWidget(widget)

    def _count(self) -> None:
        used = len(self.facts.toPlainText())
        self.counter.setText(self.tr("{used} / {limit} characters").format(
            used=used, limit=FACTS_MAX))
        self.counter.setStyleSheet(ERROR_STYLE if used > FACTS_MAX else "color: #555;")

    # ---- values
    def snapshot(self) -> tuple[Any, ...]:
        combos = (self.ground, self.content_type, self.category, self.source_type,
                  self.automated_decision, *self.restrictions.values())
        return (*(c.currentData() for c in combos), self.ground_reference.text(),
                self.facts.toPlainText(), self.puid.text(), self.visibility_other.text(),
                self.automated_detection.isChecked(), self.content_date.date(),
                self.application_date.date())

    def is_dirty(self) -> bool:
        return self.snapshot() != self._pristine

    def statement(self) -> StatementOfReasons:
        return StatementOfReasons(
            decision_ground=DecisionGround(self.ground.currentData()),
            ground_reference=self.ground_reference.text().strip(),
            content_type=ContentType(self.content_type.currentData()),
            category=DsaCategory(self.category.currentData()),
            content_date=py_date(self.content_date.date()),
            application_date=py_date(self.application_date.date()),
            decision_facts=self.facts.toPlainText(),
            source_type=SourceType(self.source_type.currentData()),
            automated_detection=self.automated_detection.isChecked(),
            automated_decision=AutomatedDecision(self.automated_decision.currentData()),
            puid=self.puid.text().strip(),
            decision_visibility_other=self.visibility_other.text().strip(),
            decision_visibility=self._restriction("decision_visibility", DecisionVisibility),
            decision_monetary=self._restriction("decision_monetary", DecisionMonetary),
            decision_provision=self._restriction("decision_provision", DecisionProvision),
            decision_account=self._restriction("decision_account", DecisionAccount),
        )

    def _restriction(self, name: str, enum: type[E]) -> E | None:
        data = self.restrictions[name].currentData()
        return enum(data) if data else None

    # ---- saving
    def save(self) -> None:
        self.errors.clear()
        sor = self.statement()
        try:
            sor.validate(self.today)
        except ValidationError as exc:
            self.errors.show_error(exc)
            return
        case_id = self.case_id
        self.buttons.setEnabled(False)
        self._ctx.mutate(lambda s: s.appeals.record_decision(case_id, sor), self._saved,
                         self._failed, owner=self)

    def _saved(self, _result: object) -> None:
        self.buttons.setEnabled(True)
        self._pristine = self.snapshot()
        self.accept()


