"""The "Notify HRD" tab: the notifications sent, and "Record notification…", which opens a form
(`notify_dialog.py`) for the channel, the consent and the vetting; refused, with the reason, when the
defender asked not to be contacted."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdcase.models.entities import Defender, Notification, Responder
from hrdcase.models.notification import block_reason
from hrdcase.services.session import Session
from hrdcase.ui.case.notify_dialog import NotifyDialog
from hrdcase.ui.case.outreach_text import consent_method_label, notification_channel_label
from hrdcase.ui.case.panel import CasePanel
from hrdcase.ui.case.unsaved import close_dialogs, open_dirty_dialogs
from hrdcase.ui.context import UiContext
from hrdcase.ui.i18n import translate
from hrdcase.ui.labels import when
from hrdcase.ui.ops import user_message
from hrdcase.ui.widgets import ERROR_STYLE, error_label

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class NotifyData:
    defender: Defender | None
    history: list[Notification]
    responders: list[Responder]


def fetch(session: Session, case_id: int) -> NotifyData:
    return NotifyData(session.notify.defender(case_id), session.notify.history(case_id),
                      session.queries.responders())


class NotificationModel(QAbstractListModel):
    """Newest first: when, channel, who vetted, how consent was given."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Notification] = []
        self._names: dict[int, str] = {}

    def set_history(self, rows: list[Notification], names: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows, self._names = list(rows), dict(names)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        n = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = translate("Notify", "{when} — {channel}; vetted by {vetter}; consent {method} "
                             "on {consent}; sent by {sender}")
            return text.format(
                when=when(n.sent_at), channel=notification_channel_label(n.channel),
                vetter=self._names.get(n.vetted_by or -1, "?"),
                method=consent_method_label(n.consent_method).lower(), consent=when(n.consent_at),
                sender=self._names.get(n.sent_by or -1, translate("Notify", "someone")))
        if role == Qt.ItemDataRole.ToolTipRole:
            return n.note
        return None


class NotifyPanel(CasePanel):
    loaded = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.defender: Defender | None = None
        self.data: NotifyData | None = None
        self.history = NotificationModel(self)
        self.blocked = QLabel()
        self.blocked.setWordWrap(True)
        self.blocked.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.blocked.setAccessibleName(self.tr("Why no notification can be sent"))
        self.error = error_label(self)
        self.send_button = QPushButton(self.tr("&Record notification…"))
        self.send_button.setAccessibleName(self.tr("Record a notification: channel, consent, "
                                                   "vetting"))
        self.send_button.clicked.connect(self.open_form)
        self._layout()

    def _layout(self) -> None:
        view = QListView()
        view.setModel(self.history)
        view.setAccessibleName(self.tr("Notifications sent"))
        view.setWordWrap(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        history_box = QGroupBox(self.tr("Sent"))
        QVBoxLayout(history_box).addWidget(view)
        view.setMinimumHeight(60)
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.blocked)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(history_box, 1)

    def title(self) -> str:
        return self.tr("&Notify")

    def has_unsaved(self) -> bool:
        return bool(open_dirty_dialogs(self))

    def discard_unsaved(self) -> None:
        close_dialogs(open_dirty_dialogs(self))

    def load(self, case_id: int, generation: int) -> None:
        self._ctx.query(lambda s: fetch(s, case_id), lambda data: self._apply(generation, data),
                        self._failed, owner=self)

    def _apply(self, generation: int, data: NotifyData) -> None:
        if not self.is_current(generation):
            return
        self.data, self.defender = data, data.defender
        names = {r.id: r.display_name for r in data.responders}
        self.history.set_history(data.history, names)
        reason = block_reason(data.defender)
        self.blocked.setText(self.tr("Refused: {reason}").format(reason=reason) if reason else "")
        self.blocked.setVisible(reason is not None)
        self.send_button.setEnabled(reason is None)
        self.error.setVisible(False)
        self.loaded.emit(self.case_id or 0)

    def open_form(self) -> NotifyDialog | None:
        """The form: nothing is recorded until it is filled in and Record is pressed."""
        if self.case_id is None or self.data is None:
            return None
        dialog = NotifyDialog(self._ctx, self.case_id, self.data.responders, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(user_message(exc))
        self.error.setVisible(True)
