"""Whole-caseload commands: open the app, build a demo, render a view, verify, wipe."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hrdcase.cli.common import (
    EXIT_USER_ERROR,
    bounded,
    counter_printer,
    open_session,
    profile_dir,
    read_passphrase,
)
from hrdcase.errors import UserError

DEMO_CASES_MAX = 1_000_000


def cmd_gui(args: argparse.Namespace) -> int:
    from hrdcase.bootstrap import run_gui

    return run_gui(profile_dir(args), [sys.argv[0]])


def cmd_demo(args: argparse.Namespace) -> int:
    from hrdcase.bootstrap import Unlocker
    from hrdcase.demo.build import build_demo

    bounded(args.cases, "--cases", 1, DEMO_CASES_MAX)
    unlocker = Unlocker(profile_dir(args))
    if unlocker.profile.key_path.exists() or unlocker.profile.db_path.exists():
        raise UserError(f"A profile already exists at {unlocker.profile.path}; choose another folder.")
    passphrase = read_passphrase(args, confirm=True)
    session = unlocker.create(passphrase)
    try:
        summary = build_demo(session.store, args.cases, args.seed, datetime.now(UTC),
                             progress=counter_printer("Building demo caseload", "cases"))
    except BaseException:
        session.close()
        unlocker.profile.wipe()  # a half-built demo is worth nothing; leave no partial profile
        raise
    session.close()
    print(
        f"Created a synthetic demo caseload at {unlocker.profile.path}: "
        f"{summary.cases} cases, {summary.defenders} defenders, {summary.responders} responders."
    )
    return 0


def cmd_screenshot(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    view = args.view
    if view not in ("queue", "people") and not (view.startswith("case:") and len(view) > 5):
        raise UserError("--view takes 'queue', 'case:REF' or 'people'.")
    out = Path(args.out)
    if not out.parent.is_dir():
        raise UserError(f"The folder {out.parent} does not exist.")
    session = open_session(args)
    try:
        if view.startswith("case:"):
            session.queries.case_id_for_ref(view[5:])  # an unknown ref is a user error, said early
        from hrdcase.ui.screenshot import render

        render(session, out, view)
    finally:
        session.close()
    print(f"Wrote {out}")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        report = session.verify()
    finally:
        session.close()
    if report.integrity_problems:
        print(f"FAILED: the database failed its integrity check ({len(report.integrity_problems)} "
              "problems).", file=sys.stderr)
    if report.chain_broken_at is not None:
        print(f"FAILED: the audit chain breaks at entry {report.chain_broken_at}: "
              f"{report.chain_problem}.", file=sys.stderr)
    if report.countersign_problem:
        print(f"FAILED: {report.countersign_problem}.", file=sys.stderr)
    out = sys.stdout if report.ok else sys.stderr
    if report.ok:
        vouched = (f"; the sync server vouches for entries 1-{report.countersigned_seq}"
                   if report.countersigned_seq else "")
        print(f"OK: database integrity holds; {report.audit_entries} audit entries, chain intact"
              f"{vouched}.")
    for what in report.not_checked:
        print(f"NOT CHECKED: {what}.", file=out)
    return 0 if report.ok else EXIT_USER_ERROR


def cmd_wipe(args: argparse.Namespace) -> int:
    from hrdcase.storage.profile import Profile

    profile = Profile(profile_dir(args))
    if not (profile.key_path.exists() or profile.db_path.exists()):
        raise UserError(f"No hrdcase profile at {profile.path}.")
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError("Refusing to wipe without --yes when not run in a terminal.")
        answer = input(f"Destroy the caseload at {profile.path} for good? Type 'wipe' to go on: ")
        if answer.strip() != "wipe":
            print("Nothing was wiped.", file=sys.stderr)
            return EXIT_USER_ERROR
    removed = profile.wipe()
    print(f"Wiped {len(removed)} files; the caseload at {profile.path} cannot be recovered.")
    return 0



def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("gui", parents=[common], help="open the app (the default command)")
    p.set_defaults(func=cmd_gui)

    p = sub.add_parser("demo", parents=[common], help="create a synthetic encrypted caseload")
    p.add_argument("--cases", type=int, default=200)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("screenshot", parents=[common], help="render a view offscreen to PNG")
    p.add_argument("--out", required=True, metavar="PNG")
    p.add_argument("--view", default="queue", help="queue, case:REF or people")
    p.set_defaults(func=cmd_screenshot)

    audit = sub.add_parser("audit", help="check the caseload")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p = audit_sub.add_parser("verify", parents=[common],
                             help="SQLCipher integrity check and the audit hash chain")
    p.set_defaults(func=cmd_audit_verify)

    p = sub.add_parser("wipe", parents=[common], help="destroy the caseload (key file first)")
    p.add_argument("--yes", action="store_true", help="do not ask")
    p.set_defaults(func=cmd_wipe)
