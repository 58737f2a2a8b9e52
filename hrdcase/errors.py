"""One error hierarchy for the whole client.

`UserError` and its subclasses are expected: a person typed something wrong or the environment is not
as it should be. They carry a message fit to show on one line and never contain case contents or
secrets. Anything else that escapes is a bug and is reported as such.
"""

import math


class UserError(Exception):
    """An expected failure with a one-line, user-facing message."""


class ProfileMissing(UserError):
    pass


class ProfileExists(UserError):
    pass


class WrongPassphrase(UserError):
    pass


class UnlockThrottled(UserError):
    """Too many wrong passphrases lately: the next try must wait `seconds` (exact), shown to the
    user as `wait_s`, rounded up to whole seconds."""

    def __init__(self, wait_s: float) -> None:
        self.seconds = float(wait_s)
        self.wait_s = max(1, math.ceil(wait_s))
        super().__init__(
            f"Too many wrong passphrases: wait {self.wait_s} s before the next try.")


class ProfileLocked(UserError):
    """Another process has this profile open."""


class CorruptDatabase(UserError):
    pass


class ProfileUnreadable(UserError):
    """A profile file or folder the operating system will not let us read or write (permissions,
    a read-only disk, a full disk, an I/O error)."""


class SchemaTooNew(UserError):
    pass


class NotFound(UserError):
    pass


class ValidationError(UserError):
    """Input that breaks a domain rule. `field` names the offending field when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ConcurrentEdit(UserError):
    """The record changed since it was read; nothing was written."""
