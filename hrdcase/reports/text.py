"""Fonts and text for reportlab: DejaVu Sans (Latin, Cyrillic, Arabic presentation forms) with Noto
Sans Devanagari for Devanagari runs, both shipped under `resources/fonts/` with their licences.

Text with Devanagari is shaped by reportlab itself (uharfbuzz), which also lays out any Arabic in
it. Other text is drawn unshaped, so Arabic and Hebrew runs are shaped (arabic-reshaper) and put
in visual order (python-bidi) here before they are drawn.
"""

from __future__ import annotations

import re
from functools import cache
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from hrdcase.paths import resource

BODY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
DEVANAGARI = "NotoSansDevanagari"

_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_DEVANAGARI_RUN = re.compile(r"[\u0900-\u097f\ua8e0-\ua8ff\u200c\u200d]+")


@cache
def register_fonts() -> None:
    """Register the shipped fonts once per process."""
    for name, file in ((BODY, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf"),
                       (DEVANAGARI, "NotoSansDevanagari-Regular.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
    addMapping(BODY, 0, 0, BODY)
    addMapping(BODY, 1, 0, BOLD)
    addMapping(BODY, 0, 1, BODY)
    addMapping(BODY, 1, 1, BOLD)


def plain(text: str) -> bool:
    """True when `text` needs neither shaping nor a second font nor line breaks."""
    return not (_RTL.search(text) or _DEVANAGARI_RUN.search(text) or "\n" in text)


def visual(text: str) -> str:
    """`text` as reportlab must draw it: right-to-left runs shaped and in visual order."""
    if not _RTL.search(text):
        return text
    shown = get_display(arabic_reshaper.reshape(text))  # str in, str out (typed str | bytes)
    return shown if isinstance(shown, str) else shown.decode("utf-8")


def needs_shaping(text: str) -> bool:
    """Devanagari needs a real shaping engine (reportlab's, with uharfbuzz): conjuncts and vowel
    signs. It is used only for such text: on Latin text it draws some letter pairs wrongly."""
    return bool(_DEVANAGARI_RUN.search(text)) and pdfmetrics.getFont(DEVANAGARI).shapable


def markup(text: str | None, limit: int = 20_000, shaped: bool = False) -> str:
    """Paragraph markup for user text: bounded, escaped, Devanagari runs in their font, line
    breaks kept; right-to-left runs shaped and reordered here unless the paragraph is `shaped`
    by reportlab (which then lays them out itself)."""
    if not text:
        return ""
    if len(text) > limit:
        text = text[:limit] + "…"
    lines = []
    for line in text.splitlines() or [""]:
        safe = escape(line if shaped else visual(line))
        lines.append(_DEVANAGARI_RUN.sub(
            lambda m: f'<font name="{DEVANAGARI}">{m.group(0)}</font>', safe))
    return "<br/>".join(lines)
