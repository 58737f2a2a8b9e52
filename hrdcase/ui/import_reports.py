"""File › Import reports…: the platform's reporting-form export (docs/intake-format.md) brought in
from the app, with progress for each phase (reading the file, importing its lines) and Cancel. The
file is read and imported on the ops worker, in batches of lines that each commit: a cancelled
import keeps (and announces) what it imported, and importing the file again skips those lines (the
report id is unique)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from hrdcase.errors import UserError
from hrdcase.models.changes import ChangeSet
from hrdcase.services.intake import ImportSummary, read_export_lines
from hrdcase.services.session import Session
from hrdcase.ui.context import UiContext
from hrdcase.ui.hygiene import open_file_name
from hrdcase.ui.ops import user_message

SHOWN_REJECTIONS = 5


class ImportCancelled(UserError):
    pass


READING, IMPORTING = 0, 1


class ImportReports(QObject):
    """One import at a time; `finished` fires after success, failure or Cancel (refresh then)."""

    progressed = Signal(int, int)  # lines done, lines in all (emitted on the worker, queued here)
    phase = Signal(int)  # READING, then IMPORTING (emitted on the worker)
    finished = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent
        self._cancel = threading.Event()
        self.progress: QProgressDialog | None = None
        self.result: QMessageBox | None = None
        self.progressed.connect(self._show_progress)
        self.phase.connect(self._show_phase)
        self._name = ""

    def choose(self) -> None:
        name = open_file_name(self._parent, self.tr("Import reports"),
                              self.tr("Reporting-form export (*.jsonl);;All files (*)"))
        if name:
            self.run(Path(name))

    def run(self, path: Path) -> None:
        if self.progress is not None:
            return
        self._cancel.clear()
        self._name = path.name
        self.progress = QProgressDialog(self.tr("Reading {name}…").format(name=path.name),
                                        self.tr("&Cancel"), 0, 0, self._parent)
        self.progress.setWindowTitle(self.tr("Import reports"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(self._cancel.set)
        self.progress.show()
        self._ctx.mutate(lambda s: self._work(s, path), self._done, self._failed, owner=self)

    def cancel(self) -> None:
        self._cancel.set()

    def _work(self, session: Session, path: Path) -> tuple[ImportSummary, str | None, ChangeSet]:
        """(summary, the cancellation message or None, what changed): a cancelled import returns
        normally, so that what it committed is published like any other change."""
        self.phase.emit(READING)
        lines = read_export_lines(path)
        total = len(lines)
        self.phase.emit(IMPORTING)

        def step(done: int) -> None:
            if self._cancel.is_set():
                raise ImportCancelled(f"Import cancelled at line {done:,} of {total:,}; the reports "
                                      "imported before it stay (importing the file again skips them).")
            if done % 25 == 0 or done == total:
                self.progressed.emit(done, total)

        summary = ImportSummary()
        try:
            session.intake.import_lines(lines, progress=step, summary=summary)
        except ImportCancelled as exc:
            return summary, str(exc), summary.changes
        return summary, None, summary.changes

    def _show_phase(self, phase: int) -> None:
        if self.progress is None:
            return
        if phase == READING:
            self.progress.setLabelText(self.tr("Reading {name}…").format(name=self._name))
        else:
            self.progress.setLabelText(self.tr("Importing reports from {name}…").format(
                name=self._name))

    def _show_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(min(done, total - 1))  # reaching the maximum would close it

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self._cancel.set)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, result: tuple[ImportSummary, str | None, ChangeSet]) -> None:
        summary, cancelled = result[0], result[1]
        self._close_progress()
        if cancelled is not None:
            self._tell(QMessageBox.Icon.Information, cancelled + "\n\n" + self.tr(
                "Imported {imported} before it.").format(imported=len(summary.imported)))
            return
        text = self.tr("Imported {imported}, skipped {duplicates} already imported, rejected "
                       "{rejected}.").format(
            imported=len(summary.imported), duplicates=len(summary.duplicates),
            rejected=len(summary.rejected))
        details = "\n".join(str(e) for e in summary.rejected[:SHOWN_REJECTIONS])
        if len(summary.rejected) > SHOWN_REJECTIONS:
            details += "\n" + self.tr("… and {n} more.").format(n=len(summary.rejected) - SHOWN_REJECTIONS)
        self._tell(QMessageBox.Icon.Warning if summary.rejected else QMessageBox.Icon.Information,
                   text + ("\n\n" + details if details else ""))

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        self._tell(QMessageBox.Icon.Warning, user_message(exc))

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        self.result = QMessageBox(icon, self.tr("Import reports"), text, QMessageBox.StandardButton.Ok,
                                  self._parent)
        self.result.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.result.open()
        self.finished.emit()
