"""Decisions (with their statement of reasons) and appeals: all their SQL (tables: migration 4)."""

from __future__ import annotations

from datetime import date
from typing import Any

from hrdcase.errors import NotFound
from hrdcase.models.appeals import Appeal
from hrdcase.models.decisions import (
    AutomatedDecision,
    ContentType,
    Decision,
    DecisionAccount,
    DecisionGround,
    DecisionMonetary,
    DecisionProvision,
    DecisionVisibility,
    SourceType,
    StatementOfReasons,
)
from hrdcase.models.enums import AppealOutcome, AppealStatus, DsaCategory
from hrdcase.storage.codec import dt, dt_required, ts
from hrdcase.storage.db import Database

_DECISION_COLUMNS = (
    "id, case_id, decided_by, decided_at, policy_version, decision_ground, ground_reference, "
    "content_type, category, content_date, application_date, decision_facts, source_type, "
    "automated_detection, automated_decision, puid, decision_visibility, "
    "decision_visibility_other, decision_monetary, decision_provision, decision_account"
)
_APPEAL_COLUMNS = (
    "id, case_id, decision_id, filed_at, deadline, status, grounds, filed_by, reviewer_id, "
    "outcome, statement_of_reasons, decided_by, decided_at, ods_escalated_at, ods_complex, "
    "ods_deadline"
)


class AppealRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- decisions
    def add_decision(self, d: Decision) -> int:
        s = d.sor
        params = (
            d.case_id, d.decided_by, ts(d.decided_at), d.policy_version, s.decision_ground.value,
            s.ground_reference, s.content_type.value, s.category.value,
            s.content_date.isoformat(), s.application_date.isoformat(), s.decision_facts,
            s.source_type.value, int(s.automated_detection), s.automated_decision.value, s.puid,
            _v(s.decision_visibility), s.decision_visibility_other, _v(s.decision_monetary),
            _v(s.decision_provision), _v(s.decision_account),
        )
        cols = _DECISION_COLUMNS.removeprefix("id, ")
        marks = ", ".join("?" * len(params))
        return self.db.insert(f"INSERT INTO decisions ({cols}) VALUES ({marks})",
                              params)

    def decision(self, decision_id: int) -> Decision:
        row = self.db.execute(f"SELECT {_DECISION_COLUMNS} FROM decisions WHERE id = ?",
                              (decision_id,)).fetchone()
        if row is None:
            raise NotFound("That decision is not in this caseload.")
        return _decision(row)

    def decisions(self, case_id: int) -> list[Decision]:
        cur = self.db.execute(
            f"SELECT {_DECISION_COLUMNS} FROM decisions WHERE case_id = ? ORDER BY decided_at, id",
            (case_id,))
        return [_decision(row) for row in cur]

    # ---- appeals
    def add_appeal(self, a: Appeal) -> int:
        cols = _APPEAL_COLUMNS.removeprefix("id, ")
        params = _appeal_params(a)
        marks = ", ".join("?" * len(params))
        return self.db.insert(f"INSERT INTO appeals ({cols}) VALUES ({marks})",
                              params)

    def save_appeal(self, a: Appeal) -> None:
        sets = ", ".join(f"{c} = ?" for c in _APPEAL_COLUMNS.removeprefix("id, ").split(", "))
        self.db.execute(f"UPDATE appeals SET {sets} WHERE id = ?", (*_appeal_params(a), a.id))

    def appeal(self, appeal_id: int) -> Appeal:
        row = self.db.execute(f"SELECT {_APPEAL_COLUMNS} FROM appeals WHERE id = ?",
                              (appeal_id,)).fetchone()
        if row is None:
            raise NotFound("That appeal is not in this caseload.")
        return _appeal(row)

    def appeal_for_decision(self, decision_id: int) -> Appeal | None:
        row = self.db.execute(f"SELECT {_APPEAL_COLUMNS} FROM appeals WHERE decision_id = ?",
                              (decision_id,)).fetchone()
        return _appeal(row) if row else None

    def appeals(self, case_id: int) -> list[Appeal]:
        cur = self.db.execute(
            f"SELECT {_APPEAL_COLUMNS} FROM appeals WHERE case_id = ? ORDER BY filed_at, id",
            (case_id,))
        return [_appeal(row) for row in cur]


def _v(value: Any) -> str | None:
    return None if value is None else value.value


def _opt(enum: type, value: str | None) -> Any:
    return None if value is None else enum(value)


def _decision(r: tuple[Any, ...]) -> Decision:
    sor = StatementOfReasons(
        decision_ground=DecisionGround(r[5]), ground_reference=r[6],
        content_type=ContentType(r[7]), category=DsaCategory(r[8]),
        content_date=date.fromisoformat(r[9]), application_date=date.fromisoformat(r[10]),
        decision_facts=r[11], source_type=SourceType(r[12]), automated_detection=bool(r[13]),
        automated_decision=AutomatedDecision(r[14]), puid=r[15],
        decision_visibility=_opt(DecisionVisibility, r[16]), decision_visibility_other=r[17],
        decision_monetary=_opt(DecisionMonetary, r[18]),
        decision_provision=_opt(DecisionProvision, r[19]),
        decision_account=_opt(DecisionAccount, r[20]),
    )
    return Decision(r[0], r[1], r[2], dt_required(r[3]), r[4], sor)


def _appeal_params(a: Appeal) -> tuple[Any, ...]:
    return (
        a.case_id, a.decision_id, ts(a.filed_at), ts(a.deadline), a.status.value, a.grounds,
        a.filed_by, a.reviewer_id, _v(a.outcome), a.statement_of_reasons, a.decided_by,
        ts(a.decided_at), ts(a.ods_escalated_at), int(a.ods_complex), ts(a.ods_deadline),
    )


def _appeal(r: tuple[Any, ...]) -> Appeal:
    return Appeal(
        id=r[0], case_id=r[1], decision_id=r[2], filed_at=dt_required(r[3]),
        deadline=dt_required(r[4]), status=AppealStatus(r[5]), grounds=r[6], filed_by=r[7],
        reviewer_id=r[8], outcome=_opt(AppealOutcome, r[9]), statement_of_reasons=r[10],
        decided_by=r[11], decided_at=dt(r[12]), ods_escalated_at=dt(r[13]),
        ods_complex=bool(r[14]), ods_deadline=dt(r[15]),
    )
