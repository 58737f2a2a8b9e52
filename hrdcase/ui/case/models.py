"""Item models for the lists of the case view: incidents and risk notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from hrdcase.models.entities import Incident, RiskNote
from hrdcase.ui.i18n import translate
from hrdcase.ui.labels import category_label, channel_label, day, risk_label, when

Index = QModelIndex | QPersistentModelIndex
_CURRENT_BACKGROUND = QColor("#fff4d6")
_SUPERSEDED_FOREGROUND = QColor("#6b6b6b")


def _incident_headers() -> tuple[str, ...]:
    return (
        translate("Incidents", "Reported"),
        translate("Incidents", "Category"),
        translate("Incidents", "What happened"),
    )


DESCRIPTION_COLUMN = 2


class IncidentModel(QAbstractTableModel):
    """Graphic descriptions stay hidden until the responder chooses to show them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Incident] = []
        self._show_graphic = False

    def set_incidents(self, incidents: list[Incident]) -> None:
        self.beginResetModel()
        self._rows = list(incidents)
        self.endResetModel()

    def set_show_graphic(self, show: bool) -> None:
        self._show_graphic = show
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, DESCRIPTION_COLUMN),
                                  self.index(last, DESCRIPTION_COLUMN))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_incident_headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(_incident_headers())):
            return _incident_headers()[section]
        return None

    def _description(self, incident: Incident, full: bool = False) -> str:
        if incident.graphic and not self._show_graphic:
            return translate("Incidents", "Graphic content hidden (use “Show graphic material”)")
        return incident.description if full else " ".join(incident.description.split())

    def full_text(self, row: int) -> str:
        """The whole description of the incident at `row` (still hidden when graphic)."""
        if not 0 <= row < len(self._rows):
            return ""
        return self._description(self._rows[row], full=True)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        incident = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (day(incident.reported_at), category_label(incident.category),
                    self._description(incident))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(incident, column)
        return None

    def _tooltip(self, incident: Incident, column: int) -> str:
        if column == 0:
            text = translate("Incidents", "Reported {when} via: {channel}")
            return text.format(when=when(incident.reported_at),
                               channel=channel_label(incident.channel))
        if column == 1:
            return incident.category.dsa_category.value
        return self._description(incident)


class RiskNoteModel(QAbstractListModel):
    """Newest first; the current note (not superseded) is highlighted, history stays visible."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RiskNote] = []
        self._names: dict[int, str] = {}

    def set_notes(self, notes: list[RiskNote], actor_names: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = list(notes)
        self._names = dict(actor_names)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def _text(self, note: RiskNote) -> str:
        state = (translate("RiskNotes", "Current") if note.superseded_by is None
                 else translate("RiskNotes", "Superseded"))
        author = self._names.get(note.author_id or -1, translate("RiskNotes", "unknown author"))
        text = translate("RiskNotes", "{state}: {level}, score {score} — {when} by {author}")
        line = text.format(state=state, level=risk_label(note.level), score=note.score,
                           when=when(note.created_at), author=author)
        rationale = " ".join(note.rationale.split())
        return f"{line}\n{rationale}" if rationale else line

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        note = self._rows[index.row()]
        current = note.superseded_by is None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(note)
        if role == Qt.ItemDataRole.FontRole and current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and current:
            return QBrush(_CURRENT_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and not current:
            return QBrush(_SUPERSEDED_FOREGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and note.mitigations:
            return note.mitigations
        return None
