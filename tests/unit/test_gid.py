"""Global ids the repositories write in their INSERTs: migration 10's form, unique, in order within a
run (so a batch appends to the gid indexes), and a fresh random prefix in every process, a forked
child included."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from hrdcase.storage.codec import new_gid


def test_gids_have_the_trigger_form_and_sort_in_creation_order() -> None:
    gids = [new_gid() for _ in range(5000)]
    assert all(re.fullmatch(r"[0-9a-f]{32}", g) for g in gids)
    assert len(set(gids)) == len(gids)
    assert gids == sorted(gids)


def test_every_process_draws_its_own_prefix() -> None:
    code = "from hrdcase.storage.codec import new_gid; print(new_gid())"
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
            .stdout.strip() for _ in range(2)]
    assert runs[0][:16] != runs[1][:16] != new_gid()[:16]


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
    assert re.fullmatch(r"[0-9a-f]{32}", child) and child[:16] != parent[:16]
