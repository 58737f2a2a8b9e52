"""The public transparency report (action 10) as PDF (with reportlab charts), CSV and JSON, all built
in memory from a `models.transparency.Transparency`, whose breakdowns are already suppressed.

CSV: RFC 4180 (comma, double quotes, CRLF line ends), UTF-8, one row per published figure:
`section,breakdown,key,value`; a suppressed cell's value is "<10" or "x", exactly as in the PDF.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from hrdcase.models.suppression import SMALL, WITHHELD, Table
from hrdcase.models.transparency import Transparency
from hrdcase.reports.layout import MARGIN, STYLES, WIDTH, grid, kv, label, numbered_canvas, p
from hrdcase.reports.text import BODY, register_fonts

CLASSIFICATION = "Public"
TITLES = {
    "cases_by_channel": "Cases by intake channel",
    "cases_by_category": "Cases by incident category",
    "cases_by_region": "Cases by region",
    "appeals_by_outcome": "Appeals by outcome",
    "notifications_by_channel": "Notifications of defenders by channel",
}
_BAR_H = 11  # points per bar in a chart
_CHART_MAX_BARS = 40  # the chart shows the largest; the table beside it lists them all


def _name(key: str) -> str:
    """A region code stays as it is ("KE-30"); an enumeration value reads as words."""
    return key if key.replace("-", "").isalnum() and key.isupper() and len(key) <= 6 else label(key)


def _shown(value: Any) -> str:
    return "withheld" if value is None else str(value)


def build_json(t: Transparency) -> bytes:
    return (json.dumps(t.as_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def build_csv(t: Transparency) -> bytes:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")  # RFC 4180
    w.writerow(["section", "breakdown", "key", "value"])
    w.writerow(["period", "", "from", t.start.isoformat()])
    w.writerow(["period", "", "to", t.end.isoformat()])
    w.writerow(["cases", "", "total", t.cases_total])
    w.writerow(["cases", "", "median_hours_to_first_response",
                _shown(t.median_first_response_hours)])
    w.writerow(["cases", "", "median_hours_to_resolution", _shown(t.median_resolution_hours)])
    w.writerow(["appeals", "", "total", t.appeals_total])
    w.writerow(["appeals", "", "median_days_to_decision", _shown(t.appeals_median_decision_days)])
    w.writerow(["notifications", "", "total", t.notifications_total])
    w.writerow(["surges", "", "total", t.surges_total])
    for region, n in t.surges_by_region.items():
        w.writerow(["surges", "by_region", region, n])
    for name, table in t.breakdowns().items():
        for key, value in table.cells.items():
            w.writerow(["breakdown", name, key, value])
        w.writerow(["breakdown", name, "total", table.total])
    for name, counts in t.dsa.items():
        for key, n in counts.items():
            w.writerow(["dsa_statements_of_reasons", name, key, n])
    return out.getvalue().encode("utf-8")


def _chart(table: Table) -> Drawing:
    """Horizontal bars with the figure written beside each bar: a suppressed cell has no bar and
    says "<10" or "x" (never colour alone)."""
    items = list(table.cells.items())[:_CHART_MAX_BARS]
    height = max(len(items), 1) * _BAR_H + 16
    d = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.height = 150, 8, height - 16
    chart.width = WIDTH - 200  # type: ignore[assignment]  # the stubs say int; points are floats
    values = [v if isinstance(v, int) else 0 for _, v in reversed(items)]
    chart.data = [values or [0]]
    chart.categoryAxis.categoryNames = [_name(k)[:32] for k, _ in reversed(items)] or [""]
    chart.categoryAxis.labels.fontName = BODY
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = BODY
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor("#4a6fa5")
    chart.bars[0].strokeColor = None
    top = max(values) if values and max(values) > 0 else 1
    chart.valueAxis.valueMax = top * 1.15
    chart.valueAxis.valueStep = max(1, round(top * 1.15 / 5))  # whole counts on the axis
    d.add(chart)
    step = chart.height / max(len(values), 1)
    for i, (_, v) in enumerate(reversed(items)):
        x = chart.x + (v if isinstance(v, int) else 0) / (top * 1.15) * chart.width + 3
        d.add(String(x, chart.y + step * i + step / 2 - 2.5, str(v), fontName=BODY, fontSize=7))
    return d


def _breakdown(name: str, table: Table) -> list[Flowable]:
    rows = [[_name(k), v] for k, v in table.cells.items()] + [["total", table.total]]
    chart: list[Flowable] = [_chart(table)] if table.total != 0 else [p("None in this period.")]
    return [Paragraph(TITLES[name], STYLES["h2"]), *chart,
            grid(["", "count"], rows, [WIDTH - 40 * mm, 40 * mm])]


def _story(t: Transparency) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph("Transparency report", STYLES["title"]),
        kv([("Period", f"{t.start.isoformat()} to {t.end.isoformat()} (UTC, whole days)"),
            ("Cases opened", t.cases_total),
            ("Median hours to first response", _shown(t.median_first_response_hours)),
            ("Median hours to resolution", _shown(t.median_resolution_hours)),
            ("Appeals filed", t.appeals_total),
            ("Median days to an appeal decision", _shown(t.appeals_median_decision_days)),
            ("Defenders notified (notifications)", t.notifications_total),
            ("Surges", t.surges_total)]),
        p(f"Privacy: counts of 1 to 9 are shown as \"{SMALL}\", and further cells are withheld "
          f"(\"{WITHHELD}\") so that none can be worked out from the totals. Medians over fewer "
          "than 10 values are withheld. The DSA statement-of-reasons figures are exact.", "small"),
        Paragraph("Breakdowns", STYLES["h1"]),
    ]
    for name, table in t.breakdowns().items():
        story += _breakdown(name, table)
    story.append(Paragraph("Surges by region", STYLES["h1"]))
    story.append(grid(["region", "surges"], [[k, v] for k, v in t.surges_by_region.items()]
                      or [["—", 0]], [WIDTH - 40 * mm, 40 * mm]))
    story.append(Paragraph("DSA statements of reasons", STYLES["h1"]))
    for name, counts in t.dsa.items():
        story.append(Paragraph(label(name), STYLES["h2"]))
        story.append(grid(["", "statements"], [[label(k), n] for k, n in counts.items()],
                          [WIDTH - 40 * mm, 40 * mm]))
    return story


def build_pdf(t: Transparency) -> bytes:
    register_fonts()
    period = f"{t.start.isoformat()} – {t.end.isoformat()}"
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=20 * mm, bottomMargin=18 * mm,
                            title=f"Transparency report {period}", author="hrdcase",
                            creator="hrdcase", subject="Transparency report")
    doc.build(_story(t), canvasmaker=numbered_canvas(period, CLASSIFICATION,
                                                     f"Transparency report {period}"))
    return buffer.getvalue()
