"""The evidence strip of the Incidents tab: thumbnails of the selected incident's images, a graphic
image shown as a blurred grey placeholder captioned "Graphic — hidden" until the case view's "Show
graphic material" box reveals it (that box is the one reveal state: the exposure ledger follows it).
Enter or a double-click opens the image larger; "Attach evidence…" reads the chosen file on the
worker; "Mark (not) graphic" changes the flag for everyone on the case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdcase.models.changes import ChangeSet
from hrdcase.models.entities import Incident
from hrdcase.models.evidence import EvidenceMeta, graphic_by_default
from hrdcase.ui import forms
from hrdcase.ui.case.evidence_images import THUMB_SIZE, Decoded, case_thumbnails
from hrdcase.ui.case.evidence_viewer import EvidenceViewer, describe
from hrdcase.ui.context import UiContext
from hrdcase.ui.hygiene import open_file_name
from hrdcase.ui.i18n import translate
from hrdcase.ui.ops import user_message
from hrdcase.ui.widgets import error_label

Index = QModelIndex | QPersistentModelIndex
MetaRole = Qt.ItemDataRole.UserRole + 1
IMAGE_FILTER = "*.png *.jpg *.jpeg *.gif *.webp"


def hidden_caption() -> str:
    return translate("Evidence", "Graphic — hidden")


class EvidenceModel(QAbstractListModel):
    """The images of one incident. Pixmaps are made here, on the GUI thread, from worker QImages."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Decoded, QPixmap | None, QPixmap | None]] = []
        self.revealed = False

    def set_images(self, images: list[Decoded]) -> None:
        self.beginResetModel()
        self._rows = [(d, QPixmap.fromImage(d.image) if d.image is not None else None,
                       QPixmap.fromImage(d.placeholder) if d.placeholder is not None else None)
                      for d in images]
        self.endResetModel()

    def set_revealed(self, on: bool) -> None:
        self.revealed = on
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def meta(self, row: int) -> EvidenceMeta | None:
        return self._rows[row][0].meta if 0 <= row < len(self._rows) else None

    def hidden(self, row: int) -> bool:
        meta = self.meta(row)
        return meta is not None and meta.graphic and not self.revealed

    def pixmap(self, row: int) -> QPixmap | None:
        """What the strip shows for `row`: the placeholder while the image is hidden."""
        if not 0 <= row < len(self._rows):
            return None
        _decoded, image, hidden = self._rows[row]
        return hidden if self.hidden(row) else image

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = index.row()
        meta = self._rows[row][0].meta
        if role == Qt.ItemDataRole.DecorationRole:
            return self.pixmap(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if self.hidden(row):
                return hidden_caption()
            name = describe(meta, short=True)
            return translate("Evidence", "{name} (graphic)").format(name=name) if meta.graphic \
                else name
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if self.hidden(row):
                return translate("Evidence", "A graphic image, hidden. Tick “Show graphic "
                                             "material” to reveal it; Enter opens it.")
            return describe(meta)
        if role == MetaRole:
            return meta
        return None


class EvidenceStrip(QWidget):
    def __init__(self, ctx: UiContext, reveal: QCheckBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._reveal = reveal
        self._generation = 0
        self._case_id: int | None = None
        self._incident: Incident | None = None
        self._images: list[Decoded] = []
        self.viewer: EvidenceViewer | None = None
        self.model = EvidenceModel(self)
        self.view = self._list_view()
        self.empty = QLabel(self.tr("No evidence images for this incident."))
        self.empty.setStyleSheet("color: #555;")
        self.attach_button = QPushButton(self.tr("&Attach image…"))
        self.attach_button.setAccessibleName(self.tr("Attach an evidence image to the incident"))
        self.attach_button.clicked.connect(self.attach)
        self.attach_graphic = QCheckBox(self.tr("Hide as g&raphic"))
        self.attach_graphic.setAccessibleName(self.tr("Keep the image to attach hidden as graphic"))
        self.mark_button = QPushButton(self.tr("Mar&k not graphic"))
        self.mark_button.setAccessibleName(self.tr("Change whether the selected image is graphic"))
        self.mark_button.clicked.connect(self.toggle_graphic)
        self.error = error_label(self)
        reveal.toggled.connect(self.model.set_revealed)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.view.activated.connect(lambda index: self.open_viewer(index.row()))
        ctx.notifier.changed.connect(self._on_changes)
        self._layout()
        self._update_buttons()

    def _list_view(self) -> QListView:
        view = QListView()
        view.setModel(self.model)
        view.setAccessibleName(self.tr("Evidence images of the selected incident"))
        view.setViewMode(QListView.ViewMode.IconMode)
        view.setFlow(QListView.Flow.LeftToRight)
        view.setWrapping(False)
        view.setMovement(QListView.Movement.Static)
        view.setIconSize(THUMB_SIZE)
        view.setGridSize(QSize(THUMB_SIZE.width() + 24, THUMB_SIZE.height() + 40))
        view.setWordWrap(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setMaximumHeight(THUMB_SIZE.height() + 52)  # shrinks (scrolls) in a small window
        view.setMinimumHeight(48)
        return view

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for widget in (self.attach_button, self.attach_graphic):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.mark_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    # ---- what is shown
    def show_case(self, case_id: int) -> None:
        """Show another case's images. The case view calls this on every reload; images are
        fetched and decoded again only for another case or when evidence of this one changed."""
        if case_id != self._case_id:
            self._load(case_id)

    def _on_changes(self, changes: ChangeSet) -> None:
        if self._case_id in changes.cases and "evidence" in changes.entities:
            self._load(self._case_id)

    def _load(self, case_id: int) -> None:
        """Every image of the case, decoded on the worker."""
        self._generation += 1
        gen = self._generation
        if case_id != self._case_id:
            self._images = []
            self._filter()
        self._case_id = case_id
        self._ctx.query(lambda s: case_thumbnails(s, case_id),
                        lambda images: self._loaded(gen, images),
                        lambda exc: self._failed(gen, exc), owner=self)

    def show_incident(self, incident: Incident | None) -> None:
        if incident is None or self._incident is None or incident.id != self._incident.id:
            self.error.setVisible(False)
            self.attach_graphic.setChecked(
                incident is not None and graphic_by_default(incident.graphic, incident.category))
        self._incident = incident
        self._filter()

    def clear(self) -> None:
        self._generation += 1
        self._case_id = None
        self._images = []
        self.show_incident(None)

    def _loaded(self, gen: int, images: list[Decoded]) -> None:
        if gen == self._generation:
            self._images = images
            self._filter()

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen == self._generation:
            self._show_error(exc)

    def _filter(self) -> None:
        current = self.model.meta(self.view.currentIndex().row())
        incident_id = self._incident.id if self._incident else None
        self.model.set_images([d for d in self._images if d.meta.incident_id == incident_id])
        for row in range(self.model.rowCount()):  # a reload keeps the selected image
            meta = self.model.meta(row)
            if current is not None and meta is not None and meta.id == current.id:
                self.view.setCurrentIndex(self.model.index(row))
        self.empty.setVisible(self.model.rowCount() == 0)
        self.view.setVisible(self.model.rowCount() > 0)  # no empty box: the incidents get the room
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.attach_button.setEnabled(self._incident is not None)
        self.attach_graphic.setEnabled(self._incident is not None)
        meta = self.selected()
        self.mark_button.setEnabled(meta is not None)
        self.mark_button.setText(self.tr("Mar&k not graphic") if meta is None or meta.graphic
                                 else self.tr("Mar&k graphic"))

    def selected(self) -> EvidenceMeta | None:
        index = self.view.currentIndex()
        return self.model.meta(index.row()) if index.isValid() else None

    def _show_error(self, exc: BaseException) -> None:
        self.error.setText(user_message(exc))
        self.error.setVisible(True)

    # ---- actions
    def attach(self) -> None:
        if self._incident is None:
            return
        path = open_file_name(  # Qt's own dialog, leaving no trace (ui/hygiene.py)
            self, self.tr("Attach an evidence image"),
            self.tr("Images ({patterns})").format(patterns=IMAGE_FILTER))
        if not path:
            return
        incident_id, graphic = self._incident.id, self.attach_graphic.isChecked()
        self.error.setVisible(False)
        self._ctx.mutate(lambda s: s.evidence.attach_file(incident_id, path, graphic),
                         on_error=self._show_error, owner=self)

    def toggle_graphic(self) -> None:
        meta = self.selected()
        if meta is None:
            return
        if meta.graphic and not forms.confirm(
                self, self.tr("Mark not graphic"),
                self.tr("Mark this image as not graphic? It will then show unblurred to everyone "
                        "who opens the case, without a warning."), self.tr("Mar&k not graphic")):
            return
        self.error.setVisible(False)
        self._ctx.mutate(lambda s: s.evidence.mark_graphic(meta.id, not meta.graphic),
                         on_error=self._show_error, owner=self)

    def open_viewer(self, row: int) -> EvidenceViewer | None:
        meta = self.model.meta(row)
        if meta is None:
            return None
        self.viewer = EvidenceViewer(self._ctx, meta, self._reveal, self.window())
        self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer.destroyed.connect(lambda *_: setattr(self, "viewer", None))
        self.viewer.open()
        return self.viewer
