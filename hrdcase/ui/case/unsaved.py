"""Leaving a case (switching to another one, closing the window, locking) never drops typed text
silently: when a workflow tab holds unsaved text, one prompt asks Discard or Cancel."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from hrdcase.ui.case_edit import CANCEL, DISCARD
from hrdcase.ui.i18n import translate


class HoldsText(Protocol):
    def has_unsaved(self) -> bool: ...

    def discard_unsaved(self) -> None: ...


def ask_discard(parent: QWidget) -> str:
    """Discard or cancel? (Tests replace this function.)"""
    answer = QMessageBox.question(
        parent,
        translate("CaseLeave", "Unsaved text"),
        translate("CaseLeave", "A tab of this case holds text that is not saved. Discard it and "
                               "leave the case?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return DISCARD if answer == QMessageBox.StandardButton.Discard else CANCEL


def confirm_leave(parent: QWidget, holders: Iterable[HoldsText]) -> bool:
    """True when nothing typed would be lost, or the user chose to discard it (it is then cleared,
    so a second check does not ask again); False on Cancel."""
    dirty = [h for h in holders if h.has_unsaved()]
    if not dirty:
        return True
    if ask_discard(parent) != DISCARD:
        return False
    for holder in dirty:
        holder.discard_unsaved()
    return True


def open_dirty_dialogs(owner: QWidget) -> list[QDialog]:
    """The visible dialogs opened by `owner` whose form differs from what they started with."""
    return [d for d in owner.findChildren(QDialog) if d.isVisible() and _is_dirty(d)]


def _is_dirty(dialog: QDialog) -> bool:
    is_dirty = getattr(dialog, "is_dirty", None)  # a form dialog's; not every dialog has one
    return callable(is_dirty) and bool(is_dirty())


def close_dialogs(dialogs: Iterable[QDialog]) -> None:
    """Close without their own unsaved prompt (the user has already chosen Discard)."""
    for dialog in dialogs:
        dialog.done(QDialog.DialogCode.Rejected)
