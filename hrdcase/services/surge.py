"""Whether a region is in a surge at a moment, read inside the caller's unit of work.

A surge (declared by a supervisor, `WellbeingService.declare_surge`) is active from its start until
its planned end or until it is ended early, whichever comes first: it ends by itself. While it is
active, the region's cases opened or triaged get tighter SLA deadlines (`SlaPolicy.surge_factor`)
and a priority one step higher (`models.triage.surge_boost`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from hrdcase.storage.store import UnitOfWork


def active(starts: datetime, ends: datetime, ended: datetime | None, at: datetime) -> bool:
    stop = min(ends, ended) if ended is not None else ends
    return starts <= at < stop


def region_in_surge(uow: UnitOfWork, region_code: str, at: datetime,
                    surges: Sequence[tuple[Any, ...]] | None = None) -> bool:
    """`surges`: the rows of `uow.wellbeing.surges()` when the caller already read them (an
    import batch reads them once: nothing in its transaction declares or ends one)."""
    rows = surges if surges is not None else uow.wellbeing.surges()
    return any(region == region_code and active(start, end, ended, at)
               for _id, region, start, end, _why, ended in rows)
