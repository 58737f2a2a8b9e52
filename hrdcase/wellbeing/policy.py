"""The workload policy: every limit the wellbeing rules apply, as one versioned value.

Defaults live in `resources/policy/workload.json` (the IWF anchors of DOMAIN.md: 5 h of direct
exposure a day, hourly breaks, a 16:00 cut-off; a weekly check-in). Every number is policy that an
admin may change later; `WorkloadPolicy` validates itself on construction, so `dataclasses.replace`
cannot produce an invalid policy either. Parsing is pure (`parse_policy` takes a mapping); the only
I/O is `load_policy`, which reads that bundled, read-only JSON file.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path

from hrdcase.errors import ValidationError
from hrdcase.models.enums import Severity
from hrdcase.paths import resource

DEFAULT_POLICY_PATH = resource("policy", "workload.json")

MINUTES_PER_DAY = 24 * 60

# field -> (minimum, maximum) for the integer fields; `version` is checked separately.
_BOUNDS: dict[str, tuple[int, int]] = {
    "max_open_cases": (1, 1000),
    "max_concurrent_p1": (0, 100),
    "daily_exposure_minutes": (0, MINUTES_PER_DAY),
    "exposure_block_minutes": (1, MINUTES_PER_DAY),
    "break_minutes": (1, 240),
    "graphic_cutoff_hour": (0, 24),
    "weekly_exposure_minutes": (0, 7 * MINUTES_PER_DAY),
    "checkin_cadence_days": (1, 90),
    "checkin_grace_days": (0, 30),
    "who5_follow_up_below": (0, 26),
}


@dataclass(frozen=True, slots=True)
class WorkloadPolicy:
    """Limits on work and exposure. Minutes are minutes of graphic material on screen."""

    version: int
    max_open_cases: int
    max_concurrent_p1: int
    daily_exposure_minutes: int
    exposure_block_minutes: int
    break_minutes: int
    graphic_cutoff_hour: int  # local hour from which no graphic work is assigned (16 = 16:00)
    weekly_exposure_minutes: int
    debrief_min_severity: Severity  # closing a case at least this severe prompts a debrief
    checkin_cadence_days: int
    checkin_grace_days: int  # a check-in is overdue this many days after it fell due
    who5_follow_up_below: int  # a WHO-5 raw score below this suggests a follow-up

    def __post_init__(self) -> None:
        _validate(self)


def _validate(policy: WorkloadPolicy) -> None:
    if type(policy.version) is not int or policy.version < 1:
        raise ValidationError("The policy version must be a whole number from 1.", field="version")
    for name, (low, high) in _BOUNDS.items():
        value = getattr(policy, name)
        if type(value) is not int:
            raise ValidationError(f"{name} must be a whole number.", field=name)
        if not low <= value <= high:
            raise ValidationError(f"{name} must be from {low} to {high}.", field=name)
    if not isinstance(policy.debrief_min_severity, Severity):
        raise ValidationError("debrief_min_severity must be a severity.", field="debrief_min_severity")
    if policy.exposure_block_minutes > max(policy.daily_exposure_minutes, 1):
        raise ValidationError(
            "exposure_block_minutes cannot exceed daily_exposure_minutes.", field="exposure_block_minutes"
        )
    if policy.daily_exposure_minutes > policy.weekly_exposure_minutes:
        raise ValidationError(
            "weekly_exposure_minutes cannot be less than daily_exposure_minutes.",
            field="weekly_exposure_minutes",
        )


_FIELD_NAMES = tuple(f.name for f in fields(WorkloadPolicy))


def parse_policy(data: Mapping[str, object]) -> WorkloadPolicy:
    """A policy from a decoded JSON object. Every field is required; unknown fields are refused, so a
    misspelt limit is never silently replaced by a default."""
    if not isinstance(data, Mapping):
        raise ValidationError("A workload policy must be a JSON object.")
    for key in data:
        if key not in _FIELD_NAMES:
            raise ValidationError(f"Unknown policy field {key!r}.", field=str(key))
    for name in _FIELD_NAMES:
        if name not in data:
            raise ValidationError(f"The policy lacks {name}.", field=name)
    values = dict(data)
    try:
        values["debrief_min_severity"] = Severity(str(values["debrief_min_severity"]))
    except ValueError:
        raise ValidationError(
            "debrief_min_severity must be one of " + ", ".join(s.value for s in Severity) + ".",
            field="debrief_min_severity",
        ) from None
    return WorkloadPolicy(**values)  # type: ignore[arg-type]  # JSON values: __post_init__ checks each


def policy_to_dict(policy: WorkloadPolicy) -> dict[str, object]:
    """The JSON-ready form of a policy; `parse_policy(policy_to_dict(p)) == p`."""
    out: dict[str, object] = {name: getattr(policy, name) for name in _FIELD_NAMES}
    out["debrief_min_severity"] = policy.debrief_min_severity.value
    return out


def load_policy(path: Path = DEFAULT_POLICY_PATH) -> WorkloadPolicy:
    """Read and validate a policy file (the bundled defaults unless told otherwise)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValidationError(f"The workload policy is not valid JSON (line {exc.lineno}).") from None
    return parse_policy(data)
