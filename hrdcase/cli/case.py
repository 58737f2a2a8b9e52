"""`hrdcase case …`: the caseload from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any

from hrdcase.cli import appeal, casefile, caseview, workflow
from hrdcase.cli.common import bounded, open_session, responder_id
from hrdcase.errors import UserError
from hrdcase.models.enums import CaseStatus, IncidentCategory, Priority
from hrdcase.models.iso import language_or_text
from hrdcase.models.queue import OPEN_STATUSES, SORT_COLUMNS, UNASSIGNED, QueueFilter, QueueSort
from hrdcase.models.sla import BreachState, SlaPolicy, next_deadline_state
from hrdcase.models.text import json_terminal_safe, terminal_safe


def _queue_filter(args: argparse.Namespace) -> QueueFilter:
    if args.status == "open":
        statuses: tuple[CaseStatus, ...] = OPEN_STATUSES
    elif args.status == "all":
        statuses = ()
    else:
        statuses = (CaseStatus(args.status),)
    assignee: int | None = None
    if args.assignee == "none":
        assignee = UNASSIGNED
    elif args.assignee is not None:
        try:
            assignee = int(args.assignee)
        except ValueError:
            raise UserError("--assignee takes a responder id or 'none'.") from None
    return QueueFilter(
        statuses=statuses,
        priorities=(Priority(args.priority),) if args.priority else (),
        assignee_id=assignee,
        region_code=args.region.strip().upper() if args.region else None,  # ISO codes in any case
        language=language_or_text(args.language) if args.language else None,
        text=args.search or "",
    )


def one_line(text: str) -> str:
    """Stored text as one terminal-safe line: controls (newlines too) shown as escapes."""
    return terminal_safe(text, multiline=False)


LIMIT_MAX = 10_000
OFFSET_MAX = 1_000_000_000


def category_text(category: IncidentCategory) -> str:
    """A category in words ("Account compromise"), never a cut slug."""
    return category.value.replace("_", " ").capitalize()


_DUE_MARK = {BreachState.WARNING: " near", BreachState.BREACHED: " BREACHED"}
_DUE_W = len("YYYY-MM-DD HH:MM BREACHED")


def _running_due(r: Any, policy: SlaPolicy, now: datetime) -> tuple[datetime | None, BreachState]:
    """The next SLA deadline still running and its state, by the one rule the app uses
    (`next_deadline_state`): none once the case is no longer open."""
    state = next_deadline_state(r.breach_at, r.status, r.priority, policy, now)
    return (None if state == BreachState.NONE else r.breach_at), state


def _due(moment: datetime | None, state: BreachState) -> str:
    if moment is None:
        return "-"
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") + _DUE_MARK.get(state, "")


def _table(rows: list[Any], policy: SlaPolicy, now: datetime) -> list[str]:
    """The queue as aligned columns: 16-character refs, the category in words (as wide as the
    longest shown), the assignee and the next SLA deadline in local time, marked "near" or
    "BREACHED" by the SLA policy's rule."""
    cat_w = max([len("CATEGORY"), *(len(category_text(r.category)) for r in rows)])
    lines = [f"{'REF':<16} {'PRI':<3} {'STATUS':<14} {'CATEGORY':<{cat_w}} {'REGION':<6} "
             f"{'LANG':<5} {'ASSIGNEE':<16} {'DUE':<{_DUE_W}} {'DEFENDER':<16} TITLE"]
    for r in rows:
        lines.append(
            f"{r.ref:<16} {r.priority.value:<3} {r.status.value:<14} "
            f"{category_text(r.category):<{cat_w}} {one_line(r.region_code):<6} "
            f"{one_line(r.language):<5} {one_line((r.assignee or '-')[:16]):<16} "
            f"{_due(*_running_due(r, policy, now)):<{_DUE_W}} {one_line(r.defender[:16]):<16} "
            f"{one_line(r.title)}")
    return lines


def cmd_case_list(args: argparse.Namespace) -> int:
    bounded(args.limit, "--limit", 1, LIMIT_MAX)
    bounded(args.offset, "--offset", 0, OFFSET_MAX)
    session = open_session(args)
    try:
        f = _queue_filter(args)
        sort = QueueSort(args.sort, args.desc)
        total = session.queries.queue_count(f)
        rows = session.queries.queue_page(f, sort, args.offset, args.limit).rows
        policy, now = session.cases.sla_policy, session.clock.now()
    finally:
        session.close()
    due = [_running_due(r, policy, now) for r in rows]
    if args.json:
        print(json_terminal_safe(json.dumps(
            {
                "total": total,
                "offset": args.offset,
                "cases": [
                    {
                        "ref": r.ref,
                        "title": r.title,
                        "status": r.status.value,
                        "priority": r.priority.value,
                        "category": r.category.value,
                        "region": r.region_code,
                        "language": r.language,
                        "assignee": r.assignee or None,
                        "due": due_at.isoformat() if due_at else None,
                        "due_state": state.value,
                        "defender": r.defender or None,
                        "created_at": r.created_at.isoformat(),
                        "updated_at": r.updated_at.isoformat(),
                    }
                    for r, (due_at, state) in zip(rows, due, strict=True)
                ],
            },
            indent=2,
            ensure_ascii=False,
        )))
        return 0
    for line in _table(rows, policy, now):
        print(line)
    print(f"-- {len(rows)} of {total} cases", file=sys.stderr)
    return 0


def cmd_case_assign(args: argparse.Namespace) -> int:
    """Through the same guarded `CaseService.assign` as the app: a refusal lists every breached
    limit (exit 1); a supervisor may override with a written reason."""
    session = open_session(args)
    try:
        case_id = session.queries.case_id_for_ref(args.ref)
        to = responder_id(session, args.to)
        version = session.queries.case_detail(case_id).case.version
        session.cases.assign(case_id, to, version, override_reason=args.override_reason)
        name = next((r.display_name for r in session.queries.responders() if r.id == to), None)
    finally:
        session.close()
    print(f"{args.ref}: assigned to {name}." if to is not None else f"{args.ref}: unassigned.")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    case = sub.add_parser("case", help="list, show, edit, triage, decide and export cases")
    case_sub = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    p = case_sub.add_parser("list", parents=[common], help="list cases in queue order")
    p.add_argument("--status", default="open",
                   choices=["open", "all", *[s.value for s in CaseStatus]])
    p.add_argument("--priority", choices=[pr.value for pr in Priority])
    p.add_argument("--assignee", help="responder id, or 'none' for unassigned")
    p.add_argument("--region")
    p.add_argument("--language")
    p.add_argument("--search", help="free text (every word must match)")
    p.add_argument("--sort", default="priority", choices=SORT_COLUMNS)
    p.add_argument("--desc", action="store_true", help="sort descending")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_case_list)
    p = case_sub.add_parser("show", parents=[common], help="show one case")
    p.add_argument("ref")
    p.add_argument("--json", action="store_true")
    p.add_argument("--show-graphic", action="store_true",
                   help="show graphic incident text (recorded as a reveal, as in the app)")
    p.set_defaults(func=caseview.cmd_case_show)
    casefile.register(case_sub, common)
    p = case_sub.add_parser("assign", parents=[common],
                            help="hand a case to a person, within the workload limits")
    p.add_argument("ref")
    p.add_argument("--to", required=True, metavar="PERSON",
                   help="responder id or name, or 'none' to unassign")
    p.add_argument("--override-reason", metavar="TEXT",
                   help="a supervisor's written reason to assign despite a breached limit")
    p.set_defaults(func=cmd_case_assign)
    workflow.register(case_sub, common)
    appeal.register_decide(case_sub, common)
