"""The exposure ledger over a simulated two-week rota driven by a FixedClock (Nairobi, UTC+3)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from hrdcase.errors import ValidationError
from hrdcase.models.clock import FixedClock
from hrdcase.models.enums import Priority
from hrdcase.wellbeing.exposure import (
    ExposureEvent,
    ExposureKind,
    block_state,
    exposure_intervals,
    minutes_by_day,
    minutes_by_week,
    summarise,
)
from hrdcase.wellbeing.limits import Limit, ResponderLoad, WorkItem, check_assignment
from hrdcase.wellbeing.policy import load_policy

TZ = ZoneInfo("Africa/Nairobi")
R = 7  # the responder
POLICY = load_policy()
GRAPHIC = WorkItem(case_id=99, priority=Priority.P3, graphic=True)


class Rota:
    """Records ledger events at the clock's current time."""

    def __init__(self) -> None:
        # Monday 5 January 2026, 08:00 in Nairobi.
        self.clock = FixedClock(datetime(2026, 1, 5, 8, 0, tzinfo=TZ).astimezone(UTC))
        self.events: list[ExposureEvent] = []

    def at(self, day: date, hour: int, minute: int = 0) -> None:
        self.clock.current = datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ).astimezone(UTC)

    def event(self, kind: ExposureKind, case_id: int | None = 1) -> None:
        self.events.append(ExposureEvent(R, self.clock.now(), kind, case_id))

    def expose(self, minutes: int, case_id: int = 1) -> None:
        self.event(ExposureKind.REVEAL, case_id)
        self.clock.advance(timedelta(minutes=minutes))
        self.event(ExposureKind.HIDE, case_id)

    def load(self) -> ResponderLoad:
        s = summarise(self.events, POLICY, self.clock.now(), {R: TZ}, UTC)[R]
        return ResponderLoad(
            R, exposure_today_minutes=s.today_minutes, exposure_week_minutes=s.week_minutes,
            last_block_end=s.last_block_end, tz=TZ,
        )

    def verdict_limits(self) -> set[Limit]:
        return set(check_assignment(self.load(), GRAPHIC, POLICY, self.clock.now()).limits)


def _workday(rota: Rota, day: date, blocks: int) -> None:
    rota.at(day, 9)
    for _ in range(blocks):
        rota.expose(60)
        assert Limit.BREAK_DUE in rota.verdict_limits()  # a block is used up: break prompt
        rota.clock.advance(timedelta(minutes=POLICY.break_minutes))
        assert Limit.BREAK_DUE not in rota.verdict_limits()  # the break is over


