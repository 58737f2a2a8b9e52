"""Review a rebalancing proposal: keep or drop each move, change its receiver, write a handover
note for each kept move (required), then apply. A refusal shows inline and keeps every edit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdcase.models.changes import ChangeSet
from hrdcase.services.wellbeing_api import PlannedMove, RebalanceReview, StillOver
from hrdcase.ui.context import UiContext
from hrdcase.ui.ops import user_message
from hrdcase.ui.wellbeing.text import limit_label, reason_text
from hrdcase.ui.widgets import ERROR_STYLE, error_label, fit_to_screen

KEEP, CASE, FROM, TO, REASONS, NOTE = range(6)
_MISSING_STYLE = "QLineEdit { border: 2px solid #b00020; }"


class RebalanceDialog(QDialog):
    applied = Signal(object)  # the ChangeSet

    def __init__(self, ctx: UiContext, review: RebalanceReview, receivers: Sequence[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.review = review
        self._receivers = list(receivers)
        self.setWindowTitle(self.tr("Review rebalancing"))
        self.keep: list[QCheckBox] = []
        self.to: list[QComboBox] = []
        self.notes: list[QLineEdit] = []
        self.intro = QLabel(self._intro_text())
        self.intro.setWordWrap(True)
        self.table = self._table()
        self.unfixed = QLabel("\n".join(f"• {self._still_over(line)}" for line in review.unfixed))
        self.unfixed.setWordWrap(True)
        self.unfixed.setVisible(bool(review.unfixed))
        self.unfixed.setAccessibleName(self.tr("What the proposal cannot fix"))
        self.unfixed_title = QLabel(self.tr("<b>Not fixed by this proposal:</b>"))
        self.unfixed_title.setVisible(bool(review.unfixed))
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("&Apply"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(bool(review.moves))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.table, self.unfixed_title, self.unfixed, self.error,
                       self.buttons):
            layout.addWidget(widget)
        fit_to_screen(self, 1200, 480)

    def _still_over(self, line: StillOver) -> str:
        return self.tr("{name}, {limit}: {why}").format(
            name=line.name or str(line.responder_id), limit=limit_label(line.limit),
            why=reason_text(line.reason))

    def _intro_text(self) -> str:
        if not self.review.moves:
            return self.tr("No move is proposed: everyone is within the load limits, or nobody "
                           "can take the cases (see below).")
        return self.tr("Moves proposed: %n. Uncheck a move to drop it, pick another receiver if "
                       "you know better, and write a handover note for each move you keep.", "",
                       len(self.review.moves))

    def _table(self) -> QTableWidget:
        headers = [self.tr("Keep"), self.tr("Case"), self.tr("From"), self.tr("To"),
                   self.tr("Why"), self.tr("Handover note")]
        table = QTableWidget(len(self.review.moves), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(self.tr("Proposed moves"))
        table.verticalHeader().setVisible(False)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        for row, move in enumerate(self.review.moves):
            self._fill_row(table, row, move)
        header = table.horizontalHeader()
        for column in (KEEP, FROM, TO):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASONS, QHeaderView.ResizeMode.Stretch)
        for column, width in ((CASE, 270), (NOTE, 240)):  # long titles wrap instead of widening
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, width)
        table.resizeRowsToContents()
        return table

    def _fill_row(self, table: QTableWidget, row: int, move: PlannedMove) -> None:
        case = f"{move.case_ref}\n{move.case_title}"
        keep = QCheckBox()
        keep.setChecked(True)
        keep.setAccessibleName(self.tr("Keep the move of {case}").format(case=move.case_ref))
        keep.toggled.connect(lambda on, r=row: self._kept(r, on))
        to = QComboBox()
        to.setAccessibleName(self.tr("Receiver of {case}").format(case=move.case_ref))
        for rid, name in self._receivers:
            if rid != move.from_id:
                to.addItem(name, rid)
        if to.findData(move.to_id) < 0:
            to.addItem(move.to_name, move.to_id)
        to.setCurrentIndex(to.findData(move.to_id))
        note = QLineEdit(move.handover_note)
        note.setPlaceholderText(self.tr("What the receiver needs to know"))
        note.setAccessibleName(self.tr("Handover note for {case}").format(case=move.case_ref))
        note.textChanged.connect(lambda _t, r=row: self._note_changed(r))
        self.keep.append(keep)
        self.to.append(to)
        self.notes.append(note)
        table.setCellWidget(row, KEEP, keep)
        table.setItem(row, CASE, QTableWidgetItem(case))
        table.setItem(row, FROM, QTableWidgetItem(move.from_name))
        table.setCellWidget(row, TO, to)
        names = {move.from_id: move.from_name}
        table.setItem(row, REASONS, QTableWidgetItem("\n".join(reason_text(r, names)
                                                               for r in move.reasons)))
        table.setCellWidget(row, NOTE, note)

    def _kept(self, row: int, on: bool) -> None:
        self.to[row].setEnabled(on)
        self.notes[row].setEnabled(on)
        self._note_changed(row)
        self.apply_button.setEnabled(any(box.isChecked() for box in self.keep))

    def _note_changed(self, row: int) -> None:
        if self.notes[row].styleSheet() and (self.notes[row].text().strip()
                                             or not self.keep[row].isChecked()):
            self.notes[row].setStyleSheet("")

    def edited_moves(self) -> list[PlannedMove]:
        """The kept moves, with the chosen receivers and the notes as typed."""
        out = []
        for row, move in enumerate(self.review.moves):
            if not self.keep[row].isChecked():
                continue
            combo = self.to[row]
            out.append(replace(move, to_id=int(combo.currentData()), to_name=combo.currentText(),
                               handover_note=self.notes[row].text().strip()))
        return out

    def missing_notes(self) -> list[int]:
        return [row for row in range(len(self.review.moves))
                if self.keep[row].isChecked() and not self.notes[row].text().strip()]

    def apply(self) -> None:
        missing = self.missing_notes()
        for row in missing:
            self.notes[row].setStyleSheet(_MISSING_STYLE)
        if missing:
            self._show_error(self.tr("Write a handover note for each move you keep (%n missing).",
                                     "", len(missing)))
            self.notes[missing[0]].setFocus()
            return
        moves = self.edited_moves()
        self.error.setVisible(False)
        self.apply_button.setEnabled(False)
        self._ctx.mutate(lambda s: s.wellbeing.apply_rebalance(moves), self._applied,
                         self._refused, owner=self)

    def _show_error(self, message: str) -> None:
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setText(message)
        self.error.setVisible(True)

    def _applied(self, changes: ChangeSet) -> None:
        self.applied.emit(changes)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.apply_button.setEnabled(True)
        self._show_error(user_message(exc))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Enter in a note must not apply by surprise
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and isinstance(self.focusWidget(), QLineEdit):
            self.focusNextChild()
            return
        super().keyPressEvent(event)
