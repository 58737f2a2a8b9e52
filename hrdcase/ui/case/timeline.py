"""The audit log of a case told as sentences ("Ana assigned the case to Ben."): the words are
`services/audit_text.py`'s, the one place every action is worded."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from hrdcase.models.entities import AuditEntry
from hrdcase.services.audit_text import Sentences as AuditSentences
from hrdcase.ui.case import outreach_text
from hrdcase.ui.i18n import translate
from hrdcase.ui.labels import when

Index = QModelIndex | QPersistentModelIndex


class Sentences(AuditSentences):
    """`services.audit_text.Sentences` for the screen: translated, local times, the playbook
    titles learnt on the worker (`outreach_text.learn_playbooks`)."""

    def __init__(self, actor_names: Mapping[int, str]) -> None:
        super().__init__(actor_names, translate=translate, when=when,
                         playbooks=outreach_text.known_playbooks())


class TimelineModel(QAbstractListModel):
    """Newest first. Display: "time — sentence"; ToolTip: the action and its sequence number."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[AuditEntry, str]] = []

    def set_entries(self, entries: list[AuditEntry], actor_names: dict[int, str]) -> None:
        sentences = Sentences(actor_names)
        self.beginResetModel()
        self._rows = [(e, sentences(e)) for e in sorted(entries, key=lambda e: -e.seq)]
        self.endResetModel()

    def sentence(self, row: int) -> str:
        return self._rows[row][1]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry, sentence = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{when(entry.at)} — {sentence}"
        if role == Qt.ItemDataRole.ToolTipRole:
            text = translate("Timeline", "Audit entry #{seq}: {action}")
            return text.format(seq=entry.seq, action=entry.action)
        return None
