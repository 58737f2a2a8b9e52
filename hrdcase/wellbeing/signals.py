"""Team wellbeing signals: the content-free snapshot a responder's device reports about them.

Each device holds only its own responder's exposure ledger and check-ins. After every ledger event
and every check-in, the device writes a signal for the signed-in responder to the outbox; the sync
client (a later issue) carries it to the team, and a supervisor's device keeps the latest one per
responder. A signal holds exposure totals (local day and ISO week, in the responder's own zone),
the end of the last used-up exposure block, when they last checked in and whether that check-in
asked for support. It NEVER holds check-in answers, the WHO-5 score or the follow-up flag: the
payload's key set is pinned (`SIGNAL_KEYS`) and `parse_signal` refuses any other key.

A signal is a snapshot: a newer one replaces an older one (`as_of` decides). Its exposure counts
only while its day (or week) is still the responder's current one: yesterday's total is not today's.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from hrdcase.errors import ValidationError
from hrdcase.models.team_signal import TeamSignal
from hrdcase.wellbeing.exposure import ExposureSummary

SIGNAL_KEYS = frozenset({
    "responder_id", "as_of", "local_day", "iso_week", "today_minutes", "week_minutes",
    "last_block_end", "last_checkin_at", "asked_for_support",
})
MINUTES_PER_DAY = 24 * 60
MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY
_LAST_UNIX = 253_402_300_799  # 9999-12-31T23:59:59Z
_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def iso_week_of(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def make_signal(responder_id: int, now: datetime, tz: tzinfo, exposure: ExposureSummary | None,
                last_checkin: tuple[datetime, bool] | None) -> TeamSignal:
    """The snapshot at `now`; `last_checkin` is (when, asked for support) of the latest check-in."""
    day = now.astimezone(tz).date()
    return TeamSignal(
        responder_id=responder_id, as_of=_whole_second(now), local_day=day, iso_week=iso_week_of(day),
        today_minutes=round(exposure.today_minutes, 2) if exposure else 0.0,
        week_minutes=round(exposure.week_minutes, 2) if exposure else 0.0,
        last_block_end=_whole_second(exposure.last_block_end) if exposure else None,
        last_checkin_at=_whole_second(last_checkin[0]) if last_checkin else None,
        asked_for_support=bool(last_checkin and last_checkin[1]),
    )


def _whole_second(moment: datetime | None) -> Any:
    return None if moment is None else datetime.fromtimestamp(int(moment.timestamp()), UTC)


def _unix(moment: datetime | None) -> int | None:
    return None if moment is None else int(moment.timestamp())


def signal_payload(signal: TeamSignal) -> dict[str, Any]:
    """The outbox payload: exactly `SIGNAL_KEYS`, times as unix seconds."""
    return {
        "responder_id": signal.responder_id, "as_of": _unix(signal.as_of),
        "local_day": signal.local_day.isoformat(), "iso_week": signal.iso_week,
        "today_minutes": signal.today_minutes, "week_minutes": signal.week_minutes,
        "last_block_end": _unix(signal.last_block_end),
        "last_checkin_at": _unix(signal.last_checkin_at),
        "asked_for_support": signal.asked_for_support,
    }


def signal_routing(signal: TeamSignal) -> dict[str, Any]:
    return {"responder_id": signal.responder_id, "as_of": _unix(signal.as_of)}


def _bad(why: str) -> ValidationError:
    return ValidationError(f"A wellbeing signal was refused: {why}.", field="signal")


def _int(payload: Mapping[str, Any], key: str) -> int:
    value = payload[key]
    if type(value) is not int or value < 0:
        raise _bad(f"{key} must be a non-negative whole number")
    return value


def _minutes(payload: Mapping[str, Any], key: str, most: int) -> float:
    value = payload[key]
    if type(value) not in (int, float) or not math.isfinite(value) or not 0 <= value <= most:
        raise _bad(f"{key} must be a number of minutes from 0 to {most}")
    return float(value)


def _when(payload: Mapping[str, Any], key: str) -> datetime:
    value = _int(payload, key)
    if value > _LAST_UNIX:
        raise _bad(f"{key} is not a time")
    return datetime.fromtimestamp(value, UTC)


def _moment(payload: Mapping[str, Any], key: str) -> datetime | None:
    return None if payload[key] is None else _when(payload, key)


def _day_and_week(payload: Mapping[str, Any]) -> tuple[date, str]:
    day_text, week = payload["local_day"], payload["iso_week"]
    if not isinstance(day_text, str) or not isinstance(week, str) or not _ISO_WEEK.match(week):
        raise _bad("local_day must be an ISO date and iso_week like 2026-W49")
    try:
        day = date.fromisoformat(day_text)
    except ValueError:
        raise _bad("local_day must be an ISO date") from None
    if day.isoformat() != day_text or iso_week_of(day) != week:
        raise _bad("local_day and iso_week disagree")
    return day, week


def parse_signal(payload: Mapping[str, Any]) -> TeamSignal:
    """A received payload, validated strictly: exactly `SIGNAL_KEYS`, each of its type."""
    if not isinstance(payload, Mapping):
        raise _bad("it is not a mapping")
    keys = set(payload)
    if keys != SIGNAL_KEYS:
        unknown, missing = sorted(map(str, keys - SIGNAL_KEYS)), sorted(SIGNAL_KEYS - keys)
        raise _bad(f"unknown keys {unknown}, missing keys {missing}")
    responder_id = _int(payload, "responder_id")
    as_of = _when(payload, "as_of")
    day, week = _day_and_week(payload)
    support = payload["asked_for_support"]
    if type(support) is not bool:
        raise _bad("asked_for_support must be true or false")
    last_checkin = _moment(payload, "last_checkin_at")
    if support and last_checkin is None:
        raise _bad("support can only be asked for in a check-in")
    today, week_total = (_minutes(payload, "today_minutes", MINUTES_PER_DAY),
                         _minutes(payload, "week_minutes", MINUTES_PER_WEEK))
    if today > week_total + 0.01:
        raise _bad("today's minutes exceed the week's")
    return TeamSignal(responder_id, as_of, day, week, today, week_total,
                      _moment(payload, "last_block_end"), last_checkin, support)


def reported_exposure(signal: TeamSignal | None, now: datetime, tz: tzinfo) -> tuple[float, float]:
    """(minutes today, minutes this week) as reported, counted only while the signal's local day
    (or ISO week) is still the responder's current one in their zone `tz`."""
    if signal is None:
        return 0.0, 0.0
    day = now.astimezone(tz).date()
    today = signal.today_minutes if signal.local_day == day else 0.0
    week = signal.week_minutes if signal.iso_week == iso_week_of(day) else 0.0
    return today, week
