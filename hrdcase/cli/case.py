"""`hrdcase case …`: the caseload from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from hrdcase.cli import casefile
from hrdcase.cli.common import bounded, open_session
from hrdcase.errors import UserError
from hrdcase.models.enums import CaseStatus, Priority
from hrdcase.models.iso import language_or_text
from hrdcase.models.queue import OPEN_STATUSES, SORT_COLUMNS, UNASSIGNED, QueueFilter, QueueSort
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


def cmd_case_list(args: argparse.Namespace) -> int:
    bounded(args.limit, "--limit", 1, LIMIT_MAX)
    bounded(args.offset, "--offset", 0, OFFSET_MAX)
    session = open_session(args)
    try:
        f = _queue_filter(args)
        sort = QueueSort(args.sort, args.desc)
        total = session.queries.queue_count(f)
        rows = session.queries.queue_page(f, sort, args.offset, args.limit).rows
    finally:
        session.close()
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
                        "defender": r.defender or None,
                        "created_at": r.created_at.isoformat(),
                        "updated_at": r.updated_at.isoformat(),
                    }
                    for r in rows
                ],
            },
            indent=2,
            ensure_ascii=False,
        )))
        return 0
    print(f"{'REF':<12} {'PRI':<3} {'STATUS':<14} {'CATEGORY':<26} {'REGION':<6} {'LANG':<5} "
          f"{'DEFENDER':<16} TITLE")
    for r in rows:
        print(f"{r.ref:<12} {r.priority.value:<3} {r.status.value:<14} {r.category.value[:26]:<26} "
              f"{one_line(r.region_code):<6} {one_line(r.language):<5} "
              f"{one_line(r.defender[:16]):<16} {one_line(r.title)}")
    print(f"-- {len(rows)} of {total} cases", file=sys.stderr)
    return 0


def cmd_case_show(args: argparse.Namespace) -> int:
    from hrdcase.services.render import case_detail_dict, case_detail_text

    session = open_session(args)
    try:
        detail = session.queries.case_detail(session.queries.case_id_for_ref(args.ref))
    finally:
        session.close()
    if args.json:
        print(json_terminal_safe(json.dumps(case_detail_dict(detail), indent=2,
                                            ensure_ascii=False)))
    else:
        print(terminal_safe(case_detail_text(detail)))
    return 0


def _responder_id(session: Any, who: str) -> int | None:
    """`none`, a responder id, or a display name (any case) naming exactly one responder."""
    if who.strip().lower() == "none":
        return None
    people = session.queries.responders()
    found = [r for r in people if str(r.id) == who.strip()] or [
        r for r in people if r.display_name.casefold() == who.strip().casefold()]
    if len(found) != 1:
        raise UserError("No responder has that id or name." if not found else
                        "More than one responder has that name; give the id.")
    return int(found[0].id)


def cmd_case_assign(args: argparse.Namespace) -> int:
    """Through the same guarded `CaseService.assign` as the app: a refusal lists every breached
    limit (exit 1); a supervisor may override with a written reason."""
    session = open_session(args)
    try:
        case_id = session.queries.case_id_for_ref(args.ref)
        to = _responder_id(session, args.to)
        version = session.queries.case_detail(case_id).case.version
        session.cases.assign(case_id, to, version, override_reason=args.override_reason)
        name = next((r.display_name for r in session.queries.responders() if r.id == to), None)
    finally:
        session.close()
    print(f"{args.ref}: assigned to {name}." if to is not None else f"{args.ref}: unassigned.")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    case = sub.add_parser("case", help="list, show, assign and export cases")
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
    p.set_defaults(func=cmd_case_show)
    casefile.register(case_sub, common)
    p = case_sub.add_parser("assign", parents=[common],
                            help="hand a case to a person, within the workload limits")
    p.add_argument("ref")
    p.add_argument("--to", required=True, metavar="PERSON",
                   help="responder id or name, or 'none' to unassign")
    p.add_argument("--override-reason", metavar="TEXT",
                   help="a supervisor's written reason to assign despite a breached limit")
    p.set_defaults(func=cmd_case_assign)
