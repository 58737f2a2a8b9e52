"""The exposure ledger: minutes of graphic material on screen, as pure functions over events.

Events come from the case screen: REVEAL when a responder un-blurs graphic evidence of a case; HIDE
when they blur it again; CLOSE when they close that case (or evidence view); IDLE when the app sees
no input; LOCK when the profile locks. Rules:

- A responder is exposed while at least one of their reveals is open; overlapping reveals (two
  cases side by side) count once: minutes are wall-clock minutes of exposure, not per item.
- HIDE or CLOSE with a `case_id` ends that case's reveal; without one it ends all of them.
  IDLE and LOCK end every open reveal: nothing is counted while idle or locked. A later REVEAL
  (an act of an active, unlocked responder) starts counting again.
- A reveal still open at `until` (the injected clock's now) is counted up to `until`.
- Days and ISO weeks are the responder's local ones (an injected `tzinfo`); an interval spanning
  midnight is split between the two days.
- Blocks: exposure accumulates in a block of `exposure_block_minutes`; a pause of at least
  `break_minutes` is a break and starts a new block. When a block is used up a break is due, and it
  stays due until `break_minutes` have passed since the last exposure (continued exposure past the
  block end postpones the end of the break).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from hrdcase.errors import ValidationError
from hrdcase.wellbeing.policy import WorkloadPolicy

_MINUTE = timedelta(minutes=1)


class ExposureKind(StrEnum):
    REVEAL = "reveal"
    HIDE = "hide"
    IDLE = "idle"
    LOCK = "lock"
    CLOSE = "close"


@dataclass(frozen=True, slots=True)
class ExposureEvent:
    responder_id: int
    at: datetime
    kind: ExposureKind
    case_id: int | None = None

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            raise ValidationError("Exposure events need a timezone-aware time.", field="at")


@dataclass(frozen=True, slots=True)
class Interval:
    start: datetime
    end: datetime

    @property
    def minutes(self) -> float:
        return (self.end - self.start) / _MINUTE


@dataclass(frozen=True, slots=True)
class BlockState:
    """Where a responder stands in the block/break rhythm at `now`."""

    block_used_minutes: float  # exposure in the current block (may exceed the block when overrun)
    break_due: bool
    break_ends_at: datetime | None  # when the due break is over; None when no break is due
    last_block_end: datetime | None  # the last exposure moment of the last used-up block
    prompts: tuple[datetime, ...]  # the moments a block was used up: when to prompt a break


def exposure_intervals(events: Iterable[ExposureEvent], until: datetime) -> dict[int, list[Interval]]:
    """Merged, sorted exposure intervals per responder, counted up to `until` (events after it are
    ignored)."""
    by_responder: dict[int, list[ExposureEvent]] = defaultdict(list)
    for event in events:
        if event.at <= until:
            by_responder[event.responder_id].append(event)
    return {rid: _intervals_of(sorted(evs, key=lambda e: e.at), until) for rid, evs in by_responder.items()}


def _intervals_of(events: Sequence[ExposureEvent], until: datetime) -> list[Interval]:
    out: list[Interval] = []
    open_cases: set[int | None] = set()
    started: datetime | None = None
    for event in events:
        if event.kind is ExposureKind.REVEAL:
            if not open_cases:
                started = event.at
            open_cases.add(event.case_id)
            continue
        if event.kind in (ExposureKind.HIDE, ExposureKind.CLOSE) and event.case_id is not None:
            open_cases.discard(event.case_id)
        else:  # IDLE, LOCK, or HIDE/CLOSE of everything
            open_cases.clear()
        if not open_cases and started is not None:
            _append(out, Interval(started, event.at))
            started = None
    if started is not None:
        _append(out, Interval(started, until))
    return out


def _append(out: list[Interval], interval: Interval) -> None:
    if interval.end <= interval.start:
        return
    if out and interval.start <= out[-1].end:
        out[-1] = Interval(out[-1].start, max(out[-1].end, interval.end))
    else:
        out.append(interval)


def _local_pieces(interval: Interval, tz: tzinfo) -> Iterable[tuple[date, float]]:
    """Split an interval at local midnights; yields (local date, minutes)."""
    start = interval.start.astimezone(tz)
    end = interval.end.astimezone(tz)
    while start < end:
        midnight = datetime.combine(start.date() + timedelta(days=1), datetime.min.time(), tzinfo=tz)
        piece_end = min(end, midnight)
        yield start.date(), (piece_end - start) / _MINUTE
        start = piece_end


def minutes_by_day(intervals: Sequence[Interval], tz: tzinfo) -> dict[date, float]:
    """Exposure minutes per local day."""
    out: dict[date, float] = defaultdict(float)
    for interval in intervals:
        for day, minutes in _local_pieces(interval, tz):
            out[day] += minutes
    return dict(out)


def minutes_by_week(intervals: Sequence[Interval], tz: tzinfo) -> dict[tuple[int, int], float]:
    """Exposure minutes per local ISO week, keyed (ISO year, ISO week)."""
    out: dict[tuple[int, int], float] = defaultdict(float)
    for day, minutes in minutes_by_day(intervals, tz).items():
        iso = day.isocalendar()
        out[(iso.year, iso.week)] += minutes
    return dict(out)


def minutes_today(intervals: Sequence[Interval], now: datetime, tz: tzinfo) -> float:
    return minutes_by_day(intervals, tz).get(now.astimezone(tz).date(), 0.0)


def minutes_this_week(intervals: Sequence[Interval], now: datetime, tz: tzinfo) -> float:
    iso = now.astimezone(tz).date().isocalendar()
    return minutes_by_week(intervals, tz).get((iso.year, iso.week), 0.0)


def block_state(intervals: Sequence[Interval], policy: WorkloadPolicy, now: datetime) -> BlockState:
    """Walk the intervals (up to `now`) through the block/break rhythm of `policy`."""
    block = timedelta(minutes=policy.exposure_block_minutes)
    pause = timedelta(minutes=policy.break_minutes)
    used = timedelta(0)
    last_end: datetime | None = None
    last_block_end: datetime | None = None
    prompts: list[datetime] = []
    for interval in intervals:
        if interval.start >= now:
            break
        end = min(interval.end, now)
        if last_end is not None and interval.start - last_end >= pause:
            used = timedelta(0)  # a break was taken
        if used < block <= used + (end - interval.start):
            prompts.append(interval.start + (block - used))
        used += end - interval.start
        last_end = end
        if used >= block:
            last_block_end = end
    due = last_block_end is not None and last_block_end == last_end and now - last_end < pause
    return BlockState(
        block_used_minutes=used / _MINUTE,
        break_due=due,
        break_ends_at=(last_end + pause) if due and last_end is not None else None,
        last_block_end=last_block_end,
        prompts=tuple(prompts),
    )


@dataclass(frozen=True, slots=True)
class ExposureSummary:
    """What the limit checks need from the ledger, for one responder at one moment."""

    today_minutes: float
    week_minutes: float
    last_block_end: datetime | None
    break_due: bool


def summarise(
    events: Iterable[ExposureEvent], policy: WorkloadPolicy, now: datetime, tz_of: Mapping[int, tzinfo],
    default_tz: tzinfo,
) -> dict[int, ExposureSummary]:
    """Per responder: minutes today and this week (local), the last block end and whether a break is
    due. `tz_of` maps responder ids to their time zone."""
    out: dict[int, ExposureSummary] = {}
    for rid, intervals in exposure_intervals(events, now).items():
        tz = tz_of.get(rid, default_tz)
        state = block_state(intervals, policy, now)
        out[rid] = ExposureSummary(
            today_minutes=minutes_today(intervals, now, tz),
            week_minutes=minutes_this_week(intervals, now, tz),
            last_block_end=state.last_block_end,
            break_due=state.break_due,
        )
    return out
