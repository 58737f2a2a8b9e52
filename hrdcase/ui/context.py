"""What every feature widget is handed: the session, the background-operation helper and the
change notifier. No globals: the composition root builds one `UiContext` per unlocked session."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from PySide6.QtCore import QObject

from hrdcase.models.changes import ChangeSet
from hrdcase.services.session import Session
from hrdcase.ui.notifier import ChangeNotifier
from hrdcase.ui.ops import OnError, Ops

T = TypeVar("T")


@dataclass
class UiContext:
    session: Session
    ops: Ops
    notifier: ChangeNotifier
    # While locked (ui/autolock.py) the session is closed: work asked for then waits for unlock.
    locked: bool = False
    _waiting: list[Callable[[], Any]] = field(default_factory=list, repr=False)
    # Called first by `close` (lock, quit, wipe): work on threads of its own (the background
    # sync) stops there, so that the session never closes under it.
    before_close: list[Callable[[], None]] = field(default_factory=list, repr=False)

    def query(
        self,
        fn: Callable[[Session], T],
        on_done: Callable[[T], None] | None = None,
        on_error: OnError | None = None,
        *,
        owner: QObject | None = None,
    ) -> int:
        """Read (or write settings) off the GUI thread; nothing is announced."""
        if self.locked:
            self._waiting.append(lambda: self.query(fn, on_done, on_error, owner=owner))
            return 0
        session = self.session
        return self.ops.run(lambda: fn(session), on_done, on_error, owner=owner)

    def mutate(
        self,
        fn: Callable[[Session], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: OnError | None = None,
        *,
        owner: QObject | None = None,
    ) -> int:
        """Run a use case whose result is a `ChangeSet` (or a tuple ending with one); the change
        set is published before `on_done` receives the result, and even when `owner` was closed
        meanwhile (the write happened all the same)."""
        if self.locked:
            self._waiting.append(lambda: self.mutate(fn, on_done, on_error, owner=owner))
            return 0
        session = self.session
        return self.ops.run(lambda: fn(session), on_done, on_error, owner=owner,
                            publish=lambda result: self.notifier.publish(changes_of(result)))

    def lock(self) -> None:
        """Close the session (its key and connection go) after the work already queued; what is
        asked for while locked runs after `resume`."""
        self.close()
        self.locked = True

    def resume(self, session: Session) -> None:
        self.session = session
        self.locked = False
        waiting, self._waiting = self._waiting, []
        for again in waiting:
            again()

    def close(self) -> None:
        """Close the session on the worker, after everything already queued (state saves)."""
        if self.session.closed:
            return
        for stop in list(self.before_close):
            stop()
        if not self.ops.closed:
            self.ops.run(self.session.close)
            self.ops.wait_idle(30.0)
        else:
            self.session.close()


def changes_of(result: Any) -> ChangeSet:
    if isinstance(result, ChangeSet):
        return result
    if isinstance(result, tuple) and result and isinstance(result[-1], ChangeSet):
        return result[-1]
    if isinstance(getattr(result, "changes", None), ChangeSet):  # an outcome carrying its changes
        return result.changes
    return ChangeSet()
