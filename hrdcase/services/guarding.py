"""How each use case asks the one assignment guard (`services/wellbeing_guard.AssignmentGuard`),
inside its own transaction and before it writes anything.

Two questions, one guard:
- `guard_handover`: the case joins a person's load (open with an assignee, assign, reassign,
  reopen, an appeal reversal that reopens, auto-assign, rebalancing): every limit applies.
- `guard_change`: an open case that stays with its assignee changes (a priority edit, a re-triage,
  a graphic incident or graphic evidence added). Only the limits the change newly breaks count: the
  guard compares the case before and after, so raising a priority answers for the P1 limit and new
  graphic material for the exposure limits, while an open-case count that an earlier override
  already allowed does not block an unrelated edit. A change that reopens the case is a handover.

A case is graphic when any of its incidents or evidence images is (an image marked graphic is
exposure even under a plain-text incident).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from hrdcase.models.entities import Case
from hrdcase.storage.store import UnitOfWork
from hrdcase.wellbeing.limits import WorkItem


class AssignmentGuard(Protocol):
    """`guard(uow, item, responder_id, override_reason, before)`: raises ValidationError
    (field "assignee") listing every breached limit, or allows; returns the override id when a
    supervisor's override was recorded. With `before`, only limits `item` breaks and `before` did
    not are breaches."""

    def __call__(self, uow: UnitOfWork, item: WorkItem, responder_id: int,
                 override_reason: str | None, before: WorkItem | None = None) -> int | None: ...


def case_graphic(uow: UnitOfWork, case_id: int) -> bool | None:
    """Whether the case holds graphic material; None when it holds no incident or image yet (the
    category's default then decides, see `WorkItem.from_case`)."""
    incidents = uow.cases.incidents(case_id)
    images = uow.evidence.for_case(case_id)
    if not incidents and not images:
        return None
    return any(i.graphic for i in incidents) or any(e.graphic for e in images)


def work_item(uow: UnitOfWork, case: Case, graphic: bool | None = None) -> WorkItem:
    """What the guard weighs of `case`, as a case not yet held by anyone."""
    shown = case_graphic(uow, case.id) if graphic is None else graphic
    return replace(WorkItem.from_case(case, shown), assignee_id=None)


def guard_handover(guard: AssignmentGuard | None, uow: UnitOfWork, case: Case, responder_id: int,
                   override_reason: str | None, graphic: bool | None = None) -> None:
    """Handing `case` (as it will be stored) to `responder_id`: every limit applies."""
    if guard is not None:
        guard(uow, work_item(uow, case, graphic), responder_id, override_reason)


def guard_change(guard: AssignmentGuard | None, uow: UnitOfWork, before: Case, after: Case,
                 override_reason: str | None, graphic_added: bool = False) -> None:
    """An assigned case changes from `before` (as stored now) to `after`; `graphic_added` when
    the change adds graphic material (exposure limits apply to it even if the case already held
    some). An unassigned case or one that is not open afterwards hands no work."""
    if guard is None or after.assignee_id is None or not after.status.is_open:
        return
    if not before.status.is_open or before.assignee_id != after.assignee_id:
        guard_handover(guard, uow, after, after.assignee_id, override_reason,
                       True if graphic_added else None)
        return
    graphic = case_graphic(uow, after.id)
    old = work_item(uow, before, False if graphic_added else graphic)
    new = work_item(uow, after, True if graphic_added else graphic)
    guard(uow, new, after.assignee_id, override_reason, before=old)
