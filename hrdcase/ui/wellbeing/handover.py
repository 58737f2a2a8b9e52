"""Handover notes left for the signed-in responder when cases were moved to them: which case, from
whom, and what the previous responder wrote."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdcase.services.session import Session
from hrdcase.ui.context import UiContext
from hrdcase.ui.ops import user_message

CASE, FROM, NOTE = range(3)


@dataclass(frozen=True, slots=True)
class HandoverRow:
    note_id: int
    case_ref: str
    from_name: str
    text: str


def load_handovers(session: Session) -> list[HandoverRow]:
    """The notes with case references and responder names (runs on the worker)."""
    notes = session.wellbeing.handover_notes()
    names = {r.id: r.display_name for r in session.queries.responders()}
    refs: dict[int, str] = {}
    for _note, case_id, _from, _text in notes:
        if case_id not in refs:
            refs[case_id] = session.queries.case_detail(case_id).case.ref
    return [HandoverRow(note_id, refs[case_id], names.get(from_id, str(from_id)), text)
            for note_id, case_id, from_id, text in notes]


class HandoverNotes(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.rows: list[HandoverRow] | None = None
        self.setWindowTitle(self.tr("Handover notes"))
        self.status = QLabel(self.tr("Loading…"))
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("From"), self.tr("Note")])
        self.table.setAccessibleName(self.tr("Handover notes left for you"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CASE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FROM, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        for widget in (self.status, self.table, buttons):
            layout.addWidget(widget)
        self.resize(620, 320)

    def refresh(self) -> None:
        self._ctx.query(load_handovers, self._loaded,
                        lambda exc: self.status.setText(user_message(exc)), owner=self)

    def _loaded(self, rows: list[HandoverRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in ((CASE, row.case_ref), (FROM, row.from_name), (NOTE, row.text)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.status.setText(self.tr("Notes left for you when cases were handed over to you.")
                            if rows else self.tr("No handover notes for you."))
        self.status.setVisible(True)
