"""RISK = THREATS × VULNERABILITIES / CAPACITIES, its levels and its input rules."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hrdcase.errors import ValidationError
from hrdcase.models.entities import RiskItem
from hrdcase.models.enums import RiskLevel
from hrdcase.models.risk import risk_level, risk_score

ORDER = [RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.CRITICAL]


def items(*scores: int, label: str = "x") -> list[RiskItem]:
    return [RiskItem(f"{label}{i}", s) for i, s in enumerate(scores)]


def test_score_is_mean_threat_times_mean_vulnerability_over_mean_capacity() -> None:
    assert risk_score(items(4, 2), items(5), items(2, 4)) == 5.0  # 3 * 5 / 3
    assert risk_score(items(5), items(5), items(1)) == 25.0
    assert risk_score(items(1), items(1), items(5)) == 0.2
    assert risk_score(items(2), items(1), items(3)) == 0.67  # rounded to 2 places


def test_empty_capacities_count_as_the_weakest_capacity() -> None:
    assert risk_score(items(3), items(3), []) == risk_score(items(3), items(3), items(1)) == 9.0


@pytest.mark.parametrize(
    ("score", "level"),
    [
        (0.2, RiskLevel.LOW),
        (2.99, RiskLevel.LOW),
        (3.0, RiskLevel.MEDIUM),
        (6.99, RiskLevel.MEDIUM),
        (7.0, RiskLevel.HIGH),
        (11.99, RiskLevel.HIGH),
        (12.0, RiskLevel.CRITICAL),
        (25.0, RiskLevel.CRITICAL),
    ],
)
def test_level_bands(score: float, level: RiskLevel) -> None:
    assert risk_level(score) is level


@pytest.mark.parametrize("bad", [0, 6, -1, 100])
@pytest.mark.parametrize(
    ("position", "field"), [(0, "threat"), (1, "vulnerability"), (2, "capacity")]
)
def test_each_score_must_be_from_1_to_5(bad: int, position: int, field: str) -> None:
    args = [items(3), items(3), items(3)]
    args[position] = items(3, bad)
    with pytest.raises(ValidationError, match="from 1 to 5") as info:
        risk_score(*args)
    assert info.value.field == field


@pytest.mark.parametrize(("position", "field"), [(0, "threat"), (1, "vulnerability")])
def test_threats_and_vulnerabilities_cannot_be_empty(position: int, field: str) -> None:
    args = [items(3), items(3), items(3)]
    args[position] = []
    with pytest.raises(ValidationError, match="at least one") as info:
        risk_score(*args)
    assert info.value.field == field


def test_each_item_needs_a_label() -> None:
    with pytest.raises(ValidationError) as info:
        risk_score([RiskItem("   ", 3)], items(3), [])
    assert info.value.field == "threat"


scores = st.lists(st.integers(1, 5), min_size=1, max_size=6)


@given(t=scores, v=scores, c=st.lists(st.integers(1, 5), max_size=6), data=st.data())
def test_more_threat_never_lowers_risk(t: list[int], v: list[int], c: list[int], data) -> None:
    i = data.draw(st.integers(0, len(t) - 1))
    raised = list(t)
    raised[i] = data.draw(st.integers(t[i], 5))
    before = risk_score(items(*t), items(*v), items(*c))
    after = risk_score(items(*raised), items(*v), items(*c))
    assert after >= before
    assert ORDER.index(risk_level(after)) >= ORDER.index(risk_level(before))


@given(t=scores, v=scores, data=st.data())
def test_more_vulnerability_never_lowers_risk(t: list[int], v: list[int], data) -> None:
    i = data.draw(st.integers(0, len(v) - 1))
    raised = list(v)
    raised[i] = data.draw(st.integers(v[i], 5))
    assert risk_score(items(*t), items(*raised), []) >= risk_score(items(*t), items(*v), [])


@given(t=scores, v=scores, c=scores, data=st.data())
def test_more_capacity_never_raises_risk(t: list[int], v: list[int], c: list[int], data) -> None:
    i = data.draw(st.integers(0, len(c) - 1))
    raised = list(c)
    raised[i] = data.draw(st.integers(c[i], 5))
    before = risk_score(items(*t), items(*v), items(*c))
    after = risk_score(items(*t), items(*v), items(*raised))
    assert after <= before
    assert ORDER.index(risk_level(after)) <= ORDER.index(risk_level(before))


@given(t=scores, v=scores, c=st.lists(st.integers(1, 5), max_size=6))
def test_score_stays_on_the_documented_scale(t: list[int], v: list[int], c: list[int]) -> None:
    score = risk_score(items(*t), items(*v), items(*c))
    assert 0.2 <= score <= 25.0
    # Listing no capacities never gives a lower risk than listing some.
    assert risk_score(items(*t), items(*v), []) >= score


@given(st.floats(0.0, 30.0), st.floats(0.0, 30.0))
def test_level_is_monotonic_in_score(a: float, b: float) -> None:
    lo, hi = sorted((a, b))
    assert ORDER.index(risk_level(lo)) <= ORDER.index(risk_level(hi))
