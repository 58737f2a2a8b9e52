"""A new risk note: itemised threats, vulnerabilities and capacities scored 1–5, gender and
intersectional factors, context flags, rationale and mitigations, with the score computed live
(RISK = T × V / C, `models.risk`). The new note supersedes the current one; none is overwritten."""

from __future__ import annotations

from typing import TypedDict

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrdcase.errors import ValidationError
from hrdcase.models.entities import RiskItem, RiskNote
from hrdcase.models.risk import risk_level, risk_score
from hrdcase.ui.case.triage_text import context_flag_labels, gender_factor_labels
from hrdcase.ui.context import UiContext
from hrdcase.ui.forms import GuardedDialog
from hrdcase.ui.i18n import translate
from hrdcase.ui.labels import risk_label
from hrdcase.ui.widgets import FieldErrors, error_label, fit_to_screen, scrolled


class RiskNoteValues(TypedDict):
    """What the form holds: `CaseService.add_risk_note`'s arguments after the case id."""

    threats: list[RiskItem]
    vulnerabilities: list[RiskItem]
    capacities: list[RiskItem]
    gender_factors: tuple[str, ...]
    context_flags: tuple[str, ...]
    rationale: str
    mitigations: str


class ItemList(QGroupBox):
    """Rows of (description, score 1–5). Score 0 shows "–": not scored yet (refused on save)."""

    changed = Signal()

    def __init__(self, title: str, noun: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.noun = noun
        self.rows: list[tuple[QLineEdit, QSpinBox, QWidget]] = []
        self._grid = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Add {noun}").format(noun=noun))
        self.add_button.setAccessibleName(self.tr("Add a {noun}").format(noun=noun))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._grid)
        layout.addWidget(self.error)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_row(self, label: str = "", score: int = 0) -> tuple[QLineEdit, QSpinBox]:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        text = QLineEdit(label)
        text.setPlaceholderText(self.tr("Describe the {noun}").format(noun=self.noun))
        text.setAccessibleName(self.tr("{noun} description").format(noun=self.noun.capitalize()))
        spin = QSpinBox()
        spin.setRange(0, 5)
        spin.setSpecialValueText("–")
        spin.setValue(score)
        spin.setAccessibleName(self.tr("{noun} score, 1 to 5").format(noun=self.noun.capitalize()))
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove this {noun}").format(noun=self.noun))
        for widget in (text, spin, remove):
            row.addWidget(widget, 1 if widget is text else 0)
        entry = (text, spin, box)
        remove.clicked.connect(lambda: self.remove_row(entry))
        text.textChanged.connect(self.changed)
        spin.valueChanged.connect(self.changed)
        self.rows.append(entry)
        self._grid.addWidget(box)
        self.changed.emit()
        return text, spin

    def remove_row(self, entry: tuple[QLineEdit, QSpinBox, QWidget]) -> None:
        self.rows.remove(entry)
        entry[2].setParent(None)
        entry[2].deleteLater()
        self.changed.emit()

    def items(self) -> list[RiskItem]:
        return [RiskItem(t.text().strip(), s.value()) for t, s, _ in self.rows]


