"""Notifying an HRD (action 8): only after vetting and recorded consent, over a secure channel, and
never when the defender asked not to be contacted. Pure rules; the service enforces them too."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from hrdcase.errors import ValidationError
from hrdcase.models.entities import Defender
from hrdcase.models.enums import NotificationChannel

NOTE_MAX = 4000


class ConsentMethod(StrEnum):
    """How the defender's consent to be notified was obtained."""

    WRITTEN = "written"
    VERBAL = "verbal"
    SECURE_MESSAGE = "secure_message"
    VIA_TRUSTED_PARTNER = "via_trusted_partner"


@dataclass(frozen=True)
class NotificationRequest:
    channel: NotificationChannel
    vetted_by: int | None
    consent_at: datetime | None
    consent_method: ConsentMethod | None
    note: str = ""


DNC_REASON = "The defender asked not to be contacted; no notification may be sent."


def block_reason(defender: Defender | None) -> str | None:
    """Why no notification can go to this case's defender at all, or None."""
    if defender is None:
        return "The case has no defender to notify."
    if defender.do_not_contact:
        return DNC_REASON
    return None


def check_notification(defender: Defender | None, request: NotificationRequest,
                       now: datetime) -> None:
    """Refuse a notification that breaks a rule, with the first reason found."""
    reason = block_reason(defender)
    if reason is not None:
        raise ValidationError(reason, field="defender")
    if not isinstance(request.channel, NotificationChannel):
        raise ValidationError("Choose a secure channel.", field="channel")
    if request.vetted_by is None:
        raise ValidationError("A notification must be vetted first: say who vetted it.",
                              field="vetted_by")
    if request.consent_at is None or request.consent_method is None:
        raise ValidationError("Record when and how the defender consented first.", field="consent")
    if request.consent_at.tzinfo is None:
        raise ValidationError("The consent time needs a time zone.", field="consent")
    if request.consent_at > now:
        raise ValidationError("Consent cannot be dated in the future.", field="consent")
    if len(request.note) > NOTE_MAX:
        raise ValidationError(f"Keep the note under {NOTE_MAX} characters.", field="note")


OWN_VETTING = "Someone other than the sender must vet the notification."


def check_vetter(vetted_by: int | None, sender: int | None, people: int) -> None:
    """Four eyes: the sender does not vet their own notification, unless they are the only person
    in the organisation (`people` responders)."""
    if people > 1 and sender is not None and vetted_by == sender:
        raise ValidationError(OWN_VETTING, field="vetted_by")
