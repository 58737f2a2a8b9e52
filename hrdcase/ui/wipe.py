"""Panic wipe in the app: a dialog that only goes on when the word is typed (a click is not
enough), and the notice once the caseload is gone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)


class WipeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wipe this caseload — hrdcase"))
        self.word = self.tr("wipe")
        text = QLabel(self.tr(
            "This destroys the caseload on this computer for good: the key file first, then the "
            "database and every other file of the profile, then the key remembered in the "
            "keyring. Nobody can open it afterwards, not even with the right passphrase. Cases "
            "not synced to the server are lost.\n\nType “{word}” to go on.").format(word=self.word))
        text.setWordWrap(True)
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Type the word to confirm"))
        self.buttons = QDialogButtonBox()
        self.wipe_button = self.buttons.addButton(self.tr("&Wipe now"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.wipe_button.setEnabled(False)
        self.wipe_button.setAutoDefault(False)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.typed)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _check(self, text: str) -> None:
        self.wipe_button.setEnabled(text.strip().casefold() == self.word.casefold())

    def accept(self) -> None:
        if self.wipe_button.isEnabled():
            super().accept()


def announce_wipe(ok: bool, then: Callable[[], None], reason: str = "") -> QMessageBox:
    """`reason`: why it was wiped when the user did not ask (an admin revoked this device)."""
    tr = QCoreApplication.translate
    if ok:
        text = tr("WipeDialog", "The caseload on this computer was wiped.")
        box = QMessageBox(QMessageBox.Icon.Information, tr("WipeDialog", "hrdcase"),
                          f"{reason} {text}" if reason else text)
    else:
        box = QMessageBox(QMessageBox.Icon.Critical, tr("WipeDialog", "hrdcase"), tr(
            "WipeDialog", "Wiping did not finish. Run “hrdcase wipe” or delete the profile folder."))
    box.finished.connect(lambda _result: then())
    box.open()
    return box
