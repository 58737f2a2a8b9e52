"""Synthetic team wellbeing signals for the demo caseload, as if sync had brought each other
responder's latest report: exposure today and this week, when they last checked in and, for a few,
that they asked for support. The signed-in supervisor's dashboard then shows what a real team looks
like instead of "no report yet" on every row (a few rows keep that, as a real team would have).
The signed-in supervisor's own last check-in is stored too, so the demo does not open "check-in due".

Seed data like the rest of the demo: stored where received signals are kept (`team_signals`),
with no audit entry and no outbox op. Times are before `now`, so nothing is dated in the future."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hrdcase.models.entities import Responder
from hrdcase.storage.store import UnitOfWork
from hrdcase.wellbeing.checkins import Who5
from hrdcase.wellbeing.exposure import ExposureSummary
from hrdcase.wellbeing.signals import make_signal

NO_REPORT = 0.15  # share of responders whose device has not reported yet
ASKED_FOR_SUPPORT = 0.08


def add_demo_signals(uow: UnitOfWork, seed: int, now: datetime,
                     responders: list[Responder], me: int) -> int:
    """One received signal for most responders other than `me`; returns how many."""
    rng = random.Random(f"signals-{seed}")  # its own stream: the caseload itself is unchanged
    # The signed-in supervisor checked in a few days ago (WHO-5 answers, 0-5 each; doing fine)
    answers = Who5(tuple(rng.randrange(3, 6) for _ in range(5))).answers
    uow.wellbeing.add_checkin(me, now - timedelta(hours=rng.randrange(20, 24 * 4)), answers, False)
    stored = 0
    for responder in responders:
        if responder.id == me or rng.random() < NO_REPORT:
            continue
        as_of = now - timedelta(minutes=rng.randrange(3, 240))
        # under the daily exposure limit (300 min): the demo breaks no limit without an override
        today = float(rng.choice((0, 0, rng.randrange(10, 150), rng.randrange(150, 290))))
        exposure = ExposureSummary(today, today + rng.randrange(0, 900), None, False)
        checked = as_of - timedelta(hours=rng.randrange(1, 24 * 10))  # a few overdue
        signal = make_signal(responder.id, as_of, ZoneInfo(responder.tz), exposure,
                             (checked, rng.random() < ASKED_FOR_SUPPORT))
        uow.wellbeing.put_team_signal(signal, as_of)
        stored += 1
    return stored
