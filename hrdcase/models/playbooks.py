"""Account-safety playbooks (action 7): checklists whose steps become a case's tasks.

Playbooks are data (`resources/playbooks/*.json`); this module checks what a file holds and the
rules for working through the steps. Pure: the loader in services reads the files.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from hrdcase.errors import ValidationError
from hrdcase.models.entities import Task
from hrdcase.models.enums import CaseStatus, TaskStatus

PLAYBOOK_ID = re.compile(r"^[a-z][a-z0-9_]{1,47}$")
STEP_ID = PLAYBOOK_ID
TITLE_MAX = 120
STEP_TEXT_MAX = 1000
RESULT_MAX = 2000


@dataclass(frozen=True, slots=True)
class PlaybookStep:
    id: str
    text: str


@dataclass(frozen=True, slots=True)
class Playbook:
    id: str
    title: str
    steps: tuple[PlaybookStep, ...]
    description: str = ""

    def step(self, step_id: str) -> PlaybookStep | None:
        return next((s for s in self.steps if s.id == step_id), None)


def playbook_title(library: Mapping[str, Playbook], playbook_id: object) -> str:
    """The playbook's title for an id recorded in the audit log; the id itself if unknown."""
    playbook = library.get(str(playbook_id))
    return playbook.title if playbook is not None else str(playbook_id)


def step_title(library: Mapping[str, Playbook], playbook_id: object, step_id: object) -> str:
    """The step's text (without its closing full stop) for recorded ids; the step id if unknown."""
    playbook = library.get(str(playbook_id))
    step = playbook.step(str(step_id)) if playbook is not None else None
    return step.text.rstrip(".") if step is not None else str(step_id)


def _text(data: dict[str, object], key: str, where: str, limit: int, required: bool = True) -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise ValidationError(f"{where}: '{key}' must be a non-empty string.")
    if len(value) > limit:
        raise ValidationError(f"{where}: '{key}' is longer than {limit} characters.")
    return value.strip()


def _step(raw: object, where: str) -> PlaybookStep:
    if not isinstance(raw, dict):
        raise ValidationError(f"{where}: each step must be an object with 'id' and 'text'.")
    step_id = _text(raw, "id", where, 48)
    if not STEP_ID.match(step_id):
        raise ValidationError(f"{where}: step id {step_id!r} must be lower_snake_case.")
    return PlaybookStep(step_id, _text(raw, "text", f"{where} step {step_id}", STEP_TEXT_MAX))


def parse_playbook(data: object, source: str) -> Playbook:
    """Check one playbook document; every error names `source` (the file) and what is wrong."""
    if not isinstance(data, dict):
        raise ValidationError(f"{source}: a playbook must be a JSON object.")
    playbook_id = _text(data, "id", source, 48)
    if not PLAYBOOK_ID.match(playbook_id):
        raise ValidationError(f"{source}: playbook id {playbook_id!r} must be lower_snake_case.")
    title = _text(data, "title", source, TITLE_MAX)
    description = _text(data, "description", source, STEP_TEXT_MAX, required=False)
    raw_steps = data.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise ValidationError(f"{source}: 'steps' must be a non-empty list.")
    steps = tuple(_step(raw, source) for raw in raw_steps)
    ids = [s.id for s in steps]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValidationError(f"{source}: step ids repeat: {', '.join(duplicates)}.")
    return Playbook(playbook_id, title, steps, description)


def check_library(playbooks: list[tuple[str, Playbook]]) -> dict[str, Playbook]:
    """Playbooks by id; two files with one id are refused, naming both."""
    library: dict[str, Playbook] = {}
    seen: dict[str, str] = {}
    for source, playbook in playbooks:
        if playbook.id in seen:
            raise ValidationError(
                f"{source}: playbook id {playbook.id!r} is already used by {seen[playbook.id]}.")
        seen[playbook.id] = source
        library[playbook.id] = playbook
    return library


def check_attach(status: CaseStatus, attached: set[str], playbook_id: str) -> None:
    if status == CaseStatus.CLOSED:
        raise ValidationError("The case is closed; reopen it before attaching a playbook.",
                              field="playbook")
    if playbook_id in attached:
        raise ValidationError("This playbook is already attached to the case.", field="playbook")


def check_step_change(task: Task, target: TaskStatus, result: str, status: CaseStatus) -> None:
    """A step moves once, from open to done or skipped; skipping needs a reason."""
    if target == TaskStatus.OPEN:
        raise ValidationError("A step can be marked done or skipped, not reopened.", field="status")
    if task.status != TaskStatus.OPEN:
        raise ValidationError(f"This step is already {task.status.value}; it cannot change again.",
                              field="status")
    if status == CaseStatus.CLOSED:
        raise ValidationError("The case is closed; reopen it before working on its playbooks.",
                              field="status")
    if target == TaskStatus.SKIPPED and not result.strip():
        raise ValidationError("Say why the step is skipped.", field="result")
    if len(result) > RESULT_MAX:
        raise ValidationError(f"Keep the result under {RESULT_MAX} characters.", field="result")
