"""Small-count suppression: the published tables hide every count of 1–9, and hypothesis checks
that no suppressed cell can be worked out from the published figures: by brute force over every
assignment a reader could try (independently of the interval arithmetic in the module)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hrdcase.models.suppression import SMALL, WITHHELD, Table, feasible_range, protected, suppress

counts = st.dictionaries(st.sampled_from("abcdefg"), st.integers(0, 40), min_size=1, max_size=6)


def possible_values(table: Table, original_total: int) -> dict[str, set[int]]:
    """Every value each suppressed cell can take, by enumerating all assignments consistent with
    what is published: "<10" is 1–9, "x" is 0..total, cells add up to the total."""
    total = table.total if isinstance(table.total, int) else None
    hidden = table.suppressed()
    shown_sum = sum(v for v in table.cells.values() if isinstance(v, int))
    options = []
    for k in hidden:
        if table.cells[k] == SMALL:
            options.append(range(1, 10))
        else:
            options.append(range(0, (total if total is not None else original_total) + 1))
    seen: dict[str, set[int]] = {k: set() for k in hidden}
    totals = [total] if total is not None else list(range(1, 10))  # a "<10" total is 1–9

    def walk(i: int, acc: list[int]) -> None:
        if i == len(hidden):
            if shown_sum + sum(acc) in totals:
                for k, v in zip(hidden, acc, strict=True):
                    seen[k].add(v)
            return
        for v in options[i]:
            if shown_sum + sum(acc) + v > max(totals):
                break
            walk(i + 1, [*acc, v])

    walk(0, [])
    return seen


@settings(max_examples=300, deadline=None)
@given(counts)
def test_no_suppressed_cell_can_be_worked_out(cells: dict[str, int]):
    table = suppress(cells)
    total = sum(cells.values())
    for key, value in cells.items():  # nothing small is ever published, nothing is falsified
        shown = table.cells[key]
        if 1 <= value <= 9:
            assert shown in (SMALL, WITHHELD)
        elif isinstance(shown, int):
            assert shown == value
        else:
            assert shown == WITHHELD
    if table.suppressed():
        values = possible_values(table, total)
        for key in table.suppressed():
            assert cells[key] in values[key]  # the truth is consistent with what is published
            assert len(values[key]) >= 2, (cells, table, key, values[key])
    assert protected(table)


@settings(max_examples=200, deadline=None)
@given(counts)
def test_interval_arithmetic_agrees_with_brute_force(cells: dict[str, int]):
    table = suppress(cells)
    if not isinstance(table.total, int) or not table.suppressed():
        return
    values = possible_values(table, table.total)
    for key in table.suppressed():
        lo, hi = feasible_range(table, key)
        assert values[key] == set(range(lo, hi + 1))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("pqr"), st.sampled_from("uvw")), max_size=60))
def test_two_breakdowns_of_the_same_cases_share_only_their_total(rows):
    """Channel and category tables of the same cases: each protected, and their totals equal (the
    only relation between them), so neither helps work out the other's hidden cells."""
    by_a = suppress({k: sum(1 for a, _ in rows if a == k) for k in "pqr"})
    by_b = suppress({k: sum(1 for _, b in rows if b == k) for k in "uvw"})
    assert by_a.total == by_b.total
    assert protected(by_a) and protected(by_b)


def test_examples():
    assert suppress({"a": 3, "b": 50, "c": 60}) == Table({"a": SMALL, "b": WITHHELD, "c": 60}, 113)
    # two small cells that add up to 18 would each be 9: a third cell is withheld
    t = suppress({"a": 9, "b": 9, "c": 0})
    assert t.cells == {"a": SMALL, "b": SMALL, "c": WITHHELD}
    assert suppress({"a": 0, "b": 12}) == Table({"a": 0, "b": 12}, 12)
    assert suppress({"a": 5, "b": 0}) == Table({"a": SMALL, "b": 0}, SMALL)
    # nothing else to hide behind: every cell is withheld
    assert suppress({"a": 9, "b": 9}) == Table({"a": WITHHELD, "b": WITHHELD}, 18)
