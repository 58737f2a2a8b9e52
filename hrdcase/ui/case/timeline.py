"""The audit log of a case told as sentences ("Ana assigned the case to Ben.")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from hrdcase.models.entities import AuditEntry
from hrdcase.models.enums import (
    CaseStatus,
    IncidentCategory,
    IntakeChannel,
    Priority,
    RiskLevel,
    Severity,
)
from hrdcase.ui.case import appeal_text, outreach_text
from hrdcase.ui.case.triage_text import role_label, triaged_sentence
from hrdcase.ui.i18n import translate
from hrdcase.ui.labels import (
    category_label,
    channel_label,
    priority_label,
    risk_label,
    severity_label,
    status_label,
    when,
)

Index = QModelIndex | QPersistentModelIndex


def _enum_label(kind: Callable[[Any], str], enum: type, value: object) -> str:
    try:
        return kind(enum(value))
    except ValueError:
        return str(value)


def _field_names() -> dict[str, str]:
    return {
        "title": translate("Timeline", "the title"),
        "summary": translate("Timeline", "the summary"),
        "priority": translate("Timeline", "the priority"),
        "severity": translate("Timeline", "the severity"),
        "category": translate("Timeline", "the category"),
        "region_code": translate("Timeline", "the region"),
        "language": translate("Timeline", "the language"),
    }


_VALUE_LABELS: dict[str, tuple[Callable[[Any], str], type]] = {
    "priority": (priority_label, Priority),
    "severity": (severity_label, Severity),
    "category": (category_label, IncidentCategory),
}


def _field_change(name: str, change: object) -> str:
    field = _field_names().get(name, name)
    if not isinstance(change, dict) or "to" not in change:
        return field
    old, new = change.get("from"), change.get("to")
    if name in _VALUE_LABELS:
        kind, enum = _VALUE_LABELS[name]
        old, new = _enum_label(kind, enum, old), _enum_label(kind, enum, new)
    text = translate("Timeline", "{field} from {old} to {new}")
    return text.format(field=field, old=old, new=new)


class Sentences:
    """Turns audit entries into sentences, naming actors through `actor_names`."""

    def __init__(self, actor_names: dict[int, str]) -> None:
        self.names = actor_names

    def name(self, responder_id: object) -> str:
        if isinstance(responder_id, int) and responder_id in self.names:
            return self.names[responder_id]
        if responder_id is None:
            return translate("Timeline", "nobody")
        return translate("Timeline", "someone")

    def actor(self, entry: AuditEntry) -> str:
        if entry.actor_id is None:
            return translate("Timeline", "Someone (no signed-in responder)")
        return self.name(entry.actor_id)

    def __call__(self, entry: AuditEntry) -> str:
        handler = getattr(self, "_" + entry.action.replace(".", "_"), None)
        if handler is None:
            return translate("Timeline", "{actor} recorded “{action}”.").format(
                actor=self.actor(entry), action=entry.action)
        return handler(entry, self.actor(entry), entry.detail)

    def _case_opened(self, entry: AuditEntry, actor: str, d: dict[str, Any]) -> str:
        text = translate("Timeline", "{actor} opened the case ({channel}, {priority}, {category}).")
        return text.format(
            actor=actor,
            channel=_enum_label(channel_label, IntakeChannel, d.get("channel")),
            priority=_enum_label(priority_label, Priority, d.get("priority")),
            category=_enum_label(category_label, IncidentCategory, d.get("category")),
        )

    def _case_status(self, entry: AuditEntry, actor: str, d: dict[str, Any]) -> str:
        return translate("Timeline", "{actor} moved the case from {old} to {new}.").format(
            actor=actor,
            old=_enum_label(status_label, CaseStatus, d.get("from")),
            new=_enum_label(status_label, CaseStatus, d.get("to")),
        )

    def _case_reopened(self, entry: AuditEntry, actor: str, d: dict[str, Any]) -> str:
        return translate("Timeline", "{actor} reopened the case (it was {old}).").format(
            actor=actor, old=_enum_label(status_label, CaseStatus, d.get("from")))

    def _case_assigned(self, entry: AuditEntry, actor: str, d: dict[str, Any]) -> str:
        old, new = d.get("from"), d.get("to")
        if new is None:
            return translate("Timeline", "{actor} unassigned the case (it was with {old}).").format(
                actor=actor, old=self.name(old))
        if old is None:
            return translate("Timeline", "{actor} assigned the case to {new}.").format(
                actor=actor, new=self.name(new))
        return translate("Timeline", "{actor} reassigned the case from {old} to {new}.").format(
            actor=actor, old=self.name(old), new=self.name(new))

    def _case_updated(self, entry: AuditEntry, actor: str, d: dict[str, Any]) -> str:
        parts = [_field_change(name, change) for name, change in sorted(d.items())]
        text = translate("Timeline", "{actor} changed {changes}.")
        return text.format(actor=actor, changes="; ".join(parts))

    def _incident_added(self, entry: AuditEntry, actor: str, d: dict[str, Any]) -> str:
        return translate("Timeline", "{actor} recorded an incident: {category}.").format(
            actor=actor, category=_enum_label(category_label, IncidentCategory, d.get("category")))

    def _risk_note_added(self, entry: AuditEntry, actor: str, d: dict[str, Any]) -> str:
        return translate("Timeline", "{actor} assessed the risk: {level} (score {score}).").format(
            actor=actor, level=_enum_label(risk_label, RiskLevel, d.get("level")),
            score=d.get("score", "?"))

    # ---- triage & SLA (ui/case/triage_text.py words the reasons and roles)
    def _case_triaged(self, entry: AuditEntry, actor: str, d: dict[str, Any]) -> str:
        return triaged_sentence(actor, d)

    def _case_first_response(self, entry: AuditEntry, actor: str, d: dict[str, Any]) -> str:
        if d.get("within_sla") is False:
            return translate("Timeline", "{actor} recorded the first response, after its deadline."
                             ).format(actor=actor)
        return translate("Timeline", "{actor} recorded the first response.").format(actor=actor)

    def _case_escalation_step(self, entry: AuditEntry, actor: str, d: dict[str, Any]) -> str:
        return translate("Timeline", "Unanswered case escalated to the {role}.").format(
            role=role_label(str(d.get("role", ""))))

    # ---- intake, playbooks, notifications (ui/case/outreach_text.py words them)
    def _intake_recorded(self, entry: AuditEntry, actor: str, d: dict[str, Any]) -> str:
        return outreach_text.intake_recorded(actor, d)

    def _playbook_attached(self, entry: AuditEntry, actor: str, d: dict[str, Any]) -> str:
        return outreach_text.playbook_attached(actor, d)

    def _task_done(self, entry: AuditEntry, actor: str, d: dict[str, Any]) -> str:
        return outreach_text.task_finished(actor, d, done=True)

    def _task_skipped(self, entry: AuditEntry, actor: str, d: dict[str, Any]) -> str:
        return outreach_text.task_finished(actor, d, done=False)

    def _notification_sent(self, entry: AuditEntry, actor: str, d: dict[str, Any]) -> str:
        return outreach_text.notification_sent(actor, self.name(d.get("vetted_by")), d)

    # ---- evidence images (issue 4): type and size only, never a file name
    def _evidence_attached(self, entry: AuditEntry, actor: str, d: dict[str, Any]) -> str:
        kind = str(d.get("mime", "")).removeprefix("image/").upper() or "?"
        size = translate("Timeline", "{kb} KB").format(kb=max(1, round(int(d.get("size") or 0) / 1024)))
        text = (translate("Timeline", "{actor} attached an evidence image ({kind}, {size}), "
                          "hidden as graphic.") if d.get("graphic")
                else translate("Timeline", "{actor} attached an evidence image ({kind}, {size})."))
        return text.format(actor=actor, kind=kind, size=size)

    def _evidence_marked(self, entry: AuditEntry, actor: str, d: dict[str, Any]) -> str:
        text = (translate("Timeline", "{actor} marked an evidence image as graphic.")
                if d.get("graphic")
                else translate("Timeline", "{actor} marked an evidence image as not graphic."))
        return text.format(actor=actor)

    # ---- decisions & appeals (ui/case/appeal_text.py words them)
    def _decision_recorded(self, entry: AuditEntry, actor: str, d: dict[str, Any]) -> str:
        return appeal_text.decision_recorded(actor, d)

    def _appeal_filed(self, entry: AuditEntry, actor: str, d: dict[str, Any]) -> str:
        return appeal_text.appeal_filed(actor, d)

    def _appeal_reviewer_assigned(self, entry: AuditEntry, actor: str, d: dict[str, Any]) -> str:
        return appeal_text.reviewer_assigned(actor, self.name, d)

    def _appeal_decided(self, entry: AuditEntry, actor: str, d: dict[str, Any]) -> str:
        return appeal_text.appeal_decided(actor, d)

    def _appeal_escalated_ods(self, entry: AuditEntry, actor: str, d: dict[str, Any]) -> str:
        return appeal_text.escalated_ods(actor, d)


class TimelineModel(QAbstractListModel):
    """Newest first. Display: "time — sentence"; ToolTip: the action and its sequence number."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[AuditEntry, str]] = []

    def set_entries(self, entries: list[AuditEntry], actor_names: dict[int, str]) -> None:
        sentences = Sentences(actor_names)
        self.beginResetModel()
        self._rows = [(e, sentences(e)) for e in sorted(entries, key=lambda e: -e.seq)]
        self.endResetModel()

    def sentence(self, row: int) -> str:
        return self._rows[row][1]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry, sentence = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{when(entry.at)} — {sentence}"
        if role == Qt.ItemDataRole.ToolTipRole:
            text = translate("Timeline", "Audit entry #{seq}: {action}")
            return text.format(seq=entry.seq, action=entry.action)
        return None
