"""The case view: loads one `CaseDetail` off the GUI thread and shows it; refreshes itself only
when a change set names its case."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrdcase.models.changes import ChangeSet
from hrdcase.services.queries import CaseDetail
from hrdcase.ui.case import outreach_text
from hrdcase.ui.case.evidence import EvidenceStrip
from hrdcase.ui.case.header import CaseHeader, DefenderPanel
from hrdcase.ui.case.models import DESCRIPTION_COLUMN, IncidentModel, RiskNoteModel
from hrdcase.ui.case.panel import CasePanel
from hrdcase.ui.case.panels import panel_factories
from hrdcase.ui.case.timeline import TimelineModel
from hrdcase.ui.case.undo import UndoBar
from hrdcase.ui.case.unsaved import confirm_leave
from hrdcase.ui.case_edit import CaseEditDialog
from hrdcase.ui.context import UiContext
from hrdcase.ui.ops import user_message
from hrdcase.ui.widgets import scrolled


def _group(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def _list(model: QAbstractItemModel, accessible: str) -> QListView:
    view = QListView()
    view.setModel(model)
    view.setAccessibleName(accessible)
    view.setWordWrap(True)
    view.setUniformItemSizes(False)
    view.setSpacing(2)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    return view


class CaseView(QWidget):
    loaded = Signal(int)  # the id of the case now shown

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._case_id: int | None = None
        self._generation = 0
        self.detail: CaseDetail | None = None
        self.header = CaseHeader()
        self.defender = DefenderPanel()
        self.incidents = IncidentModel(self)
        self.risk_notes = RiskNoteModel(self)
        self.timeline = TimelineModel(self)
        self.panels: list[CasePanel] = [make(ctx) for make in panel_factories()]
        self.stack = QStackedWidget()
        self.empty = QLabel(self.tr("Select a case in the queue to see it here."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._detail_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.header.edit_requested.connect(self.edit)
        ctx.notifier.changed.connect(self._on_changes)

    def _detail_page(self) -> QWidget:
        self.incident_view = self._incident_table()
        self.show_graphic = QCheckBox(self.tr("Sho&w graphic material"))
        self.show_graphic.setAccessibleName(
            self.tr("Show graphic material: incident descriptions and evidence images"))
        self.evidence = EvidenceStrip(self._ctx, self.show_graphic)  # the incident's images
        self.show_graphic.toggled.connect(self.incidents.set_show_graphic)
        self.show_graphic.toggled.connect(lambda _on: self._show_incident())
        self.incident_text = QPlainTextEdit()
        self.incident_text.setReadOnly(True)
        self.incident_text.setAccessibleName(self.tr("Selected incident, full text"))
        self.incident_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_incident())
        self.risk_view = _list(self.risk_notes, self.tr("Risk notes"))
        self.risk_empty = QLabel(self.tr("No risk assessment yet."))
        self.risk_empty.setStyleSheet("color: #555;")
        self.risk_empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.timeline_view = _list(self.timeline, self.tr("Timeline"))
        summary = QWidget()
        left = QVBoxLayout(summary)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.header)
        left.addWidget(self.defender)
        left.addWidget(_group(self.tr("Risk notes"), self.risk_empty, self.risk_view), 1)
        self.columns = QSplitter(Qt.Orientation.Horizontal)
        self.columns.setChildrenCollapsible(False)
        self.columns.addWidget(scrolled(summary))  # a long title never squeezes the header
        incidents = QSplitter(Qt.Orientation.Vertical)
        incidents.addWidget(self.incident_view)
        incidents.addWidget(self.incident_text)
        incidents.setSizes([140, 220])
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Case workflows"))
        incident_page = QWidget()
        incident_layout = QVBoxLayout(incident_page)
        incident_layout.setContentsMargins(6, 6, 6, 6)
        incident_layout.addWidget(incidents, 1)
        incident_layout.addWidget(self.evidence)
        incident_layout.addWidget(self.show_graphic)
        self.tabs.addTab(incident_page, self.tr("&Incidents"))
        for panel in self.panels:
            self.tabs.addTab(panel, panel.title())
        self.columns.addWidget(self.tabs)
        self.columns.addWidget(_group(self.tr("Timeline"), self.timeline_view))
        self.columns.setSizes([440, 440, 400])
        self.undo_bar = UndoBar(self._ctx)  # "Saved: … [Undo]" after an edit, for a short while
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.columns, 1)
        return page

    def _incident_table(self) -> QTableView:
        view = QTableView()
        view.setModel(self.incidents)
        view.setAccessibleName(self.tr("Incidents"))
        view.verticalHeader().setVisible(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = view.horizontalHeader()
        for column in range(DESCRIPTION_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION_COLUMN, QHeaderView.ResizeMode.Stretch)
        return view

    def layout_state(self) -> dict[str, object]:
        """The current tab and the widths of the three columns, for the main window to keep."""
        return {"tab": self.tabs.currentIndex(), "columns": self.columns.sizes()}

    def restore_layout(self, state: object) -> None:
        if not isinstance(state, dict):
            return
        tab = state.get("tab")
        if isinstance(tab, int) and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        sizes = state.get("columns")
        if (isinstance(sizes, list) and len(sizes) == self.columns.count()
                and all(isinstance(n, int) and 0 < n <= 100_000 for n in sizes)):
            self.columns.setSizes(sizes)

    @property
    def case_id(self) -> int | None:
        return self._case_id

    def confirm_leave(self) -> bool:
        """Before another case or closing: ask (Discard / Cancel) if a tab holds unsaved text."""
        return confirm_leave(self, self.panels)

    def show_case(self, case_id: int) -> None:
        if case_id != self._case_id:
            self.show_graphic.setChecked(False)
            self.undo_bar.dismiss()  # an undo belongs to the case it was offered on
        self._case_id = case_id
        self.reload()

    def reload(self) -> None:
        if self._case_id is None:
            return
        self._generation += 1
        gen, case_id = self._generation, self._case_id
        self._ctx.query(lambda s: outreach_text.case_detail(s, case_id),
                        lambda detail: self._apply(gen, detail),
                        lambda exc: self._failed(gen, exc), owner=self)

    def clear(self, message: str = "") -> None:
        self._case_id = None
        self.undo_bar.dismiss()
        self.detail = None
        self._generation += 1
        for panel in self.panels:
            panel.show_case(None)
        self.evidence.clear()
        self.empty.setText(message or self.tr("Select a case in the queue to see it here."))
        self.stack.setCurrentWidget(self.empty)

    def _apply(self, gen: int, detail: CaseDetail) -> None:
        if gen != self._generation:
            return
        keep = self._current_incident_id(detail.case.id)  # a reload keeps the selected incident
        self.detail = detail
        if self.panels and self.panels[0].case_id != detail.case.id:
            for panel in self.panels:
                panel.show_case(detail.case.id)
        self.header.show_detail(detail)
        self.defender.show_defender(detail.defender)
        self.incidents.set_incidents(detail.incidents)
        self.risk_notes.set_notes(detail.risk_notes, detail.actor_names)
        self.risk_empty.setVisible(not detail.risk_notes)
        self.risk_view.setVisible(bool(detail.risk_notes))
        self.evidence.show_case(detail.case.id)
        if detail.incidents:
            ids = [i.id for i in detail.incidents]
            self.incident_view.selectRow(ids.index(keep) if keep in ids else len(ids) - 1)
        self._show_incident()
        self.timeline.set_entries(detail.timeline, detail.actor_names)
        self.stack.setCurrentIndex(1)
        self.loaded.emit(detail.case.id)

    def _current_incident_id(self, case_id: int) -> int | None:
        """The selected incident's id, when the view still shows `case_id` (else None: a new case
        opens on its latest incident)."""
        row = self.incident_view.currentIndex().row()
        if self.detail is None or self.detail.case.id != case_id:
            return None
        return self.detail.incidents[row].id if 0 <= row < len(self.detail.incidents) else None

    def _show_incident(self) -> None:
        current = self.incident_view.currentIndex()
        row = current.row() if current.isValid() else -1
        self.incident_text.setPlainText(self.incidents.full_text(row))
        incidents = self.detail.incidents if self.detail else []
        self.evidence.show_incident(incidents[row] if 0 <= row < len(incidents) else None)

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen == self._generation:
            self.clear(user_message(exc))

    def _on_changes(self, changes: ChangeSet) -> None:
        if self._case_id is not None and self._case_id in changes.cases:
            self.reload()

    def edit(self) -> CaseEditDialog | None:
        if self._case_id is None:
            return None
        dialog = CaseEditDialog(self._ctx, self._case_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.undoable.connect(self.undo_bar.offer)
        dialog.open()
        return dialog
