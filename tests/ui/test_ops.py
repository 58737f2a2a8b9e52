"""The background-operation helper: one worker, FIFO, results and errors on the GUI thread."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QWidget

from hrdcase.errors import WrongPassphrase
from hrdcase.ui.ops import Ops, run_and_wait


@pytest.fixture
def ops(qtbot: object):
    helper = Ops()
    yield helper
    helper.shutdown()


def test_work_runs_on_one_worker_thread_in_order_and_results_arrive_on_gui_thread(ops, qtbot):
    seen: list[tuple[int, int]] = []
    delivered: list[tuple[int, object]] = []
    for i in range(20):
        ops.run(lambda i=i: seen.append((i, threading.get_ident())) or i,
                lambda r: delivered.append((r, QThread.currentThread())))
    assert ops.wait_idle(5)
    assert [i for i, _ in seen] == list(range(20))
    workers = {tid for _, tid in seen}
    assert len(workers) == 1 and threading.get_ident() not in workers
    assert [r for r, _ in delivered] == list(range(20))
    assert all(t is QThread.currentThread() for _, t in delivered)


def test_busy_signal_brackets_the_work(ops, qtbot):
    states: list[bool] = []
    ops.busy_changed.connect(states.append)
    ops.run(lambda: 1)
    ops.run(lambda: 2)
    assert ops.wait_idle(5)
    assert states == [True, False]


def test_user_error_is_reported_with_its_message(ops, qtbot):
    with qtbot.waitSignal(ops.failed, timeout=5000) as blocker:
        ops.run(lambda: (_ for _ in ()).throw(WrongPassphrase("That passphrase does not fit.")))
    assert blocker.args == ["That passphrase does not fit."]


def test_unexpected_error_shows_generic_message_and_logs_no_contents(ops, qtbot, caplog):
    def boom() -> None:
        raise RuntimeError("defender Heron-7 lives at 12 Invented Street")

    caplog.set_level(logging.ERROR)
    with qtbot.waitSignal(ops.failed, timeout=5000) as blocker:
        ops.run(boom)
    assert "Heron" not in blocker.args[0]
    assert "unexpected" in blocker.args[0].lower()
    assert "RuntimeError" in caplog.text
    assert "Heron" not in caplog.text and "Invented Street" not in caplog.text


def test_on_error_receives_the_exception(ops, qtbot):
    errors: list[BaseException] = []
    ops.run(lambda: 1 / 0, lambda r: None, errors.append)
    assert ops.wait_idle(5)
    assert isinstance(errors[0], ZeroDivisionError)


def test_run_and_wait_returns_or_raises(ops, qtbot):
    assert run_and_wait(ops, lambda: 42) == 42
    with pytest.raises(ZeroDivisionError):
        run_and_wait(ops, lambda: 1 / 0)


def test_shutdown_finishes_queued_work_then_refuses_more(qtbot):
    helper = Ops()
    done = threading.Event()
    helper.run(lambda: QThread.msleep(50) or done.set())
    helper.shutdown()
    assert done.is_set()
    with pytest.raises(RuntimeError):
        helper.run(lambda: None)


# ---- a closed widget loses neither the change nor the error (issue 10, item 3)

def test_a_closed_owner_gets_no_callback_but_the_result_is_published(ops, qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent

    owner = QWidget()
    published: list[object] = []
    done: list[object] = []
    gate = threading.Event()
    ops.run(lambda: gate.wait(5) and "written", done.append, owner=owner, publish=published.append)
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gate.set()
    assert ops.wait_idle(5)
    assert published == ["written"] and done == []


def test_an_unexpected_error_is_shown_and_logged_when_its_owner_was_closed(ops, qtbot, caplog):
    from PySide6.QtCore import QCoreApplication, QEvent

    owner = QWidget()
    handled: list[BaseException] = []
    gate = threading.Event()

    def boom() -> None:
        gate.wait(5)
        raise RuntimeError("Invented contents")

    caplog.set_level(logging.ERROR)
    ops.run(boom, None, handled.append, owner=owner)
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    with qtbot.waitSignal(ops.failed, timeout=5000) as blocker:
        gate.set()
    assert handled == [] and "unexpected" in blocker.args[0].lower()
    assert "RuntimeError" in caplog.text and "Invented contents" not in caplog.text


def test_a_user_error_for_a_closed_owner_is_not_shown(ops, qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent

    owner = QWidget()
    shown: list[str] = []
    ops.failed.connect(shown.append)
    gate = threading.Event()

    def refused() -> None:
        gate.wait(5)
        raise WrongPassphrase("That passphrase does not fit.")

    ops.run(refused, None, lambda e: None, owner=owner)
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gate.set()
    assert ops.wait_idle(5)
    assert shown == []  # the person closed what asked for it: nothing to act on


def test_a_callback_that_raises_is_logged_and_shown(ops, qtbot, caplog):
    def broken(_result: object) -> None:
        raise KeyError("Invented")

    caplog.set_level(logging.ERROR)
    with qtbot.waitSignal(ops.failed, timeout=5000):
        ops.run(lambda: 1, broken)
    assert "KeyError" in caplog.text
