"""The workload policy screen: every `WorkloadPolicy` limit as a form, saved as a new version by an
admin (`update_policy`); everyone else reads it with the reason it is read-only. The model validates
on Save (`WorkloadPolicy(...)` raises a `ValidationError` naming the field, shown next to it); the
service checks the role again."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrdcase.errors import ValidationError
from hrdcase.models.enums import Role, Severity
from hrdcase.ui.context import UiContext
from hrdcase.ui.i18n import translate
from hrdcase.ui.labels import severity_label
from hrdcase.ui.ops import user_message
from hrdcase.ui.widgets import FieldErrors, add_row, error_label, select_data
from hrdcase.wellbeing.policy import WorkloadPolicy

_WIDE = 7 * 24 * 60  # the model holds the real bounds; the spin boxes only keep input numeric


class PolicyDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.policy: WorkloadPolicy | None = None
        self.versions: list[int] | None = None
        me = ctx.session.me
        self.editable = me is not None and me.has(Role.ADMIN)
        self.setWindowTitle(self.tr("Workload policy"))
        self.general = error_label(self)
        self.errors = FieldErrors(self.general)
        self.notice = QLabel(self.tr("Only an admin may change the workload policy; you can read it "
                                     "here."))
        self.notice.setWordWrap(True)
        self.notice.setVisible(not self.editable)
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        for name, label, accessible, suffix in self._rows():
            spin = QSpinBox()
            spin.setRange(0, _WIDE)
            spin.setSuffix(suffix)
            self.spins[name] = spin
            add_row(form, label, spin, accessible, self.errors, [name])
        self.severity = QComboBox()
        for value in Severity:
            self.severity.addItem(severity_label(value), value)
        add_row(form, self.tr("&Debrief from severity:"), self.severity,
                self.tr("Closing a case at least this severe prompts a debrief"), self.errors,
                ["debrief_min_severity"])
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Policy versions"))
        self.save_button = QPushButton(self.tr("&Save as new version"))
        self.save_button.clicked.connect(self.save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.notice, self.general):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Version history:")))
        layout.addWidget(self.history, 1)
        layout.addWidget(buttons)
        self._set_enabled(False)
        self.resize(520, 620)
        self.reload()

    def _rows(self) -> list[tuple[str, str, str, str]]:
        minutes, cases, days = self.tr(" min"), self.tr(" cases"), self.tr(" days")
        return [
            ("max_open_cases", self.tr("Max &open cases:"),
             self.tr("Maximum open cases per responder"), cases),
            ("max_concurrent_p1", self.tr("Max concurrent &P1:"),
             self.tr("Maximum concurrent P1 cases"), cases),
            ("daily_exposure_minutes", self.tr("Daily e&xposure:"),
             self.tr("Daily exposure limit in minutes"), minutes),
            ("weekly_exposure_minutes", self.tr("&Weekly exposure:"),
             self.tr("Weekly exposure limit in minutes"), minutes),
            ("exposure_block_minutes", self.tr("Exposure &block:"),
             self.tr("Exposure block before a break, in minutes"), minutes),
            ("break_minutes", self.tr("B&reak:"), self.tr("Break length in minutes"), minutes),
            ("graphic_cutoff_hour", self.tr("&Graphic cut-off:"),
             self.tr("Hour from which no graphic work is assigned"), self.tr(":00")),
            ("checkin_cadence_days", self.tr("Check-in &every:"),
             self.tr("Check-in cadence in days"), days),
            ("checkin_grace_days", self.tr("Check-in gra&ce:"),
             self.tr("Days after which a due check-in is overdue"), days),
            ("who5_follow_up_below", self.tr("&Follow-up below WHO-5:"),
             self.tr("WHO-5 raw score below which a follow-up is suggested"), self.tr(" points")),
        ]

    def _set_enabled(self, loaded: bool) -> None:
        on = loaded and self.editable
        for spin in self.spins.values():  # read-only, not disabled: still focusable and readable
            spin.setEnabled(loaded)
            spin.setReadOnly(not on)
        for widget in (self.severity, self.save_button):
            widget.setEnabled(on)

    def reload(self) -> None:
        self._ctx.query(lambda s: (s.wellbeing.policy(), s.wellbeing.policy_versions()),
                        self._loaded, self._failed, owner=self)

    def _loaded(self, got: tuple[WorkloadPolicy, list[int]]) -> None:
        self.policy, self.versions = got
        for name, spin in self.spins.items():
            spin.setValue(getattr(self.policy, name))
        select_data(self.severity, self.policy.debrief_min_severity)
        self.history.clear()
        versions = self.versions or [self.policy.version]
        for version in versions:
            text = self.tr("Version {n}").format(n=version)
            if version == self.policy.version:
                text = self.tr("{version} (current)").format(version=text)
            self.history.addItem(text)
        if not self.versions:
            self.history.addItem(self.tr("(the bundled defaults; no version stored yet)"))
        self._set_enabled(True)

    def _failed(self, exc: BaseException) -> None:
        self._set_enabled(self.policy is not None)
        self.errors.show(user_message(exc), getattr(exc, "field", None))

    def edited(self) -> WorkloadPolicy:
        """The form as a policy (raises the model's ValidationError)."""
        assert self.policy is not None
        values = {name: spin.value() for name, spin in self.spins.items()}
        return replace(self.policy, debrief_min_severity=Severity(self.severity.currentData()),
                       **values)

    def is_dirty(self) -> bool:
        if self.policy is None or not self.editable:
            return False
        try:
            return self.edited() != self.policy
        except ValidationError:
            return True

    def save(self) -> None:
        self.errors.clear()
        try:
            new = self.edited()
        except ValidationError as exc:
            self.errors.show_error(exc)
            return
        if new == self.policy:
            self.errors.show(self.tr("Nothing changed."))
            return
        self._set_enabled(False)
        self._ctx.mutate(lambda s: s.wellbeing.update_policy(new), lambda _c: self.reload(),
                         self._failed, owner=self)

    def reject(self) -> None:
        if self.is_dirty() and not ask_discard_policy(self):
            return
        super().reject()


def ask_discard_policy(parent: QWidget) -> bool:
    """Discard unsaved policy changes? (Tests replace this function.)"""
    answer = QMessageBox.question(
        parent, translate("PolicyDialog", "Unsaved policy"),
        translate("PolicyDialog", "Discard your changes to the workload policy?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard
