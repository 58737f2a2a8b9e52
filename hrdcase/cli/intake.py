"""`hrdcase intake …`: reports brought in from the platform's reporting form."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hrdcase.cli.common import EXIT_USER_ERROR, open_session
from hrdcase.errors import UserError
from hrdcase.services.intake import read_export_lines


def cmd_intake_import(args: argparse.Namespace) -> int:
    """Import the reporting-form export (docs/intake-format.md). Exit 0 when no line was rejected;
    1 when some were (the good lines are imported all the same, one transaction each)."""
    lines = read_export_lines(Path(args.file))  # bounded before it is read
    session = open_session(args)
    try:
        summary = session.intake.import_lines(lines, progress=_import_progress(len(lines)))
        unassigned = _auto_assign(session, summary.imported) if args.auto_assign else []
    finally:
        session.close()
    for error in summary.rejected:
        print(error, file=sys.stderr)
    for line_no, why in unassigned:
        print(f"line {line_no}: left unassigned: {why}", file=sys.stderr)
    print(summary.line())
    if args.auto_assign:
        print(f"Assigned {len(summary.imported) - len(unassigned)} of {len(summary.imported)} "
              "imported cases within the workload limits.")
    if summary.rejected:
        print(f"hrdcase: error: {len(summary.rejected)} lines were rejected; fix them and import "
              "the file again (imported lines are skipped).", file=sys.stderr)
        return EXIT_USER_ERROR
    return 0


def _auto_assign(session: Any, imported: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """Each imported case to its best suggestion (the workload guard decides); what could not be
    assigned stays unassigned and is reported by line number."""
    left = []
    for line_no, case_id in imported:
        try:
            session.wellbeing.auto_assign(case_id)
        except UserError as exc:
            left.append((line_no, str(exc)))
    return left


def _import_progress(total: int) -> Callable[[int], None] | None:
    if not sys.stderr.isatty() or total < 200:
        return None

    def progress(done: int) -> None:
        if done % 100 == 0 or done == total:
            end = "\n" if done >= total else ""
            print(f"\rImporting: {done:,}/{total:,} lines", end=end, file=sys.stderr)

    return progress


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    intake = sub.add_parser("intake", help="bring reports in")
    intake_sub = intake.add_subparsers(dest="intake_command", metavar="ACTION", required=True)
    p = intake_sub.add_parser("import", parents=[common],
                              help="import the reporting-form export (JSON Lines)")
    p.add_argument("file", metavar="FILE.jsonl")
    p.add_argument("--auto-assign", action="store_true",
                   help="hand each imported case to the best-suited responder within the workload "
                        "limits (cases nobody can take stay unassigned)")
    p.set_defaults(func=cmd_intake_import)
