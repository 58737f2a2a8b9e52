"""Regression: PySide6 6.12.0 on CPython 3.11 aborts ("Fatal Python error: none_dealloc") after
~5,200 calls to Qt methods that return None. We pin pyside6<6.12; this test fails if it comes back.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
for _ in range(20_000):
    w.setToolTip("x")
    w.setEnabled(True)
print("ok")
"""


def test_many_none_returning_calls_do_not_abort() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
