"""`hrdcase regions …`: the regions this caseload knows (every ISO country, sub-national regions an
admin added, an organisation's own codes) with their civic-space ratings; an admin's changes."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from hrdcase.cli.common import open_session
from hrdcase.models.entities import Region
from hrdcase.services.regions import civic_level


def _as_dict(r: Region) -> dict[str, Any]:
    return {"code": r.code, "name": r.name,
            "civic_space": r.civic_space.value if r.civic_space else None,
            "languages": list(r.languages), "parent": r.parent}


def cmd_regions_list(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        regions = sorted(session.regions.regions(), key=lambda r: r.code)
    finally:
        session.close()
    if args.json:
        json.dump([_as_dict(r) for r in regions], sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    width = max([len(r.code) for r in regions] + [4])
    name_width = min(max([len(r.name) for r in regions] + [4]), 40)
    print(f"{'CODE':<{width}}  {'NAME':<{name_width}}  {'CIVIC SPACE':<11}  LANGUAGES")
    for r in regions:
        civic = r.civic_space.value if r.civic_space else "unrated"
        name = r.name if len(r.name) <= name_width else r.name[:name_width - 1] + "…"
        print(f"{r.code:<{width}}  {name:<{name_width}}  {civic:<11}  {', '.join(r.languages)}")
    print(f"-- {len(regions)} regions", file=sys.stderr)
    return 0


def cmd_regions_set_rating(args: argparse.Namespace) -> int:
    level = civic_level(args.level)  # a typo is refused before the passphrase is asked
    session = open_session(args)
    try:
        changes = session.regions.set_rating(args.code, level)
    finally:
        session.close()
    label = level.value if level else "unrated"
    print(f"{args.code.strip().upper()}: {label}" + ("" if changes.audit else " (unchanged)"))
    return 0


def cmd_regions_add(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        session.regions.add(args.code, args.name, args.parent, args.language or ())
    finally:
        session.close()
    print(f"Added region {args.code.strip().upper()}.")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    regions = sub.add_parser("regions", help="regions and their civic-space ratings")
    regions_sub = regions.add_subparsers(dest="regions_command", metavar="ACTION", required=True)
    p = regions_sub.add_parser("list", parents=[common],
                               help="code, name, civic space and languages of each region")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_regions_list)
    p = regions_sub.add_parser("set-rating", parents=[common],
                               help="change a region's civic-space rating (admin only; audited)")
    p.add_argument("code")
    p.add_argument("level", help="open, narrowed, obstructed, repressed, closed or unrated")
    p.set_defaults(func=cmd_regions_set_rating)
    p = regions_sub.add_parser("add", parents=[common],
                               help="add a sub-national region, e.g. KE-30 (admin only; audited)")
    p.add_argument("code")
    p.add_argument("--name", required=True)
    p.add_argument("--parent", help="the region it lies in (default: the code's country)")
    p.add_argument("--language", action="append", help="a language code (repeat); default: the parent's")
    p.set_defaults(func=cmd_regions_add)
