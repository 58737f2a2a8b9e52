"""Case files from the app: Save as PDF writes only the chosen file, Print paints the file's pages
from memory (checked on a PDF printer), bulk export of the queue's filter with progress and
cancel. A real SQLCipher caseload, pytest-qt offscreen."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from hrdcase.models.queue import QueueFilter
from hrdcase.models.redaction import RedactionLevel
from hrdcase.reports.meta import parse_keywords
from hrdcase.ui.casefile import CaseFileOptions, case_file_pdf, paint_pdf
from hrdcase.ui.casefile_bulk import BulkExport
from hrdcase.ui.main_window import MainWindow
from hrdcase.ui.ops import run_and_wait

TIMEOUT = 20_000


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx, persist_state=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.start(restore_geometry=False)
    qtbot.waitUntil(lambda: window.case_view.detail is not None, timeout=TIMEOUT)
    return window


def test_case_menu_offers_print_save_and_bulk_export(qtbot, ctx, caseload):
    window = _window(qtbot, ctx)
    shortcuts = {a.shortcut().toString() for a in window.actions()}
    assert {"Ctrl+P", "Ctrl+Shift+S"} <= shortcuts
    assert window.casefile.bulk_action.text().startswith("E&xport")


def test_options_default_to_internal_without_graphic(qtbot):
    dialog = CaseFileOptions("t")
    qtbot.addWidget(dialog)
    assert dialog.level() == RedactionLevel.INTERNAL and not dialog.include_graphic()
    dialog.level_box.setCurrentIndex(2)
    assert dialog.level() == RedactionLevel.EXTERNAL


def test_save_as_pdf_writes_only_the_chosen_file(qtbot, ctx, caseload, tmp_path: Path):
    window = _window(qtbot, ctx)
    case_id = window.case_view.case_id
    out = tmp_path / "chosen" / "file.pdf"
    out.parent.mkdir()
    window.casefile.save_to(case_id, out, RedactionLevel.HRD, False)
    qtbot.waitUntil(out.exists, timeout=TIMEOUT)
    assert ctx.ops.wait_idle()
    assert [p.name for p in out.parent.iterdir()] == ["file.pdf"]
    meta = parse_keywords(str(PdfReader(out).metadata["/Keywords"]))
    assert meta.level == "hrd" and meta.ref == window.case_view.detail.case.ref
    assert "Saved the case file" in window.statusBar().currentMessage()


def test_print_paints_every_page_from_memory(qtbot, ctx, caseload, tmp_path: Path):
    case_id = caseload[0].id
    data = run_and_wait(ctx.ops, lambda: case_file_pdf(ctx.session, case_id,
                                                       RedactionLevel.INTERNAL, False))
    pages = len(PdfReader(io.BytesIO(data)).pages)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"  # the test's stand-in for a printer
    printer.setOutputFileName(str(printed))
    assert paint_pdf(data, printer) == pages
    assert len(PdfReader(printed).pages) == pages


def test_print_preview_opens_on_the_built_file(qtbot, ctx, caseload, tmp_path: Path):
    before = sorted(tmp_path.rglob("*"))
    window = _window(qtbot, ctx)
    window.casefile.print_with_preview(window.case_view.case_id, RedactionLevel.EXTERNAL, False)
    qtbot.waitUntil(lambda: window.casefile.preview is not None, timeout=TIMEOUT)
    preview = window.casefile.preview
    assert isinstance(preview, QPrintPreviewDialog)
    qtbot.waitUntil(preview.isVisible, timeout=TIMEOUT)
    preview.close()
    assert sorted(tmp_path.rglob("*")) == before  # nothing written: no temp file, no PDF


def _bulk(qtbot, ctx, window, folder: Path, f: QueueFilter) -> BulkExport:
    export = BulkExport(ctx, f, window.queue.model.query_sort, folder, RedactionLevel.EXTERNAL,
                        False, parent=window)
    return export


def test_bulk_export_writes_one_file_per_case_in_the_filter(qtbot, ctx, caseload, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    window = _window(qtbot, ctx)
    f = QueueFilter(region_code="KE", statuses=())
    expected = {s.ref for s in caseload if s.region == "KE"}
    export = _bulk(qtbot, ctx, window, tmp_path, f)
    with qtbot.waitSignal(export.finished, timeout=60_000) as done:
        export.start()
    assert done.args == [len(expected), len(expected)]
    assert {p.name for p in tmp_path.iterdir()} == {f"{ref}.pdf" for ref in expected}
    assert export.progress is None  # closed


def test_bulk_export_stops_on_cancel(qtbot, ctx, caseload, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    window = _window(qtbot, ctx)
    export = _bulk(qtbot, ctx, window, tmp_path, QueueFilter(statuses=()))
    # the user presses Cancel as the second file is written: no further one is started
    export.progressed.connect(lambda n: export.progress.cancel() if n == 2 else None)
    with qtbot.waitSignal(export.finished, timeout=60_000) as done:
        export.start()
    assert done.args == [2, len(caseload)]
    assert len(list(tmp_path.iterdir())) == 2


def test_bulk_export_into_a_missing_folder_is_an_error(qtbot, ctx, caseload, tmp_path):
    window = _window(qtbot, ctx)
    export = _bulk(qtbot, ctx, window, tmp_path / "missing", QueueFilter())
    with qtbot.waitSignal(export.finished, timeout=TIMEOUT):
        export.start()
    assert export.error and "does not exist" in export.error
