"""Form dialogs that never drop typed text silently, and show a failed save next to its field."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from hrdcase.errors import ValidationError
from hrdcase.ui.i18n import translate
from hrdcase.ui.ops import user_message
from hrdcase.ui.widgets import FieldErrors

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved(parent: QWidget, question: str | None = None) -> str:
    """Save, discard or cancel? (Tests replace this function.)"""
    answer = QMessageBox.question(
        parent,
        translate("Forms", "Unsaved changes"),
        question or translate("Forms", "There are changes that are not saved. Save them?"),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return DISCARD
    return CANCEL


def confirm(parent: QWidget, title: str, question: str, action: str) -> bool:
    """Ask before an action that cannot be taken back; `action` names the button that goes ahead
    (Cancel is the default). (Tests replace this function.)"""
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Cancel, parent)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


def show_failure(errors: FieldErrors, exc: BaseException) -> None:
    """A refused save: a `ValidationError` next to its field, anything else as one message."""
    if isinstance(exc, ValidationError):
        errors.show_error(exc)
    else:
        errors.show(user_message(exc))


class GuardedDialog(QDialog):
    """Closing (Esc, Cancel, the window's button) with unsaved edits asks Save / Discard / Cancel.
    Subclasses set `buttons` and `errors`, and implement `is_dirty` and `save`."""

    buttons: QDialogButtonBox
    errors: FieldErrors

    def is_dirty(self) -> bool:
        return False

    def save(self) -> None:
        raise NotImplementedError

    def unsaved_question(self) -> str | None:
        """The prompt's question, when the generic one does not fit."""
        return None

    def reject(self) -> None:
        if self.is_dirty():
            choice = ask_unsaved(self, self.unsaved_question())
            if choice == CANCEL:
                return
            if choice == SAVE:
                self.save()
                return
        super().reject()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_failure(self.errors, exc)
