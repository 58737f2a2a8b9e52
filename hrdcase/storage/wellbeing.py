"""Wellbeing tables (migrations 5 to 7): policy versions, the exposure ledger, limit overrides, handover
notes, check-ins, surges and the team signals received from other devices. The exposure ledger and
check-ins are the responder's own data: nothing here writes to the outbox (services decide that; for
these two they only ever write the content-free signal of `wellbeing/signals.py`)."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from hrdcase.errors import NotFound
from hrdcase.models.enums import Priority
from hrdcase.models.team_signal import TeamSignal
from hrdcase.storage.codec import dt, dt_required, join_tags, ts
from hrdcase.storage.db import Database

_OPEN = "('new', 'triaged', 'in_progress', 'waiting_on_hrd', 'escalated')"

# (id, region_code, starts_at, ends_at, reason, ended_at)
SurgeRow = tuple[int, str, datetime, datetime, str, datetime | None]
# (responder_id, at, kind, incident_id)
ExposureRow = tuple[int, datetime, str, int | None]
_SIGNAL_COLUMNS = ("responder_id, as_of, local_day, iso_week, today_minutes, week_minutes, "
                   "last_block_end, last_checkin_at, asked_for_support")


class WellbeingRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- policy versions (never overwritten)
    def latest_policy(self) -> dict[str, Any] | None:
        row = self.db.execute(
            "SELECT body FROM workload_policies ORDER BY version DESC LIMIT 1").fetchone()
        return json.loads(row[0]) if row else None

    def policy_versions(self) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT version FROM workload_policies ORDER BY version")]

    def add_policy(self, version: int, body: dict[str, Any], at: datetime, by: int | None) -> None:
        self.db.execute(
            "INSERT INTO workload_policies (version, body, created_at, created_by) VALUES (?, ?, ?, ?)",
            (version, json.dumps(body, sort_keys=True), ts(at), by))

    # ---- exposure ledger
    def add_exposure(self, responder_id: int, at: datetime, kind: str, incident_id: int | None) -> None:
        self.db.execute(
            "INSERT INTO exposure_events (responder_id, at, kind, incident_id) VALUES (?, ?, ?, ?)",
            (responder_id, ts(at), kind, incident_id))

    def exposure_since(self, responder_id: int, since: datetime) -> list[ExposureRow]:
        cur = self.db.execute(
            "SELECT responder_id, at, kind, incident_id FROM exposure_events "
            "WHERE responder_id = ? AND at >= ? ORDER BY at, id", (responder_id, ts(since)))
        return [(r, dt_required(a), k, i) for r, a, k, i in cur]

    # ---- loads
    def open_counts(self) -> dict[int, tuple[int, int]]:
        """responder id -> (open cases, open P1 cases)."""
        cur = self.db.execute(
            f"SELECT assignee_id, count(*), sum(priority = ?) FROM cases "
            f"WHERE assignee_id IS NOT NULL AND status IN {_OPEN} GROUP BY assignee_id",
            (Priority.P1.value,))
        return {rid: (n, int(p1 or 0)) for rid, n, p1 in cur}

    def open_cases(self) -> list[tuple[int, int | None, str, Any, Any]]:
        """(case id, assignee, priority, first_response_due, resolution_due, first_response_at) of
        every open case."""
        return self.db.execute(
            f"SELECT id, assignee_id, priority, first_response_due, resolution_due, first_response_at "
            f"FROM cases "
            f"WHERE status IN {_OPEN}").fetchall()

    def defenders_of(self) -> dict[int, set[int]]:
        out: dict[int, set[int]] = {}
        for rid, did in self.db.execute(
                "SELECT DISTINCT assignee_id, defender_id FROM cases "
                "WHERE assignee_id IS NOT NULL AND defender_id IS NOT NULL"):
            out.setdefault(rid, set()).add(did)
        return out

    def graphic_cases(self) -> set[int]:
        return {r[0] for r in self.db.execute("SELECT DISTINCT case_id FROM incidents WHERE graphic = 1")}

    # ---- overrides and handover notes
    def add_override(self, at: datetime, case_id: int, responder_id: int, supervisor_id: int,
                     limits: tuple[str, ...], reason: str, policy_version: int) -> int:
        return self.db.insert(
            "INSERT INTO overrides (at, case_id, responder_id, supervisor_id, limits, reason, "
            "policy_version) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (ts(at), case_id, responder_id, supervisor_id, join_tags(list(limits)), reason,
             policy_version))

    def overrides(self, case_id: int | None = None) -> list[tuple[Any, ...]]:
        sql = "SELECT id, case_id, responder_id, supervisor_id, limits, reason FROM overrides"
        if case_id is None:
            return self.db.execute(sql + " ORDER BY id").fetchall()
        return self.db.execute(sql + " WHERE case_id = ? ORDER BY id", (case_id,)).fetchall()

    def add_handover(self, at: datetime, case_id: int, from_id: int, to_id: int,
                     author_id: int | None, text: str) -> int:
        return self.db.insert(
            "INSERT INTO handover_notes (at, case_id, from_id, to_id, author_id, text) "
            "VALUES (?, ?, ?, ?, ?, ?)", (ts(at), case_id, from_id, to_id, author_id, text))

    def handovers(self, to_id: int) -> list[tuple[Any, ...]]:
        return self.db.execute(
            "SELECT id, case_id, from_id, text FROM handover_notes WHERE to_id = ? ORDER BY id",
            (to_id,)).fetchall()

    # ---- check-ins (the responder's own)
    def add_checkin(self, responder_id: int, at: datetime, answers: tuple[int, ...] | None,
                    asked_for_support: bool) -> int:
        return self.db.insert(
            "INSERT INTO checkins (responder_id, at, answers, asked_for_support) VALUES (?, ?, ?, ?)",
            (responder_id, ts(at), None if answers is None else json.dumps(list(answers)),
             int(asked_for_support)))

    def last_checkin(self, responder_id: int) -> tuple[datetime, tuple[int, ...] | None, bool] | None:
        row = self.db.execute(
            "SELECT at, answers, asked_for_support FROM checkins WHERE responder_id = ? "
            "ORDER BY at DESC, id DESC LIMIT 1", (responder_id,)).fetchone()
        if row is None:
            return None
        return dt_required(row[0]), (tuple(json.loads(row[1])) if row[1] else None), bool(row[2])

    # ---- surges
    def add_surge(self, region_code: str, starts_at: datetime, ends_at: datetime, reason: str,
                  by: int | None, at: datetime) -> int:
        return self.db.insert(
            "INSERT INTO surges (region_code, starts_at, ends_at, reason, declared_by, declared_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (region_code, ts(starts_at), ts(ends_at), reason, by, ts(at)))

    def end_surge(self, surge_id: int, at: datetime) -> SurgeRow:
        cur = self.db.execute("UPDATE surges SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
                              (ts(at), surge_id))
        if cur.rowcount != 1:
            raise NotFound("No such surge, or it has already ended.")
        return next(s for s in self.surges() if s[0] == surge_id)

    def surges(self) -> list[SurgeRow]:
        cur = self.db.execute(
            "SELECT id, region_code, starts_at, ends_at, reason, ended_at FROM surges ORDER BY starts_at, id")
        return [(i, r, dt_required(s), dt_required(e), why, dt(end)) for i, r, s, e, why, end in cur]

    # ---- surge rosters (migration 6)
    def add_surge_roster(self, surge_id: int, responder_ids: tuple[int, ...]) -> None:
        for rid in responder_ids:
            self.db.execute("INSERT INTO surge_roster (surge_id, responder_id) VALUES (?, ?)",
                            (surge_id, rid))

    def surge_roster(self, surge_id: int) -> list[int]:
        return [r[0] for r in self.db.execute(
            "SELECT responder_id FROM surge_roster WHERE surge_id = ? ORDER BY responder_id",
            (surge_id,))]

    def roster_regions(self, at: datetime) -> dict[int, set[str]]:
        """responder id -> regions they cover on the roster of a surge active at `at`."""
        cur = self.db.execute(
            "SELECT r.responder_id, s.region_code FROM surge_roster r JOIN surges s ON s.id = r.surge_id "
            "WHERE s.starts_at <= ? AND ? < s.ends_at AND (s.ended_at IS NULL OR ? < s.ended_at)",
            (ts(at), ts(at), ts(at)))
        out: dict[int, set[str]] = {}
        for rid, region in cur:
            out.setdefault(rid, set()).add(region)
        return out

    def take_debrief_prompt(self, case_id: int, responder_id: int, at: datetime) -> bool:
        """Record that `responder_id` was offered a debrief after `case_id`; False when they had
        been already (the prompt is offered once per case and responder)."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO debrief_prompts (case_id, responder_id, at) VALUES (?, ?, ?)",
            (case_id, responder_id, ts(at)))
        return cur.rowcount == 1

    # ---- team signals (migration 7): the latest one received per responder
    def team_signals(self) -> dict[int, TeamSignal]:
        cur = self.db.execute(f"SELECT {_SIGNAL_COLUMNS} FROM team_signals")
        return {row[0]: _signal(row) for row in cur}

    def team_signal(self, responder_id: int) -> TeamSignal | None:
        row = self.db.execute(f"SELECT {_SIGNAL_COLUMNS} FROM team_signals WHERE responder_id = ?",
                              (responder_id,)).fetchone()
        return _signal(row) if row else None

    def put_team_signal(self, s: TeamSignal, received_at: datetime) -> None:
        """Insert or update the responder's signal (the caller keeps `as_of` monotonic). An update,
        not a replace: the row keeps its sync id (gid)."""
        self.db.execute(
            f"INSERT INTO team_signals ({_SIGNAL_COLUMNS}, received_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (responder_id) DO UPDATE SET "
            "as_of = excluded.as_of, local_day = excluded.local_day, iso_week = excluded.iso_week, "
            "today_minutes = excluded.today_minutes, week_minutes = excluded.week_minutes, "
            "last_block_end = excluded.last_block_end, last_checkin_at = excluded.last_checkin_at, "
            "asked_for_support = excluded.asked_for_support, received_at = excluded.received_at",
            (s.responder_id, ts(s.as_of), s.local_day.isoformat(), s.iso_week, s.today_minutes,
             s.week_minutes, ts(s.last_block_end), ts(s.last_checkin_at), int(s.asked_for_support),
             ts(received_at)))


def _signal(row: tuple[Any, ...]) -> TeamSignal:
    rid, as_of, day, week, today, week_minutes, block_end, checkin, support = row
    return TeamSignal(rid, dt_required(as_of), date.fromisoformat(day), week, float(today),
                      float(week_minutes), dt(block_end), dt(checkin), bool(support))
