"""People and teams (Team menu): everyone sees the people, their verified roles, teams and devices,
and this device's own fingerprint and status. Admins of an organisation invite, confirm waiting
devices by fingerprint and revoke devices; Refresh fetches people and devices from the server."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrdcase.models.changes import ChangeSet
from hrdcase.models.enums import Role
from hrdcase.services.identity import IdentitySummary, PersonView
from hrdcase.services.session import Session
from hrdcase.ui.context import UiContext
from hrdcase.ui.ops import user_message
from hrdcase.ui.people.dialogs import ConfirmDeviceDialog, DeviceChoice, InviteDialog, RevokeDialog
from hrdcase.ui.people.model import DEVICES, NAME, ROLES, TEAM, PeopleModel, status_label
from hrdcase.ui.widgets import BusyBar


@dataclass(frozen=True, slots=True)
class PeopleSnapshot:
    identity: IdentitySummary | None
    people: list[PersonView]
    admin: bool


def load_people(session: Session) -> PeopleSnapshot:
    """Runs on the worker: what this caseload knows, no network."""
    me = session.me
    return PeopleSnapshot(session.identity(), session.people(), me is not None and me.has(Role.ADMIN))


class PeopleWindow(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.snapshot: PeopleSnapshot | None = None
        self.waiting: list[dict[str, Any]] = []
        self.setWindowTitle(self.tr("People and teams"))
        self.model = PeopleModel(self)
        self._build()
        ctx.notifier.changed.connect(self._changed)
        self.resize(900, 560)

    # ---- building
    def _build(self) -> None:
        self.this_device = QLabel(self.tr("Loading…"))
        self.this_device.setWordWrap(True)
        self.this_device.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.this_device.setAccessibleName(self.tr("This device"))
        self.org_note = QLabel()
        self.org_note.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        self.table = self._table()
        self.busy = BusyBar(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.this_device)
        layout.addWidget(self.org_note)
        layout.addWidget(self.table, 3)
        layout.addWidget(self._admin_panel(), 1)
        layout.addWidget(self.status)
        layout.addLayout(self._button_row())

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("People"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ROLES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEAM, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DEVICES, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _admin_panel(self) -> QWidget:
        self.admin_panel = QWidget()
        self.waiting_list = QListWidget()
        self.waiting_list.setAccessibleName(self.tr("Devices waiting for confirmation"))
        self.waiting_list.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.waiting_list.itemActivated.connect(lambda _item: self.confirm_device())
        self.waiting_list.currentRowChanged.connect(lambda _row: self._update_actions())
        label = QLabel(self.tr("Devices &waiting for an admin:"))
        label.setBuddy(self.waiting_list)
        layout = QVBoxLayout(self.admin_panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.waiting_list)
        self.admin_panel.setVisible(False)
        return self.admin_panel

    def _button_row(self) -> QHBoxLayout:
        def button(text: str, accessible: str, slot: Any) -> QPushButton:
            b = QPushButton(text)
            b.setAccessibleName(accessible)
            b.setAutoDefault(False)
            b.clicked.connect(slot)
            return b

        self.invite_button = button(self.tr("&Invite…"), self.tr("Invite a person"), self.invite)
        self.confirm_button = button(self.tr("C&onfirm…"), self.tr("Confirm the selected waiting device"),
                                     self.confirm_device)
        self.revoke_button = button(self.tr("Re&voke…"), self.tr("Revoke a device"), self.revoke_device)
        self.refresh_button = button(self.tr("&Refresh"), self.tr("Fetch people and devices from the server"),
                                     self.refresh_from_server)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        row = QHBoxLayout()
        for b in (self.invite_button, self.confirm_button, self.revoke_button, self.refresh_button):
            row.addWidget(b)
        row.addWidget(self.busy)
        row.addStretch(1)
        row.addWidget(close)
        for b in (self.invite_button, self.confirm_button, self.revoke_button, self.refresh_button):
            b.setEnabled(False)
        return row

    # ---- loading
    def refresh(self) -> None:
        self._busy(True)
        self._ctx.query(load_people, self._loaded, self._failed, owner=self)

    def _loaded(self, snapshot: PeopleSnapshot) -> None:
        self._busy(False)
        self.snapshot = snapshot
        self.model.set_people(snapshot.people)
        self._show_identity(snapshot.identity)
        self.admin_panel.setVisible(self._can_manage())
        self._update_actions()
        if self._can_manage() and snapshot.identity and snapshot.identity.status == "confirmed":
            self._busy(True)
            self._ctx.query(lambda s: s.org.pending_devices(), self._waiting_loaded, self._failed, owner=self)

    def _waiting_loaded(self, devices: list[dict[str, Any]]) -> None:
        self._busy(False)
        self.waiting = devices
        self.waiting_list.clear()
        for device in devices:
            item = QListWidgetItem(f"{device['fingerprint']}   {self._owner(device['person_id'])}")
            item.setData(Qt.ItemDataRole.UserRole, device["fingerprint"])
            self.waiting_list.addItem(item)
        if not devices:
            item = QListWidgetItem(self.tr("No device is waiting."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.waiting_list.addItem(item)
        else:
            self.waiting_list.setCurrentRow(0)
        self._update_actions()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.status.setText(user_message(exc))
        self.status.setStyleSheet("color: #b00020;")
        self.status.setVisible(True)

    def _changed(self, changes: ChangeSet) -> None:
        if "person" in changes.entities:
            self.refresh()

    def _show_identity(self, identity: IdentitySummary | None) -> None:
        if identity is None:
            self.this_device.setText(self.tr("This device has no identity yet."))
            self.org_note.setText("")
            return
        self.this_device.setText(self.tr("This device: <b><tt>{fp}</tt></b> · {status}").format(
            fp=identity.fingerprint, status=status_label(identity.status)))
        if identity.server_url is None:
            self.org_note.setText(self.tr(
                "This caseload works on its own, without a server: inviting people and confirming "
                "devices need an organisation's server (join one when you set up a new caseload)."))
        else:
            self.org_note.setText(self.tr("Organisation: {org} · server {url}").format(
                org=identity.org_name, url=identity.server_url))

    def _owner(self, person_id: str) -> str:
        people = self.snapshot.people if self.snapshot else []
        unknown = self.tr("(a person not yet synced)")
        return next((p.name for p in people if p.person_id == person_id), unknown)

    def _server(self) -> bool:
        identity = self.snapshot.identity if self.snapshot else None
        return identity is not None and identity.server_url is not None

    def _can_manage(self) -> bool:
        return self.snapshot is not None and self.snapshot.admin and self._server()

    def _update_actions(self) -> None:
        manage = self._can_manage() and self.snapshot is not None and self.snapshot.identity is not None \
            and self.snapshot.identity.status == "confirmed"
        self.invite_button.setEnabled(manage)
        self.confirm_button.setEnabled(manage and self._selected_waiting() is not None)
        self.revoke_button.setEnabled(manage and bool(self._revocable()))
        self.refresh_button.setEnabled(self._server())
        why = "" if self._server() else self.tr("Invitations need an organisation's server.")
        for b in (self.invite_button, self.confirm_button, self.revoke_button):
            b.setToolTip(why)
            b.setVisible(self.snapshot is None or self.snapshot.admin)

    def _busy(self, busy: bool) -> None:
        self.busy.set_busy(busy)
        if busy:
            self.status.setVisible(False)

    # ---- actions
    def refresh_from_server(self) -> None:
        self._busy(True)
        self._ctx.mutate(lambda s: s.org.refresh(), lambda _c: self._busy(False), self._failed, owner=self)

    def invite(self) -> InviteDialog:
        me = self._ctx.session.me
        teams = [t for p in (self.snapshot.people if self.snapshot else [])
                 if me is not None and p.responder_id == me.id for t in p.teams if t]
        dialog = InviteDialog(self._ctx, teams, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _selected_waiting(self) -> DeviceChoice | None:
        item = self.waiting_list.currentItem()
        fingerprint = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        device = next((d for d in self.waiting if d["fingerprint"] == fingerprint), None)
        if device is None:
            return None
        return DeviceChoice(device["fingerprint"], self._owner(device["person_id"]), device["status"])

    def confirm_device(self) -> ConfirmDeviceDialog | None:
        device = self._selected_waiting()
        if device is None:
            return None
        dialog = ConfirmDeviceDialog(self._ctx, device, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _revocable(self) -> list[DeviceChoice]:
        if self.snapshot is None:
            return []
        own = self.snapshot.identity.device_id if self.snapshot.identity else None
        choices = {d.fingerprint: DeviceChoice(d.fingerprint, p.name, d.status)
                   for p in self.snapshot.people for d in p.devices
                   if d.status in ("pending", "confirmed") and d.device_id != own}
        for d in self.waiting:
            choices.setdefault(d["fingerprint"], DeviceChoice(d["fingerprint"], self._owner(d["person_id"]),
                                                              d["status"]))
        return sorted(choices.values(), key=lambda c: (c.owner.casefold(), c.fingerprint))

    def revoke_device(self) -> RevokeDialog:
        selected = self._selected_waiting()
        person = self.model.person(self.table.currentIndex().row())
        fingerprint = selected.fingerprint if selected and self.waiting_list.hasFocus() else None
        if fingerprint is None and person is not None and person.devices:
            fingerprint = person.devices[0].fingerprint
        dialog = RevokeDialog(self._ctx, self._revocable(), fingerprint, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
