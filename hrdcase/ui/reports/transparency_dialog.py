"""Team › Transparency report…: the same files as `hrdcase report transparency` (PDF, CSV, JSON,
small counts suppressed), for a period, into a folder the user chooses. Built and written on the
ops worker; only the three files in that folder are written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdcase.errors import UserError
from hrdcase.services.session import Session
from hrdcase.ui.context import UiContext
from hrdcase.ui.hygiene import existing_folder
from hrdcase.ui.ops import user_message
from hrdcase.ui.widgets import error_label, py_date

FILES = ("transparency.pdf", "transparency.csv", "transparency.json")


def write_transparency(session: Session, start: date, end: date, folder: Path) -> list[Path]:
    """Worker side: build the report in memory and write its three files into `folder`."""
    from hrdcase.reports.output import write_atomically
    from hrdcase.reports.transparency import build_csv, build_json, build_pdf

    if not folder.is_dir():
        raise UserError(f"The folder {folder} does not exist.")
    report = session.reports.transparency(start, end)
    written = []
    for name, build in zip(FILES, (build_pdf, build_csv, build_json), strict=True):
        write_atomically(folder / name, build(report))
        written.append(folder / name)
    return written


class TransparencyDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.written: list[Path] | None = None
        self.setWindowTitle(self.tr("Transparency report"))
        today = ctx.session.clock.now().date()
        self.start = self._date_edit(today.replace(month=1, day=1))  # this year so far
        self.end = self._date_edit(today)
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder for the report"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form = QFormLayout()
        for text, widget in ((self.tr("&From:"), self.start), (self.tr("&To:"), self.end)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        folder_label = QLabel(self.tr("F&older:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        note = QLabel(self.tr("Writes transparency.pdf, .csv and .json. Counts of 1 to 9 show as "
                              "\"<10\", and further cells are withheld so none can be worked "
                              "out."))
        note.setWordWrap(True)
        self.status = QLabel()
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = self.buttons.addButton(self.tr("&Write report"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.write_button.clicked.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    @staticmethod
    def _date_edit(day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _browse(self) -> None:
        folder = existing_folder(self, self.tr("Folder for the report"))
        if folder:
            self.folder.setText(folder)

    def write(self) -> None:
        text = self.folder.text().strip()
        if not text:
            self._failed(UserError(self.tr("Choose a folder for the report.")))
            return
        start, end = py_date(self.start.date()), py_date(self.end.date())
        folder = Path(text).expanduser()
        self.write_button.setEnabled(False)
        self.status.setText(self.tr("Writing…"))
        self._ctx.query(lambda s: write_transparency(s, start, end, folder), self._done,
                        self._failed, owner=self)

    def _done(self, written: list[Path]) -> None:
        self.written = written
        self.write_button.setEnabled(True)
        self.error.setVisible(False)
        self.status.setText(self.tr("Wrote {files} to {folder}.").format(
            files=", ".join(p.name for p in written), folder=str(written[0].parent)))

    def _failed(self, exc: BaseException) -> None:
        self.write_button.setEnabled(True)
        self.status.setText("")
        self.error.setText(user_message(exc))
        self.error.setVisible(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
