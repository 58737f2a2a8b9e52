"""Run by tests/integration/test_forensic.py in a sandboxed HOME and TMPDIR: drive the app offscreen
as a responder would, with known case text. `use` opens the app, opens the canary case, types in a
new-case form, locks, unlocks and quits; `crash` types in a form and is killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from hrdcase.bootstrap import Unlocker
from hrdcase.models.enums import IncidentCategory
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.ui.app import Startup
from hrdcase.ui.hygiene import seal_qt_settings
from hrdcase.ui.intake import IntakeDialog
from hrdcase.ui.ops import Ops

PASSPHRASE = "correct horse battery staple"
CANARY = {
    "title": "Zanzibarcanary Title of the seized laptop case",
    "description": "Quokkacanary description: the defender hides at the mill",
    "pseudonym": "Wombatcanary",
    "typed": "Platypuscanary typed in a form, never saved",
    "crash": "Echidnacanary typed when the app was killed",
}


def wait_until(cond, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def seed(profile: Path) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from tests.ui.conftest import build_caseload, open_session

    build_caseload(profile, 3)
    session = open_session(profile)
    case_id, _ = session.cases.open_case(NewCase(
        CANARY["title"], IncidentCategory.DOXXING, "KE", "en", CANARY["description"],
        new_defender=NewDefender(CANARY["pseudonym"])))
    session.close()
    return case_id


def start(profile: Path) -> Startup:
    app = QApplication.instance() or QApplication(["hrdcase"])
    app.setApplicationName("hrdcase")
    seal_qt_settings()
    startup = Startup(Unlocker(profile), Ops(), idle_ms=60_000)
    startup.start()
    wait_until(lambda: startup.dialog is not None and startup.dialog.isVisible())
    startup.dialog.passphrase.setText(PASSPHRASE)
    startup.dialog.submit()
    wait_until(lambda: startup.window is not None and startup.window.isVisible()
               and startup.window.case_view.detail is not None)
    return startup


def typed_form(startup: Startup, text: str) -> IntakeDialog:
    startup.window.new_case()
    form = next(w for w in QApplication.topLevelWidgets()
                if isinstance(w, IntakeDialog) and w.isVisible())
    form.title.setText(text)
    return form


def use(profile: Path) -> None:
    case_id = seed(profile)
    startup = start(profile)
    startup.window.open_case(case_id)
    wait_until(lambda: startup.window.case_view.case_id == case_id and startup._ops.is_idle())
    form = typed_form(startup, CANARY["typed"])
    startup.lock()
    startup.dialog.passphrase.setText(PASSPHRASE)
    startup.dialog.submit()
    wait_until(lambda: not startup.locked and form.isVisible())
    form.title.clear()
    form.reject()
    startup.window.close()
    wait_until(startup._ops.is_idle)
    startup.shutdown()


def crash(profile: Path) -> None:
    startup = start(profile)
    typed_form(startup, CANARY["crash"])
    QCoreApplication.processEvents()
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    {"use": use, "crash": crash}[sys.argv[1]](Path(sys.argv[2]))
