"""Playbook files are checked when loaded; steps move once, skipping needs a reason."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from hrdcase.errors import ValidationError
from hrdcase.models.entities import Task
from hrdcase.models.enums import CaseStatus, TaskStatus
from hrdcase.models.playbooks import (
    check_attach,
    check_library,
    check_step_change,
    parse_playbook,
)

DOC = {"id": "lock_down", "title": "Lock down", "steps": [
    {"id": "private_profile", "text": "Make the profile private."},
    {"id": "limit_replies", "text": "Limit replies."}]}


def test_a_good_playbook_parses_in_order() -> None:
    book = parse_playbook(DOC, "lock_down.json")
    assert book.id == "lock_down" and [s.id for s in book.steps] == ["private_profile",
                                                                     "limit_replies"]
    assert book.step("limit_replies").text == "Limit replies."


@pytest.mark.parametrize(
    ("doc", "words"),
    [
        ([], "must be a JSON object"),
        ({**DOC, "id": "Lock Down"}, "lower_snake_case"),
        ({**DOC, "title": ""}, "'title' must be a non-empty string"),
        ({**DOC, "steps": []}, "'steps' must be a non-empty list"),
        ({**DOC, "steps": ["just text"]}, "each step must be an object"),
        ({**DOC, "steps": [{"id": "a1", "text": ""}]}, "'text' must be a non-empty string"),
        ({**DOC, "steps": [{"id": "ab", "text": "x"}, {"id": "ab", "text": "y"}]},
         "step ids repeat: ab"),
    ],
)
def test_a_bad_playbook_names_its_file(doc: object, words: str) -> None:
    with pytest.raises(ValidationError, match=words) as info:
        parse_playbook(doc, "broken.json")
    assert str(info.value).startswith("broken.json")


def test_two_files_with_one_id_are_refused() -> None:
    book = parse_playbook(DOC, "a.json")
    with pytest.raises(ValidationError, match=r"b\.json: .* already used by a\.json"):
        check_library([("a.json", book), ("b.json", book)])


def task(status: TaskStatus = TaskStatus.OPEN) -> Task:
    return Task(1, 1, "lock_down", "limit_replies", status, None, None, "")


def test_a_step_moves_once() -> None:
    check_step_change(task(), TaskStatus.DONE, "", CaseStatus.IN_PROGRESS)
    for done in (TaskStatus.DONE, TaskStatus.SKIPPED):
        with pytest.raises(ValidationError, match=f"already {done.value}"):
            check_step_change(task(done), TaskStatus.DONE, "again", CaseStatus.IN_PROGRESS)
    with pytest.raises(ValidationError, match="not reopened"):
        check_step_change(task(TaskStatus.DONE), TaskStatus.OPEN, "", CaseStatus.IN_PROGRESS)


def test_skipping_needs_a_reason_and_closed_cases_are_frozen() -> None:
    with pytest.raises(ValidationError, match="why") as info:
        check_step_change(task(), TaskStatus.SKIPPED, "  ", CaseStatus.IN_PROGRESS)
    assert info.value.field == "result"
    with pytest.raises(ValidationError, match="closed"):
        check_step_change(task(), TaskStatus.DONE, "", CaseStatus.CLOSED)


def test_attach_refuses_twice_and_closed_cases() -> None:
    check_attach(CaseStatus.NEW, set(), "lock_down")
    with pytest.raises(ValidationError, match="already attached"):
        check_attach(CaseStatus.NEW, {"lock_down"}, "lock_down")
    with pytest.raises(ValidationError, match="closed"):
        check_attach(CaseStatus.CLOSED, set(), "lock_down")


def test_task_timestamps_are_aware() -> None:
    done = Task(1, 1, "p", "s", TaskStatus.DONE, 2, datetime(2026, 1, 5, tzinfo=UTC), "ok")
    assert done.done_at is not None and done.done_at.tzinfo is not None
