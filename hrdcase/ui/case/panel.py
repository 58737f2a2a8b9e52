"""Workflow panels: the case view's extra tabs (triage, playbooks, notifications, appeals…).

A panel loads its own data for the case shown, through the context's background helper, and
reloads when a change set names that case. Register a panel's factory in `panels.py`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from hrdcase.models.changes import ChangeSet
from hrdcase.ui.context import UiContext


class CasePanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.case_id: int | None = None
        self._generation = 0
        ctx.notifier.changed.connect(self._on_changes)

    def title(self) -> str:
        """The tab's label (translated)."""
        raise NotImplementedError

    def show_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self._generation += 1
        if case_id is not None:
            self.load(case_id, self._generation)

    def is_current(self, generation: int) -> bool:
        """Whether a result that `load` asked for still belongs to the case shown."""
        return generation == self._generation

    def has_unsaved(self) -> bool:
        """Whether the panel (or a dialog it opened) holds typed text that is not saved."""
        return False

    def discard_unsaved(self) -> None:
        """Drop that text: the user chose Discard when leaving the case."""

    def load(self, case_id: int, generation: int) -> None:
        """Fetch through `self._ctx.query(...)`; apply only if `is_current(generation)`."""
        raise NotImplementedError

    def _on_changes(self, changes: ChangeSet) -> None:
        if self.case_id is not None and self.case_id in changes.cases:
            self.show_case(self.case_id)
