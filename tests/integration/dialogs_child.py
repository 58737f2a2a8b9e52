"""Run by tests/integration/test_file_dialog_traces.py in a sandboxed HOME: open every file dialog
of the app offscreen, through the app's own actions, once cancelled and once accepted with a file
or folder whose path names a defender. Prints one JSON line per dialog met: its title and whether
it was Qt's own (a native dialog is what writes the desktop's recent files).

`control` does what the app no longer does (Qt's own dialog with the settings not sealed), so the
test can show its scan would see the trace."""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from hrdcase.bootstrap import Unlocker
from hrdcase.demo.evidence import synthetic_png
from hrdcase.ui.app import Startup
from hrdcase.ui.ops import Ops
from hrdcase.ui.reports.transparency_dialog import TransparencyDialog
from tests.conftest import PASSPHRASE

seen: list[dict] = []


def wait_until(cond, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def answer(choice: Path | None) -> QTimer:
    """Answer the next modal dialogs: accept the case file options, and in the file dialog
    choose `choice` (None: cancel)."""
    timer = QTimer()
    answered: list[QFileDialog] = []

    def tick() -> None:
        if answered and (not shiboken6.isValid(answered[0]) or not answered[0].isVisible()):
            timer.stop()  # the file dialog is answered and gone: later dialogs are not ours
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            if not any(d is dialog for d in answered):
                answered.append(dialog)
                seen.append({"title": dialog.windowTitle(), "accepted": choice is not None,
                             "own": dialog.testOption(QFileDialog.Option.DontUseNativeDialog)})
            if choice is None:
                dialog.reject()
                return
            # Go to the folder first and choose the name only once the dialog is there: choosing
            # a full path makes it change folder, and loading that folder (in the background)
            # clears the name again, so an accept right away can find no name (seen under load).
            # Answered again on every tick until it closes.
            folder = choice if choice.is_dir() else choice.parent
            if Path(dialog.directory().absolutePath()) != folder:
                dialog.setDirectory(str(folder))
                return
            if not choice.is_dir():
                dialog.selectFile(choice.name)
            dialog.accept()
        elif isinstance(dialog, QDialog):
            dialog.accept()  # the case file options

    timer.timeout.connect(tick)
    timer.start(20)
    return timer


def each_twice(action, choice: Path) -> None:
    for picked in (None, choice):
        timer = answer(picked)
        action()
        timer.stop()
        QCoreApplication.processEvents()


def app(folder: Path, profile: Path) -> None:
    from tests.ui.conftest import build_caseload

    build_caseload(profile, 3)
    (folder / "synthetic-evidence.png").write_bytes(synthetic_png(random.Random(5), 64, 48))
    (folder / "exports").mkdir()
    QApplication.instance() or QApplication(["hrdcase"])
    startup = Startup(Unlocker(profile), Ops(), idle_ms=600_000, clipboard_ms=600_000)
    startup.start()
    wait_until(lambda: startup.dialog is not None and startup.dialog.isVisible())
    startup.dialog.passphrase.setText(PASSPHRASE)
    startup.dialog.submit()
    wait_until(lambda: startup.window is not None and startup.window.isVisible()
               and startup.window.case_view.detail is not None)
    window, ops = startup.window, startup._ops
    view = window.case_view
    view.incident_view.selectRow(0)
    wait_until(lambda: ops.is_idle() and view.evidence.attach_button.isEnabled())

    each_twice(view.evidence.attach, folder / "synthetic-evidence.png")
    wait_until(lambda: ops.is_idle() and view.evidence.model.rowCount() == 1)
    each_twice(window.casefile.save_pdf, folder / "case-file.pdf")
    wait_until(lambda: ops.is_idle() and (folder / "case-file.pdf").exists())
    each_twice(window.casefile.bulk_export, folder / "exports")
    wait_until(ops.is_idle)
    report = TransparencyDialog(startup.ctx, window)
    each_twice(report._browse, folder / "exports")
    timer = answer(None)  # importing is cancelled only: its file is not the app's to trace
    window.importer.choose()
    timer.stop()
    report.close()
    shiboken6.delete(report)
    window.close()
    wait_until(ops.is_idle)
    startup.shutdown()
    for entry in seen:
        print(json.dumps(entry))


def control(folder: Path) -> None:
    QApplication.instance() or QApplication(["hrdcase"])
    dialog = QFileDialog(None, "Control", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    QCoreApplication.processEvents()
    dialog.reject()
    shiboken6.delete(dialog)  # the destructor writes QtProject.conf


if __name__ == "__main__":
    if sys.argv[1] == "app":
        app(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        control(Path(sys.argv[2]))
