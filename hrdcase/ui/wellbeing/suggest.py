"""The "Suggest…" button beside the assignee combo: who could take this case, best first, with the
reasons. Choosing a suggestion only sets the combo; saving still goes through the workload guard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdcase.services.session import Session
from hrdcase.ui.context import UiContext
from hrdcase.ui.ops import user_message
from hrdcase.ui.wellbeing.text import reason_text
from hrdcase.ui.widgets import select_data
from hrdcase.wellbeing.suggest import Suggestion

TOP = 5  # suggestions shown
SuggestQuery = Callable[[Session], list[Suggestion]]


def for_case(case_id: int) -> Callable[[], SuggestQuery]:
    """The query for a stored case (the edit form)."""
    return lambda: lambda s: s.wellbeing.suggest_assignees(case_id)


def beside(combo: QComboBox, button: QPushButton) -> QWidget:
    """The combo and its button on one row; focus (label buddy, error focus) goes to the combo."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(combo, 1)
    row.addWidget(button)
    box.setFocusProxy(combo)
    return box


class SuggestPopup(QDialog):
    """A short list of suggestions; Enter, a double-click or "Use" picks one."""

    chosen = Signal(int)  # responder id

    def __init__(self, names: dict[int, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = names
        self.setWindowTitle(self.tr("Suggested assignees"))
        self.status = QLabel(self.tr("Looking for who can take this case…"))
        self.status.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Suggested assignees, best first"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda _item: self.use())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.use_button = self.buttons.addButton(self.tr("&Use"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.use_button.setAccessibleName(self.tr("Use the selected suggestion"))
        self.use_button.setEnabled(False)
        self.buttons.accepted.connect(self.use)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.status, self.list, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(420)

    def show_suggestions(self, suggestions: list[Suggestion]) -> None:
        self.list.clear()
        for s in suggestions[:TOP]:
            name = self._names.get(s.responder_id, str(s.responder_id))
            text = self.tr("{name} — score {score}\n{reasons}").format(
                name=name, score=round(s.score), reasons="; ".join(reason_text(r) for r in s.reasons))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, s.responder_id)
            self.list.addItem(item)
        if self.list.count():
            self.status.setText(self.tr("Best first. The save still checks the workload limits."))
            self.list.setCurrentRow(0)
            self.list.setFocus()
        else:
            self.status.setText(self.tr("No one can take this case within the workload limits."))
        self.use_button.setEnabled(bool(self.list.count()))

    def show_error(self, message: str) -> None:
        self.status.setText(message)

    def use(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        self.accept()


class SuggestButton(QPushButton):
    """Runs a suggestion query off the GUI thread and shows the result in a `SuggestPopup`.

    `make_query` is called on the GUI thread at each click (it may read the form) and returns what
    the worker runs: `for_case(case_id)` for a stored case, or the intake form's own."""

    def __init__(self, ctx: UiContext, make_query: Callable[[], SuggestQuery], combo: QComboBox,
                 parent: QWidget | None = None, text: str | None = None) -> None:
        super().__init__(parent)
        self.setText(text or self.tr("Su&ggest…"))
        self.setAccessibleName(self.tr("Suggest who could take this case"))
        self._ctx = ctx
        self._make_query = make_query
        self._combo = combo
        self.popup: SuggestPopup | None = None
        self.clicked.connect(self.suggest)

    def _names(self) -> dict[int, str]:
        combo = self._combo
        return {int(combo.itemData(i)): combo.itemText(i)
                for i in range(combo.count()) if combo.itemData(i)}

    def suggest(self) -> SuggestPopup:
        popup = SuggestPopup(self._names(), self.window())
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popup.chosen.connect(lambda rid: select_data(self._combo, str(rid)))
        self.popup = popup
        self._ctx.query(self._make_query(), popup.show_suggestions,
                        lambda exc: popup.show_error(user_message(exc)), owner=popup)
        popup.open()
        return popup
