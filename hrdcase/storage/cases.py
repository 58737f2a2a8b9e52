"""Cases, incidents and risk notes: all their SQL, the queue queries and full-text search."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any

from hrdcase.errors import ConcurrentEdit, NotFound
from hrdcase.models.entities import Case, Incident, RiskItem, RiskNote
from hrdcase.models.enums import (
    CaseStatus,
    IncidentCategory,
    IntakeChannel,
    Priority,
    RiskLevel,
    Severity,
)
from hrdcase.models.queue import UNASSIGNED, QueueFilter, QueueRow, QueueSort
from hrdcase.storage.codec import dt, dt_required, join_tags, split_tags, ts
from hrdcase.storage.db import Database

_CASE_COLUMNS = (
    "id, ref, title, summary, status, priority, severity, category, channel, region_code, "
    "language, defender_id, assignee_id, team_id, risk_level, created_at, updated_at, "
    "first_response_due, resolution_due, version"
)

# Whitelisted ORDER BY expressions: user input chooses a key, never SQL text.
_SORT_SQL = {
    "ref": "c.ref",
    "priority": "c.priority, c.created_at",
    "title": "c.title COLLATE NOCASE",
    "status": "c.status",
    "category": "c.category",
    "region": "c.region_code",
    "language": "c.language",
    "assignee": "r.display_name COLLATE NOCASE",
    "defender": "d.pseudonym COLLATE NOCASE",
    "created": "c.created_at",
    "updated": "c.updated_at",
}

_QUEUE_SELECT = (
    "SELECT c.id, c.ref, c.title, c.status, c.priority, c.category, c.region_code, c.language, "
    "COALESCE(r.display_name, ''), COALESCE(d.pseudonym, ''), c.created_at, c.updated_at "
    "FROM cases c LEFT JOIN responders r ON r.id = c.assignee_id "
    "LEFT JOIN defenders d ON d.id = c.defender_id"
)

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """Turn free text into a safe FTS5 query: every word must match, as a prefix.

    Words are quoted, so FTS5 operators typed by a user (AND, NEAR, quotes, colons) are just words.
    """
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def _where(f: QueueFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.statuses:
        clauses.append(f"c.status IN ({','.join('?' * len(f.statuses))})")
        params.extend(s.value for s in f.statuses)
    if f.priorities:
        clauses.append(f"c.priority IN ({','.join('?' * len(f.priorities))})")
        params.extend(p.value for p in f.priorities)
    if f.assignee_id == UNASSIGNED:
        clauses.append("c.assignee_id IS NULL")
    elif f.assignee_id is not None:
        clauses.append("c.assignee_id = ?")
        params.append(f.assignee_id)
    if f.region_code:
        clauses.append("c.region_code = ?")
        params.append(f.region_code)
    if f.language:
        clauses.append("c.language = ?")
        params.append(f.language)
    query = fts_query(f.text)
    if query:
        clauses.append("c.id IN (SELECT rowid FROM case_fts WHERE case_fts MATCH ?)")
        params.append(query)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


class CaseRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- cases
    def add(self, case: Case) -> int:
        case_id = self.db.execute(
            "INSERT INTO cases (ref, title, summary, status, priority, severity, category, channel, "
            "region_code, language, defender_id, assignee_id, team_id, risk_level, created_at, "
            "updated_at, first_response_due, resolution_due, version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _case_params(case),
        ).lastrowid
        return case_id

    def get(self, case_id: int) -> Case:
        row = self.db.execute(f"SELECT {_CASE_COLUMNS} FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise NotFound(f"No case with id {case_id}.")
        return _case(row)

    def get_by_ref(self, ref: str) -> Case:
        row = self.db.execute(f"SELECT {_CASE_COLUMNS} FROM cases WHERE ref = ?", (ref,)).fetchone()
        if row is None:
            raise NotFound(f"No case {ref} in this caseload.")
        return _case(row)

    def save(self, case: Case, expected_version: int) -> Case:
        """Write `case` if the stored row still has `expected_version`; returns it at version+1."""
        saved = replace(case, version=expected_version + 1)
        params = _case_params(saved)[1:]  # everything after ref
        cur = self.db.execute(
            "UPDATE cases SET title = ?, summary = ?, status = ?, priority = ?, severity = ?, "
            "category = ?, channel = ?, region_code = ?, language = ?, defender_id = ?, "
            "assignee_id = ?, team_id = ?, risk_level = ?, created_at = ?, updated_at = ?, "
            "first_response_due = ?, resolution_due = ?, version = ? "
            "WHERE id = ? AND version = ?",
            (*params, case.id, expected_version),
        )
        if cur.rowcount != 1:
            raise ConcurrentEdit(
                f"Case {case.ref} changed since it was opened; reload it and apply the edit again."
            )
        return saved

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM cases").fetchone()[0]

    # ---- queue
    def queue_count(self, f: QueueFilter) -> int:
        where, params = _where(f)
        return self.db.execute(f"SELECT count(*) FROM cases c{where}", params).fetchone()[0]

    def queue_page(
        self, f: QueueFilter, sort: QueueSort, offset: int, limit: int
    ) -> list[QueueRow]:
        where, params = _where(f)
        direction = " DESC" if sort.descending else ""
        order = ", ".join(part + direction for part in _SORT_SQL[sort.column].split(", "))
        sql = f"{_QUEUE_SELECT}{where} ORDER BY {order}, c.id{direction} LIMIT ? OFFSET ?"
        return [_queue_row(r) for r in self.db.execute(sql, [*params, limit, offset])]

    def distinct_languages(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT DISTINCT language FROM cases ORDER BY 1")]

    # ---- full-text index (contentless: the text lives only in cases/incidents/defenders)
    def reindex_text(self, case_id: int) -> None:
        row = self.db.execute(
            "SELECT c.title, c.summary, c.ref, COALESCE(d.pseudonym, '') FROM cases c "
            "LEFT JOIN defenders d ON d.id = c.defender_id WHERE c.id = ?",
            (case_id,),
        ).fetchone()
        if row is None:
            return
        title, summary, ref, pseudonym = row
        incidents = " ".join(
            r[0]
            for r in self.db.execute(
                "SELECT description FROM incidents WHERE case_id = ? ORDER BY id", (case_id,)
            )
        )
        self.db.execute("DELETE FROM case_fts WHERE rowid = ?", (case_id,))
        self.db.execute(
            "INSERT INTO case_fts (rowid, title, body) VALUES (?, ?, ?)",
            (case_id, title, " ".join((ref, pseudonym, summary, incidents))),
        )

    def search(self, text: str, limit: int = 50) -> list[int]:
        query = fts_query(text)
        if not query:
            return []
        return [
            r[0]
            for r in self.db.execute(
                "SELECT rowid FROM case_fts WHERE case_fts MATCH ? ORDER BY rank LIMIT ?",
                (query, limit),
            )
        ]

    # ---- incidents
    def add_incident(self, incident: Incident) -> int:
        return self.db.execute(
            "INSERT INTO incidents (case_id, category, description, reported_at, occurred_at, "
            "channel, evidence_ref, graphic) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                incident.case_id,
                incident.category.value,
                incident.description,
                ts(incident.reported_at),
                ts(incident.occurred_at),
                incident.channel.value,
                incident.evidence_ref,
                int(incident.graphic),
            ),
        ).lastrowid

    def incidents(self, case_id: int) -> list[Incident]:
        return [
            Incident(
                id=r[0],
                case_id=r[1],
                category=IncidentCategory(r[2]),
                description=r[3],
                reported_at=dt_required(r[4]),
                occurred_at=dt(r[5]),
                channel=IntakeChannel(r[6]),
                evidence_ref=r[7],
                graphic=bool(r[8]),
            )
            for r in self.db.execute(
                "SELECT id, case_id, category, description, reported_at, occurred_at, channel, "
                "evidence_ref, graphic FROM incidents WHERE case_id = ? ORDER BY reported_at, id",
                (case_id,),
            )
        ]

    # ---- risk notes (a new note supersedes the current one; none is overwritten)
    def add_risk_note(self, note: RiskNote) -> int:
        current = self.db.execute(
            "SELECT id FROM risk_notes WHERE case_id = ? AND superseded_by IS NULL",
            (note.case_id,),
        ).fetchall()
        note_id = self.db.execute(
            "INSERT INTO risk_notes (case_id, author_id, created_at, threats, vulnerabilities, "
            "capacities, score, level, gender_factors, context_flags, rationale, mitigations, "
            "next_review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                note.case_id,
                note.author_id,
                ts(note.created_at),
                _items_json(note.threats),
                _items_json(note.vulnerabilities),
                _items_json(note.capacities),
                note.score,
                note.level.value,
                join_tags(note.gender_factors),
                join_tags(note.context_flags),
                note.rationale,
                note.mitigations,
                ts(note.next_review),
            ),
        ).lastrowid
        for (old_id,) in current:
            self.db.execute("UPDATE risk_notes SET superseded_by = ? WHERE id = ?", (note_id, old_id))
        return note_id

    def risk_notes(self, case_id: int) -> list[RiskNote]:
        """All notes of a case, newest first; the current one has `superseded_by` None."""
        return [
            RiskNote(
                id=r[0],
                case_id=r[1],
                author_id=r[2],
                created_at=dt_required(r[3]),
                threats=_items(r[4]),
                vulnerabilities=_items(r[5]),
                capacities=_items(r[6]),
                score=r[7],
                level=RiskLevel(r[8]),
                gender_factors=split_tags(r[9]),
                context_flags=split_tags(r[10]),
                rationale=r[11],
                mitigations=r[12],
                next_review=dt(r[13]),
                superseded_by=r[14],
            )
            for r in self.db.execute(
                "SELECT id, case_id, author_id, created_at, threats, vulnerabilities, capacities, "
                "score, level, gender_factors, context_flags, rationale, mitigations, next_review, "
                "superseded_by FROM risk_notes WHERE case_id = ? ORDER BY created_at DESC, id DESC",
                (case_id,),
            )
        ]


def _items_json(items: tuple[RiskItem, ...]) -> str:
    return json.dumps([[i.label, i.score] for i in items], ensure_ascii=False)


def _items(text: str) -> tuple[RiskItem, ...]:
    return tuple(RiskItem(label, score) for label, score in json.loads(text))


def _case_params(c: Case) -> tuple[Any, ...]:
    return (
        c.ref,
        c.title,
        c.summary,
        c.status.value,
        c.priority.value,
        c.severity.value,
        c.category.value,
        c.channel.value,
        c.region_code,
        c.language,
        c.defender_id,
        c.assignee_id,
        c.team_id,
        c.risk_level.value if c.risk_level else None,
        ts(c.created_at),
        ts(c.updated_at),
        ts(c.first_response_due),
        ts(c.resolution_due),
        c.version,
    )


def _case(r: tuple[Any, ...]) -> Case:
    return Case(
        id=r[0],
        ref=r[1],
        title=r[2],
        summary=r[3],
        status=CaseStatus(r[4]),
        priority=Priority(r[5]),
        severity=Severity(r[6]),
        category=IncidentCategory(r[7]),
        channel=IntakeChannel(r[8]),
        region_code=r[9],
        language=r[10],
        defender_id=r[11],
        assignee_id=r[12],
        team_id=r[13],
        risk_level=RiskLevel(r[14]) if r[14] else None,
        created_at=dt_required(r[15]),
        updated_at=dt_required(r[16]),
        first_response_due=dt(r[17]),
        resolution_due=dt(r[18]),
        version=r[19],
    )


def _queue_row(r: tuple[Any, ...]) -> QueueRow:
    return QueueRow(
        id=r[0],
        ref=r[1],
        title=r[2],
        status=CaseStatus(r[3]),
        priority=Priority(r[4]),
        category=IncidentCategory(r[5]),
        region_code=r[6],
        language=r[7],
        assignee=r[8],
        defender=r[9],
        created_at=dt_required(r[10]),
        updated_at=dt_required(r[11]),
    )
