"""A case with one of everything a case file shows, made through the services on a real SQLCipher
caseload, with a distinct synthetic marker word in every piece of text a level may leave out."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta

from hrdcase.demo.evidence import synthetic_png
from hrdcase.models.entities import RiskItem
from hrdcase.models.enums import (
    AppealOutcome,
    CaseStatus,
    IncidentCategory,
    NotificationChannel,
    Priority,
)
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.models.notification import ConsentMethod, NotificationRequest
from hrdcase.services.appeals import AppealService
from hrdcase.services.evidence import EvidenceService
from hrdcase.services.notify import NotifyService
from hrdcase.services.playbooks import PlaybookService
from tests.factories import Caseload
from tests.unit.test_appeals_model import sor

ARABIC_PSEUDONYM = "سلمى"  # synthetic
LEGAL_NAME = "Лариса Синтетова"  # synthetic, Cyrillic
CONTACT = "signal-synthetic-5550123"
TITLE = "Yakettitle impersonation campaign"
SUMMARY = "Quokkasummary: invented narrative about the defender. देवनागरी"  # no conjunct
DESCRIPTION = "Wombatnarrative: the invented account was cloned."
GRAPHIC_TEXT = "Narwhalgraphic: an invented violent picture described in words."
RATIONALE = "Pangolinrationale internal assessment."
MITIGATIONS = "Okapimitigation internal plan."
TASK_RESULT = "Tapirresult internal step note."
NOTE = "Axolotlnote internal notification note."
FACTS = "Zebrafacts: the synthetic post named an invented address."
GROUNDS = "Ibexgrounds: the defender says the post was satire."
REASONS = "Kudureasons: the removal is reversed on review."


@dataclass(frozen=True)
class RichCase:
    id: int
    ref: str
    incident_id: int
    graphic_incident_id: int
    decider: str
    reviewer: str


def rich_case(load: Caseload) -> RichCase:
    """Opened, triaged, worked and closed; decided, appealed, reviewed and sent to dispute
    settlement; with a plain and a graphic incident, each with an evidence image."""
    clock, store = load.clock, load.store
    decider, reviewer, worker = (load.world.responders[i] for i in (2, 4, 5))  # Chidi, Dmitri, eve
    case_id, _ = load.service.open_case(NewCase(
        title=TITLE, category=IncidentCategory.IMPERSONATION, region_code="KE", language="sw",
        description=DESCRIPTION, priority=Priority.P2, summary=SUMMARY, assignee_id=worker.id,
        new_defender=NewDefender(ARABIC_PSEUDONYM, legal_name=LEGAL_NAME,
                                 gender_factors=("woman_hrd",), contact_channel=CONTACT)))
    load.service.add_incident(case_id, IncidentCategory.CYBER_HARASSMENT, GRAPHIC_TEXT, graphic=True)
    with store.read() as uow:
        plain, graphic = (i.id for i in uow.cases.incidents(case_id))
    load.service.add_risk_note(case_id, [RiskItem("invented threat", 4)],
                               [RiskItem("invented exposure", 3)], [RiskItem("peer network", 2)],
                               rationale=RATIONALE, mitigations=MITIGATIONS)
    evidence = EvidenceService(store, clock, worker.id, store.device_id)
    evidence.attach(plain, synthetic_png(random.Random(1), 240, 160), "a.png", graphic=False)
    evidence.attach(graphic, synthetic_png(random.Random(2), 240, 160), "b.png", graphic=True)
    playbooks = PlaybookService(store, clock, worker.id, store.device_id)
    playbooks.attach(case_id, "secure_account")
    playbooks.complete(playbooks.tasks(case_id)[0].id, TASK_RESULT)
    NotifyService(store, clock, worker.id, store.device_id).notify(case_id, NotificationRequest(
        NotificationChannel.SIGNAL, reviewer.id, clock.now() - timedelta(hours=1),
        ConsentMethod.SECURE_MESSAGE, NOTE))
    version = 1
    with store.read() as uow:
        version = uow.cases.get(case_id).version
    for status in (CaseStatus.TRIAGED, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED,
                   CaseStatus.CLOSED):
        clock.advance(timedelta(hours=3))
        load.service.change_status(case_id, status, version)
        version += 1
    decision_id, _ = AppealService(store, clock, decider.id, store.device_id).record_decision(
        case_id, sor(decision_facts=FACTS))
    appeals = AppealService(store, clock, worker.id, store.device_id)
    appeal_id, _ = appeals.file_appeal(decision_id, GROUNDS)
    appeals.assign_reviewer(appeal_id, reviewer.id)
    review = AppealService(store, clock, reviewer.id, store.device_id)
    review.decide_appeal(appeal_id, AppealOutcome.UPHELD, REASONS)
    review.escalate_to_ods(appeal_id)
    with store.read() as uow:
        ref = uow.cases.get(case_id).ref
    return RichCase(case_id, ref, plain, graphic, decider.display_name, reviewer.display_name)
