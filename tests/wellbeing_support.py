"""Test helper: a workload policy loose enough for fixtures that build large caseloads over simulated
days (graphic work after 16:00, many P1s per responder). The guard itself is never weakened."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from hrdcase.storage.store import UnitOfWork
from hrdcase.wellbeing.policy import load_policy, policy_to_dict


def store_permissive_policy(uow: UnitOfWork) -> None:
    """Store (as the next version) a policy with no cut-off and high load limits."""
    base = load_policy()
    loose = replace(base, max_open_cases=1000, max_concurrent_p1=100, graphic_cutoff_hour=24)
    version = max(uow.wellbeing.policy_versions(), default=0) + 1
    uow.wellbeing.add_policy(version, policy_to_dict(replace(loose, version=version)),
                             datetime(2026, 1, 1, tzinfo=UTC), None)
