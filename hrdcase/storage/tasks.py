"""Playbook steps attached to cases (the `tasks` table)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from hrdcase.errors import NotFound
from hrdcase.models.entities import Task
from hrdcase.models.enums import TaskStatus
from hrdcase.storage.codec import dt, ts
from hrdcase.storage.db import Database

_COLUMNS = "id, case_id, playbook, step, status, done_by, done_at, result, text, position"


class TaskRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add_steps(self, case_id: int, playbook: str, steps: list[tuple[str, str]]) -> list[int]:
        """Insert one open task per (step id, text), in order; returns their ids."""
        return [
            self.db.insert(
                "INSERT INTO tasks (case_id, playbook, step, position, text) VALUES (?, ?, ?, ?, ?)",
                (case_id, playbook, step, position, text),
            )
            for position, (step, text) in enumerate(steps)
        ]

    def get(self, task_id: int) -> Task:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM tasks WHERE id = ?", (task_id,)).fetchone()
        if row is None:
            raise NotFound("That playbook step does not exist.")
        return _task(row)

    def for_case(self, case_id: int) -> list[Task]:
        cur = self.db.execute(
            f"SELECT {_COLUMNS} FROM tasks WHERE case_id = ? ORDER BY playbook, position",
            (case_id,),
        )
        return [_task(row) for row in cur]

    def playbooks_of(self, case_id: int) -> set[str]:
        cur = self.db.execute("SELECT DISTINCT playbook FROM tasks WHERE case_id = ?", (case_id,))
        return {row[0] for row in cur}

    def finish(self, task_id: int, status: TaskStatus, by: int | None, at: datetime,
               result: str) -> bool:
        """Close an open task; False when it was no longer open (nothing changed)."""
        cur = self.db.execute(
            "UPDATE tasks SET status = ?, done_by = ?, done_at = ?, result = ? "
            "WHERE id = ? AND status = 'open'",
            (status.value, by, ts(at), result, task_id),
        )
        return cur.rowcount == 1


def _task(row: tuple[Any, ...]) -> Task:
    tid, case_id, playbook, step, status, done_by, done_at, result, text, position = row
    return Task(tid, case_id, playbook, step, TaskStatus(status), done_by, dt(done_at), result,
                text, position)
