"""The admin's dialogs on the People screen: invite (the token shown once), confirm a device by
comparing fingerprints (typed or ticked, never one click), revoke a device (behind a confirmation)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdcase.models.changes import ChangeSet
from hrdcase.models.enums import Role
from hrdcase.services.org import Invitation
from hrdcase.services.session import Session
from hrdcase.sync.identity import IdentityError, normalise_fingerprint
from hrdcase.ui.context import UiContext
from hrdcase.ui.fingerprint import FingerprintView, copy_text
from hrdcase.ui.ops import user_message
from hrdcase.ui.people.model import role_labels, status_label
from hrdcase.ui.widgets import BusyBar, error_label

if TYPE_CHECKING:
    from hrdcase.services.session import Session

OK_STYLE = "color: #1b5e20;"


@dataclass(frozen=True, slots=True)
class DeviceChoice:
    fingerprint: str
    owner: str
    status: str

    def label(self) -> str:
        return f"{self.owner} — {self.fingerprint} ({status_label(self.status)})"


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class _WorkDialog(QDialog):
    """A dialog whose main button runs one operation: busy bar, inline error, no double submit."""

    def __init__(self, ctx: UiContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.error = error_label(self)
        self.busy = BusyBar(self)
        self.buttons = QDialogButtonBox()

    def fit(self) -> None:
        """Grow to fit what the content needs now (wrapped text, a shown token or error)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    def _run(self, fn: Callable[[Session], Any], on_done: Callable[[Any], None]) -> None:
        self._set_busy(True)
        self._ctx.mutate(fn, on_done, self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error.setText(user_message(exc))
        self.error.setVisible(True)
        self.fit()

    def _set_busy(self, busy: bool) -> None:
        self.busy.set_busy(busy)
        self.buttons.setEnabled(not busy)
        if busy:
            self.error.setVisible(False)


class InviteDialog(_WorkDialog):
    invited = Signal()

    def __init__(self, ctx: UiContext, teams: list[str], parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.token = ""
        self.setWindowTitle(self.tr("Invite a person"))
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.name.setAccessibleName(self.tr("Name of the person to invite"))
        self.roles = {role: QCheckBox(text) for role, text in role_labels().items()}
        self.roles[Role.RESPONDER].setChecked(True)
        self.team = QComboBox()
        self.team.setAccessibleName(self.tr("Team"))
        for team in teams:
            self.team.addItem(team, team)
        roles_box = QWidget()
        roles_layout = QHBoxLayout(roles_box)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        for box in self.roles.values():
            box.setAccessibleName(self.tr("Role: {role}").format(role=box.text()))
            roles_layout.addWidget(box)
        roles_layout.addStretch(1)
        form = QFormLayout()
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name)
        team_label = QLabel(self.tr("&Team:"))
        team_label.setBuddy(self.team)
        form.addRow(name_label, self.name)
        form.addRow(self.tr("Roles:"), roles_box)
        form.addRow(team_label, self.team)
        self.invite_button = self.buttons.addButton(self.tr("&Invite"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.invite_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.form = QWidget()
        self.form.setLayout(form)
        self.result_box = self._token_box()
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(self.tr(
            "The person gets a one-time token to join with. Their name is sealed: the server never "
            "learns it.")))
        for widget in (self.form, self.result_box, self.error, self.busy, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(760)  # the whole token on one line
        self.fit()

    def _token_box(self) -> QWidget:
        box = QWidget()
        self.token_field = QLineEdit()
        self.token_field.setReadOnly(True)
        self.token_field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.token_field.setAccessibleName(self.tr("Invitation token"))
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the invitation token"))
        self.copy_button.clicked.connect(lambda: copy_text(self.token))
        row = QHBoxLayout()
        row.addWidget(self.token_field, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.token_intro = _wrapped("")
        layout.addWidget(self.token_intro)
        layout.addLayout(row)
        layout.addWidget(_wrapped(self.tr(
            "Valid 72 hours, works once. Hand it over out of band (in person or by a channel you "
            "trust), with this server's address. It is not shown again.")))
        box.setVisible(False)
        return box

    def submit(self) -> None:
        if self.token:
            self.accept()
            return
        name = self.name.text()
        roles = [role for role, box in self.roles.items() if box.isChecked()]
        team = self.team.currentData()

        def invite(session: Session) -> Invitation:  # (token, ChangeSet): the change is published
            return session.org.invite(name, roles, team)

        self._run(invite, self._invited)

    def _invited(self, result: Invitation) -> None:
        self._set_busy(False)
        self.token = result.token
        self.token_intro.setText(self.tr("The invitation for {name}:").format(name=self.name.text().strip()))
        self.token_field.setText(self.token)
        self.token_field.setCursorPosition(0)
        self.form.setEnabled(False)
        self.result_box.setVisible(True)
        self.invite_button.setText(self.tr("&Done"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setVisible(False)
        self.copy_button.setFocus()
        self.fit()
        self.invited.emit()


class ConfirmDeviceDialog(_WorkDialog):
    confirmed = Signal()

    def __init__(self, ctx: UiContext, device: DeviceChoice, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.device = device
        self.setWindowTitle(self.tr("Confirm a device"))
        self.view = FingerprintView(device.fingerprint, copy=False)
        self.typed = QLineEdit()
        self.typed.setMaxLength(200)
        self.typed.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.typed.setAccessibleName(self.tr("The fingerprint as the person read it out"))
        self.match = QLabel()
        self.ticked = QCheckBox(self.tr("I compared every group with what {name} read out: they &match")
                                .format(name=device.owner))
        typed_label = QLabel(self.tr("What they read &out:"))
        typed_label.setBuddy(self.typed)
        self.confirm_button = self.buttons.addButton(self.tr("&Confirm device"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(typed_label, self.typed)
        form.addRow("", self.match)
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(self.tr(
            "Ask {name} to read out the fingerprint their screen shows, by phone or in person (not "
            "by a message the server could change). Confirm only if every group matches:")
            .format(name=device.owner)))
        layout.addWidget(self.view)
        layout.addLayout(form)
        for widget in (self.ticked, self.error, self.busy, self.buttons):
            layout.addWidget(widget)
        self.typed.textChanged.connect(self._update)
        self.ticked.toggled.connect(self._update)
        self._update()
        self.setMinimumWidth(600)
        self.fit()

    def matches(self) -> bool | None:
        """True when what was typed is this fingerprint, False when it differs, None if empty."""
        text = self.typed.text().strip()
        if not text:
            return None
        try:
            return normalise_fingerprint(text) == self.device.fingerprint
        except IdentityError:
            return False

    def _update(self) -> None:
        match = self.matches()
        self.match.setVisible(match is not None)
        if match:
            self.match.setText(self.tr("They match."))
            self.match.setStyleSheet(OK_STYLE)
        elif match is False:
            self.match.setText(self.tr(
                "Not the same (yet). Do not confirm a device whose fingerprint differs."))
            self.match.setStyleSheet(self.error.styleSheet())
        self.confirm_button.setEnabled(match is True or (match is None and self.ticked.isChecked()))
        self.fit()

    def submit(self) -> None:
        if not self.confirm_button.isEnabled():
            return
        fingerprint = self.device.fingerprint
        self._run(lambda s: s.org.confirm_device(fingerprint), self._confirmed)

    def _confirmed(self, _changes: ChangeSet) -> None:
        self._set_busy(False)
        self.confirmed.emit()
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if not busy:
            self._update()


class RevokeDialog(_WorkDialog):
    revoked = Signal()

    def __init__(self, ctx: UiContext, devices: list[DeviceChoice], selected: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Revoke a device"))
        self.device = QComboBox()
        self.device.setAccessibleName(self.tr("Device to revoke"))
        for choice in devices:
            self.device.addItem(choice.label(), choice.fingerprint)
        index = self.device.findData(selected) if selected else -1
        self.device.setCurrentIndex(max(index, 0))
        label = QLabel(self.tr("&Device:"))
        label.setBuddy(self.device)
        self.revoke_button = self.buttons.addButton(self.tr("&Revoke device"),
                                                    QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # Enter does not revoke
        self.revoke_button.setAutoDefault(False)
        self.revoke_button.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(label, self.device)
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(self.tr(
            "The server refuses a revoked device from now on: it no longer syncs or receives new "
            "team keys. Only a new enrolment undoes this.")))
        layout.addLayout(form)
        for widget in (self.error, self.busy, self.buttons):
            layout.addWidget(widget)
        self.revoke_button.setEnabled(bool(devices))
        self.setMinimumWidth(600)
        self.fit()

    def submit(self) -> None:
        fingerprint = self.device.currentData()
        if not fingerprint:
            return
        self._run(lambda s: s.org.revoke_device(fingerprint), self._revoked)

    def _revoked(self, _changes: ChangeSet) -> None:
        self._set_busy(False)
        self.revoked.emit()
        self.accept()
