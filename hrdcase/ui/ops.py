"""The one way the UI runs work against the caseload (like Anki's `CollectionOp` / `QueryOp`).

Every session call goes through `Ops.run`: the callable runs on one dedicated worker thread (a
QThread draining a FIFO queue: the database connection is used serially, in submission order), and
its result or exception comes back on the GUI thread through a queued signal. Workers never touch
widgets.

A `UserError` carries a message fit to show; anything else is a bug: its traceback is logged without
the exception's message (which might quote case contents) and the user sees a generic message.
"""

from __future__ import annotations

import itertools
import logging
import queue
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
)

from hrdcase.errors import UserError

log = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


def user_message(exc: BaseException) -> str:
    """What to tell the user about `exc`. Unexpected errors are logged: type and frames only."""
    if isinstance(exc, UserError):
        return str(exc)
    # Frames only (file, line, function): neither the message nor source lines, which could
    # quote what was being processed.
    frames = "\n".join(f"  {f.filename}:{f.lineno} in {f.name}"
                        for f in traceback.extract_tb(exc.__traceback__))
    log.error("Unexpected %s in a background operation:\n%s", type(exc).__name__, frames)
    return QCoreApplication.translate(
        "Ops", "Something unexpected went wrong. Nothing was lost; details were written to the log."
    )


@dataclass
class _Pending:
    on_done: OnDone | None
    on_error: OnError | None
    owner: QObject | None
    publish: OnDone | None = None  # runs on success even when the owner is gone


class _Worker(QThread):
    """The one thread that runs every operation, in submission order."""

    def __init__(self, ops: Ops) -> None:
        super().__init__()
        self.setObjectName("hrdcase-ops")
        self._ops = ops
        self._jobs: queue.SimpleQueue[tuple[int, Callable[[], Any]] | None] = queue.SimpleQueue()

    def submit(self, token: int, fn: Callable[[], Any]) -> None:
        self._jobs.put((token, fn))

    def stop(self) -> None:
        self._jobs.put(None)

    def run(self) -> None:
        while (job := self._jobs.get()) is not None:
            token, fn = job
            try:
                result = fn()
            except BaseException as exc:  # delivered to the GUI thread, never swallowed
                self._ops._finished.emit(token, None, exc)
            else:
                self._ops._finished.emit(token, result, None)


class Ops(QObject):
    """Runs callables on a single worker thread and delivers results on the GUI thread."""

    busy_changed = Signal(bool)  # True while any operation is queued or running
    idle = Signal()
    failed = Signal(str)  # an error nobody handled: the message to show
    _finished = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = _Worker(self)  # serial: one connection, one thread, FIFO order
        self._pending: dict[int, _Pending] = {}
        self._tokens = itertools.count(1)
        self._closed = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # ---- submitting
    def run(
        self,
        fn: Callable[[], Any],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        *,
        owner: QObject | None = None,
        publish: OnDone | None = None,
    ) -> int:
        """Queue `fn`; `on_done(result)` or `on_error(exc)` runs later on the GUI thread.

        Without `on_error`, errors are turned into a message and emitted as `failed`. When `owner`
        is given and has been deleted by the time the result arrives, neither callback runs, but
        `publish(result)` still does (what was written is announced) and an unexpected error is
        still logged and emitted as `failed`: closing a window loses neither. A callback that
        raises is reported the same way.
        """
        if self._closed:
            raise RuntimeError("background operations have been shut down")
        token = next(self._tokens)
        self._pending[token] = _Pending(on_done, on_error, owner, publish)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        if not self._worker.isRunning():
            self._worker.start()
        self._worker.submit(token, fn)
        return token

    # ---- state
    def is_idle(self) -> bool:
        return not self._pending

    @property
    def closed(self) -> bool:
        return self._closed

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Process events until no operation is pending and none is started by the results
        (pages requested while painting, for instance). False on timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            QCoreApplication.processEvents()
            if self.is_idle():
                QCoreApplication.processEvents()
                if self.is_idle():
                    return True
                continue
            loop = QEventLoop()
            self.idle.connect(loop.quit)
            QTimer.singleShot(50, loop.quit)
            loop.exec()
            self.idle.disconnect(loop.quit)
        return self.is_idle()

    def shutdown(self) -> None:
        """Finish what is queued, then refuse new work. Results not yet delivered are dropped."""
        if self._closed:
            return
        self._closed = True
        self._worker.stop()
        self._worker.wait()
        if self._pending:
            self._pending.clear()
            self.busy_changed.emit(False)
            self.idle.emit()

    # ---- delivery (GUI thread)
    def _deliver(self, token: int, result: Any, error: BaseException | None) -> None:
        pending = self._pending.pop(token, None)
        if pending is None:
            return
        try:
            if error is None:
                self._call(pending.publish, result)  # first, and whoever started it is gone
            alive = pending.owner is None or shiboken6.isValid(pending.owner)
            if error is None:
                if alive:
                    self._call(pending.on_done, result)
            elif alive and pending.on_error is not None:
                self._call(pending.on_error, error)
            elif alive or not isinstance(error, UserError):
                self.failed.emit(user_message(error))
        finally:
            if not self._pending:
                self.busy_changed.emit(False)
                self.idle.emit()

    def _call(self, callback: Callable[[Any], None] | None, arg: Any) -> None:
        if callback is None:
            return
        try:
            callback(arg)
        except Exception as exc:  # a slot's own bug: logged and shown, never lost in Qt's output
            self.failed.emit(user_message(exc))


def run_and_wait(ops: Ops, fn: Callable[[], Any], timeout: float = 20.0) -> Any:
    """Run `fn` on the worker and wait for its result, re-raising its error. For scripts
    (screenshots) and tests only: a slot never waits like this."""
    box: dict[str, Any] = {}
    ops.run(fn, lambda r: box.setdefault("result", r), lambda e: box.setdefault("error", e))
    if not ops.wait_idle(timeout):
        raise TimeoutError("the caseload did not answer in time")
    if "error" in box:
        raise box["error"]
    return box.get("result")
