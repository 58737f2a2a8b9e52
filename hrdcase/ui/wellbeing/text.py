"""Translated words of the wellbeing screens: limit names and minutes."""

from __future__ import annotations

from hrdcase.ui.i18n import translate
from hrdcase.wellbeing.limits import Limit
from hrdcase.wellbeing.reasons import Reason, Why


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


def _reason_templates() -> dict[Why, str]:
    return {
        Why.READS_LANGUAGE: translate("Wellbeing", "reads {language}"),
        Why.LACKS_LANGUAGE: translate("Wellbeing", "does not read {language}"),
        Why.COVERS_REGION: translate("Wellbeing", "covers region {region}"),
        Why.LACKS_REGION: translate("Wellbeing", "does not cover region {region}"),
        Why.KNOWS_DEFENDER: translate("Wellbeing", "has worked with this defender before"),
        Why.OPEN_LOAD: translate("Wellbeing", "{held} of {limit} open cases"),
        Why.EXPOSURE_LEFT: translate("Wellbeing", "{minutes} of graphic exposure left today"),
        Why.RELIEVES_OPEN: translate("Wellbeing", "takes {giver} under the open-case limit"),
        Why.RELIEVES_P1: translate("Wellbeing", "takes {giver} under the P1 limit"),
        Why.RECEIVER_LOAD: translate("Wellbeing", "the receiver will hold {held} of {limit} open cases"),
        Why.NO_RECEIVER: translate(
            "Wellbeing", "{over} over: no one within the limits who reads the case's language and "
            "covers its region can take it"),
    }


def reason_text(reason: Reason, names: dict[int, str] | None = None) -> str:
    """A suggestion's or a move's reason in the user's language. `names` turns the giver's id into
    a display name."""
    values = dict(reason.values)
    if "minutes" in values:
        values["minutes"] = minutes(float(values["minutes"]))
    if "giver" in values and names:
        values["giver"] = names.get(int(values["giver"]), values["giver"])
    return _reason_templates()[reason.code].format(**values)
