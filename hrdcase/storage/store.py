"""The unit of work: one open caseload with its repositories, and transactions over them."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from hrdcase.storage.appeals import AppealRepository
from hrdcase.storage.audit import AuditLog
from hrdcase.storage.cases import CaseRepository
from hrdcase.storage.db import Database, damage_is_user_error
from hrdcase.storage.evidence import EvidenceRepository
from hrdcase.storage.identity import IdentityRepository
from hrdcase.storage.intake import IntakeRepository
from hrdcase.storage.notifications import NotificationRepository
from hrdcase.storage.outbox import Outbox
from hrdcase.storage.reference import ReferenceRepository, Settings
from hrdcase.storage.reports import ReportRepository
from hrdcase.storage.sync_log import SyncLog
from hrdcase.storage.tasks import TaskRepository
from hrdcase.storage.triage import TriageRepository
from hrdcase.storage.wellbeing import WellbeingRepository


@dataclass
class UnitOfWork:
    """What a service touches inside one transaction."""

    cases: CaseRepository
    reference: ReferenceRepository
    audit: AuditLog
    outbox: Outbox
    settings: Settings
    triage: TriageRepository
    appeals: AppealRepository
    wellbeing: WellbeingRepository
    intake: IntakeRepository
    tasks: TaskRepository
    notifications: NotificationRepository
    evidence: EvidenceRepository
    identity: IdentityRepository
    reports: ReportRepository
    sync: SyncLog


class Store:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._uow = UnitOfWork(
            cases=CaseRepository(db),
            reference=ReferenceRepository(db),
            audit=AuditLog(db),
            outbox=Outbox(db),
            settings=Settings(db),
            triage=TriageRepository(db),
            appeals=AppealRepository(db),
            wellbeing=WellbeingRepository(db),
            intake=IntakeRepository(db),
            tasks=TaskRepository(db),
            notifications=NotificationRepository(db),
            evidence=EvidenceRepository(db),
            identity=IdentityRepository(db),
            reports=ReportRepository(db),
            sync=SyncLog(db),
        )

    @contextlib.contextmanager
    def transaction(self) -> Iterator[UnitOfWork]:
        with damage_is_user_error(self.db.path), self.db.transaction():
            yield self._uow

    @contextlib.contextmanager
    def savepoint(self) -> Iterator[UnitOfWork]:
        """All or nothing inside the open transaction (one imported line of a batch)."""
        with self.db.savepoint():
            yield self._uow

    @contextlib.contextmanager
    def read(self) -> Iterator[UnitOfWork]:
        """Reads share the connection lock but take no write lock."""
        with damage_is_user_error(self.db.path), self.db.lock:
            yield self._uow

    @property
    def device_id(self) -> str:
        with self.transaction() as uow:
            value = uow.settings.get("device_id")
            if value is None:
                value = uuid.uuid4().hex
                uow.settings.set("device_id", value)
            return value

    def close(self) -> None:
        self.db.close()
