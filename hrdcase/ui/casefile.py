"""Case files from the app (issue 12): Save as PDF and Print (with preview) from the case view, and
bulk export of the queue's current filter (`ui/casefile_bulk.py`).

The PDF is built on the ops worker, in memory (`hrdcase.reports`); Save writes it only to the path
the user chose; Print renders its pages from memory (QPdfDocument over a QBuffer) onto the printer,
so no temp file is ever written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEventLoop,
    QIODevice,
    QObject,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMenu,
    QWidget,
)

from hrdcase.models.redaction import RedactionLevel
from hrdcase.reports.casefile import build_pdf
from hrdcase.reports.output import write_atomically
from hrdcase.services.session import Session
from hrdcase.ui.hygiene import existing_folder, save_file_name

if TYPE_CHECKING:
    from hrdcase.ui.main_window import MainWindow

PRINT_DPI = 200  # pages are drawn as images at this resolution (an A4 page is ~16 MB at most)


# ---- worker side (run through ctx.query)
def case_file_pdf(s: Session, case_id: int, level: RedactionLevel, graphic: bool) -> bytes:
    return build_pdf(s.casefile.build(case_id, level, graphic))


def save_case_file(s: Session, case_id: int, level: RedactionLevel, graphic: bool,
                   path: Path) -> str:
    """Build the file in memory and write it to `path` only; returns the case's reference."""
    casefile = s.casefile.build(case_id, level, graphic)
    write_atomically(path, build_pdf(casefile))
    return casefile.ref


# ---- GUI side
def level_label(level: RedactionLevel) -> str:
    tr = QCoreApplication.translate
    return {
        RedactionLevel.INTERNAL: tr("CaseFile", "Internal — everything, for responders"),
        RedactionLevel.HRD: tr("CaseFile",
                               "HRD — for the defender (no internal notes or staff names)"),
        RedactionLevel.EXTERNAL: tr(
            "CaseFile", "External — for a remedy body (pseudonym only, no contacts or narrative)"),
    }[level]


class CaseFileOptions(QDialog):
    """The redaction level and whether graphic material goes in (unticked by default)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.level_box = QComboBox()
        for level in RedactionLevel:
            self.level_box.addItem(level_label(level), level.value)
        self.level_box.setAccessibleName(self.tr("Redaction level"))
        self.graphic_box = QCheckBox(self.tr("Include &graphic descriptions and images"))
        note = QLabel(self.tr("Graphic material is left out unless you tick this; the cover "
                              "says which."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Redaction:"), self.level_box)
        form.addRow("", self.graphic_box)
        form.addRow(note)
        form.addRow(buttons)

    def level(self) -> RedactionLevel:
        return RedactionLevel(self.level_box.currentData())

    def include_graphic(self) -> bool:
        return self.graphic_box.isChecked()


def _load(document: QPdfDocument, buffer: QBuffer, timeout_ms: int = 10_000) -> None:
    """QPdfDocument loads from a device asynchronously: wait (events running) until it is ready
    or has failed."""
    status = QPdfDocument.Status
    loop = QEventLoop()
    document.statusChanged.connect(
        lambda st: loop.quit() if st in (status.Ready, status.Error) else None)
    QTimer.singleShot(timeout_ms, loop.quit)
    document.load(buffer)
    if document.status() not in (status.Ready, status.Error):
        loop.exec()


def paint_pdf(data: bytes, printer: QPrinter) -> int:
    """Draw every page of the PDF `data` onto `printer`, scaled to its page; returns the count."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    _load(document, buffer)
    painter = QPainter()
    pages = document.pageCount()
    if pages == 0 or not painter.begin(printer):
        document.close()
        return 0
    try:
        for index in range(pages):
            if index:
                printer.newPage()
            size = document.pagePointSize(index)
            image = document.render(index, QSize(round(size.width() * PRINT_DPI / 72),
                                                 round(size.height() * PRINT_DPI / 72)))
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(target.x(), target.y(), image.scaled(
                scaled, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
    finally:
        painter.end()
        document.close()
    return pages


class CaseFileActions(QObject):
    """Print…, Save as PDF… and Export filtered cases… in the Case menu."""

    def __init__(self, window: MainWindow, ctx: Any, menu: QMenu) -> None:
        super().__init__(window)
        self._window, self._ctx = window, ctx
        self.print_action = self._add(menu, self.tr("&Print case file…"), "Ctrl+P", self.print_case)
        self.save_action = self._add(menu, self.tr("&Save case file as PDF…"), "Ctrl+Shift+S",
                                     self.save_pdf)
        self.bulk_action = self._add(menu, self.tr("E&xport filtered cases as PDFs…"), "",
                                     self.bulk_export)
        self.preview: QPrintPreviewDialog | None = None
        self._printer: QPrinter | None = None

    def _add(self, menu: QMenu, text: str, shortcut: str, slot: Any) -> QAction:
        action = QAction(text, self._window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        self._window.addAction(action)
        return action

    def _case_id(self) -> int | None:
        return self._window.case_view.case_id

    def _options(self, title: str) -> tuple[RedactionLevel, bool] | None:
        dialog = CaseFileOptions(title, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.level(), dialog.include_graphic()

    def _status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 8000)

    # ---- Save as PDF
    def save_pdf(self) -> None:
        case_id = self._case_id()
        choice = self._options(self.tr("Save case file as PDF")) if case_id else None
        if case_id is None or choice is None:
            return
        path = save_file_name(self._window, self.tr("Save case file"),
                              self.tr("PDF files (*.pdf)"))
        if path:
            self.save_to(case_id, Path(path), *choice)

    def save_to(self, case_id: int, path: Path, level: RedactionLevel, graphic: bool) -> int:
        return self._ctx.query(
            lambda s: save_case_file(s, case_id, level, graphic, path),
            lambda ref: self._status(self.tr("Saved the case file of {ref} to {path}.").format(
                ref=ref, path=str(path))), owner=self)

    # ---- Print, with preview
    def print_case(self) -> None:
        case_id = self._case_id()
        choice = self._options(self.tr("Print case file")) if case_id else None
        if case_id is not None and choice is not None:
            self.print_with_preview(case_id, *choice)

    def print_with_preview(self, case_id: int, level: RedactionLevel, graphic: bool) -> int:
        return self._ctx.query(lambda s: case_file_pdf(s, case_id, level, graphic),
                               self.show_preview, owner=self)

    def show_preview(self, data: bytes) -> QPrintPreviewDialog:
        """The preview's Print button opens the system's print dialog (QPrintDialog)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._printer = printer  # the dialog does not own it: it must outlive the dialog
        dialog = QPrintPreviewDialog(printer, self._window)
        dialog.setWindowTitle(self.tr("Print case file"))
        dialog.paintRequested.connect(lambda target: paint_pdf(data, target))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "preview", None))
        self.preview = dialog
        dialog.open()
        return dialog

    # ---- Bulk export of the queue's filter
    def bulk_export(self) -> None:
        from hrdcase.ui.casefile_bulk import BulkExport

        choice = self._options(self.tr("Export filtered cases as PDFs"))
        if choice is None:
            return
        folder = existing_folder(self._window, self.tr("Export into folder"))
        if not folder:
            return
        model = self._window.queue.model
        BulkExport(self._ctx, model.query_filter, model.query_sort, Path(folder), *choice,
                   parent=self._window).start()
