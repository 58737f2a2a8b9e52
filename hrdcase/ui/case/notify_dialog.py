"""Record a notification to the defender: a form where nothing is assumed. The channel, how and when
the defender consented, and who vetted it are chosen by the responder (no "now", no "in writing",
and never the sender as their own vetter while someone else could vet)."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hrdcase.models.entities import Responder
from hrdcase.models.enums import NotificationChannel
from hrdcase.models.notification import ConsentMethod, NotificationRequest
from hrdcase.ui.case.outreach_text import consent_method_label, notification_channel_label
from hrdcase.ui.context import UiContext
from hrdcase.ui.forms import GuardedDialog
from hrdcase.ui.widgets import FieldErrors, add_row, error_label, fill_combo, py_datetime, qt_datetime

NO_DATE = QDateTime.fromSecsSinceEpoch(0)  # the edit's "not chosen yet" value


def vetters(responders: list[Responder], me: int | None) -> list[Responder]:
    """Who may vet: everyone but the sender, unless the sender is the only person."""
    others = [r for r in responders if r.id != me]
    return others if others else list(responders)


class ConsentDateEdit(QDateTimeEdit):
    """Starts on "Choose the date" (no date); the first click or key turns it into today at 00:00,
    so editing (and the calendar) starts from this month, not 1970. Tabbing through chooses
    nothing."""

    def __init__(self, today: QDateTime) -> None:
        super().__init__()
        self._today = QDateTime(today.date(), QTime(0, 0))
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.setMinimumDateTime(NO_DATE)
        self.setMaximumDateTime(today)
        self.setDateTime(NO_DATE)

    def chosen(self) -> bool:
        return self.dateTime() != NO_DATE

    def _start(self) -> None:
        if not self.chosen():
            self.setDateTime(self._today)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.chosen():  # this click only starts on today (passed on, it stepped a year)
            self._start()
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape):
            self._start()
        super().keyPressEvent(event)


class NotifyDialog(GuardedDialog):
    recorded = Signal(int)  # case id

    def __init__(self, ctx: UiContext, case_id: int, responders: list[Responder],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.case_id = case_id
        self.setWindowTitle(self.tr("Record notification"))
        choose = self.tr("Choose…")
        self.channel, self.method, self.vetted_by = QComboBox(), QComboBox(), QComboBox()
        fill_combo(self.channel, [(choose, None)] + [
            (notification_channel_label(c), c.value) for c in NotificationChannel])
        fill_combo(self.method, [(choose, None)] + [
            (consent_method_label(m), m.value) for m in ConsentMethod])
        me = ctx.session.me.id if ctx.session.me is not None else None
        fill_combo(self.vetted_by, [(choose, None)] + [
            (r.display_name, r.id) for r in vetters(responders, me)])
        self.consent_at = ConsentDateEdit(qt_datetime(ctx.session.clock.now()))
        self.consent_at.setSpecialValueText(self.tr("Choose the date"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self._build()

    def _build(self) -> None:
        self.general = error_label(self)
        self.errors = FieldErrors(self.general)
        intro = QLabel(self.tr("Record a notification only after the defender consented and "
                               "someone vetted what is sent."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        e = self.errors
        add_row(form, self.tr("Sec&ure channel:"), self.channel, self.tr("Secure channel"), e,
                ["channel"])
        add_row(form, self.tr("Consent ho&w:"), self.method, self.tr("How consent was given"))
        add_row(form, self.tr("Con&sent given on:"), self.consent_at,
                self.tr("When consent was given"), e, ["consent"])
        add_row(form, self.tr("Vetted &by:"), self.vetted_by, self.tr("Vetted by"), e,
                ["vetted_by"])
        add_row(form, self.tr("N&ote:"), self.note, self.tr("Notification note"), e, ["note"])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = self.buttons.addButton(self.tr("&Record"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.general):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def request(self) -> NotificationRequest:
        """What the form says; unchosen parts stay None for the rules to refuse."""
        chosen = self.consent_at.dateTime()
        consent = py_datetime(chosen) if self.consent_at.chosen() else None
        method = self.method.currentData()
        channel = self.channel.currentData()
        return NotificationRequest(
            channel=NotificationChannel(channel) if channel else None,  # type: ignore[arg-type]  # None: refused
            vetted_by=self.vetted_by.currentData(),
            consent_at=consent,
            consent_method=ConsentMethod(method) if method else None,
            note=self.note.toPlainText(),
        )

    def is_dirty(self) -> bool:
        return bool(self.note.toPlainText().strip()) or self.consent_at.chosen() or any(
            combo.currentIndex() > 0 for combo in (self.channel, self.method, self.vetted_by))

    def discard(self) -> None:
        self.note.clear()
        self.consent_at.setDateTime(NO_DATE)
        for combo in (self.channel, self.method, self.vetted_by):
            combo.setCurrentIndex(0)

    def save(self) -> None:
        case_id, request = self.case_id, self.request()
        self.errors.clear()
        self.buttons.setEnabled(False)
        self._ctx.mutate(lambda s: s.notify.notify(case_id, request), self._recorded,
                         self._failed, owner=self)

    def _recorded(self, _result: object) -> None:
        self.buttons.setEnabled(True)
        self.discard()
        self.recorded.emit(self.case_id)
        self.accept()
