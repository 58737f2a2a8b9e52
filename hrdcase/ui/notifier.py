"""The one change notifier: every mutation's `ChangeSet` is re-emitted here, and each view refreshes
only what the change set names (Anki's `OpChanges`)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from hrdcase.models.changes import ChangeSet


class ChangeNotifier(QObject):
    changed = Signal(object)  # ChangeSet

    def publish(self, changes: ChangeSet) -> None:
        if not changes.empty:
            self.changed.emit(changes)
