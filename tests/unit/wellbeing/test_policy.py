"""The workload policy: the bundled defaults, parsing and validation naming the field."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from hrdcase.errors import ValidationError
from hrdcase.models.enums import Severity
from hrdcase.wellbeing.policy import (
    DEFAULT_POLICY_PATH,
    load_policy,
    parse_policy,
    policy_to_dict,
)


def test_bundled_defaults_carry_the_iwf_anchors() -> None:
    policy = load_policy()
    assert policy.daily_exposure_minutes == 300  # IWF: 5 h a day
    assert policy.exposure_block_minutes == 60  # hourly breaks
    assert policy.graphic_cutoff_hour == 16
    assert policy.checkin_cadence_days == 7
    assert policy.who5_follow_up_below == 13
    assert policy.debrief_min_severity is Severity.SEVERE
    assert policy.version >= 1


def test_round_trip_through_json() -> None:
    policy = load_policy()
    assert parse_policy(json.loads(json.dumps(policy_to_dict(policy)))) == policy


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("max_open_cases", 0),
        ("max_open_cases", "25"),
        ("max_concurrent_p1", -1),
        ("daily_exposure_minutes", 2000),
        ("exposure_block_minutes", 0),
        ("break_minutes", 0),
        ("graphic_cutoff_hour", 25),
        ("checkin_cadence_days", 0),
        ("who5_follow_up_below", 30),
        ("version", 0),
        ("version", True),
        ("max_open_cases", 2.5),
        ("debrief_min_severity", "dreadful"),
    ],
)
def test_bad_values_are_refused_naming_the_field(name: str, value: object) -> None:
    data = policy_to_dict(load_policy()) | {name: value}
    with pytest.raises(ValidationError) as err:
        parse_policy(data)
    assert err.value.field == name
    assert name in str(err.value)


def test_missing_and_unknown_fields_are_refused() -> None:
    data = policy_to_dict(load_policy())
    del data["break_minutes"]
    with pytest.raises(ValidationError) as err:
        parse_policy(data)
    assert err.value.field == "break_minutes"
    with pytest.raises(ValidationError) as err:
        parse_policy(policy_to_dict(load_policy()) | {"max_open_case": 3})
    assert err.value.field == "max_open_case"


def test_cross_field_rules() -> None:
    policy = load_policy()
    with pytest.raises(ValidationError) as err:
        replace(policy, exposure_block_minutes=policy.daily_exposure_minutes + 1)
    assert err.value.field == "exposure_block_minutes"
    with pytest.raises(ValidationError) as err:
        replace(policy, weekly_exposure_minutes=policy.daily_exposure_minutes - 1)
    assert err.value.field == "weekly_exposure_minutes"


def test_a_broken_file_is_a_validation_error(tmp_path: Path) -> None:
    bad = tmp_path / "workload.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValidationError, match="not valid JSON"):
        load_policy(bad)
    assert DEFAULT_POLICY_PATH.is_file()
