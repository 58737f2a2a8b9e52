"""File › Import reports…: a real JSONL export into the real caseload, with progress, Cancel that
keeps what was imported, a bounded file size, and the queue refreshed afterwards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from hrdcase.services import intake
from hrdcase.ui.import_reports import ImportReports
from hrdcase.ui.main_window import MainWindow
from hrdcase.ui.ops import run_and_wait
from tests.integration.test_intake_import import line

TIMEOUT = 10_000


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx, persist_state=False)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.start(restore_geometry=False)
    qtbot.waitUntil(lambda: window.case_view.detail is not None, timeout=TIMEOUT)
    return window


def _export(tmp_path: Path, count: int, bad: int = 0) -> Path:
    lines = [line(f"synthetic-import-{i}") for i in range(count)]
    lines += ["{not json"] * bad
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _result(qtbot, importer: ImportReports) -> str:
    qtbot.waitUntil(lambda: importer.result is not None and importer.result.isVisible(),
                    timeout=TIMEOUT)
    text = importer.result.text()
    importer.result.close()
    importer.result = None
    return text


def _open_count(window: MainWindow) -> int:
    return window.queue.model.rowCount()


def test_import_from_the_file_menu_reports_and_refreshes_the_queue(
        qtbot, ctx, caseload, tmp_path, monkeypatch):
    window = _window(qtbot, ctx)
    before = _open_count(window)
    path = _export(tmp_path, 30, bad=2)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    assert window.import_action in window.menuBar().actions()[0].menu().actions()
    window.import_action.trigger()
    text = _result(qtbot, window.importer)
    assert text.startswith("Imported 30, skipped 0 already imported, rejected 2.")
    assert "line 31:" in text and "line 32:" in text
    qtbot.waitUntil(lambda: _open_count(window) == before + 30, timeout=TIMEOUT)
    window.importer.run(path)  # again: every good line is skipped
    assert _result(qtbot, window.importer).startswith("Imported 0, skipped 30")


def test_cancel_keeps_what_was_imported(qtbot, ctx, caseload, tmp_path):
    window = _window(qtbot, ctx)
    path = _export(tmp_path, 400)
    importer = window.importer
    heard: list = []
    ctx.notifier.changed.connect(heard.append)
    labels: list[str] = []
    importer.progressed.connect(lambda *_: labels.append(importer.progress.labelText()))
    # Direct: Cancel is pressed while line 50 is being read, whatever the worker's speed (queued to
    # the GUI thread, it arrived after a fast import had read the whole file).
    importer.progressed.connect(lambda done, _total: importer.cancel() if done >= 50 else None,
                                Qt.ConnectionType.DirectConnection)
    importer.run(path)
    assert importer.progress is not None and importer.progress.isVisible()
    assert importer.progress.labelText() == "Reading export.jsonl…"
    text = _result(qtbot, importer)
    assert text.startswith("Import cancelled at line ")
    assert labels and labels[0] == "Importing reports from export.jsonl…"
    assert importer.progress is None
    announced = {c for change in heard for c in change.created_cases}
    assert announced  # what came in before Cancel is published to every view
    lines = path.read_text().splitlines()
    imported = run_and_wait(ctx.ops, lambda: ctx.session.intake.import_lines(lines))
    assert 0 < len(imported.duplicates) < 400  # some, not all, came in before Cancel
    assert len(imported.imported) == 400 - len(imported.duplicates)
    assert len(announced) == len(imported.duplicates)


def test_a_file_too_large_is_refused_before_reading(qtbot, ctx, caseload, tmp_path, monkeypatch):
    window = _window(qtbot, ctx)
    monkeypatch.setattr(intake, "MAX_IMPORT_BYTES", 100)
    path = _export(tmp_path, 5)
    window.importer.run(path)
    text = _result(qtbot, window.importer)
    assert "larger than" in text and "split it" in text
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]
