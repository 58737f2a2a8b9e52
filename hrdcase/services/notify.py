"""Notifying a defender: vetted, consented, over a secure channel, never when "do not contact"."""

from __future__ import annotations

from hrdcase.errors import ValidationError
from hrdcase.models.changes import ChangeSet
from hrdcase.models.clock import Clock
from hrdcase.models.entities import Defender, Notification
from hrdcase.models.notification import NotificationRequest, check_notification, check_vetter
from hrdcase.services.cases import routing
from hrdcase.storage.store import Store


class NotifyService:
    def __init__(self, store: Store, clock: Clock, actor_id: int | None, device_id: str) -> None:
        self.store = store
        self.clock = clock
        self.actor_id = actor_id
        self.device_id = device_id

    def history(self, case_id: int) -> list[Notification]:
        with self.store.read() as uow:
            return uow.notifications.for_case(case_id)

    def defender(self, case_id: int) -> Defender | None:
        with self.store.read() as uow:
            case = uow.cases.get(case_id)
            return uow.reference.defender(case.defender_id) if case.defender_id else None

    def notify(self, case_id: int, request: NotificationRequest) -> ChangeSet:
        """Record a notification; the model's rules are checked here, inside the transaction, on
        the defender as stored (a UI that forgot to check cannot bypass "do not contact")."""
        now = self.clock.now()
        with self.store.transaction() as uow:
            case = uow.cases.get(case_id)
            defender = uow.reference.defender(case.defender_id) if case.defender_id else None
            check_notification(defender, request, now)
            if defender is None or request.consent_method is None:  # check_notification refused
                raise ValidationError("Record when and how the defender consented first.")
            if uow.reference.responder(request.vetted_by or 0) is None:
                raise ValidationError("The vetting responder is not known here.", field="vetted_by")
            check_vetter(request.vetted_by, self.actor_id, len(uow.reference.responders()))
            note = Notification(0, case_id, defender.id, request.channel, request.vetted_by,
                                request.consent_at, now, request.note.strip(),
                                request.consent_method.value, self.actor_id)
            note_id = uow.notifications.add(note)
            uow.audit.append(now, self.actor_id, "notification.sent", "notification", note_id,
                             case_id, {"channel": request.channel.value,
                                       "vetted_by": request.vetted_by,
                                       "consent_method": request.consent_method.value,
                                       "consent_at": request.consent_at.isoformat()
                                       if request.consent_at else None})
            uow.outbox.add(self.device_id, "notification", note_id, 0,
                           {**routing(case), "notification_id": note_id,
                            "channel": request.channel.value, "sent_at": int(now.timestamp())},
                           {"note": note.note, "vetted_by": request.vetted_by,
                            "consent_method": request.consent_method.value}, now)
        return ChangeSet(cases=frozenset({case_id}), entities=frozenset({"notification"}),
                         audit=True)
