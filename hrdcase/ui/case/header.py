"""The top of the case view: what the case is, where it stands, who holds it; and the defender."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdcase.models.entities import Defender
from hrdcase.services.queries import CaseDetail
from hrdcase.ui.labels import (
    category_label,
    civic_label,
    dsa_label,
    priority_label,
    risk_label,
    severity_label,
    status_label,
)


def _value_label() -> QLabel:
    label = QLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class CaseHeader(QWidget):
    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ref = QLabel()
        self.ref.setStyleSheet("font-weight: 600; color: #555;")
        self.ref.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title = _value_label()
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.edit_button = QPushButton(self.tr("&Edit case…"))
        self.edit_button.setAccessibleName(self.tr("Edit case"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.values: dict[str, QLabel] = {}
        top = QHBoxLayout()
        top.addWidget(self.ref, 1)
        top.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addLayout(self._grid())

    def _grid(self) -> QGridLayout:
        names = [
            ("status", self.tr("Status:")), ("priority", self.tr("Priority:")),
            ("category", self.tr("Category:")), ("severity", self.tr("Severity:")),
            ("region", self.tr("Region:")), ("language", self.tr("Language:")),
            ("assignee", self.tr("Assignee:")), ("risk", self.tr("Risk:")),
        ]
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        for i, (key, text) in enumerate(names):
            row, col = divmod(i, 2)
            name = QLabel(text)
            name.setStyleSheet("color: #555;")
            self.values[key] = _value_label()
            self.values[key].setAccessibleName(text.rstrip(" :"))
            grid.addWidget(name, row, col * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.values[key], row, col * 2 + 1)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        return grid

    def show_detail(self, detail: CaseDetail) -> None:
        case = detail.case
        self.ref.setText(case.ref)
        self.title.setText(case.title)
        region = case.region_code
        if detail.region is not None:
            region = self.tr("{name} ({code}) — civic space: {rating}").format(
                name=detail.region.name, code=case.region_code,
                rating=civic_label(detail.region.civic_space))
        dsa = case.category.dsa_category
        texts = {
            "status": status_label(case.status),
            "priority": priority_label(case.priority),
            "category": self.tr("{category} (DSA: {dsa})").format(
                category=category_label(case.category), dsa=dsa_label(dsa)),
            "severity": severity_label(case.severity),
            "region": region,
            "language": case.language,
            "assignee": detail.assignee.display_name if detail.assignee else self.tr("Unassigned"),
            "risk": risk_label(case.risk_level) if case.risk_level else self.tr("Not assessed"),
        }
        for key, text in texts.items():
            self.values[key].setText(text)
        self.values["category"].setToolTip(dsa.value)


class DefenderPanel(QGroupBox):
    """Pseudonym by default; the legal name only while the toggle is on (reset for every case)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Defender"), parent)
        self.pseudonym = _value_label()
        self.pseudonym.setStyleSheet("font-weight: 600;")
        self.pseudonym.setAccessibleName(self.tr("Defender pseudonym"))
        self.show_legal = QCheckBox(self.tr("Show le&gal name"))
        self.show_legal.setAccessibleName(self.tr("Show legal name"))
        self.legal_name = _value_label()
        self.legal_name.setAccessibleName(self.tr("Defender legal name"))
        self.legal_name.setVisible(False)
        self.notes = _value_label()
        self.notes.setStyleSheet("color: #555;")
        self.show_legal.toggled.connect(self.legal_name.setVisible)
        layout = QVBoxLayout(self)
        for widget in (self.pseudonym, self.notes, self.show_legal, self.legal_name):
            layout.addWidget(widget)

    def show_defender(self, defender: Defender | None) -> None:
        self.show_legal.setChecked(False)
        if defender is None:
            self.pseudonym.setText(self.tr("No defender linked"))
            self.notes.clear()
            self.legal_name.clear()
            self.show_legal.setEnabled(False)
            return
        self.pseudonym.setText(defender.pseudonym)
        self.legal_name.setText(defender.legal_name)
        self.show_legal.setEnabled(bool(defender.legal_name))
        notes = []
        if defender.languages:
            notes.append(self.tr("Languages: {codes}").format(codes=", ".join(defender.languages)))
        if defender.do_not_contact:
            notes.append(self.tr("Do not contact directly"))
        if not defender.legal_name:
            notes.append(self.tr("No legal name recorded"))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
