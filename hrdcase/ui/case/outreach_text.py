"""Words for playbooks and notifications: enum labels and the timeline's sentences."""

from __future__ import annotations

from functools import cache
from typing import Any

from hrdcase.models.enums import NotificationChannel, TaskStatus
from hrdcase.models.notification import ConsentMethod
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


def playbook_attached(actor: str, d: dict[str, Any]) -> str:
    return translate("Timeline", "{actor} attached the playbook “{playbook}” ({steps} steps).").format(
        actor=actor, playbook=d.get("playbook", "?"), steps=d.get("steps", "?"))


def task_finished(actor: str, d: dict[str, Any], done: bool) -> str:
    text = (translate("Timeline", "{actor} completed step “{step}” of “{playbook}”.") if done
            else translate("Timeline", "{actor} skipped step “{step}” of “{playbook}”."))
    return text.format(actor=actor, step=d.get("step", "?"), playbook=d.get("playbook", "?"))


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
