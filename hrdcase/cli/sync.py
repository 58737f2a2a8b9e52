"""`hrdcase sync`, `hrdcase conflicts …` and `hrdcase escalations`: central records from the
command line (docs/sync.md)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from hrdcase.cli.common import profile_dir, with_session
from hrdcase.errors import UserError
from hrdcase.services.sync import DeviceRevoked
from hrdcase.storage.profile import Profile


def _progress(phase: str, done: int, total: int) -> None:
    if sys.stderr.isatty():
        count = f"{done:,}/{total:,}" if total else f"{done:,}"
        print(f"\r{phase}: {count}   ", end="", file=sys.stderr)


def cmd_sync(args: argparse.Namespace) -> int:
    def work(session: Any) -> Any:
        if args.status:
            return session.sync.status()
        return session.sync.run(args.server, progress=_progress)[0]

    try:
        result = with_session(args, work)
    except DeviceRevoked as exc:  # signed by an admin of the organisation: nothing may remain here
        removed = Profile(profile_dir(args)).wipe()
        raise UserError(f"{exc} Its caseload was wiped from this computer ({len(removed)} files).") from None
    if sys.stderr.isatty() and not args.status:
        print("\r", end="", file=sys.stderr)
    if args.status:
        when = result.last_sync_at.isoformat(timespec="seconds") if result.last_sync_at else None
        data = {"server": result.server_url, "device": result.device_status, "pending": result.pending,
                "conflicts": result.conflicts, "last_sync_at": when, "last_error": result.last_error}
        if args.json:
            json.dump(data, sys.stdout, indent=2)
            print()
        else:
            print(f"Server: {result.server_url or 'none (standalone)'}; this device: "
                  f"{result.device_status or 'not enrolled'}; {result.pending} to send; "
                  f"{result.conflicts} conflicts to resolve; last sync: {when or 'never'}.")
            if result.last_error:
                print(f"Last error: {result.last_error}")
        return 0
    if args.json:
        json.dump({"sent": result.sent, "received": result.received, "conflicts": result.conflicts,
                   "pending": result.pending}, sys.stdout, indent=2)
        print()
    else:
        print(result.line())
    return 0


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    conflicts = with_session(args, lambda s: s.sync.conflicts())
    if args.json:
        json.dump([c.to_json() for c in conflicts], sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    if not conflicts:
        print("No conflicts to resolve.")
        return 0
    print(f"{'ID':>4}  {'RECORD':<24} {'FIELD':<14} {'HERE':<22} OTHER DEVICE")
    for c in conflicts:
        print(f"{c.id:>4}  {c.record[:24]:<24} {c.field[:14]:<14} {c.local_text[:22]:<22} "
              f"{c.remote_text[:40]}")
    return 0


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    with_session(args, lambda s: s.sync.resolve(args.id, args.keep))
    whose = "this device's" if args.keep == "mine" else "the other device's"
    print(f"Conflict {args.id} resolved: kept {whose} value; it reaches the others at the next sync.")
    return 0


def cmd_escalations(args: argparse.Namespace) -> int:
    items = with_session(args, lambda s: s.sync.escalations())
    if args.json:
        json.dump(items, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    if not items:
        print("No open escalations for your teams.")
        return 0
    print(f"{'CASE':<18} {'STEP':<11} {'PRIORITY':<8} {'REGION':<6} DUE")
    for e in items:
        print(f"{e['ref'][:18]:<18} {e['step']:<11} {e['priority']:<8} {e['region'] or '':<6} {e['due_at']}")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("sync", parents=[common], help="send and receive changes with central records")
    p.add_argument("--server", metavar="URL", help="this time, sync with URL instead of the enrolled server")
    p.add_argument("--status", action="store_true", help="show pending changes, conflicts and the last sync")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sync)

    conflicts = sub.add_parser("conflicts", help="concurrent edits waiting for a person to choose")
    conflicts_sub = conflicts.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    p = conflicts_sub.add_parser("list", parents=[common], help="open conflicts, both values side by side")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_conflicts_list)
    p = conflicts_sub.add_parser("resolve", parents=[common], help="keep one of the two values")
    p.add_argument("id", type=int)
    p.add_argument("--keep", choices=("mine", "theirs"), required=True)
    p.set_defaults(func=cmd_conflicts_resolve)

    p = sub.add_parser("escalations", parents=[common],
                       help="open escalations of your teams (shift leads and directors)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_escalations)
