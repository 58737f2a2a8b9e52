"""Words for playbooks and notifications: enum labels and the timeline's sentences."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from hrdcase.errors import UserError
from hrdcase.models.enums import NotificationChannel, TaskStatus
from hrdcase.models.notification import ConsentMethod
from hrdcase.models.playbooks import Playbook, playbook_title, step_title
from hrdcase.services.queries import CaseDetail
from hrdcase.services.session import Session
from hrdcase.ui.i18n import translate


@cache
def _channels() -> dict[NotificationChannel, str]:
    return {
        NotificationChannel.SIGNAL: translate("Outreach", "Signal"),
        NotificationChannel.ENCRYPTED_EMAIL: translate("Outreach", "Encrypted email"),
        NotificationChannel.IN_APP: translate("Outreach", "In-app secure message"),
        NotificationChannel.VIA_TRUSTED_PARTNER: translate("Outreach", "Through a trusted partner"),
    }


@cache
def _methods() -> dict[ConsentMethod, str]:
    return {
        ConsentMethod.WRITTEN: translate("Outreach", "In writing"),
        ConsentMethod.VERBAL: translate("Outreach", "Verbally (call or meeting)"),
        ConsentMethod.SECURE_MESSAGE: translate("Outreach", "By secure message"),
        ConsentMethod.VIA_TRUSTED_PARTNER: translate("Outreach", "Through a trusted partner"),
    }


@cache
def _statuses() -> dict[TaskStatus, str]:
    return {
        TaskStatus.OPEN: translate("Outreach", "To do"),
        TaskStatus.DONE: translate("Outreach", "Done"),
        TaskStatus.SKIPPED: translate("Outreach", "Skipped"),
    }


def _label(table: dict[Any, str], enum: type, value: object) -> str:
    try:
        return table[enum(value)]
    except ValueError:
        return str(value)


def notification_channel_label(value: object) -> str:
    return _label(_channels(), NotificationChannel, value)


def consent_method_label(value: object) -> str:
    return _label(_methods(), ConsentMethod, value)


def task_status_label(value: object) -> str:
    return _label(_statuses(), TaskStatus, value)


# Playbook titles for the timeline (the audit log records ids). Filled on the ops worker, where the
# library is read (`learn_playbooks`), and only read on the GUI thread: no disk work in slots.
_library: dict[str, Playbook] = {}


def learn_playbooks(playbooks: Iterable[Playbook]) -> None:
    _library.update({p.id: p for p in playbooks})


def case_detail(session: Session, case_id: int) -> CaseDetail:
    """On the worker: the case detail, after learning the playbook titles its timeline names (a
    playbook file that cannot be read leaves the ids showing rather than hiding the case)."""
    try:
        learn_playbooks(session.playbooks.playbooks())
    except UserError:
        pass
    return session.queries.case_detail(case_id)


def playbook_attached(actor: str, d: dict[str, Any]) -> str:
    return translate("Timeline", "{actor} attached the playbook “{playbook}” ({steps} steps).").format(
        actor=actor, playbook=playbook_title(_library, d.get("playbook", "?")),
        steps=d.get("steps", "?"))


def task_finished(actor: str, d: dict[str, Any], done: bool) -> str:
    text = (translate("Timeline", "{actor} completed step “{step}” of “{playbook}”.") if done
            else translate("Timeline", "{actor} skipped step “{step}” of “{playbook}”."))
    playbook = d.get("playbook", "?")
    return text.format(actor=actor, step=step_title(_library, playbook, d.get("step", "?")),
                       playbook=playbook_title(_library, playbook))


def notification_sent(actor: str, vetter: str, d: dict[str, Any]) -> str:
    text = translate("Timeline", "{actor} notified the defender via {channel} (vetted by "
                     "{vetter}; consent {method}).")
    return text.format(actor=actor, channel=notification_channel_label(d.get("channel")),
                       vetter=vetter, method=consent_method_label(d.get("consent_method")).lower())


def intake_recorded(actor: str, d: dict[str, Any]) -> str:
    if d.get("source_id"):
        return translate("Timeline", "{actor} imported the case from platform report {source}."
                         ).format(actor=actor, source=d.get("source_id"))
    return translate("Timeline", "{actor} recorded the trusted partner who escalated the case."
                     ).format(actor=actor)
