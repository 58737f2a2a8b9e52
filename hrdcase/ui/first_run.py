"""The first-run wizard: shown instead of the unlock dialog when the profile folder holds no caseload.

Work on my own (a standalone caseload) or join my organisation (server address and invitation
token); a name; the passphrase twice, with an inline strength warning. Creating runs on the ops
worker (Argon2id, then the server); Cancel is off meanwhile, and an error shows inline with every
field kept. A joined device that waits for an admin ends on its fingerprint, to be read out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from hrdcase.models.passphrase import WEAK_BELOW, is_weak
from hrdcase.services.session import Session
from hrdcase.ui.fingerprint import FingerprintView
from hrdcase.ui.ops import Ops, user_message
from hrdcase.ui.widgets import BusyBar, error_label

if TYPE_CHECKING:
    from hrdcase.bootstrap import Unlocker

PAGE_CHOICE, PAGE_SERVER, PAGE_CREATE, PAGE_FINGERPRINT = range(4)
WARNING_STYLE = "color: #8a5300;"
MAX_FIELD = 2048  # a server address or a token longer than this is not one


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _row(form: QFormLayout, text: str, widget: QWidget, accessible: str) -> None:
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(accessible)
    form.addRow(label, widget)


class ChoicePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to hrdcase"))
        self.setSubTitle(self.tr("There is no caseload on this computer yet. How will you work?"))
        self.standalone = QRadioButton(self.tr("Work on my &own (no server)"))
        self.standalone.setAccessibleName(self.tr("Work on my own, without a server"))
        self.join = QRadioButton(self.tr("&Join my organisation (server address and invitation token)"))
        self.join.setAccessibleName(self.tr("Join my organisation"))
        self.standalone.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.standalone)
        group.addButton(self.join)
        layout = QVBoxLayout(self)
        layout.addWidget(self.standalone)
        layout.addWidget(_wrapped(self.tr(
            "One caseload on this computer; you are its responder, supervisor and admin.")))
        layout.addSpacing(12)
        layout.addWidget(self.join)
        layout.addWidget(_wrapped(self.tr(
            "Your organisation's admin gave you a server address and a one-time invitation token.")))
        layout.addStretch(1)

    def nextId(self) -> int:
        return PAGE_SERVER if self.join.isChecked() else PAGE_CREATE


class ServerPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your organisation's server"))
        self.setSubTitle(self.tr("Type or paste what your admin gave you."))
        self.server = QLineEdit()
        self.server.setPlaceholderText("https://hrdcase.example.org")
        self.server.setMaxLength(MAX_FIELD)
        self.token = QLineEdit()
        self.token.setMaxLength(MAX_FIELD)
        form = QFormLayout(self)
        _row(form, self.tr("Server &address:"), self.server, self.tr("Server address"))
        _row(form, self.tr("Invitation &token:"), self.token, self.tr("Invitation token"))
        self.registerField("server*", self.server)
        self.registerField("token*", self.token)

    def nextId(self) -> int:
        return PAGE_CREATE


class CreatePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("You and your passphrase"))
        self.setSubTitle(self.tr("The passphrase encrypts the caseload on this computer."))
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.passphrase = QLineEdit()
        self.again = QLineEdit()
        for field in (self.passphrase, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(1024)
        self.strength = _wrapped("")
        self.strength.setStyleSheet(WARNING_STYLE)
        self.strength.setVisible(False)
        note = _wrapped(self.tr(
            "Nobody can recover this passphrase, not even an admin: if you forget it, the caseload "
            "on this computer is lost. Keep it somewhere safe, away from this computer."))
        self.error = error_label(self)
        self.busy = BusyBar(self, delay_ms=0)
        self.busy.setMaximumWidth(16_777_215)
        self.busy.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.busy_text = QLabel(self.tr("Creating your caseload…"))
        self.busy_text.setVisible(False)
        self.busy.setAccessibleName(self.tr("Creating your caseload"))
        form = QFormLayout()
        _row(form, self.tr("Your &name:"), self.name, self.tr("Your name"))
        _row(form, self.tr("&Passphrase:"), self.passphrase, self.tr("Passphrase"))
        _row(form, self.tr("&Repeat it:"), self.again, self.tr("Passphrase again"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.strength)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.busy_text)
        layout.addWidget(self.busy)
        self.passphrase.textChanged.connect(self._strength)
        self.setCommitPage(True)  # once created, there is no going back to it
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton,
                      QWizard.WizardButton.FinishButton):
            self.setButtonText(which, self.tr("C&reate"))

    def _strength(self, text: str) -> None:
        self.strength.setText(self.tr(
            "This passphrase is weak: whoever takes this computer could guess it. Use {n} or more "
            "characters, for example several unrelated words.").format(n=WEAK_BELOW))
        self.strength.setVisible(bool(text) and is_weak(text))

    def isComplete(self) -> bool:
        return not self._wizard.busy

    def nextId(self) -> int:
        joined = self._wizard.joined
        return PAGE_FINGERPRINT if joined is not None and joined.status == "pending" else -1

    def validatePage(self) -> bool:
        if self._wizard.session is not None:
            return True
        problem = self._problem()
        if problem:
            self.show_error(problem)
        else:
            self._wizard.create_caseload(self.name.text(), self.passphrase.text())
        return False

    def _problem(self) -> str:
        if not self.name.text().strip():
            self.name.setFocus()
            return self.tr("Type your name, as your team knows you.")
        if not self.passphrase.text():
            self.passphrase.setFocus()
            return self.tr("Choose a passphrase.")
        if self.passphrase.text() != self.again.text():
            self.again.setFocus()
            self.again.selectAll()
            return self.tr("The two passphrases differ; type the same one twice.")
        return ""

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def set_busy(self, busy: bool) -> None:
        self.busy.set_busy(busy)
        self.busy_text.setVisible(busy)
        for field in (self.name, self.passphrase, self.again):
            field.setEnabled(not busy)
        if busy:
            self.show_error("")


class FingerprintPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Waiting for your admin"))
        self.setSubTitle(self.tr("This device is enrolled; an admin must confirm it before it syncs."))
        self.view = FingerprintView()
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(self.tr(
            "Read these characters to your admin, who confirms them on their screen.")))
        layout.addStretch(1)
        layout.addWidget(self.view)
        layout.addStretch(1)
        layout.addWidget(_wrapped(self.tr(
            "You can work in your caseload meanwhile. People and teams (Team menu) shows this again.")))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Open my caseload"))


class FirstRunWizard(QWizard):
    """Emits `created(Session)` once the caseload exists (then closing it in any way opens it)."""

    created = Signal(object)  # Session

    def __init__(self, unlocker: Unlocker, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._unlocker = unlocker
        self._ops = ops
        self.busy = False
        self.session: Session | None = None
        self.joined: Any = None
        self.setWindowTitle(self.tr("Set up hrdcase"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.choice, self.server_page = ChoicePage(), ServerPage()
        self.create_page, self.fingerprint_page = CreatePage(self), FingerprintPage()
        for page_id, page in ((PAGE_CHOICE, self.choice), (PAGE_SERVER, self.server_page),
                              (PAGE_CREATE, self.create_page), (PAGE_FINGERPRINT, self.fingerprint_page)):
            self.setPage(page_id, page)
        self.setStartId(PAGE_CHOICE)
        self.resize(640, 460)

    def create_caseload(self, name: str, passphrase: str) -> None:
        unlocker = self._unlocker
        if self.choice.join.isChecked():
            server, token = self.server_page.server.text().strip(), self.server_page.token.text().strip()
            work: Any = lambda: unlocker.join(passphrase, server, token, name)  # noqa: E731
        else:
            work = lambda: (unlocker.create_standalone(passphrase, name), None)  # noqa: E731
        self._set_busy(True)
        self._ops.run(work, self._created, self._failed, owner=self)

    def _created(self, result: tuple[Session, Any]) -> None:
        self.session, self.joined = result
        self._set_busy(False)
        for field in (self.create_page.passphrase, self.create_page.again):
            field.clear()
        if self.joined is not None and self.joined.status == "pending":
            self.fingerprint_page.view.set_fingerprint(self.joined.fingerprint)
            self.next()
        else:
            self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.create_page.show_error(user_message(exc))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.create_page.set_busy(busy)
        self.create_page.completeChanged.emit()  # Create is off while busy
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not busy)

    def done(self, result: int) -> None:
        if self.busy:  # Escape or the close box while the key is derived: wait for it
            return
        if self.session is None:
            super().done(result)
            return
        super().done(QWizard.DialogCode.Accepted)
        if self.result() == QWizard.DialogCode.Accepted:
            session, self.session = self.session, None
            self.created.emit(session)
