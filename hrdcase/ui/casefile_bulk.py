"""Bulk export of the cases in the queue's current filter, one PDF per case (`REF.pdf`) in a folder
the user chose, with progress and cancel.

Each case is one job on the ops worker (build in memory, write atomically), queued only when the
previous one is done, so Cancel takes effect after the case being written and the GUI never waits.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from hrdcase.errors import UserError
from hrdcase.models.queue import QueueFilter, QueueSort
from hrdcase.models.redaction import RedactionLevel
from hrdcase.services.session import Session
from hrdcase.ui.casefile import save_case_file
from hrdcase.ui.ops import user_message

MAX_CASES = 2000  # one export; a larger filter is narrowed first


def filtered_ids(s: Session, f: QueueFilter, sort: QueueSort) -> list[tuple[int, str]]:
    total = s.queries.queue_count(f)
    if total > MAX_CASES:
        raise UserError(f"The filter shows {total:,} cases; export at most {MAX_CASES:,} at a "
                        "time (narrow the filter).")
    return [(r.id, r.ref) for r in s.queries.queue_page(f, sort, 0, total).rows]


class BulkExport(QObject):
    finished = Signal(int, int)  # files written, cases in the filter
    progressed = Signal(int)  # files written so far

    def __init__(self, ctx: Any, f: QueueFilter, sort: QueueSort, folder: Path,
                 level: RedactionLevel, graphic: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx, self._filter, self._sort = ctx, f, sort
        self._folder, self._level, self._graphic = folder, level, graphic
        self._cases: list[tuple[int, str]] = []
        self._next_index = 0
        self.written = 0
        self.cancelled = False
        self.error: str | None = None
        self.progress: QProgressDialog | None = None

    def start(self) -> None:
        if not self._folder.is_dir():
            self._fail(self.tr("The folder {folder} does not exist.").format(
                folder=str(self._folder)))
            return
        self._ctx.query(lambda s: filtered_ids(s, self._filter, self._sort), self._got_cases,
                        lambda exc: self._fail(user_message(exc)), owner=self)

    def cancel(self) -> None:
        self.cancelled = True

    def _got_cases(self, cases: list[tuple[int, str]]) -> None:
        self._cases = cases
        parent = self.parent()
        progress = QProgressDialog(self.tr("Exporting case files…"), self.tr("Cancel"), 0,
                                   len(cases), parent if isinstance(parent, QWidget) else None)
        progress.setWindowTitle(self.tr("Export case files"))
        # Not modal: a modal progress dialog runs the event loop inside setValue, which would
        # deliver the next case's result inside this one's slot.
        progress.setWindowModality(Qt.WindowModality.NonModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel)
        self.progress = progress
        progress.setValue(0)
        self._next()

    def _next(self) -> None:
        if self.progress is not None and self.progress.wasCanceled():
            self.cancelled = True
        if self.cancelled or self._next_index >= len(self._cases):
            self._finish()
            return
        case_id, ref = self._cases[self._next_index]
        self._next_index += 1
        path = self._folder / f"{ref}.pdf"
        level, graphic = self._level, self._graphic
        self._ctx.query(lambda s: save_case_file(s, case_id, level, graphic, path),
                        self._one_done, lambda exc: self._fail(user_message(exc)), owner=self)

    def _one_done(self, _ref: str) -> None:
        self.written += 1
        if self.progress is not None:
            self.progress.setValue(self.written)
            self.progress.setLabelText(self.tr("Exported {done} of {total} case files…").format(
                done=self.written, total=len(self._cases)))
        self.progressed.emit(self.written)
        self._next()

    def _fail(self, message: str) -> None:
        self.error = message
        self._finish()
        parent = self.parent()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export case files"), message,
                          QMessageBox.StandardButton.Ok,
                          parent if isinstance(parent, QWidget) else None)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.finished.emit(self.written, len(self._cases))
