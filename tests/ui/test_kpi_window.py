"""Team › Monitoring benchmarks…: the KPI window on a real caseload through the ops worker, its
table model, and the chart (rendered at 1024×640)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate

from hrdcase.models.kpi import Dimension, Kpi, KpiFigure, KpiRow
from hrdcase.ui.reports.kpi_window import KpiModel, KpiWindow
from tests.ui.conftest import Spec

TIMEOUT = 10_000


def _window(qtbot, ctx) -> KpiWindow:
    window = KpiWindow(ctx)
    qtbot.addWidget(window)
    window.start.setDate(QDate(2020, 1, 1))
    window.end.setDate(QDate(2028, 12, 31))
    window.show()
    window.refresh()
    qtbot.waitUntil(lambda: window.rows is not None, timeout=TIMEOUT)
    return window


def test_kpi_model_passes_qtmodeltester(qtmodeltester):
    model = KpiModel()
    figures = tuple(KpiFigure(k, None if k == Kpi.APPEAL_DECISION else 5.0, 10.0, 3) for k in Kpi)
    model.set_rows([KpiRow(Dimension.ALL, "all", 3, figures),
                    KpiRow(Dimension.REGION, "KE", 3, figures)])
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(1, 0)) == "KE"
    assert model.data(model.index(1, 2)) == "5 h / 10 h — met"
    assert model.data(model.index(1, 5)) == "no data (target 10 d)"
    assert model.data(model.index(1, 4)) == "5% / 10% — missed"  # a rate below its target
    model.set_rows([])
    qtmodeltester.check(model, force_py=True)


def test_window_shows_every_case_by_region_and_marks_misses_in_words(
        qtbot, ctx, caseload: list[Spec], tmp_path: Path):
    window = _window(qtbot, ctx)
    model = window.model
    regions = {model.data(model.index(r, 0)): int(model.data(model.index(r, 1)))
               for r in range(1, model.rowCount())}
    assert sum(regions.values()) == len(caseload)
    assert int(model.data(model.index(0, 1))) == len(caseload)
    expected = {}
    for spec in caseload:
        expected[spec.region] = expected.get(spec.region, 0) + 1
    assert regions == expected
    # the chart's missed groups are the ones whose table cell says "missed" for that KPI
    window.kpi.setCurrentIndex(list(Kpi).index(Kpi.SLA_COMPLIANCE))
    column = 2 + list(Kpi).index(Kpi.SLA_COMPLIANCE)
    missed = [model.data(model.index(r, 0)) for r in range(model.rowCount())
              if "missed" in model.data(model.index(r, column))]
    assert window.chart.missed() == missed
    window.dimension.setCurrentIndex(2)  # month
    assert all(len(model.data(model.index(r, 0))) == 7 for r in range(1, model.rowCount()))
    window.resize(1024, 640)
    qtbot.wait(50)
    image = window.grab().toImage()
    assert (image.width(), image.height()) == (1024, 640)
    assert image.save(str(tmp_path / "kpi.png"))


def test_a_reversed_period_shows_its_error(qtbot, ctx, caseload):
    window = _window(qtbot, ctx)
    window.start.setDate(QDate(2026, 2, 1))
    window.end.setDate(QDate(2026, 1, 1))
    window.refresh()
    qtbot.waitUntil(lambda: window.error.isVisible(), timeout=TIMEOUT)
    assert "ends before it starts" in window.error.text()
    assert window.refresh_button.isEnabled()
    assert window.period() == (date(2026, 2, 1), date(2026, 1, 1))


def test_transparency_dialog_writes_the_three_files(qtbot, ctx, caseload: list[Spec],
                                                   tmp_path: Path):
    import json

    from hrdcase.ui.reports.transparency_dialog import TransparencyDialog

    dialog = TransparencyDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.start.setDate(QDate(2020, 1, 1))
    dialog.end.setDate(QDate(2028, 12, 31))
    dialog.folder.setText(str(tmp_path / "missing"))
    dialog.show()
    dialog.write()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=TIMEOUT)
    assert "does not exist" in dialog.error.text()
    out = tmp_path / "report"
    out.mkdir()
    dialog.folder.setText(str(out))
    dialog.write()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=TIMEOUT)
    assert sorted(p.name for p in out.iterdir()) == ["transparency.csv", "transparency.json",
                                                     "transparency.pdf"]
    data = json.loads((out / "transparency.json").read_text(encoding="utf-8"))
    assert data["cases"]["total"] == len(caseload)
    assert "Wrote transparency.pdf" in dialog.status.text()
