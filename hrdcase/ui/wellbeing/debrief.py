"""A gentle, non-modal note after a severe case is closed or resolved: a debrief is available.
Nothing is recorded; the responder may simply close it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from hrdcase.services.session import Session
from hrdcase.ui.context import UiContext

# The open notes (top-level when the edit dialog had no parent): kept alive until closed.
_OPEN: list[DebriefNote] = []


class DebriefNote(QDialog):
    def __init__(self, resources: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("After a severe case"))
        self.setModal(False)
        self.message = QLabel(self.tr(
            "This was a severe case. Take a moment; a debrief with your supervisor or the staff "
            "support line is available."))
        self.message.setWordWrap(True)
        self.resources = QLabel("\n".join(f"• {r}" for r in resources))
        self.resources.setWordWrap(True)
        self.resources.setVisible(bool(resources))
        self.resources.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.resources.setAccessibleName(self.tr("Support available"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        for widget in (self.message, self.resources, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(420)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self in _OPEN:
            _OPEN.remove(self)
        self.deleteLater()
        super().closeEvent(event)


def open_notes() -> list[DebriefNote]:
    return list(_OPEN)


def _ask(session: Session, case_id: int) -> tuple[str, ...] | None:
    """The support resources when the case calls for a debrief, else None."""
    wellbeing = session.wellbeing
    if not wellbeing.needs_debrief(case_id):
        return None
    resources = getattr(wellbeing, "support_resources", None)
    return tuple(resources()) if callable(resources) else ()


def offer_debrief(ctx: UiContext, case_id: int, parent: QWidget | None = None) -> None:
    """Ask `needs_debrief(case_id)` off the GUI thread; show the note when it says so. A failure
    to ask is not worth an error dialog after a successful save, so it is dropped."""

    def done(resources: tuple[str, ...] | None) -> None:
        if resources is None:
            return
        note = DebriefNote(resources, parent)
        _OPEN.append(note)
        note.show()
        note.raise_()

    ctx.query(lambda s: _ask(s, case_id), done, lambda _exc: None)
