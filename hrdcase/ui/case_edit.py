"""Edit a case: fields, a legal status change, the assignee. Optimistic concurrency through the
case version: a `ConcurrentEdit` keeps what was typed and offers to reload."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdcase.errors import ConcurrentEdit, UserError, ValidationError
from hrdcase.models.changes import ChangeSet
from hrdcase.models.enums import CaseStatus, Priority, Severity
from hrdcase.models.intake import EDITABLE_FIELDS
from hrdcase.models.workflow import allowed_targets
from hrdcase.services.queries import CaseDetail
from hrdcase.services.session import Session
from hrdcase.ui.case.undo import EditUndo, case_values
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
from hrdcase.ui.forms import CANCEL, DISCARD, SAVE, GuardedDialog, ask_unsaved
from hrdcase.ui.i18n import translate
from hrdcase.ui.labels import priority_label, severity_label, status_label
from hrdcase.ui.ops import user_message
from hrdcase.ui.wellbeing import debrief, override, suggest
from hrdcase.ui.widgets import (
    ERROR_STYLE,
    FieldErrors,
    add_row,
    error_label,
    fill_combo,
    select_data,
)

# The prompt and its answers live in ui/forms.py; re-exported for the modules that import them here.
__all__ = ["CANCEL", "DISCARD", "SAVE", "ask_unsaved"]


def _case_question() -> str:
    return translate("CaseEdit", "This case has changes that are not saved. Save them?")


@dataclass
class EditOutcome:
    changes: ChangeSet = field(default_factory=ChangeSet)
    version: int = 0
    error: UserError | None = None
    after: dict[str, str] = field(default_factory=dict)  # the case's values once saved


def apply_edit(
    session: Session, case_id: int, version: int, fields: dict[str, Any],
    status: CaseStatus | None, assignee: tuple[int | None] | None,
    override_reason: str | None = None,
) -> EditOutcome:
    """Save everything in one transaction (`CaseService.edit`): all of it or, on a `UserError`,
    none of it, with the error returned for the form to show."""
    try:
        changes = session.cases.edit(
            case_id, version, fields, status,
            reassign=assignee is not None, assignee_id=assignee[0] if assignee else None,
            override_reason=override_reason,
        )
    except UserError as exc:
        return EditOutcome(version=version, error=exc)
    after = case_values(session.queries.case_detail(case_id).case)
    return EditOutcome(changes=changes, version=version + (0 if changes.empty else 1), after=after)


def _load(session: Session, case_id: int) -> tuple[CaseDetail, Choices]:
    return session.queries.case_detail(case_id), load_choices(session)


class CaseEditDialog(GuardedDialog):
    saved = Signal(int)  # case id
    undoable = Signal(object)  # EditUndo: what the saved edit replaced, for the case view's Undo

    def __init__(self, ctx: UiContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.case_id = case_id
        self._original: dict[str, str] = {}
        self._version = 0
        self._status = CaseStatus.NEW
        self._ref = ""
        self._saving: dict[str, str] = {}  # key → the value it had before the save in flight
        self.setWindowTitle(self.tr("Edit case"))
        self.setMinimumWidth(560)
        self._build()
        self.form_box.setEnabled(False)
        self.load()

    # ---- layout
    def _build(self) -> None:
        self.banner = self._banner()
        self.general = error_label(self)
        self.errors = FieldErrors(self.general)
        self.title = QLineEdit()
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(90)
        self.priority, self.severity, self.category = QComboBox(), QComboBox(), QComboBox()
        self.region, self.language = QComboBox(), QComboBox()
        self.status, self.assignee = QComboBox(), QComboBox()
        self.form_box = QWidget()
        form = QFormLayout(self.form_box)
        e = self.errors
        add_row(form, self.tr("&Title:"), self.title, self.tr("Title"), e, ["title"])
        add_row(form, self.tr("S&ummary:"), self.summary, self.tr("Summary"), e, ["summary"])
        add_row(form, self.tr("&Priority:"), self.priority, self.tr("Priority"), e, ["priority"])
        add_row(form, self.tr("Se&verity:"), self.severity, self.tr("Severity"), e, ["severity"])
        add_row(form, self.tr("&Category:"), self.category, self.tr("Category"), e, ["category"])
        add_row(form, self.tr("&Region:"), self.region, self.tr("Region"), e, ["region_code"])
        add_row(form, self.tr("&Language:"), self.language, self.tr("Language"), e, ["language"])
        add_row(form, self.tr("&Status:"), self.status, self.tr("Status"), e, ["status"])
        self.suggest_button = suggest.SuggestButton(self._ctx, suggest.for_case(self.case_id),
                                                    self.assignee, self)
        add_row(form, self.tr("&Assignee:"), suggest.beside(self.assignee, self.suggest_button),
                self.tr("Assignee"), e, ["assignee"])
        self.assignee.setAccessibleName(self.tr("Assignee"))
        self.override_button = override.override_button(self)  # workload limits: supervisors
        self.override_button.clicked.connect(self._override)
        form.addRow("", self.override_button)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.banner, self.general, self.form_box, self.buttons):
            layout.addWidget(widget)
        fill_enum(self.priority, Priority, priority_label)
        fill_enum(self.severity, Severity, severity_label)
        fill_categories(self.category)

    def _banner(self) -> QFrame:
        banner = QFrame()
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setStyleSheet(ERROR_STYLE)
        self.reload_button = QPushButton(self.tr("&Reload, keep my edits"))
        self.reload_button.setAccessibleName(self.tr("Reload the case and keep my edits"))
        self.reload_button.clicked.connect(self.reload)
        row = QHBoxLayout(banner)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.reload_button)
        banner.setVisible(False)
        return banner

    # ---- loading
    def load(self) -> None:
        case_id = self.case_id
        self._ctx.query(lambda s: _load(s, case_id), self._loaded,
                        lambda exc: self.errors.show(user_message(exc)), owner=self)

    def reload(self) -> None:
        edits = self.edits()
        case_id = self.case_id
        self._ctx.query(lambda s: _load(s, case_id), lambda got: self._loaded(got, edits),
                        lambda exc: self.errors.show(user_message(exc)), owner=self)

    def _loaded(self, got: tuple[CaseDetail, Choices], edits: dict[str, str] | None = None) -> None:
        detail, choices = got
        case = detail.case
        self._version, self._status, self._ref = case.version, case.status, case.ref
        fill_regions(self.region, choices.regions)
        fill_languages(self.language, choices.languages)
        fill_assignees(self.assignee, choices.responders)
        keep = self.tr("{status} (no change)").format(status=status_label(case.status))
        targets = [s for s in CaseStatus if s in allowed_targets(case.status)]
        fill_combo(self.status, [(keep, ""), *[(status_label(s), s.value) for s in targets]],
                   keep=False)
        self._original = {
            "title": case.title, "summary": case.summary, "priority": case.priority.value,
            "severity": case.severity.value, "category": case.category.value,
            "region_code": case.region_code, "language": case.language, "status": "",
            "assignee": str(case.assignee_id) if case.assignee_id else "",
        }
        self._set_values({**self._original, **(edits or {})})
        self.banner.setVisible(False)
        self.form_box.setEnabled(True)
        self.title.setFocus()

    # ---- values
    def values(self) -> dict[str, str]:
        return {
            "title": self.title.text(), "summary": self.summary.toPlainText(),
            "priority": self.priority.currentData(), "severity": self.severity.currentData(),
            "category": self.category.currentData(), "region_code": self.region.currentData(),
            "language": self.language.currentText().strip(),
            "status": self.status.currentData() or "", "assignee": self.assignee.currentData(),
        }

    def _set_values(self, values: dict[str, str]) -> None:
        self.title.setText(values["title"])
        self.summary.setPlainText(values["summary"])
        for key, combo in (("priority", self.priority), ("severity", self.severity),
                           ("category", self.category), ("region_code", self.region),
                           ("status", self.status), ("assignee", self.assignee)):
            select_data(combo, values[key])
        if not select_data(self.language, values["language"]):
            self.language.setEditText(values["language"])

    def edits(self) -> dict[str, str]:
        if not self._original:
            return {}
        return {k: v for k, v in self.values().items() if v != self._original[k]}

    def is_dirty(self) -> bool:
        return bool(self.edits())

    # ---- saving
    def save(self, override_reason: str | None = None) -> None:
        self.override_button.setVisible(False)
        edits = self.edits()
        if not edits:
            self.accept()
            return
        fields = {k: v for k, v in edits.items() if k in EDITABLE_FIELDS}
        status = CaseStatus(edits["status"]) if edits.get("status") else None
        assignee = (int(edits["assignee"]) if edits["assignee"] else None,) \
            if "assignee" in edits else None
        case_id, version = self.case_id, self._version
        self._saving = {k: self._status.value if k == "status" else self._original[k]
                        for k in edits}
        self.errors.clear()
        self.buttons.setEnabled(False)
        self._ctx.query(lambda s: apply_edit(s, case_id, version, fields, status, assignee,
                                             override_reason), self._saved, self._save_failed, owner=self)

    def _saved(self, outcome: EditOutcome) -> None:
        self.buttons.setEnabled(True)
        self._ctx.notifier.publish(outcome.changes)
        if outcome.error is None:
            if self.values()["status"] in (CaseStatus.CLOSED.value, CaseStatus.RESOLVED.value):
                debrief.offer_debrief(self._ctx, self.case_id, self.parentWidget())
            self._original = self.values()
            self.saved.emit(self.case_id)
            if not outcome.changes.empty:
                self.undoable.emit(EditUndo(self.case_id, self._ref, dict(self._saving), {
                    k: outcome.after[k] for k in self._saving}))
            self.accept()
            return
        if isinstance(outcome.error, ConcurrentEdit):
            self.banner_text.setText(self.tr(
                "{message} Your edits are kept: reload to apply them to the latest version."
            ).format(message=str(outcome.error)))
            self.banner.setVisible(True)
            self.reload_button.setFocus()
            return
        if isinstance(outcome.error, ValidationError):
            self.errors.show_error(outcome.error)
            self.override_button.setVisible(outcome.error.field == "assignee"
                                            and override.is_supervisor(self._ctx))
        else:
            self.errors.show(str(outcome.error))

    def _override(self) -> None:
        reason = override.ask_override_reason(self)
        if reason:
            self.save(override_reason=reason)

    def _save_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.errors.show(user_message(exc))

    def unsaved_question(self) -> str | None:
        return _case_question()
