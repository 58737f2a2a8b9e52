"""Failed unlock attempts, kept in the profile folder (`attempts.json`) so that restarting the app
does not reset the delay.

After each wrong passphrase the next try must wait longer: nothing for the first
`FREE_FAILURES`, then 2, 4, 8 ... seconds, at most `MAX_DELAY_S`. An optional `wipe_after`
(off by default) wipes the profile once that many passphrases in a row were wrong.

What it protects and what not: it slows down someone guessing through the app or the command line.
It is not integrity-protected (nothing secret is known before unlock to sign it with): whoever can
write the folder can delete the file, or copy `key.json` away and guess offline, where only the
Argon2id cost slows them. A file that cannot be parsed counts as the worst case (fail closed)
rather than as "no failures". It holds counts and times only, never case data.
"""

from __future__ import annotations

import json
import math
import os
import time
from dataclasses import dataclass
from pathlib import Path

from hrdcase.errors import UnlockThrottled, UserError

ATTEMPTS_FILE = "attempts.json"
FREE_FAILURES = 2
MAX_DELAY_S = 300.0
MAX_FAILURES = 1_000_000  # a bigger number in the file is clamped, never trusted to allocate
WIPE_AFTER_MIN = 3
WIPE_AFTER_MAX = 100
_FILE_MAX = 4096
__all__ = ["ATTEMPTS_FILE", "Attempts", "UnlockThrottled", "delay_after", "load", "save"]


def delay_after(failures: int) -> float:
    """Seconds the next try must wait after `failures` wrong passphrases in a row."""
    if failures <= FREE_FAILURES:
        return 0.0
    return min(MAX_DELAY_S, 2.0 ** min(failures - FREE_FAILURES, 16))


@dataclass
class Attempts:
    failures: int = 0
    last_failure: float = 0.0  # seconds since the epoch
    wipe_after: int | None = None

    def wait_s(self, now: float) -> float:
        """How long until the next try is allowed (0: now). A clock set back does not help: a
        last failure in the future waits the full delay."""
        delay = delay_after(self.failures)
        if delay == 0:
            return 0.0
        since = now - self.last_failure
        return delay if since < 0 else max(0.0, delay - since)

    def should_wipe(self) -> bool:
        return self.wipe_after is not None and self.failures >= self.wipe_after


def attempts_path(folder: Path) -> Path:
    return folder / ATTEMPTS_FILE


def load(folder: Path) -> Attempts:
    path = attempts_path(folder)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(_FILE_MAX + 1)
    except FileNotFoundError:
        return Attempts()
    except OSError:
        return _worst()
    try:
        doc = json.loads(raw.decode("utf-8"))
        failures = doc["failures"]
        last = doc["last_failure"]
        wipe_after = doc.get("wipe_after")
        if len(raw) > _FILE_MAX or not _whole(failures) or not isinstance(last, int | float) \
                or isinstance(last, bool) or not math.isfinite(last) \
                or (wipe_after is not None and not _whole(wipe_after)):
            return _worst()
        return Attempts(min(failures, MAX_FAILURES), float(last), wipe_after)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return _worst()


def save(folder: Path, attempts: Attempts) -> None:
    """Write atomically (temp file, fsync, rename)."""
    path = attempts_path(folder)
    tmp = path.with_name(ATTEMPTS_FILE + ".tmp")
    doc = {"failures": attempts.failures, "last_failure": attempts.last_failure,
           "wipe_after": attempts.wipe_after}
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(doc, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def record_failure(folder: Path, now: float | None = None) -> Attempts:
    attempts = load(folder)
    attempts.failures = min(attempts.failures + 1, MAX_FAILURES)
    attempts.last_failure = time.time() if now is None else now
    save(folder, attempts)
    return attempts


def record_success(folder: Path) -> None:
    attempts = load(folder)
    if attempts.failures == 0 and attempts_path(folder).exists():
        return
    if attempts.wipe_after is None:
        attempts_path(folder).unlink(missing_ok=True)
    else:
        save(folder, Attempts(wipe_after=attempts.wipe_after))


def set_wipe_after(folder: Path, count: int | None) -> None:
    if count is not None and not WIPE_AFTER_MIN <= count <= WIPE_AFTER_MAX:
        raise UserError(f"Wipe after must be between {WIPE_AFTER_MIN} and {WIPE_AFTER_MAX} "
                        "wrong passphrases, or off.")
    attempts = load(folder)
    attempts.wipe_after = count
    save(folder, attempts)


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _worst() -> Attempts:
    """A damaged counter: as many failures as give the longest delay, starting now."""
    return Attempts(failures=FREE_FAILURES + 16, last_failure=time.time())
