"""Small-count suppression for public breakdowns (action 10; DOMAIN.md "Privacy in statistics"). Pure.

A breakdown is a one-way table: named cells of non-negative counts and their total. Each table in a
transparency report partitions one population (cases, appeals, notifications), so the only linear
relation between published figures is "the cells of a table add up to its total": tables share a
total, never a cell. Protecting each table against its own total therefore protects the report.

The rules, applied by `suppress`:
1. Primary suppression: every cell of 1–9 is published as "<10" (`SMALL`). Zeros are published.
2. A total of 1–9 is itself "<10", and so is every non-zero cell of its table.
3. Complementary suppression: while some suppressed cell could still be worked out from the total
   and the published cells, one more cell is withheld (`WITHHELD`, "x"): the smallest published
   non-zero cell first, then zero cells. If even that cannot protect it, every cell is withheld.

What a reader is assumed to know (the attacker model `feasible_range` and the tests use): the
total (when published), every published cell, that a "<10" cell holds 1–9, and that a withheld cell
holds some whole number from 0 to the total. A suppressed cell is protected when at least two
values remain possible for it given all of that; `feasible_range` computes them exactly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

SMALL = "<10"
WITHHELD = "x"
SMALL_MAX = 9

Published = int | str


@dataclass(frozen=True)
class Table:
    """A published breakdown: each cell's count, "<10" or "x", and the total (a count or "<10")."""

    cells: dict[str, Published]
    total: Published

    def suppressed(self) -> list[str]:
        return [k for k, v in self.cells.items() if isinstance(v, str)]


def _bounds(value: Published, total: int) -> tuple[int, int]:
    if value == SMALL:
        return 1, SMALL_MAX
    if value == WITHHELD:
        return 0, total
    assert isinstance(value, int)
    return value, value


def feasible_range(table: Table, key: str) -> tuple[int, int]:
    """The lowest and highest value the cell `key` can hold given the published table (whose total
    is a count). Exact: each suppressed cell ranges over whole numbers in an interval, so the sums
    the others can reach are every whole number between their lowest and highest sums."""
    assert isinstance(table.total, int)
    total = table.total
    rest = total - sum(v for v in table.cells.values() if isinstance(v, int))
    others = [_bounds(v, total) for k, v in table.cells.items() if isinstance(v, str) and k != key]
    low_others = sum(lo for lo, _ in others)
    high_others = sum(hi for _, hi in others)
    lo, hi = _bounds(table.cells[key], total)
    return max(lo, rest - high_others), min(hi, rest - low_others)


def protected(table: Table) -> bool:
    """True when no suppressed cell can be worked out (see the module's attacker model)."""
    if not isinstance(table.total, int):
        return True  # a "<10" total: every non-zero cell is "<10" too, and sums are unknown
    return all(hi - lo >= 1 for lo, hi in map(lambda k: feasible_range(table, k),
                                                 table.suppressed()))


def suppress(counts: Mapping[str, int]) -> Table:
    """The published form of `counts` (see the module's rules); the order of cells is kept."""
    if any(v < 0 for v in counts.values()):
        raise ValueError("counts cannot be negative")
    total = sum(counts.values())
    if 1 <= total <= SMALL_MAX:
        return Table({k: (SMALL if v else 0) for k, v in counts.items()}, SMALL)
    cells: dict[str, Published] = {k: (SMALL if 1 <= v <= SMALL_MAX else v)
                                   for k, v in counts.items()}
    table = Table(cells, total)
    if not table.suppressed():
        return table
    published = sorted((k for k, v in cells.items() if isinstance(v, int)),
                       key=lambda k: (counts[k] == 0, counts[k], k))
    for k in published:
        if protected(table):
            return table
        cells[k] = WITHHELD
    if protected(table):
        return table
    return Table(dict.fromkeys(counts, WITHHELD), total)
