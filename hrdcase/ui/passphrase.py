"""The passphrase screen: change the passphrase (the key is re-wrapped atomically), forget the key
remembered on this computer, and the optional wipe after wrong passphrases with its risk said.
Everything that touches the profile runs on the ops worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrdcase.ui.ops import user_message
from hrdcase.ui.widgets import ERROR_STYLE, error_label

if TYPE_CHECKING:
    from hrdcase.ui.context import UiContext

WIPE_AFTER_DEFAULT = 10


def _secret(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    edit.setMinimumWidth(300)
    return edit


class PassphraseDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Passphrase and keys — hrdcase"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._change_box())
        layout.addWidget(self._keyring_box())
        layout.addWidget(self._wipe_box())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._ctx.query(lambda s: s.profile.wipe_after(), self._show_wipe_after, owner=self)

    # ---- change
    def _change_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Change the passphrase"))
        self.old = _secret(self.tr("Current passphrase"))
        self.new = _secret(self.tr("New passphrase"))
        self.again = _secret(self.tr("New passphrase again"))
        self.change_error = error_label(self)
        self.change_button = QPushButton(self.tr("&Change passphrase"))
        self.change_button.clicked.connect(self.change)
        form = QFormLayout(box)
        form.addRow(self.tr("C&urrent:"), self.old)
        form.addRow(self.tr("&New:"), self.new)
        form.addRow(self.tr("New &again:"), self.again)
        form.addRow("", self.change_error)
        form.addRow("", self.change_button)
        return box

    def change(self) -> None:
        old, new = self.old.text(), self.new.text()
        problem = (self.tr("Type your current passphrase.") if not old else
                   self.tr("Type a new passphrase.") if not new else
                   self.tr("The two new passphrases differ.") if new != self.again.text() else
                   self.tr("The new passphrase is the same as the current one.") if new == old
                   else "")
        if problem:
            self._say(self.change_error, problem, error=True)
            return
        self.change_button.setEnabled(False)
        self._ctx.query(lambda s: s.profile.change_passphrase(old, new), self._changed,
                        self._change_failed, owner=self)

    def _changed(self, _result: object) -> None:
        for edit in (self.old, self.new, self.again):
            edit.clear()
        self.change_button.setEnabled(True)
        self._say(self.change_error, self.tr(
            "Passphrase changed. The old one no longer opens this caseload."), error=False)

    def _change_failed(self, exc: BaseException) -> None:
        self.change_button.setEnabled(True)
        self.old.selectAll()
        self._say(self.change_error, user_message(exc), error=True)

    # ---- keyring
    def _keyring_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This computer"))
        text = QLabel(self.tr(
            "If the key is remembered in this computer's keyring, the app opens without the "
            "passphrase. Forget it before you cross a border or hand the computer over."))
        text.setWordWrap(True)
        self.forget_button = QPushButton(self.tr("&Forget on this computer"))
        self.forget_button.clicked.connect(self.forget)
        self.forget_status = error_label(self)
        layout = QVBoxLayout(box)
        layout.addWidget(text)
        row = QHBoxLayout()
        row.addWidget(self.forget_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.forget_status)
        return box

    def forget(self) -> None:
        self._ctx.query(lambda s: s.profile.forget_keyring(), self._forgotten,
                        lambda exc: self._say(self.forget_status, user_message(exc), True),
                        owner=self)

    def _forgotten(self, _result: object) -> None:
        self._say(self.forget_status, self.tr(
            "Forgotten: the passphrase is needed to open the caseload on this computer."), False)

    # ---- wipe after wrong passphrases
    def _wipe_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Wrong passphrases"))
        text = QLabel(self.tr(
            "Each wrong passphrase makes the next try wait longer. You can also have the caseload "
            "wiped after a number of wrong passphrases in a row. The risk: a forgetful typist, a "
            "child, or someone who wants to destroy your work can wipe it too, and nothing brings "
            "it back. Cases not synced to the server are lost. Off unless you turn it on."))
        text.setWordWrap(True)
        self.wipe_on = QCheckBox(self.tr("&Wipe after"))
        self.wipe_count = QSpinBox()
        self.wipe_count.setRange(3, 100)
        self.wipe_count.setValue(WIPE_AFTER_DEFAULT)
        self.wipe_count.setSuffix(self.tr(" wrong passphrases"))
        self.wipe_count.setAccessibleName(self.tr("Wrong passphrases before the wipe"))
        self.wipe_on.toggled.connect(self._save_wipe_after)
        self.wipe_count.valueChanged.connect(self._save_wipe_after)
        self.wipe_status = error_label(self)
        row = QHBoxLayout()
        row.addWidget(self.wipe_on)
        row.addWidget(self.wipe_count)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addWidget(self.wipe_status)
        return box

    def _show_wipe_after(self, count: int | None) -> None:
        for widget in (self.wipe_on, self.wipe_count):
            widget.blockSignals(True)
        self.wipe_on.setChecked(count is not None)
        if count is not None:
            self.wipe_count.setValue(count)
        self.wipe_count.setEnabled(count is not None)
        for widget in (self.wipe_on, self.wipe_count):
            widget.blockSignals(False)

    def _save_wipe_after(self) -> None:
        count = self.wipe_count.value() if self.wipe_on.isChecked() else None
        self.wipe_count.setEnabled(count is not None)
        self._ctx.query(lambda s: s.profile.set_wipe_after(count), None,
                        lambda exc: self._say(self.wipe_status, user_message(exc), True),
                        owner=self)

    def _say(self, label: QLabel, text: str, error: bool) -> None:
        label.setText(text)
        label.setStyleSheet(ERROR_STYLE if error else "")
        label.setVisible(True)
