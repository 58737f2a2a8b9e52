"""The lock that keeps a second process out of a profile, on POSIX and on Windows.

POSIX: `flock` on the profile *folder* itself (an fd opened on the directory). Deleting or
replacing `.lock` cannot let a second process in, and it does not share SQLite's `fcntl` locks on
`caseload.db` (closing another fd of the database would drop those). Windows: `msvcrt.locking` on
the first byte of `.lock`, which Windows will not delete while it is open.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hrdcase.errors import ProfileLocked, ProfileUnreadable

LOCK_FILE = ".lock"


@dataclass(frozen=True)
class LockMethod:
    """How to lock on one platform: which path to open, how to open it, lock and unlock."""

    name: str
    target: Callable[[Path], Path]
    open_fd: Callable[[Path], int]
    lock: Callable[[int], None]  # raises BlockingIOError / PermissionError when held elsewhere
    unlock: Callable[[int], None]


def _posix() -> LockMethod:
    import fcntl

    return LockMethod(
        name="flock on the profile folder",
        target=lambda folder: folder,
        open_fd=lambda path: os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)),
        lock=lambda fd: fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB),
        unlock=lambda fd: fcntl.flock(fd, fcntl.LOCK_UN),
    )


def _windows() -> LockMethod:
    import msvcrt

    def lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined, unused-ignore]  # Windows-only in typeshed

    def unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined, unused-ignore]  # Windows-only in typeshed

    return LockMethod(
        name="msvcrt.locking on .lock",
        target=lambda folder: folder / LOCK_FILE,
        open_fd=lambda path: os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0),
                                     0o600),
        lock=lock,
        unlock=unlock,
    )


def lock_method(platform: str = sys.platform) -> LockMethod:
    """`msvcrt` on Windows, `flock` everywhere else."""
    return _windows() if platform == "win32" else _posix()


class FolderLock:
    """An exclusive, non-blocking lock on one profile folder, held until `release`."""

    def __init__(self, folder: Path, method: LockMethod | None = None) -> None:
        self.folder = folder
        self.method = method or lock_method()
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        try:
            fd = self.method.open_fd(self.method.target(self.folder))
        except OSError as exc:
            raise ProfileUnreadable(
                f"Cannot open the profile at {self.folder}: {exc.strerror or exc}.") from None
        try:
            self.method.lock(fd)
        except OSError:  # BlockingIOError on POSIX, PermissionError/OSError from msvcrt
            os.close(fd)
            raise ProfileLocked(
                f"The profile at {self.folder} is open in another hrdcase window or command."
            ) from None
        self._fd = fd

    def __del__(self) -> None:  # a lock whose owner was dropped is released, as a file would be
        self.release()

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                self.method.unlock(self._fd)
            os.close(self._fd)
            self._fd = None
