"""`hrdcase case edit|triage|risk-note|playbook|notify`: the case workflow through the same
services the app uses, one transaction each. A change that would put someone past a workload limit
is refused with every breached limit on one line (exit 1); where the app offers a supervisor an
override, `--override-reason TEXT` records one. `case triage` only shows the proposal unless
`--apply` is given (then it applies and prints what it applied)."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from typing import Any

from hrdcase.cli.common import responder_id, with_session
from hrdcase.errors import UserError
from hrdcase.models.entities import RiskItem
from hrdcase.models.enums import (
    CaseStatus,
    IncidentCategory,
    NotificationChannel,
    Priority,
    Severity,
)
from hrdcase.models.notification import ConsentMethod, NotificationRequest
from hrdcase.models.risk import ContextFlag, GenderFactor
from hrdcase.models.text import json_terminal_safe, terminal_safe

ITEMS_MAX = 50  # threats, vulnerabilities or capacities in one risk note
LABEL_MAX = 500  # characters in one item's description

EDIT_OPTIONS = ("title", "summary", "priority", "severity", "category", "region", "language")


def _print_json(doc: Any) -> None:
    print(json_terminal_safe(json.dumps(doc, indent=2, ensure_ascii=False)))


def _case(session: Any, ref: str) -> tuple[int, int]:
    case_id = session.queries.case_id_for_ref(ref)
    return case_id, session.queries.case_detail(case_id).case.version


def cmd_edit(args: argparse.Namespace) -> int:
    changes = {("region_code" if k == "region" else k): getattr(args, k) for k in EDIT_OPTIONS
               if getattr(args, k) is not None}
    status = CaseStatus(args.status) if args.status else None
    if not changes and status is None:
        raise UserError("Nothing to change: give at least one of --title, --summary, --priority, "
                        "--severity, --category, --region, --language, --status.")

    def work(session: Any) -> bool:
        case_id, version = _case(session, args.ref)
        done = session.cases.edit(case_id, version, changes or None, status,
                                  override_reason=args.override_reason)
        return bool(done.cases)

    changed = with_session(args, work)
    print(f"{args.ref}: saved." if changed else f"{args.ref}: nothing changed.")
    return 0


def cmd_triage(args: argparse.Namespace) -> int:
    def work(session: Any) -> dict[str, Any]:
        case_id, version = _case(session, args.ref)
        current = session.queries.case_detail(case_id).case
        proposal = session.triage.preview(case_id)[1]
        if args.apply:
            session.triage.triage(case_id, version, override_reason=args.override_reason)
        return {"ref": current.ref, "priority": current.priority.value,
                "proposed": proposal.priority.value,
                "reasons": [list(r) for r in proposal.reasons], "applied": bool(args.apply)}

    doc = with_session(args, work)
    if args.json:
        _print_json(doc)
        return 0
    why = ", ".join(f"{k} {v}" for k, v in doc["reasons"])
    verb = "triaged as" if doc["applied"] else "would be triaged as"
    print(f"{doc['ref']}: {verb} {doc['proposed']} (was {doc['priority']}): {why}"
          + ("" if doc["applied"] else "; --apply applies it."))
    return 0


def _items(values: list[str] | None, name: str) -> list[RiskItem]:
    """`LABEL:SCORE` pairs (the score after the last colon), at most ITEMS_MAX."""
    values = values or []
    if len(values) > ITEMS_MAX:
        raise UserError(f"At most {ITEMS_MAX} {name} items in one risk note.")
    items = []
    for value in values:
        label, sep, score = value.rpartition(":")
        if not sep or not score.strip().isdigit():
            raise UserError(f"--{name} takes LABEL:SCORE, the score from 1 to 5.")
        if len(label) > LABEL_MAX:
            raise UserError(f"Keep each --{name} under {LABEL_MAX} characters.")
        items.append(RiskItem(label.strip(), int(score)))
    return items


def cmd_risk_note(args: argparse.Namespace) -> int:
    threats = _items(args.threat, "threat")
    vulnerabilities = _items(args.vulnerability, "vulnerability")
    capacities = _items(args.capacity, "capacity")

    def work(session: Any) -> Any:
        case_id, _ = _case(session, args.ref)
        session.cases.add_risk_note(case_id, threats, vulnerabilities, capacities,
                                    tuple(args.gender_factor or ()),
                                    tuple(args.context_flag or ()),
                                    args.rationale, args.mitigations)
        return session.queries.case_detail(case_id).risk_notes

    notes = with_session(args, work)
    current = next(n for n in notes if n.superseded_by is None)
    print(f"{args.ref}: risk {current.level.value} ({current.score}); next review "
          f"{current.next_review.isoformat() if current.next_review else '-'}.")
    return 0


def _task_of_case(session: Any, case_id: int, task_id: int) -> None:
    if task_id not in {t.id for t in session.playbooks.tasks(case_id)}:
        raise UserError("That task is not one of this case's playbook steps.")


def cmd_playbook(args: argparse.Namespace) -> int:
    actions = [a for a in (args.attach, args.done, args.skip) if a is not None]
    if len(actions) > 1:
        raise UserError("Give one of --attach, --done or --skip.")
    if args.skip is not None and not (args.reason or "").strip():
        raise UserError("--skip needs --reason.")

    def work(session: Any) -> dict[str, Any]:
        case_id, _ = _case(session, args.ref)
        if args.attach is not None:
            session.playbooks.attach(case_id, args.attach)
        elif args.done is not None:
            _task_of_case(session, case_id, args.done)
            session.playbooks.complete(args.done, args.reason or "")
        elif args.skip is not None:
            _task_of_case(session, case_id, args.skip)
            session.playbooks.skip(args.skip, args.reason)
        return {
            "library": [{"id": p.id, "title": p.title, "steps": len(p.steps)}
                        for p in session.playbooks.playbooks()],
            "tasks": [{"id": t.id, "playbook": t.playbook, "step": t.step, "text": t.text,
                       "status": t.status.value, "result": t.result}
                      for t in session.playbooks.tasks(case_id)],
        }

    doc = with_session(args, work)
    if args.json:
        _print_json(doc)
        return 0
    print("Playbooks: " + ", ".join(f"{p['id']} ({p['steps']} steps)" for p in doc["library"]))
    for t in doc["tasks"]:
        print(terminal_safe(f"  #{t['id']:<5} {t['status']:<8} {t['playbook']}/{t['step']}: "
                            f"{t['text']}", multiline=False))
    return 0


def _consent_at(text: str) -> datetime:
    if text.strip().lower() == "now":
        return datetime.now(UTC)
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UserError("--consent-at takes an ISO time with its zone "
                        "(2026-05-01T09:30+02:00) or 'now'.") from None
    if moment.tzinfo is None:
        raise UserError("--consent-at needs a time zone (2026-05-01T09:30+02:00).")
    return moment


def cmd_notify(args: argparse.Namespace) -> int:
    consent_at = _consent_at(args.consent_at)

    def work(session: Any) -> None:
        case_id, _ = _case(session, args.ref)
        vetted = responder_id(session, args.vetted_by)
        session.notify.notify(case_id, NotificationRequest(
            NotificationChannel(args.channel), vetted, consent_at,
            ConsentMethod(args.consent_method), args.note or ""))

    with_session(args, work)
    print(f"{args.ref}: notification via {args.channel} recorded.")
    return 0


def _override(p: argparse.ArgumentParser) -> None:
    p.add_argument("--override-reason", metavar="TEXT",
                   help="a supervisor's written reason to go past a breached workload limit")


def register(case_sub: Any, common: argparse.ArgumentParser) -> None:
    p = case_sub.add_parser("edit", parents=[common], help="change a case's fields or status")
    p.add_argument("ref")
    p.add_argument("--title")
    p.add_argument("--summary")
    p.add_argument("--priority", choices=[x.value for x in Priority])
    p.add_argument("--severity", choices=[x.value for x in Severity])
    p.add_argument("--category", choices=[x.value for x in IncidentCategory])
    p.add_argument("--region", metavar="CODE")
    p.add_argument("--language", metavar="CODE")
    p.add_argument("--status", choices=[x.value for x in CaseStatus])
    _override(p)
    p.set_defaults(func=cmd_edit)

    p = case_sub.add_parser("triage", parents=[common],
                            help="show the proposed priority and reasons; --apply applies them")
    p.add_argument("ref")
    p.add_argument("--apply", action="store_true")
    p.add_argument("--json", action="store_true")
    _override(p)
    p.set_defaults(func=cmd_triage)

    p = case_sub.add_parser("risk-note", parents=[common], help="add a risk assessment")
    p.add_argument("ref")
    for name in ("threat", "vulnerability", "capacity"):
        p.add_argument(f"--{name}", action="append", metavar="LABEL:SCORE",
                       help="repeatable; the score from 1 (slight) to 5 (extreme)")
    p.add_argument("--gender-factor", action="append", choices=[x.value for x in GenderFactor])
    p.add_argument("--context-flag", action="append", choices=[x.value for x in ContextFlag])
    p.add_argument("--rationale", default="")
    p.add_argument("--mitigations", default="")
    p.set_defaults(func=cmd_risk_note)

    p = case_sub.add_parser("playbook", parents=[common],
                            help="list, attach and tick off account-safety playbook steps")
    p.add_argument("ref")
    p.add_argument("--attach", metavar="PLAYBOOK")
    p.add_argument("--done", type=int, metavar="TASK")
    p.add_argument("--skip", type=int, metavar="TASK")
    p.add_argument("--reason", metavar="TEXT", help="the result (--done) or why (--skip)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_playbook)

    p = case_sub.add_parser("notify", parents=[common],
                            help="record a vetted, consented notification to the defender")
    p.add_argument("ref")
    p.add_argument("--channel", required=True, choices=[x.value for x in NotificationChannel])
    p.add_argument("--vetted-by", required=True, metavar="PERSON")
    p.add_argument("--consent-at", required=True, metavar="ISO|now")
    p.add_argument("--consent-method", required=True, choices=[x.value for x in ConsentMethod])
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_notify)