def _checks(title: str, labels: dict) -> tuple[QGroupBox, dict[str, QCheckBox]]:
    box = QGroupBox(title)
    grid = QGridLayout(box)
    checks: dict[str, QCheckBox] = {}
    for i, (value, text) in enumerate(labels.items()):
        check = QCheckBox(text)
        check.setAccessibleName(text)
        checks[value.value] = check
        grid.addWidget(check, i // 3, i % 3)
    return box, checks


class RiskNoteDialog(GuardedDialog):
    saved = Signal(int)  # case id

    def __init__(self, ctx: UiContext, case_id: int, current: RiskNote | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.case_id = case_id
        self.setWindowTitle(self.tr("New risk note"))
        self.setMinimumWidth(480)
        self._build()
        self._prefill(current)
        self._initial = self.values()
        self.update_score()

    def _build(self) -> None:
        self.general = error_label(self)
        self.errors = FieldErrors(self.general)
        self.threats = ItemList(self.tr("Threats"), self.tr("threat"))
        self.vulnerabilities = ItemList(self.tr("Vulnerabilities"), self.tr("vulnerability"))
        self.capacities = ItemList(self.tr("Capacities"), self.tr("capacity"))
        for name, items in (("threat", self.threats), ("vulnerability", self.vulnerabilities),
                            ("capacity", self.capacities)):
            self.errors.add([name], items.error, items.add_button)
            items.changed.connect(self.update_score)
        gender_box, self.gender = _checks(self.tr("Gender and intersectional factors"),
                                          gender_factor_labels())
        context_box, self.context = _checks(self.tr("Context"), context_flag_labels())
        self.rationale, self.mitigations = QPlainTextEdit(), QPlainTextEdit()
        texts = QGroupBox(self.tr("Rationale and mitigations"))
        text_layout = QVBoxLayout(texts)
        for widget, label, field in ((self.rationale, self.tr("Why this assessment"), "rationale"),
                                     (self.mitigations, self.tr("Mitigations"), "mitigations")):
            widget.setPlaceholderText(label)
            widget.setAccessibleName(label)
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(60)
            err = error_label(self)
            self.errors.add([field], err, widget)
            text_layout.addWidget(widget)
            text_layout.addWidget(err)
        self.score = QLabel()
        self.score.setAccessibleName(self.tr("Computed risk"))
        self.score.setStyleSheet("font-weight: bold;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        content = QWidget()  # full width: descriptions stay readable; scrolls on a short screen
        columns = QVBoxLayout(content)
        columns.setContentsMargins(0, 0, 0, 0)
        for part in (self.threats, self.vulnerabilities, self.capacities, gender_box, context_box,
                     texts):
            columns.addWidget(part)
        layout = QVBoxLayout(self)
        for piece in (self.general, scrolled(content), self.score, self.buttons):
            layout.addWidget(piece)
        fit_to_screen(self, 680, content.sizeHint().height() + 120)

    def _prefill(self, current: RiskNote | None) -> None:
        """Start from the current note (a review adjusts it), or one empty row each."""
        if current is None:
            for items in (self.threats, self.vulnerabilities, self.capacities):
                items.add_row()
            return
        for items, source in ((self.threats, current.threats),
                              (self.vulnerabilities, current.vulnerabilities),
                              (self.capacities, current.capacities)):
            for item in source:
                items.add_row(item.label, item.score)
        for value in current.gender_factors:
            if value in self.gender:
                self.gender[value].setChecked(True)
        for value in current.context_flags:
            if value in self.context:
                self.context[value].setChecked(True)
        self.mitigations.setPlainText(current.mitigations)

    # ---- values and the live score
    def values(self) -> RiskNoteValues:
        return {
            "threats": self.threats.items(), "vulnerabilities": self.vulnerabilities.items(),
            "capacities": self.capacities.items(),
            "gender_factors": tuple(v for v, c in self.gender.items() if c.isChecked()),
            "context_flags": tuple(v for v, c in self.context.items() if c.isChecked()),
            "rationale": self.rationale.toPlainText(), "mitigations": self.mitigations.toPlainText(),
        }

    def is_dirty(self) -> bool:
        return self.values() != self._initial

    def update_score(self) -> None:
        v = self.values()
        try:
            score = risk_score(v["threats"], v["vulnerabilities"], v["capacities"])
        except ValidationError as exc:
            self.score.setText(self.tr("Risk: not computable yet ({reason})").format(reason=exc))
            return
        self.score.setText(self.tr("Risk = T × V / C = {score}: {level}").format(
            score=score, level=risk_label(risk_level(score))))

    # ---- saving
    def save(self) -> None:
        v = self.values()
        self.errors.clear()
        try:  # the model's rules, inline; the service checks them again
            risk_score(v["threats"], v["vulnerabilities"], v["capacities"])
        except ValidationError as exc:
            self.errors.show_error(exc)
            return
        case_id = self.case_id
        self.buttons.setEnabled(False)
        self._ctx.mutate(lambda s: s.cases.add_risk_note(case_id, **v),
                         self._saved, self._failed, owner=self)

    def _saved(self, _changes: object) -> None:
        self.buttons.setEnabled(True)
        self._initial = self.values()
        self.saved.emit(self.case_id)
        self.accept()


    def unsaved_question(self) -> str | None:
        return translate("RiskNote", "This risk note is not saved. Save it?")