def test_two_week_rota() -> None:
    rota = Rota()
    week1 = [date(2026, 1, 5) + timedelta(days=i) for i in range(5)]
    for day in week1:
        _workday(rota, day, blocks=4)
        assert rota.load().exposure_today_minutes == pytest.approx(240)
        assert rota.verdict_limits() == set()  # 4 h used, before the cut-off, rested
        rota.at(day, 16)
        assert rota.verdict_limits() == {Limit.GRAPHIC_AFTER_CUTOFF}
        rota.at(day, 15, 59)
        assert Limit.GRAPHIC_AFTER_CUTOFF not in rota.verdict_limits()
    assert rota.load().exposure_week_minutes == pytest.approx(1200)

    # Week 2, Monday: five blocks reach the IWF cap of 300 minutes.
    monday = date(2026, 1, 12)
    _workday(rota, monday, blocks=5)
    assert rota.load().exposure_today_minutes == pytest.approx(300)
    assert rota.load().exposure_week_minutes == pytest.approx(300)  # a new ISO week
    assert rota.verdict_limits() == {Limit.DAILY_EXPOSURE}
    # Tuesday: a fresh day. Idle and lock close open reveals; nothing counts meanwhile.
    tuesday = monday + timedelta(days=1)
    rota.at(tuesday, 9)
    rota.event(ExposureKind.REVEAL)
    rota.clock.advance(timedelta(minutes=20))
    rota.event(ExposureKind.IDLE, None)
    rota.clock.advance(timedelta(minutes=30))  # idle: not counted
    rota.event(ExposureKind.REVEAL, 2)
    rota.clock.advance(timedelta(minutes=10))
    rota.event(ExposureKind.LOCK, None)
    rota.clock.advance(timedelta(hours=1))  # locked: not counted
    assert rota.load().exposure_today_minutes == pytest.approx(30)
    # Two cases revealed side by side count once; closing one keeps the other open.
    rota.event(ExposureKind.REVEAL, 3)
    rota.clock.advance(timedelta(minutes=5))
    rota.event(ExposureKind.REVEAL, 4)
    rota.clock.advance(timedelta(minutes=5))
    rota.event(ExposureKind.CLOSE, 3)
    rota.clock.advance(timedelta(minutes=5))
    assert rota.load().exposure_today_minutes == pytest.approx(45)  # 4 is still revealed
    rota.event(ExposureKind.HIDE, 4)
    # Saturday night: a reveal from 23:30 to 00:30 is split between Saturday and Sunday.
    saturday = monday + timedelta(days=5)
    rota.at(saturday, 23, 30)
    rota.expose(60)
    intervals = exposure_intervals(rota.events, rota.clock.now())[R]
    by_day = minutes_by_day(intervals, TZ)
    assert by_day[saturday] == pytest.approx(30)
    assert by_day[saturday + timedelta(days=1)] == pytest.approx(30)
    assert by_day[tuesday] == pytest.approx(45)
    assert saturday - timedelta(days=1) not in by_day
    weeks = minutes_by_week(intervals, TZ)
    assert weeks[(2026, 2)] == pytest.approx(1200)
    assert weeks[(2026, 3)] == pytest.approx(300 + 45 + 60)
    assert sum(weeks.values()) == pytest.approx(sum(by_day.values()))


def test_weekly_cap_refuses_graphic_work() -> None:
    rota = Rota()
    for i in range(6):  # six days at the daily cap pass the weekly cap (1500)
        _workday(rota, date(2026, 1, 5) + timedelta(days=i), blocks=5)
    rota.at(date(2026, 1, 11), 9)  # Sunday, same ISO week, nothing yet today
    assert rota.verdict_limits() == {Limit.WEEKLY_EXPOSURE}
    rota.at(date(2026, 1, 12), 9)  # Monday: a new week
    assert rota.verdict_limits() == set()


def test_open_reveal_counts_up_to_now_and_overrun_postpones_the_break() -> None:
    rota = Rota()
    rota.at(date(2026, 1, 5), 9)
    rota.event(ExposureKind.REVEAL)
    rota.clock.advance(timedelta(minutes=90))  # still revealed: 30 minutes past the block
    now = rota.clock.now()
    intervals = exposure_intervals(rota.events, now)[R]
    state = block_state(intervals, POLICY, now)
    assert state.block_used_minutes == pytest.approx(90)
    assert state.prompts == (now - timedelta(minutes=30),)  # the prompt came when the block ran out
    assert state.break_due and state.break_ends_at == now + timedelta(minutes=POLICY.break_minutes)


def test_a_short_pause_is_not_a_break() -> None:
    rota = Rota()
    rota.at(date(2026, 1, 5), 9)
    rota.expose(40)
    rota.clock.advance(timedelta(minutes=POLICY.break_minutes - 1))
    rota.expose(20)  # the block fills up across the short pause
    assert Limit.BREAK_DUE in rota.verdict_limits()
    rota.at(date(2026, 1, 5), 11)
    rota.expose(40)
    rota.clock.advance(timedelta(minutes=POLICY.break_minutes))
    rota.expose(20)  # a real break reset the block: 20 of 60 used
    assert Limit.BREAK_DUE not in rota.verdict_limits()


def test_events_need_an_aware_time() -> None:
    with pytest.raises(ValidationError):
        ExposureEvent(R, datetime(2026, 1, 5, 9, 0), ExposureKind.REVEAL)
