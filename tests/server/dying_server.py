"""The real `hrdcase-server` (its own command line) in a process that SIGKILLs itself just before
a chosen database commit, for tests/server/test_sync_faults_kill_server.py. The file named by
HRDCASE_TEST_DIE_FILE holds "k label": the k-th commit after the file last changed (or after start,
migrations done) never happens, and the process dies in the middle of that request. 0 or no file:
it never dies by itself.
HRDCASE_TEST_DOWNLOAD_LIMIT makes download batches small."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import sqlalchemy as sa

from hrdcase.server import cli
from hrdcase.server.db import migrate, open_engine
from hrdcase.sync import protocol as p

armed = False
commits = 0
plan = ""


def _die_at() -> int:
    """k of the current plan; the commits are counted again from 0 whenever the plan changes."""
    global commits, plan
    try:
        text = Path(os.environ["HRDCASE_TEST_DIE_FILE"]).read_text()
    except (KeyError, OSError):
        text = ""
    if text != plan:
        plan, commits = text, 0
    try:
        return int(text.split()[0]) if text else 0
    except ValueError:
        return 0


def dying_engine(url: str) -> sa.Engine:
    engine = open_engine(url)

    @sa.event.listens_for(engine, "commit")
    def _commit(_conn: object) -> None:
        global commits
        if armed:
            k = _die_at()
            commits += 1
            if commits == k:
                os.kill(os.getpid(), signal.SIGKILL)

    return engine


def migrate_then_arm(engine: sa.Engine) -> None:
    global armed
    migrate(engine)
    armed = True


if __name__ == "__main__":
    p.MAX_OPS_PER_DOWNLOAD = int(os.environ.get("HRDCASE_TEST_DOWNLOAD_LIMIT", p.MAX_OPS_PER_DOWNLOAD))
    cli.open_engine = dying_engine  # type: ignore[assignment]
    cli.migrate = migrate_then_arm  # type: ignore[assignment]
    sys.exit(cli.main(sys.argv[1:]))
