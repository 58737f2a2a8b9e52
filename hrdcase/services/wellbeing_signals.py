"""Time zones and team signals for `Session.wellbeing`. Mixed into `WellbeingService`
(services/wellbeing.py).

Time zones: each responder's IANA zone (`responders.tz`) sets their local day and ISO week for
exposure totals and the hour of their graphic cut-off. `set_timezone` is the responder's own
choice, or an admin's.

Team signals (`wellbeing/signals.py`): after each exposure-ledger event and each check-in, the
service writes one `wellbeing_signal` outbox row for the signed-in responder, in the event's own
transaction; a newer one supersedes the pending older ones (`Outbox.supersede`: snapshots only).
The payload never holds check-in answers, the score or the follow-up flag. `receive_signal` is
what the sync client (a later issue) calls with another responder's signal. Receiving one is
applying a synced op, not a local mutation: it writes no outbox row (that would echo it back) and
no audit entry (one arrives with every reveal and hide of every responder; the hash chain records
what people on this device did).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, available_timezones

from hrdcase.errors import ValidationError
from hrdcase.models.changes import ChangeSet
from hrdcase.models.enums import Role
from hrdcase.services.wellbeing_guard import current_policy, my_exposure, zone_of
from hrdcase.storage.store import UnitOfWork
from hrdcase.wellbeing.signals import (
    make_signal,
    parse_signal,
    signal_payload,
    signal_routing,
)

if TYPE_CHECKING:
    from hrdcase.models.clock import Clock
    from hrdcase.models.entities import Responder
    from hrdcase.storage.store import Store

SIGNAL_ENTITY = "wellbeing_signal"
MAX_CLOCK_SKEW = timedelta(hours=1)  # a signal "from the future" beyond this is refused
_NOT_ZONES = frozenset({"localtime", "Factory", "posixrules"})


@cache
def known_zones() -> tuple[str, ...]:
    """The IANA zone names this machine knows (system database, or `tzdata` on Windows)."""
    return tuple(sorted(z for z in available_timezones()
                        if z not in _NOT_ZONES and not z.startswith(("posix/", "right/"))))


def _utc_offset(name: str, now: datetime) -> str:
    offset = now.astimezone(ZoneInfo(name)).utcoffset() or timedelta(0)
    sign, total = ("-" if offset < timedelta(0) else "+"), abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{total // 60:02d}:{total % 60:02d}"


class SignalsMixin:
    if TYPE_CHECKING:  # what WellbeingService (services/wellbeing.py) provides
        store: Store
        clock: Clock
        me: Responder | None
        device_id: str

        @property
        def me_id(self) -> int | None: ...
        def _signed_in(self) -> int: ...

    # ---- time zones
    def my_timezone(self) -> str:
        """The signed-in responder's zone name, as stored now."""
        me = self._signed_in()
        with self.store.read() as uow:
            responder = uow.reference.responder(me)
        return responder.tz if responder else "UTC"

    def time_zones(self) -> list[tuple[str, str]]:
        """Every zone this machine knows with its UTC offset now: ("Europe/Lisbon", "UTC+00:00")."""
        now = self.clock.now()
        return [(name, _utc_offset(name, now)) for name in known_zones()]

    def set_timezone(self, responder_id: int, tz_name: str) -> ChangeSet:
        """The responder themself, or an admin. Audited by ids and the zone name only."""
        me = self._signed_in()
        if me != responder_id and (self.me is None or not self.me.has(Role.ADMIN)):
            raise ValidationError("Only the responder themself or an admin may change their time zone.",
                                  field="role")
        name = tz_name.strip() if isinstance(tz_name, str) else ""
        if name not in known_zones():
            raise ValidationError(f"{name or 'An empty name'} is not a time zone this machine knows; "
                                  "choose one like Europe/Lisbon or America/Bogota.", field="tz")
        now = self.clock.now()
        with self.store.transaction() as uow:
            responder = uow.reference.responder(responder_id)
            if responder is None:
                raise ValidationError("That responder is not known here.", field="responder")
            uow.reference.set_responder_tz(responder_id, name)
            uow.audit.append(now, me, "responder.timezone_set", "responder", responder_id, None,
                             {"responder_id": responder_id, "tz": name})
            uow.outbox.add(self.device_id, "responder", responder_id, 0,
                           {"responder_id": responder_id, "tz": name},
                           {"action": "responder.timezone_set", "tz": name}, now)
            if responder_id == me:
                self._emit_signal(uow, now)  # the local day and week may have changed
        return ChangeSet(entities=frozenset({"responder", "exposure"}), audit=True)

    # ---- team signals
    def report_exposure(self) -> ChangeSet:
        """A fresh signal while a reveal is still open (the case screen calls this every few
        minutes), so the team's view does not wait for the reveal to end. Writes only the
        superseding outbox snapshot: no ledger event, no audit entry."""
        if self.me_id is None:
            return ChangeSet()
        with self.store.transaction() as uow:
            self._emit_signal(uow, self.clock.now())
        return ChangeSet()

    def _emit_signal(self, uow: UnitOfWork, now: datetime) -> None:
        """The signed-in responder's snapshot to the outbox, replacing any pending older one. Call
        inside the transaction that recorded the ledger event or check-in."""
        me = self.me_id
        if me is None:
            return
        exposure = my_exposure(uow, me, current_policy(uow), now)
        last = uow.wellbeing.last_checkin(me)
        signal = make_signal(me, now, zone_of(uow, me), exposure, (last[0], last[2]) if last else None)
        uow.outbox.supersede(SIGNAL_ENTITY, me)
        uow.outbox.add(self.device_id, SIGNAL_ENTITY, me, 0, signal_routing(signal),
                       signal_payload(signal), now)

    def receive_signal(self, payload: Mapping[str, Any]) -> ChangeSet:
        """Keep another responder's signal (from the sync client). Refuses (ValidationError) a
        malformed payload, an unknown responder, the signed-in responder's own signal and one from
        more than an hour ahead of this clock; ignores (empty ChangeSet) one older than the kept one."""
        signal = parse_signal(payload)
        if signal.responder_id == self.me_id:
            raise ValidationError("A device reports its own responder's wellbeing; it does not "
                                  "receive it.", field="signal")
        now = self.clock.now()
        if signal.as_of > now + MAX_CLOCK_SKEW:
            raise ValidationError("A wellbeing signal was refused: it is dated in the future.",
                                  field="signal")
        with self.store.transaction() as uow:
            responder = uow.reference.responder(signal.responder_id)
            if responder is None:
                raise ValidationError("A wellbeing signal was refused: that responder is not known here.",
                                      field="signal")
            kept = uow.wellbeing.team_signal(signal.responder_id)
            if kept is not None and kept.as_of > signal.as_of:
                return ChangeSet()
            uow.wellbeing.put_team_signal(signal, now)
        return ChangeSet(entities=frozenset({"team_signal"}))

