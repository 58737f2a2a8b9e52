"""`hrdcase report kpi | transparency | sor`: monitoring benchmarks (action 4), the public
transparency report (action 10) and the DSA statement-of-reasons export (issue 12).

Periods are whole UTC days, `--from` and `--to` included. Files are built in memory and each is
written whole (`reports.output`) into the folder given; nothing else is written.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from hrdcase.cli.common import open_session
from hrdcase.errors import UserError

SOR_PREFIX = "sor-batch-"


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date as YYYY-MM-DD") from None


def _out_dir(text: str) -> Path:
    out = Path(text).expanduser()
    if out.exists() and not out.is_dir():
        raise UserError(f"{out} is a file; give a folder for the report.")
    if not out.parent.is_dir():
        raise UserError(f"The folder {out.parent} does not exist.")
    try:
        out.mkdir(mode=0o700, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Cannot make the folder {out}: {exc.strerror or exc}.") from None
    return out


def _fmt(value: float | None, unit: str) -> str:
    return "—" if value is None else f"{value:g}{'' if unit == '%' else ' '}{unit}"


def cmd_kpi(args: argparse.Namespace) -> int:
    from hrdcase.models.kpi import rows_as_json

    session = open_session(args)
    try:
        rows = session.reports.kpi(args.start, args.end)
        policy = session.reports.kpi_policy
    finally:
        session.close()
    if args.json:
        print(json.dumps(rows_as_json(rows, policy), indent=2))
        return 0
    print(f"KPI targets {policy.version}; cases opened {args.start} to {args.end}")
    for row in rows:
        parts = []
        for f in row.figures:
            mark = {True: "met", False: "MISSED", None: "n/a"}[f.met]
            parts.append(f"{f.kpi.value}={_fmt(f.measured, f.kpi.unit)} "
                         f"(target {_fmt(f.target, f.kpi.unit)}, {mark})")
        print(f"{row.dimension.value}:{row.key} cases={row.cases}: " + "; ".join(parts))
    return 0


def cmd_transparency(args: argparse.Namespace) -> int:
    from hrdcase.reports.output import write_atomically
    from hrdcase.reports.transparency import build_csv, build_json, build_pdf

    out = _out_dir(args.out)
    session = open_session(args)
    try:
        report = session.reports.transparency(args.start, args.end)
    finally:
        session.close()
    files = {"transparency.pdf": build_pdf(report), "transparency.csv": build_csv(report),
             "transparency.json": build_json(report)}
    for name, data in files.items():
        write_atomically(out / name, data)
    print(f"Wrote {', '.join(files)} to {out} ({args.start} to {args.end}).")
    return 0


def cmd_sor(args: argparse.Namespace) -> int:
    from hrdcase.models.sor import batches
    from hrdcase.reports.output import write_atomically

    out = _out_dir(args.out)
    session = open_session(args)
    try:
        checks = session.reports.statements(args.start, args.end)
    finally:
        session.close()
    bad = [c for c in checks if c.errors]
    if bad:
        for c in bad:  # field names and rules only: never the statement's text
            print(f"hrdcase: decision {c.decision_id}: " + "; ".join(c.errors), file=sys.stderr)
        raise UserError(f"{len(bad)} of {len(checks)} statements are invalid; nothing was written.")
    statements: list[dict[str, Any]] = [c.statement for c in checks]
    written = 0
    for number, batch in enumerate(batches(statements), start=1):
        data = json.dumps({"statements": batch}, ensure_ascii=False, indent=2) + "\n"
        write_atomically(out / f"{SOR_PREFIX}{number:04d}.json", data.encode("utf-8"))
        written = number
    print(f"Wrote {len(statements)} statements of reasons in {written} batch(es) to {out}.")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    report = sub.add_parser("report", help="monitoring benchmarks, transparency report, DSA export")
    report_sub = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)

    def period(p: argparse.ArgumentParser) -> None:
        p.add_argument("--from", dest="start", type=_day, required=True, metavar="YYYY-MM-DD")
        p.add_argument("--to", dest="end", type=_day, required=True, metavar="YYYY-MM-DD")

    p = report_sub.add_parser("kpi", parents=[common],
                              help="KPIs measured against their targets, per region, category, month")
    period(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_kpi)
    p = report_sub.add_parser("transparency", parents=[common],
                              help="the public transparency report as PDF, CSV and JSON")
    period(p)
    p.add_argument("--out", required=True, metavar="DIR")
    p.set_defaults(func=cmd_transparency)
    p = report_sub.add_parser("sor", parents=[common],
                              help="DSA statements of reasons as JSON batches of at most 100")
    period(p)
    p.add_argument("--out", required=True, metavar="DIR")
    p.set_defaults(func=cmd_sor)
