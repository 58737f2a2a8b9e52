"""One place words every audit action (`services.audit_text`): each action the code writes — found
by reading every `audit.append(...)` call in hrdcase/, through the helpers that pass an action on —
has a sentence of its own, never the raw action name; the timeline, the case file and `case show`
all word an entry the same way."""

from __future__ import annotations

import ast
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hrdcase.models.entities import AuditEntry
from hrdcase.models.enums import TaskStatus
from hrdcase.services.audit_text import Sentences, worded_actions

SOURCE = Path(__file__).resolve().parents[2] / "hrdcase"
AT = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def _is_audit_append(call: ast.Call) -> bool:
    f = call.func
    return (isinstance(f, ast.Attribute) and f.attr == "append" and isinstance(f.value, ast.Attribute)
            and f.value.attr == "audit")


def _strings(node: ast.AST, scope: ast.AST) -> set[str]:
    """The action strings an argument can be: its literals (an `a if … else b` too), a name's
    literal assignments in the enclosing function, an f-string over task statuses."""
    if isinstance(node, ast.Name):
        found: set[str] = set()
        for n in ast.walk(scope):
            if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == node.id
                                                 for t in n.targets):
                found |= _strings(n.value, scope)
        return found
    if isinstance(node, ast.JoinedStr):  # f"task.{target.value}": each finished task status
        head = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        assert head == "task.", ast.unparse(node)
        return {f"task.{s.value}" for s in TaskStatus if s != TaskStatus.OPEN}
    return {n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def _param_index(fn: ast.FunctionDef, name: str) -> int:
    return [a.arg for a in fn.args.args].index(name)


def written_actions() -> set[str]:
    actions: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
        for fn in functions:
            for call in (n for n in ast.walk(fn) if isinstance(n, ast.Call) and _is_audit_append(n)):
                arg = call.args[2]  # append(at, actor, action, entity, entity_id, case_id, detail)
                params = [a.arg for a in fn.args.args]
                if isinstance(arg, ast.Name) and arg.id in params:  # a helper: read its callers
                    index = _param_index(fn, arg.id)
                    for caller in functions:
                        for c in ast.walk(caller):
                            if (isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute | ast.Name)
                                    and getattr(c.func, "attr", getattr(c.func, "id", None)) == fn.name):
                                passed = [a for a in c.args]
                                offset = 1 if params and params[0] == "self" else 0
                                if len(passed) > index - offset:
                                    actions |= _strings(passed[index - offset], caller)
                                for kw in c.keywords:
                                    if kw.arg == arg.id:
                                        actions |= _strings(kw.value, caller)
                else:
                    actions |= _strings(arg, fn)
    return actions


ACTIONS = sorted(written_actions())


def test_the_scan_finds_the_actions_it_must() -> None:
    expected = {"case.opened", "case.status", "case.reopened", "case.assigned", "case.updated",
                "case.triaged", "assignment.override", "handover.noted", "task.done",
                "task.skipped", "evidence.attached", "evidence.marked", "appeal.decided",
                "decision.recorded", "policy.updated", "surge.declared"}
    assert expected <= set(ACTIONS)
    assert len(ACTIONS) >= 39


@pytest.mark.parametrize("action", ACTIONS)
def test_every_written_action_has_a_sentence(action: str) -> None:
    assert action in worded_actions()
    entry = AuditEntry(1, AT, 7, action, "case", "C-1", 1, {})
    sentence = Sentences({7: "Ana"})(entry)
    assert (action not in sentence and sentence.startswith("Ana ")) or sentence.startswith("Unanswered")
    if action.startswith("sync."):  # the sync engine writes some with no actor: say so plainly
        engine = Sentences({})(AuditEntry(1, AT, None, action, "case", "C-1", 1, {}))
        assert action not in engine and engine.startswith(("Sync ", "Someone")), engine
    assert sentence.endswith(".")


def test_the_override_is_worded_with_its_limits_and_person() -> None:
    entry = AuditEntry(1, AT, 3, "assignment.override", "case", "C-1", 1, {
        "case_id": 1, "responder_id": 2, "limits": ["concurrent_p1", "open_cases"], "override_id": 9})
    assert Sentences({2: "Ben", 3: "Sol"})(entry) == (
        "Sol overrode the workload limit (concurrent P1 cases, open cases) to give the case to Ben, "
        "with a written reason.")


def test_names_can_be_roles_and_unknown_actions_still_read() -> None:
    moved = AuditEntry(1, AT, 3, "case.assigned", "case", "C-1", 1, {"from": None, "to": 2})
    assert Sentences({2: "responder", 3: "supervisor"})(moved) == \
        "Supervisor assigned the case to responder."
    odd = AuditEntry(1, AT, None, "future.thing", "case", "C-1", 1, {})
    assert Sentences({})(odd) == "Someone (no signed-in responder) recorded “future.thing”."
