"""`hrdcase-server`: serve (the default) or `init` an organisation. Errors are one line, exit 1."""

from __future__ import annotations

import argparse
import logging
import os
import socket
import sys
from collections.abc import Sequence

from sqlalchemy.exc import SQLAlchemyError

from hrdcase.errors import UserError
from hrdcase.server.db import DatabaseError, describe, migrate, open_engine, resolve_url, short_reason

EXIT_USER_ERROR = 1
EXIT_BUG = 70


def build_parser() -> argparse.ArgumentParser:
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                    help="sqlite:///FILE or postgresql://USER@HOST/DB (default: HRDCASE_DB_URL, "
                         "else server.db in the per-user data folder)")
    parser = argparse.ArgumentParser(prog="hrdcase-server", parents=[db],
                                     description="The hrdcase central records server.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8787, help="port to listen on (default 8787)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    init = sub.add_parser("init", parents=[db], help="create an organisation and its first admin's token")
    init.add_argument("--org", required=True, metavar="NAME", help="the organisation's name")
    init.add_argument("--team", default="Team 1", metavar="NAME", help='its first team (default "Team 1")')
    return parser


def cmd_init(args: argparse.Namespace) -> int:
    from hrdcase.server.orgs import create_org

    engine = open_engine(resolve_url(getattr(args, "db", None)))
    migrate(engine)
    try:
        new = create_org(engine, args.org, args.team)
    except SQLAlchemyError as exc:
        raise DatabaseError(f"Cannot write to {describe(engine)}: {short_reason(exc)}") from None
    print(f"Organisation {args.org.strip()!r} created with team {args.team.strip()!r}.")
    print(f"One-time enrolment token for its first admin, valid until "
          f"{new.expires_at:%Y-%m-%d %H:%M} UTC (hrdcase join --token …):")
    print(new.token)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from hrdcase.server.app import create_app

    if not 0 < args.port < 65536:
        raise UserError("The port must be between 1 and 65535.")
    engine = open_engine(resolve_url(getattr(args, "db", None)))
    migrate(engine)
    _check_port(args.host, args.port)
    print(f"hrdcase-server: serving {describe(engine)} on http://{args.host}:{args.port}", file=sys.stderr)
    uvicorn.run(create_app(engine), host=args.host, port=args.port, log_level="warning")
    return 0


def _check_port(host: str, port: int) -> None:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        with socket.socket(infos[0][0], socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(infos[0][4])
    except OSError as exc:
        raise UserError(f"Cannot listen on {host}:{port}: {exc.strerror or exc}.") from None


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="hrdcase-server: %(levelname)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return cmd_init(args) if args.command == "init" else cmd_serve(args)
    except UserError as exc:
        print(f"hrdcase-server: error: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if os.environ.get("HRDCASE_DEBUG") == "1":
            raise
        print(f"hrdcase-server: unexpected error ({type(exc).__name__}); this is a bug. "
              "Run with HRDCASE_DEBUG=1 for details.", file=sys.stderr)
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
