"""Why a responder was suggested or a case moved, as data: a code and its numbers or codes.

Screens translate a `Reason` from its `code` and `values` (ui/wellbeing/text.py); `english()` is for
the command line and tests. Values are language codes, region codes, ids and counts: never names or
case text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class Why(StrEnum):
    READS_LANGUAGE = "reads_language"  # language
    LACKS_LANGUAGE = "lacks_language"  # language
    COVERS_REGION = "covers_region"  # region
    LACKS_REGION = "lacks_region"  # region
    KNOWS_DEFENDER = "knows_defender"  # (none): has worked with this defender before
    OPEN_LOAD = "open_load"  # held, limit: open cases now
    EXPOSURE_LEFT = "exposure_left"  # minutes: graphic exposure left today
    RELIEVES_OPEN = "relieves_open"  # giver: the move takes them under the open-case limit
    RELIEVES_P1 = "relieves_p1"  # giver: the move takes them under the P1 limit
    RECEIVER_LOAD = "receiver_load"  # held, limit: open cases the receiver will hold
    NO_RECEIVER = "no_receiver"  # over: cases over a limit that nobody suitable can take


Value = str | int


@dataclass(frozen=True, slots=True)
class Reason:
    code: Why
    args: tuple[tuple[str, Value], ...] = ()

    @classmethod
    def of(cls, code: Why, **values: Value) -> Reason:
        return cls(code, tuple(sorted(values.items())))

    @property
    def values(self) -> Mapping[str, Value]:
        return dict(self.args)

    def english(self) -> str:
        return ENGLISH[self.code].format(**self.values)


ENGLISH: dict[Why, str] = {
    Why.READS_LANGUAGE: "reads {language}",
    Why.LACKS_LANGUAGE: "does not read {language}",
    Why.COVERS_REGION: "covers region {region}",
    Why.LACKS_REGION: "does not cover region {region}",
    Why.KNOWS_DEFENDER: "has worked with this defender before",
    Why.OPEN_LOAD: "{held} of {limit} open cases",
    Why.EXPOSURE_LEFT: "{minutes} minutes of graphic exposure left today",
    Why.RELIEVES_OPEN: "takes responder {giver} under the open-case limit",
    Why.RELIEVES_P1: "takes responder {giver} under the P1 limit",
    Why.RECEIVER_LOAD: "the receiver will hold {held} of {limit} open cases",
    Why.NO_RECEIVER: "{over} case(s) over: no responder within limits who reads the case's "
                     "language and covers its region can take it",
}
