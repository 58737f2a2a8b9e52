"""`hrdcase team …`: the team's workload from the command line (a supervisor's or an admin's view,
the same `team_overview` the dashboard shows)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from hrdcase.cli.common import open_session


def _person(row: Any) -> dict[str, Any]:
    """One person's load as JSON: counts (near breach by the SLA policy's one rule, breached cases
    not included), exposure, limits, and each breached limit with whether a supervisor's override
    covers it (an override recorded on a case they hold open)."""
    return {
        "id": row.responder_id, "name": row.name, "role": row.role.value,
        "open_cases": row.open_cases, "p1_cases": row.p1_cases, "near_breach": row.near_breach,
        "exposure_today_minutes": round(row.exposure_today_minutes, 1),
        "exposure_week_minutes": round(row.exposure_week_minutes, 1),
        "exposure_source": row.exposure_source.value,
        "exposure_as_of": row.exposure_as_of.isoformat() if row.exposure_as_of else None,
        "limits": {"open_cases": row.max_open_cases, "concurrent_p1": row.max_concurrent_p1,
                   "daily_exposure_minutes": row.daily_exposure_minutes,
                   "weekly_exposure_minutes": row.weekly_exposure_minutes},
        "breached": [{"limit": limit.value, "overridden": limit in row.overridden}
                     for limit in row.over_limits],
    }


def _text_row(p: dict[str, Any]) -> str:
    limits = p["limits"]
    breached = ", ".join(f"{b['limit']} ({'overridden' if b['overridden'] else 'NO override'})"
                         for b in p["breached"]) or "-"
    return (f"{p['name'][:24]:<24} {p['role'][:10]:<10} "
            f"{p['open_cases']}/{limits['open_cases']:<6} {p['p1_cases']}/{limits['concurrent_p1']:<4} "
            f"{p['near_breach']:<5} "
            f"{p['exposure_today_minutes']:>5.0f}/{limits['daily_exposure_minutes']:<5} "
            f"{p['exposure_week_minutes']:>5.0f}/{limits['weekly_exposure_minutes']:<6} {breached}")


def cmd_team_load(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        people = [_person(row) for row in session.wellbeing.team_overview()]
    finally:
        session.close()
    if args.json:
        json.dump({"people": people}, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    print(f"{'NAME':<24} {'ROLE':<10} {'OPEN':<8} {'P1':<6} {'NEAR':<5} {'TODAY min':<11} "
          f"{'WEEK min':<12} BREACHED")
    for p in people:
        print(_text_row(p))
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    team = sub.add_parser("team", help="the team's workload")
    team_sub = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    p = team_sub.add_parser("load", parents=[common],
                            help="each person's open and P1 cases, exposure, limits and breaches")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_team_load)
