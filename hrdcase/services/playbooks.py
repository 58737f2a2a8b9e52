"""Account-safety playbooks: load the checklists (data files), attach one to a case as tasks, and
mark each step done or skipped with who, when and the result."""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache
from pathlib import Path

from hrdcase.errors import UserError, ValidationError
from hrdcase.models.changes import ChangeSet
from hrdcase.models.clock import Clock
from hrdcase.models.entities import Task
from hrdcase.models.enums import TaskStatus
from hrdcase.models.playbooks import (
    Playbook,
    check_attach,
    check_library,
    check_step_change,
    parse_playbook,
)
from hrdcase.paths import resource
from hrdcase.services.cases import routing
from hrdcase.storage.store import Store

PLAYBOOK_DIR = resource("playbooks")


def load_library(folder: Path = PLAYBOOK_DIR) -> dict[str, Playbook]:
    """Every `*.json` playbook of `folder`, checked; a bad file is a `UserError` naming it."""
    found: list[tuple[str, Playbook]] = []
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"Cannot read the playbook file {path.name}: {exc}.") from None
        except json.JSONDecodeError as exc:
            raise ValidationError(
                f"{path.name}: not valid JSON ({exc.msg}, line {exc.lineno}).") from None
        found.append((path.name, parse_playbook(data, path.name)))
    return check_library(found)


@cache
def bundled_library() -> dict[str, Playbook]:
    """The bundled playbooks, read once, for wording the timeline; empty if they cannot be read
    (the timeline then falls back to the ids)."""
    try:
        return load_library()
    except UserError:
        return {}


class PlaybookService:
    def __init__(self, store: Store, clock: Clock, actor_id: int | None, device_id: str,
                 folder: Path = PLAYBOOK_DIR) -> None:
        self.store = store
        self.clock = clock
        self.actor_id = actor_id
        self.device_id = device_id
        self.folder = folder
        self._library: dict[str, Playbook] | None = None

    def library(self) -> dict[str, Playbook]:
        if self._library is None:
            self._library = load_library(self.folder)
        return self._library

    def playbooks(self) -> list[Playbook]:
        return sorted(self.library().values(), key=lambda p: p.title.casefold())

    def tasks(self, case_id: int) -> list[Task]:
        with self.store.read() as uow:
            return uow.tasks.for_case(case_id)

    def attach(self, case_id: int, playbook_id: str) -> ChangeSet:
        playbook = self.library().get(playbook_id)
        if playbook is None:
            raise ValidationError("That playbook is not in the library.", field="playbook")
        now = self.clock.now()
        with self.store.transaction() as uow:
            case = uow.cases.get(case_id)
            check_attach(case.status, uow.tasks.playbooks_of(case_id), playbook_id)
            ids = uow.tasks.add_steps(case_id, playbook.id,
                                            [(s.id, s.text) for s in playbook.steps])
            uow.audit.append(now, self.actor_id, "playbook.attached", "case", case.ref, case_id,
                             {"playbook": playbook.id, "steps": len(ids)})
            uow.outbox.add(self.device_id, "task", f"{case.ref}/{playbook.id}", 0,
                           {**routing(case), "playbook": playbook.id, "task_ids": ids},
                           {"action": "playbook.attached",
                            "steps": [[s.id, s.text] for s in playbook.steps]}, now)
        return ChangeSet(cases=frozenset({case_id}), entities=frozenset({"task"}), audit=True)

    def complete(self, task_id: int, result: str = "") -> ChangeSet:
        return self._finish(task_id, TaskStatus.DONE, result)

    def skip(self, task_id: int, reason: str) -> ChangeSet:
        return self._finish(task_id, TaskStatus.SKIPPED, reason)

    def _finish(self, task_id: int, target: TaskStatus, result: str) -> ChangeSet:
        now = self.clock.now()
        with self.store.transaction() as uow:
            task = uow.tasks.get(task_id)
            case = uow.cases.get(task.case_id)
            check_step_change(task, target, result, case.status)
            if not uow.tasks.finish(task_id, target, self.actor_id, now, result.strip()):
                raise ValidationError("This step changed meanwhile; reload the case.",
                                      field="status")
            done = replace(task, status=target, done_by=self.actor_id, done_at=now)
            uow.audit.append(now, self.actor_id, f"task.{target.value}", "task", task_id,
                             case.id, {"playbook": task.playbook, "step": task.step,
                                       "result": bool(result.strip())})
            uow.outbox.add(self.device_id, "task", task_id, 0,
                           {**routing(case), "playbook": task.playbook, "step": task.step,
                            "status": target.value, "done_by": done.done_by,
                            "done_at": int(now.timestamp())},
                           {"result": result.strip()}, now)
        return ChangeSet(cases=frozenset({case.id}), entities=frozenset({"task"}), audit=True)
