"""`hrdcase case export` and `hrdcase case verify-file`: case files for remedy (issue 12).

The PDF is built in memory and written only to the path given (`reports.output`); the check
recomputes the file's content digest at its level from the current records.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from hrdcase.cli.common import open_session
from hrdcase.errors import UserError
from hrdcase.models.redaction import RedactionLevel


def cmd_case_export(args: argparse.Namespace) -> int:
    from hrdcase.reports.casefile import build_pdf
    from hrdcase.reports.output import write_atomically

    out = Path(args.pdf).expanduser()
    if not out.parent.is_dir():
        raise UserError(f"The folder {out.parent} does not exist.")
    session = open_session(args)
    try:
        case_id = session.queries.case_id_for_ref(args.ref)
        casefile = session.casefile.build(case_id, RedactionLevel(args.redaction),
                                          args.include_graphic)
    finally:
        session.close()
    write_atomically(out, build_pdf(casefile))
    graphic = "graphic material included" if args.include_graphic else "graphic material left out"
    print(f"Wrote {out} ({casefile.ref}, redaction {args.redaction}, {graphic}; "
          f"content SHA-256 {casefile.digest}).")
    return 0


def cmd_case_verify_file(args: argparse.Namespace) -> int:
    from hrdcase.reports.meta import read_meta

    meta = read_meta(Path(args.file).expanduser())
    session = open_session(args)
    try:
        check = session.casefile.check(meta.ref, RedactionLevel(meta.level), meta.include_graphic,
                                       meta.digest, meta.audit_seq, meta.audit_hash)
    finally:
        session.close()
    if check.ok:
        print(f"match: {meta.ref} at redaction {meta.level}, content SHA-256 {meta.digest}, "
              f"audit chain entry {meta.audit_seq} unchanged.")
        return 0
    what = []
    if not check.content_matches:
        what.append("the case's records differ from the file's content")
    if not check.chain_matches:
        what.append(f"audit chain entry {meta.audit_seq} no longer holds the file's hash")
    raise UserError(f"no match: {meta.ref}: " + "; ".join(what) + ".")


def register(case_sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Adds `export` and `verify-file` to the `case` group."""
    p = case_sub.add_parser("export", parents=[common], help="write a case file PDF")
    p.add_argument("ref")
    p.add_argument("--pdf", required=True, metavar="OUT", help="the PDF file to write")
    p.add_argument("--redaction", default=RedactionLevel.INTERNAL.value,
                   choices=[level.value for level in RedactionLevel])
    p.add_argument("--include-graphic", action="store_true",
                   help="include graphic descriptions and images (left out by default)")
    p.set_defaults(func=cmd_case_export)
    p = case_sub.add_parser("verify-file", parents=[common],
                            help="check a case file PDF against the current records")
    p.add_argument("file", metavar="PDF")
    p.set_defaults(func=cmd_case_verify_file)
