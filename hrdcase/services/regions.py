"""Regions as reference data (`Session.regions`): the list, an admin's sub-national regions and an
admin's civic-space ratings. Every ISO country is a region from migration 8 on (storage/region_seed.py).

Each change is one transaction with its audit entry (codes, enum values and the date; never a name)
and its outbox row: regions and ratings are organisation records that sync to every device (the
sync issue), versioned by `regions.version`.
"""

from __future__ import annotations

from collections.abc import Sequence

from hrdcase.errors import ValidationError
from hrdcase.models.changes import ChangeSet
from hrdcase.models.clock import Clock
from hrdcase.models.entities import Region, Responder
from hrdcase.models.enums import CivicSpace, Role
from hrdcase.models.iso import USER_ASSIGNED, language_code, region_code, subdivision_name
from hrdcase.storage.store import Store, UnitOfWork

NAME_MAX = 100
CHANGED = ChangeSet(entities=frozenset({"region"}), audit=True)


def civic_level(raw: str) -> CivicSpace | None:
    """A CIVICUS level by its value, or None for "unrated"; a ValidationError otherwise."""
    text = raw.strip().lower()
    if text == "unrated":
        return None
    try:
        return CivicSpace(text)
    except ValueError:
        levels = ", ".join([*(c.value for c in CivicSpace), "unrated"])
        raise ValidationError(f"unknown civic-space level {raw[:20]!r} (one of {levels})",
                              field="civic_space") from None


class RegionService:
    def __init__(self, store: Store, clock: Clock, me: Responder | None, device_id: str) -> None:
        self.store = store
        self.clock = clock
        self.me = me
        self.device_id = device_id

    def _require_admin(self, what: str) -> Responder:
        # The same rule as WellbeingService._require(Role.ADMIN, …): the signed-in responder's role.
        if self.me is None or not self.me.has(Role.ADMIN):
            raise ValidationError(f"Only an admin may {what}.", field="role")
        return self.me

    def regions(self) -> list[Region]:
        with self.store.read() as uow:
            return uow.reference.regions()

    def set_rating(self, code: str, level: CivicSpace | None) -> ChangeSet:
        """Change a region's civic-space rating (None: unrated), dated today."""
        admin = self._require_admin("change a civic-space rating")
        code = region_code(code)
        now = self.clock.now()
        with self.store.transaction() as uow:
            region = _known(uow, code)
            if region.civic_space is level:
                return ChangeSet()
            rated_on = now.date().isoformat()
            version = uow.reference.set_rating(code, level, rated_on, now)
            detail = {"region": code, "from": _value(region.civic_space), "to": _value(level),
                      "rated_on": rated_on, "version": version}
            uow.audit.append(now, admin.id, "region.rated", "region", code, None, detail)
            uow.outbox.add(self.device_id, "region", code, region.version,
                           {"region": code, "version": version}, {"action": "region.rated", **detail},
                           now)
        return CHANGED

    def add(self, code: str, name: str = "", parent: str | None = None,
            languages: Sequence[str] = ()) -> ChangeSet:
        """Add a sub-national region under a known region (KE-30 or KE-RIFT under KE), or an
        organisation's own user-assigned code (XK). It starts with its parent's rating and
        languages unless given its own."""
        admin = self._require_admin("add a region")
        code = region_code(code)
        now = self.clock.now()
        with self.store.transaction() as uow:
            if uow.reference.region(code) is not None:
                raise ValidationError(f"region {code!r} already exists", field="region_code")
            above = _parent(uow, code, parent)
            region = Region(
                code, _name(code, name), above.civic_space if above else None,
                tuple(dict.fromkeys(language_code(x) for x in languages))
                or (above.languages if above else ()),
                above.code if above else None, above.rated_on if above else None, 1, now)
            uow.reference.add_region(region)
            detail = {"region": code, "parent": region.parent, "civic_space": _value(region.civic_space),
                      "languages": list(region.languages), "version": 1}
            uow.audit.append(now, admin.id, "region.added", "region", code, None, detail)
            uow.outbox.add(self.device_id, "region", code, 0, {"region": code, "version": 1},
                           {"action": "region.added", **detail, "name": region.name}, now)
        return CHANGED


def _value(level: CivicSpace | None) -> str | None:
    return level.value if level else None


def _known(uow: UnitOfWork, code: str) -> Region:
    region = uow.reference.region(code)
    if region is None:
        raise ValidationError(f"unknown region {code!r}", field="region_code")
    return region


def _parent(uow: UnitOfWork, code: str, parent: str | None) -> Region | None:
    if "-" not in code and parent is None:
        if code not in USER_ASSIGNED:
            raise ValidationError(
                f"{code!r} is not a sub-national code: use one under a country, e.g. {code[:2]}-01, "
                "or a user-assigned code (XA-XZ)", field="region_code")
        return None
    wanted = region_code(parent) if parent is not None else code.rsplit("-", 1)[0]
    if not code.startswith(wanted[:2]):
        raise ValidationError(f"region {code!r} is not under {wanted!r}", field="parent")
    return _known(uow, wanted)


def _name(code: str, name: str) -> str:
    text = " ".join(name.split()) or (subdivision_name(code) or "")
    if not text:
        raise ValidationError(f"give region {code!r} a name", field="name")
    if len(text) > NAME_MAX:
        raise ValidationError(f"a region's name is at most {NAME_MAX} characters", field="name")
    return text
