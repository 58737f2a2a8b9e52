""""My time zone…": the signed-in responder picks their IANA zone from a filterable list. The zone sets
their local day and week for exposure totals and the hour after which no graphic work is assigned to
them. The list (with each zone's UTC offset now) comes from the service, off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdcase.ui.context import UiContext
from hrdcase.ui.ops import user_message
from hrdcase.ui.widgets import error_label


class TimeZoneDialog(QDialog):
    saved = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.current: str | None = None
        self.setWindowTitle(self.tr("My time zone"))
        intro = QLabel(self.tr("Your time zone sets your local day and week for exposure totals, "
                               "and the hour after which no graphic work is assigned to you."))
        intro.setWordWrap(True)
        self.current_label = QLabel(self.tr("Loading…"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to filter, for example Lisbon or Bogota"))
        self.filter.setAccessibleName(self.tr("Filter time zones"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        self.filter.installEventFilter(self)
        filter_label = QLabel(self.tr("&Find:"))
        filter_label.setBuddy(self.filter)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Time zones"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentItemChanged.connect(lambda *_: self._sync())
        self.list.itemActivated.connect(lambda _item: self.save())
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save my time zone"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.current_label, filter_label, self.filter):
            layout.addWidget(widget)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(460, 520)
        self._sync()
        ctx.query(lambda s: (s.wellbeing.my_timezone(), s.wellbeing.time_zones()), self._loaded,
                  self._failed, owner=self)

    def _loaded(self, got: tuple[str, list[tuple[str, str]]]) -> None:
        self.current, zones = got
        self.current_label.setText(self.tr("Your time zone now: {zone}").format(zone=self.current))
        self.list.clear()
        for name, offset in zones:
            item = QListWidgetItem(self.tr("{zone}  ({offset})").format(zone=name, offset=offset))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)
            if name == self.current:
                self.list.setCurrentItem(item)
        self.apply_filter(self.filter.text())
        self.filter.setFocus()

    def apply_filter(self, text: str) -> None:
        """Show only zones whose name (or offset) contains every typed word; keep a visible row
        current so that Enter saves what is shown."""
        words = [w.casefold() for w in text.replace("_", " ").split()]
        first: QListWidgetItem | None = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            label = item.text().replace("_", " ").casefold()
            hidden = not all(w in label for w in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.list.currentItem()
        if first is not None and (current is None or current.isHidden()):
            self.list.setCurrentItem(first)
        if self.list.currentItem() is not None:
            self.list.scrollToItem(self.list.currentItem())
        self._sync()

    def selected(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None or item.isHidden() else str(item.data(Qt.ItemDataRole.UserRole))

    def _sync(self) -> None:
        self.save_button.setEnabled(self.selected() is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the filter box move through the list; Enter saves."""
        if watched is self.filter and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.save()
                return True
        return super().eventFilter(watched, event)

    def _step(self, delta: int) -> None:
        rows = [r for r in range(self.list.count()) if not self.list.item(r).isHidden()]
        if not rows:
            return
        now = self.list.currentRow()
        at = rows.index(now) + delta if now in rows else 0
        self.list.setCurrentRow(rows[max(0, min(len(rows) - 1, at))])

    def save(self) -> None:
        name = self.selected()
        if name is None:
            return
        me = self._ctx.session.me
        if me is None:
            self._show_error(self.tr("Sign in as a responder first."))
            return
        self.save_button.setEnabled(False)
        self._ctx.mutate(lambda s: s.wellbeing.set_timezone(me.id, name), lambda _c: self._done(name),
                         self._failed, owner=self)

    def _done(self, name: str) -> None:
        self.saved.emit(name)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._show_error(user_message(exc))

    def _show_error(self, text: str) -> None:
        self._sync()
        self.error.setText(text)
        self.error.setVisible(True)
