"""The device security policy (`resources/policy/security.json`, admin-editable): how long the app
may sit idle before it locks itself, and how long what it copied stays on the clipboard."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from hrdcase.errors import ValidationError
from hrdcase.paths import resource

DEFAULT_SECURITY_PATH = resource("policy", "security.json")
IDLE_LOCK_MINUTES_MAX = 240
CLIPBOARD_CLEAR_SECONDS_MIN = 5
CLIPBOARD_CLEAR_SECONDS_MAX = 600
_FILE_MAX = 64 * 1024


@dataclass(frozen=True)
class SecurityPolicy:
    idle_lock_minutes: int = 5  # 1..240; the app locks after this long without keyboard or mouse
    clipboard_clear_seconds: int = 30  # 5..600; what the app copied is cleared after this long

    @property
    def idle_lock_ms(self) -> int:
        return self.idle_lock_minutes * 60_000

    @property
    def clipboard_clear_ms(self) -> int:
        return self.clipboard_clear_seconds * 1000


def load_security_policy(path: Path = DEFAULT_SECURITY_PATH) -> SecurityPolicy:
    """Read and check the policy; any problem is one clear `ValidationError`."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(_FILE_MAX + 1)
        if len(raw) > _FILE_MAX:
            raise ValidationError(f"Security policy file {path.name} is larger than "
                                  f"{_FILE_MAX // 1024} KiB.")
        doc = json.loads(raw.decode("utf-8"))
    except FileNotFoundError:
        raise ValidationError(f"Security policy file {path.name} is missing.") from None
    except (OSError, ValueError, RecursionError):
        raise ValidationError(f"Security policy file {path.name} is not readable JSON.") from None
    if not isinstance(doc, dict):
        raise ValidationError(f"Security policy file {path.name} must hold one JSON object.")
    minutes = doc.get("idle_lock_minutes")
    if not isinstance(minutes, int) or not _whole_in(minutes, 1, IDLE_LOCK_MINUTES_MAX):
        raise ValidationError(f"Security policy file {path.name}: idle_lock_minutes must be a whole "
                              f"number of minutes from 1 to {IDLE_LOCK_MINUTES_MAX}.")
    seconds = doc.get("clipboard_clear_seconds", SecurityPolicy.clipboard_clear_seconds)
    if not isinstance(seconds, int) or not _whole_in(seconds, CLIPBOARD_CLEAR_SECONDS_MIN,
                                                     CLIPBOARD_CLEAR_SECONDS_MAX):
        raise ValidationError(
            f"Security policy file {path.name}: clipboard_clear_seconds must be a whole number of "
            f"seconds from {CLIPBOARD_CLEAR_SECONDS_MIN} to {CLIPBOARD_CLEAR_SECONDS_MAX}.")
    return SecurityPolicy(idle_lock_minutes=minutes, clipboard_clear_seconds=seconds)


def _whole_in(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
