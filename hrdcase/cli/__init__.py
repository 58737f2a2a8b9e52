"""The command line: a stable contract that tests and operators depend on (docs/ARCHITECTURE.md).

One module per command group, each with a `register(sub, common)` that adds its subcommands; the
shared passphrase, profile and exit-code handling is in `common`. User mistakes print one line on
stderr and exit non-zero; only `HRDCASE_DEBUG=1` shows tracebacks. Qt is imported only by the
commands that need it (gui, screenshot).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from hrdcase import __version__
from hrdcase.cli import appeal, case, caseload, intake, passphrase, people, regions, report, sync, team
from hrdcase.cli.common import EXIT_BUG, EXIT_USER_ERROR, options
from hrdcase.errors import UserError

# Each group adds its commands to the parser, in the order `hrdcase --help` lists them.
GROUPS = (caseload, passphrase, people, sync, case, appeal, intake, team, regions, report)


def build_parser() -> argparse.ArgumentParser:
    common = options(argparse.SUPPRESS)
    parser = argparse.ArgumentParser(
        prog="hrdcase",
        description="Encrypted, offline case management for responders protecting HRDs online.",
        epilog="The passphrase comes from a prompt, HRDCASE_PASSPHRASE or --passphrase-file.",
        parents=[options(None)],
    )
    parser.add_argument("--version", action="version", version=f"hrdcase {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in GROUPS:
        group.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="hrdcase: %(levelname)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", caseload.cmd_gui)
    try:
        return int(func(args))
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
