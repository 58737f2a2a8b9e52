"""`hrdcase intake …`: reports brought in from the platform's reporting form."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from hrdcase.cli.common import EXIT_USER_ERROR, open_session
from hrdcase.errors import UserError
from hrdcase.models.intake_import import MAX_FILE_BYTES, FileTooLarge, split_lines

CHUNK = 1 << 16


def cmd_intake_import(args: argparse.Namespace) -> int:
    """Import the reporting-form export (docs/intake-format.md). Exit 0 when no line was rejected;
    1 when some were (the good lines are imported all the same, one transaction each). The file is
    streamed: at most MAX_FILE_BYTES are read, each line at most MAX_LINE_BYTES."""
    path = Path(args.file)
    try:
        fh = open(path, "rb")
    except FileNotFoundError:
        raise UserError(f"No such file: {path}.") from None
    except OSError as exc:
        raise UserError(f"Cannot read {path.name}: {exc.strerror or exc}.") from None
    try:
        if path.is_dir():
            raise UserError(f"{path.name} is a folder, not an export file.")
        summary, unassigned, too_large = _import_file(args, fh)
    finally:
        fh.close()
    for error in summary.rejected:
        print(error, file=sys.stderr)
    print(summary.line())
    if args.auto_assign:
        print(f"Assigned {len(summary.imported) - len(unassigned)} of "
              f"{len(summary.imported)} imported cases within the workload limits.")
    if too_large is not None:
        raise UserError(f"{path.name} is larger than {MAX_FILE_BYTES >> 20} MiB; the lines after "
                        f"line {too_large:,} were not read.")
    for why, lines in _grouped(unassigned).items():  # once per reason, with a count
        shown = ", ".join(str(n) for n in lines[:10]) + (", …" if len(lines) > 10 else "")
        print(f"hrdcase: error: {len(lines)} imported {'case was' if len(lines) == 1 else 'cases were'} "
              f"left unassigned (line{'s' if len(lines) > 1 else ''} {shown}): {why}", file=sys.stderr)
    if summary.rejected:
        count = len(summary.rejected)
        print(f"hrdcase: error: {count} {'line was' if count == 1 else 'lines were'} rejected; "
              "fix them and import the file again (imported lines are skipped).", file=sys.stderr)
        return EXIT_USER_ERROR
    return EXIT_USER_ERROR if unassigned else 0


def _grouped(unassigned: list[tuple[int, str]]) -> dict[str, list[int]]:
    by_reason: dict[str, list[int]] = {}
    for line_no, why in unassigned:
        by_reason.setdefault(why, []).append(line_no)
    return by_reason


def _chunks(fh: BinaryIO) -> Iterator[bytes]:
    while True:
        try:
            chunk = fh.read(CHUNK)
        except OSError as exc:
            raise UserError(f"Cannot read the export file: {exc.strerror or exc}.") from None
        if not chunk:
            return
        yield chunk


def _import_file(args: argparse.Namespace,
                 fh: BinaryIO) -> tuple[Any, list[tuple[int, str]], int | None]:
    """Stream the lines into the import: (summary, lines left unassigned, the number of lines
    read before the size cap stopped the import or None)."""
    from hrdcase.services.intake import ImportSummary

    session = open_session(args)
    summary = ImportSummary()
    too_large = None
    progress = _progress("Importing lines")
    try:
        try:
            session.intake.import_lines(split_lines(_chunks(fh)), progress=progress,
                                        summary=summary)
        except FileTooLarge as exc:
            too_large = exc.lines
        finally:
            if progress is not None:
                print(file=sys.stderr)
        unassigned = _auto_assign(session, summary.imported) if args.auto_assign else []
    finally:
        session.close()
    return summary, unassigned, too_large


def _auto_assign(session: Any, imported: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """Each imported case to its best suggestion (the workload guard decides); what could not be
    assigned stays unassigned and is reported by line number."""
    left = []
    progress = _progress("Assigning", len(imported))
    for done, (line_no, case_id) in enumerate(imported, start=1):
        try:
            session.wellbeing.auto_assign(case_id)
        except UserError as exc:
            left.append((line_no, str(exc)))
        if progress is not None:
            progress(done)
    if progress is not None:
        print(file=sys.stderr)
    return left


def _progress(phase: str, total: int | None = None) -> Callable[[int], None] | None:
    """On a terminal, the phase and its count every 100 items (and the last one), over the
    total when it is known (the export's lines are not: the file is streamed)."""
    if not sys.stderr.isatty():
        return None

    def progress(done: int) -> None:
        if done % 100 == 0 or done == total:
            of = f" of {total:,}" if total is not None else ""
            print(f"\r{phase}: {done:,}{of}", end="", file=sys.stderr, flush=True)

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
