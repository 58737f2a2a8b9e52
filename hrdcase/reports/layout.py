"""Page layout shared by the printed reports: A4 geometry, the Unicode paragraph styles, small table
helpers, and a canvas that draws each page's header and "Page x of y" footer once the page count is
known."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from hrdcase.reports.text import BODY, BOLD, markup, needs_shaping, plain

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
WIDTH = PAGE_W - 2 * MARGIN - 12  # the frame keeps 6 pt of padding on each side

_BASE = ParagraphStyle("body", fontName=BODY, fontSize=9, leading=12)
STYLES = {
    "body": _BASE,
    "small": ParagraphStyle("small", parent=_BASE, fontSize=7.5, leading=9.5),
    "mono": ParagraphStyle("mono", parent=_BASE, fontSize=7.5, leading=9.5, wordWrap="CJK"),
    "title": ParagraphStyle("title", parent=_BASE, fontName=BOLD, fontSize=20, leading=26,
                            spaceAfter=6 * mm),
    "h1": ParagraphStyle("h1", parent=_BASE, fontName=BOLD, fontSize=13, leading=17,
                         spaceBefore=6 * mm, spaceAfter=2 * mm, keepWithNext=1),
    "h2": ParagraphStyle("h2", parent=_BASE, fontName=BOLD, fontSize=10, leading=13,
                         spaceBefore=3 * mm, spaceAfter=1 * mm, keepWithNext=1),
    "key": ParagraphStyle("key", parent=_BASE, fontName=BOLD),
}
_PADDING = 6  # left + right cell padding, points
_GRID = TableStyle([
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
    ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING - 2),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
])


def p(text: Any, style: str = "body") -> Paragraph:
    """A paragraph of (user) text, shaped by reportlab when its script needs it."""
    value = "—" if text is None or text == "" else str(text)
    if needs_shaping(value):
        return Paragraph(markup(value, shaped=True), _shaped(style))
    return Paragraph(markup(value), STYLES[style])


@cache
def _shaped(style: str) -> ParagraphStyle:
    return ParagraphStyle(f"{style}-shaped", parent=STYLES[style], shaping=1)


def when(value: str | None) -> str:
    """An ISO timestamp as "2026-03-01 14:05 UTC" (the stored times are UTC)."""
    if not value:
        return "—"
    return value[:16].replace("T", " ") + (" UTC" if len(value) > 10 else "")


# DSA enumeration values carry their field's name ("DECISION_GROUND_ILLEGAL_CONTENT"); on paper
# the value alone reads better ("illegal content").
_DSA_PREFIXES = ("DECISION_GROUND_", "CONTENT_TYPE_", "STATEMENT_CATEGORY_", "DECISION_VISIBILITY_",
                 "DECISION_MONETARY_", "DECISION_PROVISION_", "DECISION_ACCOUNT_", "SOURCE_",
                 "AUTOMATED_DECISION_")


def label(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    if text.isupper():
        text = next((text.removeprefix(x) for x in _DSA_PREFIXES if text.startswith(x)),
                    text).lower()
    return text.replace("_", " ")


def kv(rows: Iterable[tuple[str, Any]], style: str = "body") -> Table:
    """A two-column table of label → value; values are already text."""
    data = [[Paragraph(markup(k), STYLES["key"]), p(v, style)] for k, v in rows]
    table = Table(data, colWidths=[45 * mm, WIDTH - 45 * mm])
    table.setStyle(_GRID)
    return table


def cell(value: Any, width: float, style: str = "small") -> str | Paragraph:
    """A table cell: plain text when it fits on one line in the body font (much cheaper to lay
    out: a long timeline is thousands of cells), else a wrapping paragraph."""
    text = "—" if value is None or value == "" else str(value)
    st = STYLES[style]
    if (len(text) < 200 and plain(text)
            and stringWidth(text, st.fontName, st.fontSize) <= width - _PADDING):
        return text
    return p(text, style)


def grid(header: list[str], rows: list[list[Any]], widths: list[float],
         style: str = "small") -> Table:
    data: list[list[Any]] = [[Paragraph(markup(h), STYLES["key"]) for h in header]]
    data += [[cell(c, w, style) for c, w in zip(row, widths, strict=True)] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(_GRID)
    st = STYLES[style]
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                               ("FONT", (0, 1), (-1, -1), st.fontName, st.fontSize, st.leading)]))
    return table


def section(title: str, body: Sequence[Flowable], empty: str) -> list[Flowable]:
    return [Paragraph(markup(title), STYLES["h1"]), *(body or [p(empty)])]


# ---- page furniture: header and "Page x of y" footer
def numbered_canvas(ref: str, classification: str,
                    heading: str | None = None) -> type[rl_canvas.Canvas]:
    class NumberedCanvas(rl_canvas.Canvas):
        """Keeps each page's state until the end, when the page count is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own page reset, not in its stubs

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._furniture(number, total)
                super().showPage()
            super().save()

        def _furniture(self, number: int, total: int) -> None:
            self.saveState()
            self.setFont(BODY, 8)
            self.setFillColor(colors.darkgrey)
            top, bottom = PAGE_H - 11 * mm, 10 * mm
            self.drawString(MARGIN, top, heading or f"Case file {ref}")
            self.drawRightString(PAGE_W - MARGIN, top, classification)
            self.line(MARGIN, top - 2 * mm, PAGE_W - MARGIN, top - 2 * mm)
            self.drawString(MARGIN, bottom, ref)
            self.drawCentredString(PAGE_W / 2, bottom, f"Page {number} of {total}")
            self.drawRightString(PAGE_W - MARGIN, bottom, classification)
            self.restoreState()

    return NumberedCanvas
