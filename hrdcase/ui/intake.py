"""Intake: open a new case. The defender is found by pseudonym (off-thread search) or added new;
validation errors appear next to their field and nothing typed is lost."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hrdcase.errors import ValidationError
from hrdcase.models.enums import IncidentCategory, IntakeChannel, Priority, Severity
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.services.session import Session
from hrdcase.ui.case_edit import CANCEL, DISCARD
from hrdcase.ui.choices import (
    Choices,
    fill_assignees,
    fill_categories,
    fill_enum,
    fill_languages,
    fill_regions,
    load_choices,
)
from hrdcase.ui.context import UiContext
from hrdcase.ui.i18n import translate
from hrdcase.ui.labels import channel_label, priority_label, severity_label
from hrdcase.ui.ops import user_message
from hrdcase.ui.wellbeing.suggest import SuggestButton, SuggestQuery, beside
from hrdcase.ui.widgets import FieldErrors, add_row, error_label, select_data

SEARCH_DELAY_MS = 200


def submit_case(session: Session, draft: NewCase, pseudonym: str, legal_name: str,
                partner: str = "") -> Any:
    """On the worker: the case with its defender by pseudonym (the service links the defender
    already here under exactly that pseudonym, or adds a new one, as the import does); a
    trusted-partner intake records the partner (an existing one by name, or a new one)."""
    if pseudonym.strip():
        draft = _replace_defender(draft, None, NewDefender(pseudonym.strip(), legal_name.strip()))
    return session.intake.open_case(draft, partner=partner.strip() or None)


def ask_discard_intake(parent: QWidget) -> str:
    """Discard the new case or keep editing? (Tests replace this function.)"""
    answer = QMessageBox.question(
        parent,
        translate("Intake", "Discard this new case?"),
        translate("Intake", "The new case has not been opened yet. Discard what you typed?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return DISCARD if answer == QMessageBox.StandardButton.Discard else CANCEL


def _replace_defender(draft: NewCase, defender_id: int | None, new: NewDefender | None) -> NewCase:
    return replace(draft, defender_id=defender_id, new_defender=new)


class IntakeDialog(QDialog):
    created = Signal(int)  # the new case's id

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._known: set[str] = set()
        self.setWindowTitle(self.tr("New case"))
        self.setMinimumWidth(620)
        self._build()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_defenders)
        self.defender.textEdited.connect(lambda _t: self._search_timer.start())
        self.defender.textChanged.connect(self._defender_kind)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self._channel_changed()
        self.form_box.setEnabled(False)
        ctx.query(lambda s: s.intake.partners(), self._partners_loaded, owner=self)
        ctx.query(lambda s: {x.region_code for x in s.wellbeing.surges() if x.active},
                  self._surges_loaded, owner=self)
        ctx.query(load_choices, self._choices_loaded,
                  lambda exc: self.errors.show(user_message(exc)), owner=self)

    # ---- layout
    def _build(self) -> None:
        self.general = error_label(self)
        self.errors = FieldErrors(self.general)
        self.title = QLineEdit()
        self.defender = QLineEdit()
        self.defender.setPlaceholderText(self.tr("Type a pseudonym to find or add a defender"))
        self.defender_model = QStringListModel(self)
        completer = QCompleter(self.defender_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.defender.setCompleter(completer)
        self.defender_kind = QLabel()
        self.defender_kind.setStyleSheet("color: #555;")
        self._surging: set[str] = set()
        self.surge_note = QLabel(self.tr(
            "This region is in a surge: the case opens one priority step higher, with tighter "
            "deadlines."))
        self.surge_note.setWordWrap(True)
        self.surge_note.setStyleSheet("color: #8a4b00;")
        self.surge_note.setAccessibleName(self.tr("Surge in this region"))
        self.legal_name = QLineEdit()
        self.legal_name.setPlaceholderText(self.tr("Optional; stays encrypted, hidden by default"))
        self.category, self.region, self.language = QComboBox(), QComboBox(), QComboBox()
        self.priority, self.severity, self.channel = QComboBox(), QComboBox(), QComboBox()
        self.assignee = QComboBox()
        self.partner = QComboBox()
        self.partner.setEditable(True)
        self.partner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        edit = self.partner.lineEdit()  # editable, so it has one
        if edit is not None:
            edit.setPlaceholderText(self.tr("Choose a known partner or type a new organisation's name"))
        self.summary = self._text_box(70)
        self.description = self._text_box(110)
        self.form_box = QWidget()
        self._form = QFormLayout(self.form_box)
        self._rows(self._form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(
            self.tr("&Open case"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addWidget(self.form_box)
        layout.addWidget(self.buttons)
        fill_categories(self.category)
        fill_enum(self.priority, Priority, priority_label)
        fill_enum(self.severity, Severity, severity_label)
        fill_enum(self.channel, IntakeChannel, channel_label)
        select_data(self.priority, Priority.P3.value)
        select_data(self.severity, Severity.MODERATE.value)

    def _text_box(self, height: int) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setFixedHeight(height)
        return box

    def _rows(self, form: QFormLayout) -> None:
        e = self.errors
        add_row(form, self.tr("&Title:"), self.title, self.tr("Title"), e, ["title"])
        add_row(form, self.tr("&Defender:"), self.defender, self.tr("Defender pseudonym"), e,
                ["defender"])
        form.addRow("", self.defender_kind)
        add_row(form, self.tr("Le&gal name:"), self.legal_name, self.tr("Defender legal name"))
        add_row(form, self.tr("&Category:"), self.category, self.tr("Category"), e, ["category"])
        add_row(form, self.tr("&Region:"), self.region, self.tr("Region"), e, ["region_code"])
        form.addRow("", self.surge_note)
        form.setRowVisible(self.surge_note, False)
        self.region.currentIndexChanged.connect(self._show_surge)
        add_row(form, self.tr("&Language:"), self.language, self.tr("Language"), e, ["language"])
        add_row(form, self.tr("&Priority:"), self.priority, self.tr("Priority"), e, ["priority"])
        add_row(form, self.tr("Se&verity:"), self.severity, self.tr("Severity"), e, ["severity"])
        add_row(form, self.tr("C&hannel:"), self.channel, self.tr("Intake channel"), e,
                ["channel"])
        self.partner_label = add_row(form, self.tr("Trusted pa&rtner:"), self.partner,
                                     self.tr("Trusted partner"), e, ["partner"])
        add_row(form, self.tr("S&ummary:"), self.summary, self.tr("Summary"), e, ["summary"])
        add_row(form, self.tr("&What happened:"), self.description,
                self.tr("Description of the incident"), e, ["description"])
        self.suggest_button = SuggestButton(self._ctx, self._suggest_query, self.assignee, self,
                                            self.tr("Sugg&est…"))
        add_row(form, self.tr("&Assign to:"), beside(self.assignee, self.suggest_button),
                self.tr("Assignee"), e, ["assignee"])
        self.assignee.setAccessibleName(self.tr("Assignee"))

    def _choices_loaded(self, choices: Choices) -> None:
        fill_regions(self.region, choices.regions)
        fill_languages(self.language, choices.languages)
        fill_assignees(self.assignee, choices.responders)
        me = self._ctx.session.me
        if me is not None:
            select_data(self.assignee, str(me.id))
            if me.regions:  # every ISO country is listed: start from a region this responder covers
                select_data(self.region, me.regions[0])
        if "en" in choices.languages or not choices.languages:
            select_data(self.language, "en")
        self.form_box.setEnabled(True)
        self._defender_kind()
        self._show_surge()
        self.title.setFocus()

    def _suggest_query(self) -> SuggestQuery:
        """Read the form now (GUI thread); the worker ranks who could take such a case."""
        draft, pseudonym = self.draft(), self.defender.text()
        return lambda s: s.wellbeing.suggest_for_new(draft, pseudonym)

    def _surges_loaded(self, regions: set[str]) -> None:
        self._surging = regions
        self._show_surge()

    def _show_surge(self) -> None:
        self._form.setRowVisible(self.surge_note, self.region.currentData() in self._surging)

    # ---- trusted partner
    def _partners_loaded(self, names: list[str]) -> None:
        typed = self.partner.currentText()
        self.partner.clear()
        self.partner.addItems(names)
        self.partner.setEditText(typed)

    def is_partner_channel(self) -> bool:
        return self.channel.currentData() == IntakeChannel.TRUSTED_PARTNER.value

    def _channel_changed(self) -> None:
        """The partner row shows only for a trusted-partner intake (what was typed is kept)."""
        self._form.setRowVisible(self.partner_label, self.is_partner_channel())
        label = self.errors.labels["partner"]
        if not self.is_partner_channel() and label.isVisible():
            label.setVisible(False)

    def partner_name(self) -> str:
        return self.partner.currentText().strip() if self.is_partner_channel() else ""

    # ---- defender search
    def _search_defenders(self) -> None:
        prefix = self.defender.text().strip()
        if not prefix:
            return
        self._ctx.query(lambda s: [d.pseudonym for d in s.queries.find_defenders(prefix)],
                        self._defenders_found, owner=self)

    def _defenders_found(self, names: list[str]) -> None:
        self._known.update(names)
        self.defender_model.setStringList(names)
        self._defender_kind()

    def _defender_kind(self) -> None:
        text = self.defender.text().strip()
        known = text in self._known
        self.legal_name.setEnabled(bool(text) and not known)
        if not text:
            self.defender_kind.setText(self.tr("No defender chosen yet."))
        elif known:
            self.defender_kind.setText(self.tr("Existing defender: the case will be linked."))
        else:
            self.defender_kind.setText(self.tr("New defender: will be added with this pseudonym."))

    # ---- submitting
    def draft(self) -> NewCase:
        assignee = self.assignee.currentData()
        return NewCase(
            title=self.title.text(),
            category=IncidentCategory(self.category.currentData()),
            region_code=self.region.currentData() or "",
            language=self.language.currentText().strip(),
            description=self.description.toPlainText(),
            priority=Priority(self.priority.currentData()),
            severity=Severity(self.severity.currentData()),
            channel=IntakeChannel(self.channel.currentData()),
            summary=self.summary.toPlainText(),
            assignee_id=int(assignee) if assignee else None,
        )

    def submit(self) -> None:
        self.errors.clear()
        draft, pseudonym, legal = self.draft(), self.defender.text(), self.legal_name.text()
        partner = self.partner_name()
        if self.is_partner_channel() and not partner:
            self.errors.show(self.tr("Name the trusted partner who escalated the case."), "partner")
            return
        self.buttons.setEnabled(False)
        self._ctx.mutate(lambda s: submit_case(s, draft, pseudonym, legal, partner),
                         self._created, self._failed, owner=self)

    def is_dirty(self) -> bool:
        """Whether anything has been typed that closing would lose."""
        typed = (self.title.text(), self.defender.text(), self.legal_name.text(),
                 self.summary.toPlainText(), self.description.toPlainText())
        return any(text.strip() for text in typed)

    def reject(self) -> None:
        """Esc, Cancel or the window's close button: typed text is never dropped silently."""
        if self.is_dirty() and ask_discard_intake(self) != DISCARD:
            return
        super().reject()

    def _created(self, result: tuple[int, Any]) -> None:
        self.buttons.setEnabled(True)
        self.accept()
        self.created.emit(result[0])

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.errors.show_error(exc)
        else:
            self.errors.show(user_message(exc))
