"""`hrdcase case decide` (a DSA statement of reasons) and `hrdcase appeal file|review|decide|
escalate` (DSA Art. 20, 21), through the same `AppealService` as the Decisions panel: the
four-eyes rule, and a reversal that reopens a case passes its assignee's workload limits (a
supervisor may override with `--override-reason`). Decisions and appeals are read with
`case show REF --json`."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from hrdcase.cli.common import responder_id, with_session
from hrdcase.errors import UserError
from hrdcase.models.decisions import (
    AutomatedDecision,
    ContentType,
    DecisionAccount,
    DecisionGround,
    DecisionMonetary,
    DecisionProvision,
    DecisionVisibility,
    SourceType,
    StatementOfReasons,
)
from hrdcase.models.enums import AppealOutcome, DsaCategory


def _names(enum: type[Enum]) -> list[str]:
    return [m.name.lower() for m in enum]


def _member(enum: type[Enum], name: str | None) -> Any:
    return None if name is None else enum[name.upper()]  # argparse checked it is one


def _day(text: str | None, option: str) -> date:
    if text is None:
        return datetime.now(UTC).date()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"{option} takes a date as YYYY-MM-DD.") from None


def cmd_decide(args: argparse.Namespace) -> int:
    def work(session: Any) -> int:
        case_id = session.queries.case_id_for_ref(args.ref)
        case = session.queries.case_detail(case_id).case
        category = (_member(DsaCategory, args.dsa_category) if args.dsa_category
                    else case.category.dsa_category)
        sor = StatementOfReasons(
            decision_ground=_member(DecisionGround, args.ground),
            ground_reference=args.ground_reference, content_type=_member(ContentType,
                                                                         args.content_type),
            category=category, content_date=_day(args.content_date, "--content-date"),
            application_date=_day(args.application_date, "--application-date"),
            decision_facts=args.facts, source_type=_member(SourceType, args.source_type),
            automated_detection=args.automated_detection,
            automated_decision=_member(AutomatedDecision, args.automated_decision),
            puid=args.puid, decision_visibility=_member(DecisionVisibility, args.visibility),
            decision_visibility_other=args.visibility_other or "",
            decision_monetary=_member(DecisionMonetary, args.monetary),
            decision_provision=_member(DecisionProvision, args.provision),
            decision_account=_member(DecisionAccount, args.account))
        decision_id, _ = session.appeals.record_decision(case_id, sor)
        return int(decision_id)

    decision_id = with_session(args, work)
    print(f"{args.ref}: decision #{decision_id} recorded.")
    return 0


def cmd_file(args: argparse.Namespace) -> int:
    appeal_id = with_session(args, lambda s: s.appeals.file_appeal(args.decision, args.grounds)[0])
    print(f"Appeal #{appeal_id} filed against decision #{args.decision}.")
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    def work(session: Any) -> None:
        session.appeals.assign_reviewer(args.appeal, responder_id(session, args.reviewer))

    with_session(args, work)
    print(f"Appeal #{args.appeal}: reviewer set.")
    return 0


def cmd_decide_appeal(args: argparse.Namespace) -> int:
    with_session(args, lambda s: s.appeals.decide_appeal(
        args.appeal, AppealOutcome(args.outcome), args.reasons,
        override_reason=args.override_reason))
    print(f"Appeal #{args.appeal} decided: {args.outcome}.")
    return 0


def cmd_escalate(args: argparse.Namespace) -> int:
    with_session(args, lambda s: s.appeals.escalate_to_ods(args.appeal, args.complex))
    print(f"Appeal #{args.appeal} escalated to out-of-court dispute settlement.")
    return 0


def register_decide(case_sub: Any, common: argparse.ArgumentParser) -> None:
    p = case_sub.add_parser("decide", parents=[common],
                            help="record a decision with its DSA statement of reasons")
    p.add_argument("ref")
    p.add_argument("--ground", required=True, choices=_names(DecisionGround))
    p.add_argument("--ground-reference", required=True, metavar="TEXT",
                   help="the law or terms-and-conditions clause relied on")
    p.add_argument("--content-type", default="text", choices=_names(ContentType))
    p.add_argument("--dsa-category", choices=_names(DsaCategory),
                   help="default: the case category's DSA category")
    p.add_argument("--content-date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--application-date", metavar="YYYY-MM-DD", help="default: today (UTC)")
    p.add_argument("--facts", required=True, metavar="TEXT")
    p.add_argument("--source-type", default="article_16", choices=_names(SourceType))
    p.add_argument("--automated-detection", action="store_true")
    p.add_argument("--automated-decision", default="not_automated",
                   choices=_names(AutomatedDecision))
    p.add_argument("--puid", required=True, help="the platform's unique id of the content")
    p.add_argument("--visibility", choices=_names(DecisionVisibility))
    p.add_argument("--visibility-other", metavar="TEXT")
    p.add_argument("--monetary", choices=_names(DecisionMonetary))
    p.add_argument("--provision", choices=_names(DecisionProvision))
    p.add_argument("--account", choices=_names(DecisionAccount))
    p.set_defaults(func=cmd_decide)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    appeal = sub.add_parser("appeal", help="appeals against decisions (DSA Art. 20, 21)")
    appeal_sub = appeal.add_subparsers(dest="appeal_command", metavar="ACTION", required=True)
    p = appeal_sub.add_parser("file", parents=[common], help="file an appeal against a decision")
    p.add_argument("decision", type=int, metavar="DECISION")
    p.add_argument("--grounds", default="", metavar="TEXT")
    p.set_defaults(func=cmd_file)
    p = appeal_sub.add_parser("review", parents=[common], help="set an appeal's reviewer")
    p.add_argument("appeal", type=int, metavar="APPEAL")
    p.add_argument("--reviewer", required=True, metavar="PERSON")
    p.set_defaults(func=cmd_review)
    p = appeal_sub.add_parser("decide", parents=[common], help="decide an appeal")
    p.add_argument("appeal", type=int, metavar="APPEAL")
    p.add_argument("--outcome", required=True, choices=[o.value for o in AppealOutcome])
    p.add_argument("--reasons", required=True, metavar="TEXT", help="the statement of reasons")
    p.add_argument("--override-reason", metavar="TEXT",
                   help="a supervisor's written reason when reopening breaches a limit")
    p.set_defaults(func=cmd_decide_appeal)
    p = appeal_sub.add_parser("escalate", parents=[common],
                              help="escalate to out-of-court dispute settlement (Art. 21)")
    p.add_argument("appeal", type=int, metavar="APPEAL")
    p.add_argument("--complex", action="store_true", help="a complex dispute (longer deadline)")
    p.set_defaults(func=cmd_escalate)
