"""ChangeSet and the queue's value objects."""

from __future__ import annotations

import pytest

from hrdcase.models.changes import ChangeSet
from hrdcase.models.enums import CaseStatus
from hrdcase.models.queue import OPEN_STATUSES, SORT_COLUMNS, QueueFilter, QueueSort
from hrdcase.storage.cases import _SORT_SQL


def test_merge_unions_sets_ors_audit_and_lets_the_later_detail_win() -> None:
    a = ChangeSet(cases=frozenset({1}), entities=frozenset({"case"}), detail={"k": 1, "a": 1})
    b = ChangeSet(
        cases=frozenset({2}),
        created_cases=frozenset({2}),
        entities=frozenset({"incident"}),
        audit=True,
        detail={"k": 2},
    )
    merged = a.merge(b)
    assert merged.cases == {1, 2}
    assert merged.created_cases == {2}
    assert merged.entities == {"case", "incident"}
    assert merged.audit is True
    assert merged.detail == {"k": 2, "a": 1}
    # The inputs are untouched (frozen value objects).
    assert a.cases == {1} and a.detail == {"k": 1, "a": 1} and not a.audit


def test_merge_with_empty_is_identity() -> None:
    a = ChangeSet(cases=frozenset({3}), audit=True)
    assert a.merge(ChangeSet()) == a
    assert ChangeSet().merge(a) == a
    assert ChangeSet().merge(ChangeSet()).empty


def test_empty_and_touches_queue() -> None:
    assert ChangeSet().empty
    assert not ChangeSet(audit=True).empty
    assert not ChangeSet(audit=True).touches_queue()
    assert ChangeSet(entities=frozenset({"case"})).touches_queue()
    assert ChangeSet(created_cases=frozenset({9})).touches_queue()
    assert not ChangeSet(entities=frozenset({"risk_note"})).touches_queue()


@pytest.mark.parametrize("column", SORT_COLUMNS)
def test_every_sort_column_is_accepted_and_has_sql(column: str) -> None:
    assert QueueSort(column).column == column
    assert column in _SORT_SQL
    assert set(_SORT_SQL) == set(SORT_COLUMNS)


@pytest.mark.parametrize("column", ["", "id", "c.title", "title; DROP TABLE cases", "Title", "rank"])
def test_unknown_sort_column_is_refused(column: str) -> None:
    with pytest.raises(ValueError, match="unknown sort column"):
        QueueSort(column)


def test_default_filter_shows_open_cases() -> None:
    assert QueueFilter().statuses == OPEN_STATUSES
    assert CaseStatus.CLOSED not in OPEN_STATUSES and CaseStatus.RESOLVED not in OPEN_STATUSES
