"""The timeline names playbooks and steps by their titles, and falls back to the recorded ids."""

from __future__ import annotations

from datetime import UTC, datetime

from hrdcase.models.entities import AuditEntry
from hrdcase.models.playbooks import Playbook, PlaybookStep, playbook_title, step_title
from hrdcase.services.audit_text import Sentences
from hrdcase.services.playbooks import bundled_library

LIBRARY = {"lock_down": Playbook("lock_down", "Lock down the account",
                                 (PlaybookStep("limit_replies", "Limit replies."),))}


def test_ids_resolve_to_titles():
    assert playbook_title(LIBRARY, "lock_down") == "Lock down the account"
    assert step_title(LIBRARY, "lock_down", "limit_replies") == "Limit replies"


def test_unknown_ids_fall_back_to_the_id():
    assert playbook_title(LIBRARY, "retired_playbook") == "retired_playbook"
    assert step_title(LIBRARY, "lock_down", "gone_step") == "gone_step"
    assert step_title(LIBRARY, "retired_playbook", "limit_replies") == "limit_replies"


def _entry(action: str, detail: dict) -> AuditEntry:
    return AuditEntry(seq=1, at=datetime(2025, 1, 1, tzinfo=UTC), actor_id=1, action=action,
                      entity="task", entity_id="1", case_id=1, detail=detail)


def test_the_shared_sentences_use_the_bundled_titles():
    describe = Sentences({1: "Ana"}, playbooks=bundled_library())
    attached = describe(_entry("playbook.attached", {"playbook": "lock_down", "steps": 4}))
    assert attached == "Ana attached the playbook “Lock down the account” (4 steps)."
    done = describe(_entry("task.done", {"playbook": "lock_down", "step": "limit_replies"}))
    assert "completed step “Limit replies, mentions and tags to people the defender follows”" in done
    assert "of “Lock down the account”" in done
    unknown = describe(_entry("task.skipped", {"playbook": "old_one", "step": "old_step"}))
    assert unknown == "Ana skipped step “old_step” of “old_one”."
