"""The people table (Name, Roles, Team, Devices) and the labels it shows."""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from hrdcase.models.enums import Role
from hrdcase.services.identity import PersonView
from hrdcase.ui.i18n import translate
from hrdcase.ui.labels import role_labels

NAME, ROLES, TEAM, DEVICES = range(4)
Index = QModelIndex | QPersistentModelIndex


@cache
def device_status_labels() -> dict[str, str]:
    return {
        "standalone": translate("People", "works on its own (no server)"),
        "pending": translate("People", "waiting for an admin"),
        "confirmed": translate("People", "confirmed"),
        "revoked": translate("People", "revoked"),
    }


def status_label(status: str) -> str:
    return device_status_labels().get(status, status)


def roles_text(person: PersonView) -> str:
    if not person.verified:
        return translate("People", "(no verified role)")
    labels = role_labels()
    return ", ".join(labels[r] for r in Role if r in person.roles)


def devices_text(person: PersonView) -> str:
    if not person.devices:
        return translate("People", "none yet")
    counts = Counter(d.status for d in person.devices)
    return " · ".join(f"{n} {status_label(s)}" for s, n in sorted(counts.items()))


class PeopleModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.people: list[PersonView] = []
        self._headers = [self.tr("Name"), self.tr("Roles"), self.tr("Team"), self.tr("Devices")]

    def set_people(self, people: list[PersonView]) -> None:
        self.beginResetModel()
        self.people = sorted(people, key=lambda p: p.name.casefold())
        self.endResetModel()

    def person(self, row: int) -> PersonView | None:
        return self.people[row] if 0 <= row < len(self.people) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.people):
            return None
        person = self.people[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(person, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == DEVICES:
            return "\n".join(f"{d.fingerprint} ({status_label(d.status)})" for d in person.devices) or None
        return None

    @staticmethod
    def _text(person: PersonView, column: int) -> str | None:
        if column == NAME:
            return person.name
        if column == ROLES:
            return roles_text(person)
        if column == TEAM:
            return ", ".join(t for t in person.teams if t)
        if column == DEVICES:
            return devices_text(person)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None
