"""The filter bar above the queue: status, priority, assignee, region, language and free text.

Its state is plain JSON-able data (saved inside the encrypted database, never in QSettings: a
search text can name a defender)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from hrdcase.models.entities import Region, Responder
from hrdcase.models.enums import CaseStatus, Priority
from hrdcase.models.queue import OPEN_STATUSES, UNASSIGNED, QueueFilter
from hrdcase.ui.labels import priority_label, status_label
from hrdcase.ui.widgets import fill_combo, select_data

SEARCH_DEBOUNCE_MS = 250
ALL_OPEN = "open"
ALL_STATUSES = "all"


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = self._combo(self.tr("Status filter"))
        self.priority = self._combo(self.tr("Priority filter"))
        self.assignee = self._combo(self.tr("Assignee filter"))
        self.region = self._combo(self.tr("Region filter"))
        self.language = self._combo(self.tr("Language filter"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search ref, title, pseudonym, text…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setMinimumWidth(160)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self._layout()
        self._fill_static()
        self.set_choices([], [], [])

    def _combo(self, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return combo

    def _layout(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        search_label = QLabel(self.tr("Find:"))
        search_label.setBuddy(self.search)
        layout.addWidget(search_label)
        layout.addWidget(self.search, 1)
        for combo in (self.status, self.priority, self.assignee, self.region, self.language):
            layout.addWidget(combo)
        for first, second in [(self.search, self.status), (self.status, self.priority),
                              (self.priority, self.assignee), (self.assignee, self.region),
                              (self.region, self.language)]:
            self.setTabOrder(first, second)

    def _fill_static(self) -> None:
        statuses = [(self.tr("All open"), ALL_OPEN)]
        statuses += [(status_label(s), s.value) for s in CaseStatus]
        statuses.append((self.tr("All statuses"), ALL_STATUSES))
        fill_combo(self.status, statuses, keep=False)
        priorities = [(self.tr("Any priority"), "")]
        priorities += [(priority_label(p), p.value) for p in Priority]
        fill_combo(self.priority, priorities, keep=False)

    def set_choices(
        self, regions: list[Region], responders: list[Responder], languages: list[str]
    ) -> None:
        """Fill the reference lists, keeping what is selected; emits nothing."""
        assignees: list[tuple[str, Any]] = [(self.tr("Anyone"), ""),
                                            (self.tr("Unassigned"), str(UNASSIGNED))]
        assignees += [(r.display_name, str(r.id)) for r in responders]
        fill_combo(self.assignee, assignees)
        fill_combo(self.region, [(self.tr("All regions"), "")]
                   + [(f"{r.name} ({r.code})", r.code) for r in regions])
        fill_combo(self.language, [(self.tr("All languages"), "")]
                   + [(code, code) for code in languages])

    # ---- the filter and its saved form
    def current_filter(self) -> QueueFilter:
        status = self.status.currentData()
        if status == ALL_OPEN:
            statuses: tuple[CaseStatus, ...] = OPEN_STATUSES
        elif status == ALL_STATUSES:
            statuses = ()
        else:
            statuses = (CaseStatus(status),)
        priority = self.priority.currentData()
        assignee = self.assignee.currentData()
        return QueueFilter(
            statuses=statuses,
            priorities=(Priority(priority),) if priority else (),
            assignee_id=int(assignee) if assignee else None,
            region_code=self.region.currentData() or None,
            language=self.language.currentData() or None,
            text=self.search.text().strip(),
        )

    def state(self) -> dict[str, str]:
        return {
            "status": self.status.currentData() or ALL_OPEN,
            "priority": self.priority.currentData() or "",
            "assignee": self.assignee.currentData() or "",
            "region": self.region.currentData() or "",
            "language": self.language.currentData() or "",
            "text": self.search.text(),
        }

    def apply_state(self, state: dict[str, Any]) -> None:
        """Restore a saved state quietly (values that no longer exist fall back to the default)."""
        widgets = [self.status, self.priority, self.assignee, self.region, self.language,
                   self.search]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            for name, combo in [("status", self.status), ("priority", self.priority),
                                ("assignee", self.assignee), ("region", self.region),
                                ("language", self.language)]:
                if not select_data(combo, str(state.get(name, ""))):
                    combo.setCurrentIndex(0)
            self.search.setText(str(state.get("text", "")))
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def flush(self) -> None:
        """Apply a pending (debounced) search now."""
        if self._debounce.isActive():
            self._debounce.stop()
            self.changed.emit()
