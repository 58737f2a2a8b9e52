"""Writing a finished report to the one path the user chose: whole or not at all.

The bytes are built in memory; they go to a hidden sibling opened with owner-only permissions,
are flushed to disk, then renamed over the target, so a crash never leaves half a file and no
copy is left anywhere else.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from hrdcase.errors import UserError


def write_atomically(path: Path, data: bytes) -> None:
    path = path.expanduser()
    if path.is_dir():
        raise UserError(f"{path} is a folder; give a file name for the PDF.")
    partial = path.with_name(f".{path.name}.partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise UserError(f"Cannot write {path.name}: {exc.strerror or exc}.") from None
