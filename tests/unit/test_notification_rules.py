"""Notifying a defender: "do not contact" blocks; vetting and consent are required."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from hrdcase.errors import ValidationError
from hrdcase.models.entities import Defender
from hrdcase.models.enums import NotificationChannel
from hrdcase.models.notification import (
    ConsentMethod,
    NotificationRequest,
    block_reason,
    check_notification,
)

NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
OK = NotificationRequest(NotificationChannel.SIGNAL, 3, NOW - timedelta(hours=1),
                         ConsentMethod.SECURE_MESSAGE, "Invented note.")
DEFENDER = Defender(1, "Ibis")


def test_a_vetted_consented_notification_passes() -> None:
    check_notification(DEFENDER, OK, NOW)
    assert block_reason(DEFENDER) is None


def test_do_not_contact_blocks_everything() -> None:
    dnc = Defender(1, "Ibis", do_not_contact=True)
    with pytest.raises(ValidationError, match="asked not to be contacted") as info:
        check_notification(dnc, OK, NOW)
    assert info.value.field == "defender"
    assert "not to be contacted" in (block_reason(dnc) or "")


@pytest.mark.parametrize(
    ("request_", "field", "words"),
    [
        (NotificationRequest(NotificationChannel.SIGNAL, None, NOW, ConsentMethod.WRITTEN),
         "vetted_by", "vetted"),
        (NotificationRequest(NotificationChannel.SIGNAL, 3, None, ConsentMethod.WRITTEN),
         "consent", "consented"),
        (NotificationRequest(NotificationChannel.SIGNAL, 3, NOW, None), "consent", "consented"),
        (NotificationRequest(NotificationChannel.SIGNAL, 3, NOW + timedelta(minutes=5),
                             ConsentMethod.WRITTEN), "consent", "future"),
        (NotificationRequest(NotificationChannel.SIGNAL, 3, datetime(2026, 1, 1),
                             ConsentMethod.WRITTEN), "consent", "time zone"),
        (NotificationRequest("sms", 3, NOW, ConsentMethod.WRITTEN), "channel", "secure channel"),
        (NotificationRequest(NotificationChannel.IN_APP, 3, NOW, ConsentMethod.WRITTEN, "x" * 5000),
         "note", "under"),
    ],
)
def test_missing_steps_are_refused(request_: NotificationRequest, field: str, words: str) -> None:
    with pytest.raises(ValidationError, match=words) as info:
        check_notification(DEFENDER, request_, NOW)
    assert info.value.field == field


def test_no_defender_no_notification() -> None:
    with pytest.raises(ValidationError, match="no defender"):
        check_notification(None, OK, NOW)
