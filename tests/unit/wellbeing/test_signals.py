"""Team signals as pure functions: the payload's pinned keys, strict parsing, and a reported total
that counts only on the responder's own local day and ISO week."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from hrdcase.errors import ValidationError
from hrdcase.wellbeing.exposure import ExposureSummary
from hrdcase.wellbeing.signals import (
    make_signal,
    parse_signal,
    reported_exposure,
    signal_payload,
    signal_routing,
)

MANILA = ZoneInfo("Asia/Manila")  # UTC+8, no daylight saving
NOW = datetime(2026, 12, 6, 15, 30, 20, 500_000, tzinfo=UTC)  # Sunday 23:30 in Manila
SUMMARY = ExposureSummary(today_minutes=42.123, week_minutes=300.456,
                          last_block_end=NOW - timedelta(minutes=5), break_due=False)


def _payload(**changes: Any) -> dict[str, Any]:
    checkin = (NOW - timedelta(days=2), True)
    return {**signal_payload(make_signal(7, NOW, MANILA, SUMMARY, checkin)), **changes}


def test_a_signal_is_the_snapshot_in_the_responders_zone_with_exactly_the_pinned_keys() -> None:
    payload = _payload()
    assert payload == {
        "responder_id": 7, "as_of": int(NOW.timestamp()), "local_day": "2026-12-06",
        "iso_week": "2026-W49", "today_minutes": 42.12, "week_minutes": 300.46,
        "last_block_end": int((NOW - timedelta(minutes=5)).timestamp()),
        "last_checkin_at": int((NOW - timedelta(days=2)).timestamp()), "asked_for_support": True,
    }
    assert signal_routing(parse_signal(payload)) == {"responder_id": 7, "as_of": int(NOW.timestamp())}
    assert signal_payload(parse_signal(payload)) == payload  # a round trip keeps every value
    quiet = signal_payload(make_signal(7, NOW, UTC, None, None))
    assert quiet["local_day"] == "2026-12-06" and quiet["today_minutes"] == 0.0
    assert quiet["last_checkin_at"] is None and quiet["asked_for_support"] is False


def test_the_local_day_follows_the_zone_not_utc() -> None:
    late = NOW + timedelta(minutes=40)  # 16:10 UTC: Monday 00:10 in Manila, still Sunday in UTC
    assert signal_payload(make_signal(7, late, MANILA, None, None))["local_day"] == "2026-12-07"
    assert signal_payload(make_signal(7, late, MANILA, None, None))["iso_week"] == "2026-W50"
    assert signal_payload(make_signal(7, late, UTC, None, None))["iso_week"] == "2026-W49"


@pytest.mark.parametrize("change", [
    {"answers": [4, 1, 3, 0, 2]},  # an unknown key: never accepted, whatever it holds
    {"raw_score": 10},
    {"follow_up": True},
])
def test_unknown_keys_are_refused(change: dict[str, Any]) -> None:
    with pytest.raises(ValidationError, match="unknown keys"):
        parse_signal(_payload(**change))


@pytest.mark.parametrize("key, value", [
    ("responder_id", "7"), ("responder_id", True), ("responder_id", -1),
    ("as_of", 1.5), ("as_of", None), ("as_of", 10**20),
    ("local_day", "2026-12-32"), ("local_day", 20261206), ("local_day", "2026-12-6"),
    ("iso_week", "2026-W50"), ("iso_week", "2026-49"),
    ("today_minutes", "42"), ("today_minutes", -1), ("today_minutes", float("nan")),
    ("today_minutes", 1441), ("today_minutes", 301.0),  # more than the week's total
    ("week_minutes", float("inf")), ("last_block_end", "soon"), ("last_checkin_at", -5),
    ("asked_for_support", 1), ("asked_for_support", "yes"),
])
def test_malformed_values_are_refused(key: str, value: Any) -> None:
    with pytest.raises(ValidationError, match="signal was refused"):
        parse_signal(_payload(**{key: value}))


def test_missing_keys_and_non_mappings_are_refused() -> None:
    payload = _payload()
    del payload["week_minutes"]
    with pytest.raises(ValidationError, match="missing keys"):
        parse_signal(payload)
    with pytest.raises(ValidationError):
        parse_signal([("responder_id", 7)])  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="support can only be asked for in a check-in"):
        parse_signal(_payload(last_checkin_at=None))


def test_a_reported_total_counts_only_on_its_own_local_day_and_week() -> None:
    signal = parse_signal(_payload())  # Sunday 2026-12-06 in Manila, ISO week 49
    assert reported_exposure(signal, NOW, MANILA) == (42.12, 300.46)
    monday = NOW + timedelta(minutes=40)  # Monday in Manila: a new day AND a new ISO week
    assert reported_exposure(signal, monday, MANILA) == (0.0, 0.0)
    assert signal.local_day == date(2026, 12, 6)
    saturday = NOW - timedelta(days=1)  # earlier in the same ISO week: only the week counts
    assert reported_exposure(signal, saturday, MANILA) == (0.0, 300.46)
    assert reported_exposure(None, NOW, MANILA) == (0.0, 0.0)
