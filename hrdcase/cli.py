"""The command line: a stable contract that tests and operators depend on (docs/ARCHITECTURE.md).

User mistakes print one line on stderr and exit non-zero; only `HRDCASE_DEBUG=1` shows tracebacks.
Qt is imported only by the commands that need it (gui, screenshot).
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hrdcase.errors import UserError
from hrdcase.models.enums import CaseStatus, Priority
from hrdcase.models.queue import OPEN_STATUSES, SORT_COLUMNS, UNASSIGNED, QueueFilter, QueueSort

EXIT_USER_ERROR = 1
EXIT_BUG = 70


class PassphraseUnavailable(UserError):
    pass


# ---------------------------------------------------------------- passphrase
def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """`--passphrase-file`, then `HRDCASE_PASSPHRASE`, then a prompt on a terminal (as restic and
    borg do). The passphrase is never echoed, logged or stored."""
    if args.passphrase_file:
        try:
            text = Path(args.passphrase_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise PassphraseUnavailable(
                f"Cannot read the passphrase file: {exc.strerror or exc}."
            ) from None
        passphrase = text.splitlines()[0] if text else ""
    elif os.environ.get("HRDCASE_PASSPHRASE"):
        passphrase = os.environ["HRDCASE_PASSPHRASE"]
    elif sys.stdin.isatty():
        passphrase = getpass.getpass("Passphrase: ")
        if confirm and getpass.getpass("Passphrase again: ") != passphrase:
            raise PassphraseUnavailable("The two passphrases differ; nothing was created.")
    else:
        raise PassphraseUnavailable(
            "No passphrase: run in a terminal, set HRDCASE_PASSPHRASE or use --passphrase-file."
        )
    if not passphrase:
        raise PassphraseUnavailable("The passphrase is empty.")
    return passphrase


def _profile_dir(args: argparse.Namespace) -> Path:
    if args.profile:
        return Path(args.profile).expanduser()
    from hrdcase.bootstrap import default_profile_dir

    return default_profile_dir()


def _open_session(args: argparse.Namespace) -> Any:
    from hrdcase.bootstrap import Unlocker

    unlocker = Unlocker(_profile_dir(args))
    unlocker.profile.require()  # a missing profile is reported before asking for a passphrase
    return unlocker.with_passphrase(read_passphrase(args))


# ---------------------------------------------------------------- commands
def cmd_gui(args: argparse.Namespace) -> int:
    from hrdcase.bootstrap import run_gui

    return run_gui(_profile_dir(args), [sys.argv[0]])


def cmd_demo(args: argparse.Namespace) -> int:
    from hrdcase.bootstrap import Unlocker
    from hrdcase.demo import build_demo

    if args.cases < 1:
        raise UserError("--cases must be at least 1.")
    unlocker = Unlocker(_profile_dir(args))
    if unlocker.profile.key_path.exists() or unlocker.profile.db_path.exists():
        raise UserError(f"A profile already exists at {unlocker.profile.path}; choose another folder.")
    passphrase = read_passphrase(args, confirm=True)
    session = unlocker.create(passphrase)
    try:
        summary = build_demo(
            session.store, args.cases, args.seed, datetime.now(UTC), progress=_progress_printer()
        )
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


def _progress_printer() -> Callable[[int, int], None]:
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if interactive:
            end = "\n" if done >= total else ""
            print(f"\rBuilding demo caseload: {done:,}/{total:,} cases", end=end, file=sys.stderr)

    return progress


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
        region_code=args.region,
        language=args.language,
        text=args.search or "",
    )


def cmd_case_list(args: argparse.Namespace) -> int:
    session = _open_session(args)
    try:
        f = _queue_filter(args)
        sort = QueueSort(args.sort, args.desc)
        total = session.queries.queue_count(f)
        rows = session.queries.queue_page(f, sort, args.offset, args.limit).rows
    finally:
        session.close()
    if args.json:
        json.dump(
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
            sys.stdout,
            indent=2,
            ensure_ascii=False,
        )
        print()
        return 0
    print(f"{'REF':<12} {'PRI':<3} {'STATUS':<14} {'CATEGORY':<26} {'REGION':<6} {'LANG':<5} "
          f"{'DEFENDER':<16} TITLE")
    for r in rows:
        print(f"{r.ref:<12} {r.priority.value:<3} {r.status.value:<14} {r.category.value[:26]:<26} "
              f"{r.region_code:<6} {r.language:<5} {r.defender[:16]:<16} {r.title}")
    print(f"-- {len(rows)} of {total} cases", file=sys.stderr)
    return 0


def cmd_case_show(args: argparse.Namespace) -> int:
    from hrdcase.services.render import case_detail_dict, case_detail_text

    session = _open_session(args)
    try:
        detail = session.queries.case_detail(session.queries.case_id_for_ref(args.ref))
    finally:
        session.close()
    if args.json:
        json.dump(case_detail_dict(detail), sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        print(case_detail_text(detail))
    return 0


def cmd_screenshot(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    view = args.view
    if view != "queue" and not (view.startswith("case:") and len(view) > 5):
        raise UserError("--view takes 'queue' or 'case:REF'.")
    out = Path(args.out)
    if not out.parent.is_dir():
        raise UserError(f"The folder {out.parent} does not exist.")
    session = _open_session(args)
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
    session = _open_session(args)
    try:
        report = session.verify()
    finally:
        session.close()
    if report.integrity_problems:
        print(f"FAILED: the database failed its integrity check ({len(report.integrity_problems)} "
              "problems).", file=sys.stderr)
    if report.chain_broken_at is not None:
        print(f"FAILED: the audit chain breaks at entry {report.chain_broken_at}.", file=sys.stderr)
    if report.ok:
        print(f"OK: database integrity holds; {report.audit_entries} audit entries, chain intact.")
        return 0
    return EXIT_USER_ERROR


def cmd_wipe(args: argparse.Namespace) -> int:
    from hrdcase.storage.profile import Profile

    profile = Profile(_profile_dir(args))
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


def cmd_intake_import(args: argparse.Namespace) -> int:
    """Import the reporting-form export (docs/intake-format.md). Exit 0 when no line was rejected;
    1 when some were (the good lines are imported all the same, one transaction each)."""
    path = Path(args.file)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise UserError(f"No such file: {path}.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"Cannot read {path.name}: {getattr(exc, 'strerror', None) or exc}.") from None
    session = _open_session(args)
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


# ---------------------------------------------------------------- parser
def build_parser() -> argparse.ArgumentParser:
    def options(default: Any) -> argparse.ArgumentParser:
        # Subcommands use SUPPRESS so that `hrdcase --profile X case list` keeps X.
        parent = argparse.ArgumentParser(add_help=False)
        parent.add_argument("--profile", metavar="DIR", default=default,
                            help="profile folder (default: per-user data folder)")
        parent.add_argument("--passphrase-file", metavar="FILE", default=default,
                            help="read the passphrase from the first line of FILE")
        return parent

    common = options(argparse.SUPPRESS)
    parser = argparse.ArgumentParser(
        prog="hrdcase",
        description="Encrypted, offline case management for responders protecting HRDs online.",
        epilog="The passphrase comes from a prompt, HRDCASE_PASSPHRASE or --passphrase-file.",
        parents=[options(None)],
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("gui", parents=[common], help="open the app (the default command)")
    p.set_defaults(func=cmd_gui)

    p = sub.add_parser("demo", parents=[common], help="create a synthetic encrypted caseload")
    p.add_argument("--cases", type=int, default=200)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(func=cmd_demo)

    case = sub.add_parser("case", help="list and show cases")
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

    p = sub.add_parser("screenshot", parents=[common], help="render a view offscreen to PNG")
    p.add_argument("--out", required=True, metavar="PNG")
    p.add_argument("--view", default="queue", help="queue or case:REF")
    p.set_defaults(func=cmd_screenshot)

    audit = sub.add_parser("audit", help="check the caseload")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p = audit_sub.add_parser("verify", parents=[common],
                             help="SQLCipher integrity check and the audit hash chain")
    p.set_defaults(func=cmd_audit_verify)

    intake = sub.add_parser("intake", help="bring reports in")
    intake_sub = intake.add_subparsers(dest="intake_command", metavar="ACTION", required=True)
    p = intake_sub.add_parser("import", parents=[common],
                              help="import the reporting-form export (JSON Lines)")
    p.add_argument("file", metavar="FILE.jsonl")
    p.add_argument("--auto-assign", action="store_true",
                   help="hand each imported case to the best-suited responder within the workload "
                        "limits (cases nobody can take stay unassigned)")
    p.set_defaults(func=cmd_intake_import)

    p = sub.add_parser("wipe", parents=[common], help="destroy the caseload (key file first)")
    p.add_argument("--yes", action="store_true", help="do not ask")
    p.set_defaults(func=cmd_wipe)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="hrdcase: %(levelname)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", cmd_gui)
    try:
        return func(args)
    except UserError as exc:
        print(f"hrdcase: error: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("hrdcase: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("HRDCASE_DEBUG") == "1":
            raise
        print(f"hrdcase: unexpected error ({type(exc).__name__}); this is a bug. "
              "Run with HRDCASE_DEBUG=1 for details.", file=sys.stderr)
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
