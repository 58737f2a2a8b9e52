"""Translated words of the wellbeing screens: limit names and minutes."""

from __future__ import annotations

from hrdcase.ui.i18n import translate
from hrdcase.wellbeing.limits import Limit


def limit_label(limit: Limit) -> str:
    labels = {
        Limit.OPEN_CASES: translate("Wellbeing", "open cases"),
        Limit.CONCURRENT_P1: translate("Wellbeing", "concurrent P1 cases"),
        Limit.GRAPHIC_AFTER_CUTOFF: translate("Wellbeing", "graphic work after the cut-off"),
        Limit.DAILY_EXPOSURE: translate("Wellbeing", "exposure today"),
        Limit.WEEKLY_EXPOSURE: translate("Wellbeing", "exposure this week"),
        Limit.BREAK_DUE: translate("Wellbeing", "break due"),
    }
    return labels.get(limit, str(limit))


def minutes(value: float) -> str:
    """Whole minutes as "2 h 05 min" or "45 min"."""
    total = max(0, round(value))
    hours, mins = divmod(total, 60)
    if hours:
        return translate("Wellbeing", "{h} h {m:02d} min").format(h=hours, m=mins)
    return translate("Wellbeing", "{m} min").format(m=mins)
