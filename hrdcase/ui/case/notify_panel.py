"""The "Notify HRD" tab: vetting, recorded consent and a secure channel before a notification is
recorded; refused, with the reason, when the defender asked not to be contacted. History below."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QDateTime, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hrdcase.models.entities import Defender, Notification, Responder
from hrdcase.models.enums import NotificationChannel
from hrdcase.models.notification import ConsentMethod, NotificationRequest, block_reason
from hrdcase.services.session import Session
from hrdcase.ui.case.outreach_text import consent_method_label, notification_channel_label
from hrdcase.ui.case.panel import CasePanel
from hrdcase.ui.context import UiContext
from hrdcase.ui.i18n import translate
from hrdcase.ui.labels import when
from hrdcase.ui.ops import user_message
from hrdcase.ui.widgets import ERROR_STYLE, FieldErrors, add_row, error_label, fill_combo

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
        self.history = NotificationModel(self)
        self.blocked = QLabel()
        self.blocked.setWordWrap(True)
        self.blocked.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.blocked.setAccessibleName(self.tr("Why no notification can be sent"))
        self.errors = FieldErrors(error_label(self))
        self.vetted_by, self.method, self.channel = QComboBox(), QComboBox(), QComboBox()
        fill_combo(self.method, [(consent_method_label(m), m.value) for m in ConsentMethod])
        fill_combo(self.channel,
                   [(notification_channel_label(c), c.value) for c in NotificationChannel])
        self.consent_at = QDateTimeEdit()
        self.consent_at.setCalendarPopup(True)
        self.consent_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(70)
        self.note.setTabChangesFocus(True)
        self.send_button = QPushButton(self.tr("&Record notification"))
        self.send_button.clicked.connect(self.send)
        self._layout()

    def _layout(self) -> None:
        form_box = QGroupBox(self.tr("New notification"))
        form = QFormLayout(form_box)
        e = self.errors
        add_row(form, self.tr("Vetted &by:"), self.vetted_by, self.tr("Vetted by"), e, ["vetted_by"])
        add_row(form, self.tr("Con&sent given:"), self.consent_at, self.tr("When consent was given"),
                e, ["consent"])
        add_row(form, self.tr("Consent ho&w:"), self.method, self.tr("How consent was given"))
        add_row(form, self.tr("Sec&ure channel:"), self.channel, self.tr("Secure channel"), e,
                ["channel"])
        add_row(form, self.tr("N&ote:"), self.note, self.tr("Notification note"), e, ["note"])
        form.addRow(self.send_button)
        view = QListView()
        view.setModel(self.history)
        view.setAccessibleName(self.tr("Notifications sent"))
        view.setWordWrap(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        history_box = QGroupBox(self.tr("Sent"))
        QVBoxLayout(history_box).addWidget(view)
        view.setMinimumHeight(60)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.blocked)
        layout.addWidget(self.errors.general)
        layout.addWidget(form_box)
        layout.addWidget(history_box, 1)
        self.form_box = form_box
        scroll = QScrollArea()  # the form stays reachable when the window is short
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def title(self) -> str:
        return self.tr("&Notify")

    def show_case(self, case_id: int | None) -> None:
        if case_id != self.case_id:
            self.note.clear()
            self.errors.clear()
            self.consent_at.setDateTime(QDateTime(self._ctx.session.clock.now().astimezone()))
        super().show_case(case_id)

    def has_unsaved(self) -> bool:
        return bool(self.note.toPlainText().strip())

    def discard_unsaved(self) -> None:
        self.note.clear()

    def load(self, case_id: int, generation: int) -> None:
        self._ctx.query(lambda s: fetch(s, case_id), lambda data: self._apply(generation, data),
                        self._failed, owner=self)

    def _apply(self, generation: int, data: NotifyData) -> None:
        if not self.is_current(generation):
            return
        self.defender = data.defender
        me = self._ctx.session.me
        fill_combo(self.vetted_by, [(r.display_name, r.id) for r in data.responders])
        if me is not None and self.vetted_by.currentIndex() == 0:
            self.vetted_by.setCurrentIndex(max(self.vetted_by.findData(me.id), 0))
        names = {r.id: r.display_name for r in data.responders}
        self.history.set_history(data.history, names)
        reason = block_reason(data.defender)
        self.blocked.setText(self.tr("Refused: {reason}").format(reason=reason) if reason else "")
        self.blocked.setVisible(reason is not None)
        self.form_box.setEnabled(reason is None)
        self.loaded.emit(self.case_id or 0)

    def request(self) -> NotificationRequest:
        consent = self.consent_at.dateTime().toPython().astimezone()
        return NotificationRequest(
            channel=NotificationChannel(self.channel.currentData()),
            vetted_by=self.vetted_by.currentData(),
            consent_at=consent,
            consent_method=ConsentMethod(self.method.currentData()),
            note=self.note.toPlainText(),
        )

    def send(self) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        request = self.request()
        self.errors.clear()
        self._ctx.mutate(lambda s: s.notify.notify(case_id, request), lambda _r: self.note.clear(),
                         self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self.errors.show(user_message(exc), getattr(exc, "field", None))
