"""Global ids the repositories write in their INSERTs: migration 10's form, unique, in windows that
follow each other within a run (so a batch appends to the gid indexes) but in random order inside a
window (so they do not pair rows made together), and a fresh random prefix in every process, a
forked child included."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from hrdcase.storage.codec import GID_WINDOW, new_gid


def test_gids_have_the_trigger_form_and_advance_by_window() -> None:
    gids = [new_gid() for _ in range(3 * GID_WINDOW)]
    assert all(re.fullmatch(r"[0-9a-f]{32}", g) for g in gids)
    assert len(set(gids)) == len(gids)
    windows = [g[:16] for g in gids]  # prefix and window
    assert windows == sorted(windows) and len(set(windows)) in (3, 4)  # the run may start mid-window
    assert len({g[:12] for g in gids}) == 1
    last = [g for g in gids if g[:16] == windows[-1]]
    assert last != sorted(last)  # inside a window the order is random


def test_every_process_draws_its_own_prefix() -> None:
    code = "from hrdcase.storage.codec import new_gid; print(new_gid())"
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
            .stdout.strip() for _ in range(2)]
    assert runs[0][:12] != runs[1][:12] != new_gid()[:12]


def test_a_forked_child_does_not_repeat_its_parents_ids() -> None:
    parent = new_gid()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report its next id and leave at once
        os.close(read)
        os.write(write, new_gid().encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as fh:
        child = fh.read()
    os.waitpid(pid, 0)
    assert re.fullmatch(r"[0-9a-f]{32}", child) and child[:12] != parent[:12]
