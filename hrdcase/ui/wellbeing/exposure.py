"""Exposure to graphic material, as the case screen sees it: revealing graphic incident text goes
through the service's ledger (reveal / hide), a status-bar clock shows today's minutes against the
limit, and a non-modal prompt asks for a break when one is due. Blurring or hiding text does not
protect anyone on its own (DOMAIN.md): what is enforced is time, breaks and load."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QMessageBox, QWidget

from hrdcase.services.wellbeing_api import ExposureNow
from hrdcase.ui.context import UiContext
from hrdcase.ui.wellbeing.text import minutes

if TYPE_CHECKING:
    from hrdcase.models.changes import ChangeSet
    from hrdcase.services.session import Session

CLOCK_REFRESH_MS = 30_000
REPORT_EVERY_S = 5 * 60  # while graphic material stays revealed: a fresh team signal this often
IDLE_AFTER_S = 5 * 60  # no input this long while graphic text is shown: stop counting


def _reveal(incident_id: int) -> Callable[[Session], ChangeSet]:
    return lambda s: s.wellbeing.reveal(incident_id)


def _hide(incident_id: int) -> Callable[[Session], ChangeSet]:
    return lambda s: s.wellbeing.hide(incident_id)


class ExposureTracker(QObject):
    """Connects a case view's "Show graphic material" box to the ledger. On: reveal every graphic
    incident of the shown case (graphic text or a graphic evidence image; and any that arrives
    while on). Off, another case, closing the window or the image viewer: hide."""

    def __init__(self, ctx: UiContext, toggle: QCheckBox, graphic_ids: Callable[[], Iterable[int]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._toggle = toggle
        self._graphic_ids = graphic_ids  # () -> the graphic incident ids of the shown case
        self.revealed: set[int] = set()
        self.last_input = time.monotonic()
        self.last_report = time.monotonic()
        toggle.toggled.connect(self._toggled)

    def _toggled(self, on: bool) -> None:
        if on:
            self.sync()
        else:
            self.hide_all()

    def sync(self) -> None:
        """Reveal the shown case's graphic incidents not yet revealed (after a reload); hide
        those no longer graphic (their only graphic image was marked not graphic)."""
        if not self._toggle.isChecked():
            return
        graphic = list(self._graphic_ids())
        for incident_id in sorted(self.revealed.difference(graphic)):
            self.revealed.discard(incident_id)
            self._ctx.mutate(_hide(incident_id), owner=self)
        for incident_id in graphic:
            if incident_id not in self.revealed:
                self.revealed.add(incident_id)
                self.last_report = time.monotonic()  # the reveal itself sends a signal
                self._ctx.mutate(_reveal(incident_id), owner=self)

    def hide_all(self) -> None:
        for incident_id in sorted(self.revealed):
            self._ctx.mutate(_hide(incident_id), owner=self)
        self.revealed.clear()

    def lock(self) -> None:
        """The profile locks: the ledger ends every open reveal."""
        self.revealed.clear()
        self._toggle.setChecked(False)
        self._ctx.mutate(lambda s: s.wellbeing.lock())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                            QEvent.Type.MouseMove, QEvent.Type.Wheel):
            self.last_input = time.monotonic()
        return False

    def report_if_due(self, now: float | None = None) -> bool:
        """While material stays revealed, refresh the team's view of this responder's exposure
        every `REPORT_EVERY_S` (the ledger itself records only reveal and hide)."""
        now = time.monotonic() if now is None else now
        if not self.revealed or now - self.last_report < REPORT_EVERY_S:
            return False
        self.last_report = now
        self._ctx.mutate(lambda s: s.wellbeing.report_exposure(), owner=self)
        return True

    def check_idle(self, now: float | None = None) -> bool:
        """Idle with graphic text shown: tell the ledger and hide the text."""
        now = time.monotonic() if now is None else now
        if not self.revealed or now - self.last_input < IDLE_AFTER_S:
            return False
        self.revealed.clear()
        self._ctx.mutate(lambda s: s.wellbeing.idle(), owner=self)
        self._toggle.setChecked(False)
        return True


class ExposureClock(QLabel):
    """"Exposure today: 1 h 10 min of 5 h 00 min", refreshed every 30 s; prompts a due break."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.now: ExposureNow | None = None
        self.prompt: QMessageBox | None = None
        self._prompted_for: object = None
        self.setAccessibleName(self.tr("Graphic exposure today"))
        self.timer = QTimer(self)
        self.timer.setInterval(CLOCK_REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        ctx.notifier.changed.connect(
            lambda changes: self.refresh() if "exposure" in changes.entities else None)

    def start(self) -> None:
        self.refresh()
        self.timer.start()

    def refresh(self) -> None:
        if not self._ctx.ops.closed:
            self._ctx.query(lambda s: s.wellbeing.exposure_now(), self.show_now,
                            lambda _exc: self.setText(""), owner=self)

    def show_now(self, now: ExposureNow) -> None:
        self.now = now
        over = now.today_minutes >= now.daily_limit
        self.setText(self.tr("Exposure today: {used} of {limit}").format(
            used=minutes(now.today_minutes), limit=minutes(now.daily_limit))
            + (self.tr(" — limit reached") if over else ""))
        self.setStyleSheet("color: #b00020; font-weight: bold;" if over else "")
        if now.break_due and now.break_until is not None and self._prompted_for != now.break_until:
            self._prompted_for = now.break_until
            self.show_break_prompt(now)

    def show_break_prompt(self, now: ExposureNow) -> None:
        if self.prompt is not None:
            self.prompt.close()
        until = now.break_until.astimezone().strftime("%H:%M") if now.break_until else ""
        length = now.block_minutes
        text = self.tr("You have looked at graphic material for {block}. Take a break now, "
                       "until {until}: step away from the screen.").format(
            block=minutes(length), until=until)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Time for a break"), text,
                          QMessageBox.StandardButton.Ok, self.window())
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda *_: setattr(self, "prompt", None))
        self.prompt = box
        box.show()


def install_idle_watch(tracker: ExposureTracker, clock: ExposureClock) -> None:
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(tracker)
    clock.timer.timeout.connect(tracker.check_idle)
    clock.timer.timeout.connect(tracker.report_if_due)
