"""Qt's own file dialog must not leave the evidence folder's path in QtProject.conf (issue 13)."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog

from hrdcase.ui.hygiene import NOWHERE, seal_qt_settings


def test_a_file_dialog_leaves_no_trace_in_qt_settings(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "Defender-Kestrel-evidence"
    folder.mkdir()
    (folder / "synthetic.png").write_bytes(b"\x89PNG")
    seal_qt_settings()
    dialog = QFileDialog(None, "Attach", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    QApplication.processEvents()
    dialog.selectFile(str(folder / "synthetic.png"))
    dialog.accept()
    QApplication.processEvents()
    shiboken6.delete(dialog)  # the destructor is where Qt saves lastVisited and history
    written = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
    assert str(written).startswith(NOWHERE)
    assert not written.exists()
