"""Notifications sent to defenders (who vetted, when and how they consented, which channel)."""

from __future__ import annotations

from typing import Any

from hrdcase.models.entities import Notification
from hrdcase.models.enums import NotificationChannel
from hrdcase.storage.codec import dt, ts
from hrdcase.storage.db import Database

_COLUMNS = ("id, case_id, defender_id, channel, vetted_by, consent_at, sent_at, note, "
            "consent_method, sent_by")


class NotificationRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, n: Notification) -> int:
        return self.db.insert(
            "INSERT INTO notifications (case_id, defender_id, channel, vetted_by, consent_at, "
            "consent_method, sent_by, sent_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (n.case_id, n.defender_id, n.channel.value, n.vetted_by, ts(n.consent_at),
             n.consent_method, n.sent_by, ts(n.sent_at), n.note),
        )

    def for_case(self, case_id: int) -> list[Notification]:
        cur = self.db.execute(
            f"SELECT {_COLUMNS} FROM notifications WHERE case_id = ? ORDER BY sent_at DESC, id DESC",
            (case_id,),
        )
        return [_notification(row) for row in cur]


def _notification(row: tuple[Any, ...]) -> Notification:
    nid, case_id, defender_id, channel, vetted_by, consent_at, sent_at, note, method, sent_by = row
    return Notification(nid, case_id, defender_id, NotificationChannel(channel), vetted_by,
                        dt(consent_at), dt(sent_at), note, method, sent_by)
