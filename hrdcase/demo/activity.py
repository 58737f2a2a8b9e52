"""Case work on the demo's recent cases: playbook steps, decisions with their statement of reasons,
appeals, notifications to defenders, and the workload overrides the builder needed.

`plan_activity` runs inside the builder's per-case planning (same random stream, so a seed still
gives one caseload), for cases opened in the last `RECENT_DAYS` that someone has worked on. It only
plans: `write_activity` inserts the rows through the repositories the services use and returns the
audit entries each service would have written, which the builder merges into the case's timeline
(so each timeline stays in time order). The rules the services check are checked here too
(statement of reasons, appeal filing window, four-eyes review, notification vetting and consent,
"do not contact", no playbook on a closed case). Like the rest of the demo: no outbox rows.

Every text is invented; legal references name made-up codes of the demo's made-up regions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from hrdcase.models.appeals import Appeal, check_filing, check_outcome, ods_deadline, review_deadline
from hrdcase.models.decisions import (
    DEFAULT_POLICY_VERSION,
    AutomatedDecision,
    ContentType,
    Decision,
    DecisionAccount,
    DecisionGround,
    DecisionVisibility,
    SourceType,
    StatementOfReasons,
)
from hrdcase.models.entities import Defender, Notification
from hrdcase.models.enums import (
    AppealOutcome,
    AppealStatus,
    DsaCategory,
    IncidentCategory,
    NotificationChannel,
    TaskStatus,
)
from hrdcase.models.notification import ConsentMethod, NotificationRequest, check_notification
from hrdcase.models.playbooks import Playbook

RECENT_DAYS = 56  # cases opened in the last eight weeks carry case work

C = IncidentCategory
PLAYBOOKS_FOR: dict[IncidentCategory, tuple[str, ...]] = {
    C.ACCOUNT_COMPROMISE: ("secure_account", "restore_access"),
    C.IMPERSONATION: ("takedown_impersonation", "preserve_evidence"),
    C.DOXXING: ("lock_down", "preserve_evidence"),
    C.NCII: ("preserve_evidence", "temporary_disable"),
    C.DEEPFAKE_SEXUAL: ("preserve_evidence", "lock_down"),
    C.CYBER_HARASSMENT: ("lock_down", "preserve_evidence"),
    C.CYBER_STALKING: ("lock_down", "secure_account"),
    C.INCITEMENT: ("preserve_evidence", "enhanced_protection"),
    C.COORDINATED_HARASSMENT: ("lock_down", "preserve_evidence"),
    C.GENDERED_DISINFORMATION: ("preserve_evidence", "lock_down"),
    C.DEFAMATION_CAMPAIGN: ("preserve_evidence",),
    C.THREATS_OF_VIOLENCE: ("enhanced_protection", "preserve_evidence"),
    C.SURVEILLANCE_SPYWARE: ("secure_account", "enhanced_protection"),
    C.LEGAL_OR_STATE_TAKEDOWN: ("preserve_evidence",),
    C.WRONGLY_RESTRICTED: ("restore_access",),
}
_SKIP_REASONS = (
    "The defender already did this before contacting us.",
    "Not possible on this platform.",
    "The defender preferred not to, for now.",
)
_DONE_RESULTS = ("", "", "Done with the defender on a call.", "Confirmed in writing by the defender.")

V, A = DecisionVisibility, DecisionAccount
G = DecisionGround
# category -> (ground, reference, content type, DSA category, visibility, account, facts, against
# the defender). "Against the defender" decisions restricted the defender's own content or account.
_DECISIONS: dict[IncidentCategory, tuple[Any, ...]] = {
    C.IMPERSONATION: (G.INCOMPATIBLE_CONTENT, "Terms of service 4.2 (impersonation)",
                      ContentType.IMAGE, DsaCategory.SCAMS_AND_FRAUD, None, A.TERMINATED,
                      "The profile copied the defender's name and photo and asked supporters for "
                      "money; checked against the defender's verified account.", False),
    C.DOXXING: (G.INCOMPATIBLE_CONTENT, "Community guidelines 7.1 (private information)",
                ContentType.TEXT, DsaCategory.DATA_PROTECTION_AND_PRIVACY_VIOLATIONS, V.REMOVED,
                None, "The posts published the defender's home address and a photo of the "
                "building without consent.", False),
    C.NCII: (G.ILLEGAL_CONTENT, "Valmoria Privacy of Images Act (synthetic), s. 3",
             ContentType.IMAGE, DsaCategory.CYBER_VIOLENCE_AGAINST_WOMEN, V.REMOVED, None,
             "Intimate images shared without the defender's consent; matches were hashed to "
             "block re-uploads.", False),
    C.DEEPFAKE_SEXUAL: (G.INCOMPATIBLE_CONTENT, "Community guidelines 9.3 (synthetic sexual media)",
                        ContentType.SYNTHETIC_MEDIA, DsaCategory.CYBER_VIOLENCE_AGAINST_WOMEN,
                        V.REMOVED, None, "A sexualised synthetic video using the defender's face, "
                        "posted without consent.", False),
    C.CYBER_HARASSMENT: (G.INCOMPATIBLE_CONTENT, "Community guidelines 3.2 (harassment)",
                         ContentType.TEXT, DsaCategory.CYBER_VIOLENCE, V.REMOVED, None,
                         "Repeated abusive replies with slurs directed at the defender.", False),
    C.CYBER_STALKING: (G.INCOMPATIBLE_CONTENT, "Community guidelines 3.4 (stalking)",
                       ContentType.TEXT, DsaCategory.CYBER_VIOLENCE, None, A.SUSPENDED,
                       "The account tracked and published the defender's whereabouts after "
                       "earlier blocks.", False),
    C.INCITEMENT: (G.ILLEGAL_CONTENT, "Ilvenmark Penal Code (synthetic), art. 112 (incitement)",
                   ContentType.VIDEO, DsaCategory.ILLEGAL_OR_HARMFUL_SPEECH, V.REMOVED, None,
                   "The video names the defender as an enemy and urges viewers to find them.",
                   False),
    C.COORDINATED_HARASSMENT: (G.INCOMPATIBLE_CONTENT, "Platform manipulation policy 2.1",
                               ContentType.TEXT,
                               DsaCategory.NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS, None,
                               A.SUSPENDED, "A network of new accounts posted identical messages "
                               "against the defender within minutes.", False),
    C.GENDERED_DISINFORMATION: (G.INCOMPATIBLE_CONTENT, "Misleading information policy 5.1",
                                ContentType.IMAGE, DsaCategory.CYBER_VIOLENCE_AGAINST_WOMEN,
                                V.LABELLED, None, "Edited screenshots presented as the defender's "
                                "messages; the originals were shown to be altered.", False),
    C.DEFAMATION_CAMPAIGN: (G.INCOMPATIBLE_CONTENT, "Misleading information policy 5.3",
                            ContentType.TEXT, DsaCategory.ILLEGAL_OR_HARMFUL_SPEECH, V.DEMOTED,
                            None, "Forged documents accusing the defender of fraud.", False),
    C.THREATS_OF_VIOLENCE: (G.ILLEGAL_CONTENT, "Duranthe Criminal Code (synthetic), art. 41 "
                            "(threats)", ContentType.TEXT, DsaCategory.ILLEGAL_OR_HARMFUL_SPEECH,
                            None, A.TERMINATED, "Direct messages threatening to kill the defender "
                            "and describing their car.", False),
    C.WRONGLY_RESTRICTED: (G.INCOMPATIBLE_CONTENT, "Community guidelines 6.1 (graphic violence)",
                           ContentType.VIDEO, DsaCategory.RISK_FOR_PUBLIC_SECURITY, V.REMOVED, None,
                           "The defender's video of a protest showed injured people; removed as "
                           "graphic content after mass reports.", True),
    C.LEGAL_OR_STATE_TAKEDOWN: (G.ILLEGAL_CONTENT, "Order of the Sarvel district court "
                                "(synthetic) under the false information law",
                                ContentType.TEXT, DsaCategory.ILLEGAL_OR_HARMFUL_SPEECH,
                                V.DISABLED, None, "Access to the defender's report on police abuse "
                                "was disabled in the ordering region.", True),
}
_GROUNDS = {
    True: "Filed for the defender: the content documents abuses in the public interest.",
    False: "The account holder says the posts were satire and asks for them back.",
}
_OUTCOME_REASONS = {
    AppealOutcome.UPHELD: "A second reviewer confirmed the restriction: the content breaks the "
                          "cited rule and no exception applies.",
    AppealOutcome.REVERSED: "A second reviewer found the content is documentation in the public "
                            "interest; the restriction is lifted and the content restored.",
    AppealOutcome.PARTIALLY_REVERSED: "The account restriction is lifted; two posts showing "
                                      "bystanders' faces stay unavailable.",
}
_NOTES = (
    "Told the defender what we did and what happens next.",
    "Confirmed the takedown and shared safety advice.",
    "Asked the defender to send any new links through the agreed channel.",
    "Update on the platform's response; no action needed from the defender.",
)
_CONSENT_METHODS = tuple(ConsentMethod)


@dataclass
class Activity:
    """What one case gets; `events` and ids are made by `write_activity`."""

    playbooks: list[tuple[str, datetime, int, list[tuple[TaskStatus, datetime | None, str]]]] = (
        field(default_factory=list))
    decisions: list[tuple[Decision, Appeal | None, list[tuple[datetime, int | None, str]]]] = (
        field(default_factory=list))
    notifications: list[Notification] = field(default_factory=list)

    def last(self) -> datetime | None:
        times = [when for _p, at, _a, steps in self.playbooks for when in [at, *(s[1] for s in steps)]
                 if when is not None]
        times += [at for d, _a, done in self.decisions for at in [d.decided_at, *(s[0] for s in done)]]
        times += [n.sent_at for n in self.notifications if n.sent_at is not None]
        return max(times) if times else None

    def changes(self) -> int:
        """How many audited changes touch the case (for its version)."""
        return (len(self.playbooks) + sum(len(steps) for *_x, steps in self.decisions)
                + len(self.decisions) + len(self.notifications))


@dataclass(frozen=True)
class CaseWork:
    """What the planner knows about a case when it plans its work."""

    category: IncidentCategory
    open_: bool
    start: datetime  # the first response
    end: datetime  # the last moment of work (resolution, or recently for an open case)
    worker: int
    reviewers: Sequence[int]  # colleagues who may vet or review (never the worker first)
    defender: Defender | None
    now: datetime


def plan_activity(rand: Callable[[], float], work: CaseWork,
                  library: dict[str, Playbook]) -> Activity | None:
    activity = Activity()
    span = max((work.end - work.start).total_seconds(), 60.0)

    def at(low: float, high: float) -> datetime:
        return work.start + timedelta(seconds=span * (low + (high - low) * rand()))

    options = [p for p in PLAYBOOKS_FOR.get(work.category, ()) if p in library]
    if options and rand() < 0.75:
        for n, playbook_id in enumerate(options[: 1 + (rand() < 0.3)]):
            attached = at(0.02 + 0.3 * n, 0.2 + 0.3 * n)
            steps = library[playbook_id].steps
            done = len(steps) if not work.open_ else int(rand() * (len(steps) + 1))
            planned: list[tuple[TaskStatus, datetime | None, str]] = []
            for i in range(len(steps)):
                if i >= done:
                    planned.append((TaskStatus.OPEN, None, ""))
                    continue
                when = attached + (work.end - attached) * ((i + rand()) / (len(steps) + 1))
                if rand() < 0.1:
                    planned.append((TaskStatus.SKIPPED, when, _SKIP_REASONS[int(rand() * 3)]))
                else:
                    planned.append((TaskStatus.DONE, when, _DONE_RESULTS[int(rand() * 4)]))
            activity.playbooks.append((playbook_id, attached, work.worker, planned))
    template = _DECISIONS.get(work.category)
    if template is not None and rand() < 0.55:
        activity.decisions.append(_decision(rand, work, template, at(0.1, 0.5)))
    if work.defender is not None and not work.defender.do_not_contact and rand() < 0.5:
        activity.notifications.append(_notification(rand, work, at(0.3, 1.0)))
    if not (activity.playbooks or activity.decisions or activity.notifications):
        return None
    return activity


def _decision(rand: Callable[[], float], work: CaseWork, template: tuple[Any, ...],
              decided_at: datetime) -> tuple[Decision, Appeal | None,
                                             list[tuple[datetime, int | None, str]]]:
    ground, reference, content_type, category, visibility, account, facts, against = template
    content_date = (decided_at - timedelta(days=1 + 6 * rand())).date()
    sor = StatementOfReasons(
        decision_ground=ground, ground_reference=reference, content_type=content_type,
        category=category, content_date=content_date, application_date=decided_at.date(),
        decision_facts=facts, source_type=SourceType.TRUSTED_FLAGGER if not against
        else SourceType.VOLUNTARY, automated_detection=against and rand() < 0.5,
        automated_decision=AutomatedDecision.NOT_AUTOMATED, puid=f"post-{int(rand() * 1e12):012d}",
        decision_visibility=visibility, decision_account=account,
    )
    sor.validate(work.now.date())
    decision = Decision(0, 0, work.worker, decided_at, DEFAULT_POLICY_VERSION, sor)
    if rand() >= (0.85 if against else 0.25):
        return decision, None, []
    filed = decided_at + timedelta(hours=2 + 24 * 6 * rand())
    if filed >= work.now:
        return decision, None, []
    check_filing(decision, filed)
    reviewer = work.reviewers[0]
    appeal = Appeal(0, 0, 0, filed, review_deadline(filed), AppealStatus.FILED, _GROUNDS[against],
                    work.worker)
    steps: list[tuple[datetime, int | None, str]] = [(filed, work.worker, "appeal.filed")]
    assigned = filed + timedelta(hours=1 + 30 * rand())
    if assigned >= work.now:
        return decision, appeal, steps
    appeal = replace(appeal, status=AppealStatus.UNDER_REVIEW, reviewer_id=reviewer)
    steps.append((assigned, reviewer, "appeal.reviewer_assigned"))
    decided = assigned + timedelta(hours=4 + 24 * 10 * rand())
    if decided >= work.now:
        return decision, appeal, steps
    roll = rand()
    if not work.open_:  # a reversal would reopen a resolved case: those appeals were upheld
        outcome = AppealOutcome.UPHELD
    elif against:
        outcome = (AppealOutcome.REVERSED if roll < 0.5 else AppealOutcome.PARTIALLY_REVERSED
                   if roll < 0.7 else AppealOutcome.UPHELD)
    else:
        outcome = AppealOutcome.PARTIALLY_REVERSED if roll < 0.15 else AppealOutcome.UPHELD
    check_outcome(outcome, _OUTCOME_REASONS[outcome])
    appeal = replace(appeal, status=AppealStatus.DECIDED, outcome=outcome, decided_by=reviewer,
                     decided_at=decided, statement_of_reasons=_OUTCOME_REASONS[outcome])
    steps.append((decided, reviewer, "appeal.decided"))
    escalated = decided + timedelta(days=1 + 5 * rand())
    # The appellant may take an upheld decision to a dispute settlement body (DSA Art. 21)
    if (outcome is AppealOutcome.UPHELD and escalated < work.now
            and rand() < (0.5 if against else 0.1)):
        complex_dispute = rand() < 0.3
        appeal = replace(appeal, status=AppealStatus.ESCALATED_ODS, ods_escalated_at=escalated,
                         ods_complex=complex_dispute,
                         ods_deadline=ods_deadline(escalated, complex_dispute))
        steps.append((escalated, work.worker, "appeal.escalated_ods"))
    return decision, appeal, steps


def _notification(rand: Callable[[], float], work: CaseWork, sent: datetime) -> Notification:
    defender = work.defender
    assert defender is not None
    consent = sent - timedelta(minutes=10 + 2_000 * rand())
    consent = max(consent, work.start)
    channel = NotificationChannel(defender.contact_channel)
    request = NotificationRequest(channel, work.reviewers[0], consent,
                                  _CONSENT_METHODS[int(rand() * len(_CONSENT_METHODS))],
                                  _NOTES[int(rand() * len(_NOTES))])
    check_notification(defender, request, sent)
    assert request.consent_method is not None
    return Notification(0, 0, defender.id, channel, request.vetted_by, consent, sent, request.note,
                        request.consent_method.value, work.worker)


def write_activity(uow: Any, case_id: int, ref: str, activity: Activity,
                   library: dict[str, Playbook]) -> list[tuple[Any, ...]]:
    """Insert the planned rows for `case_id`; returns their audit entries (unsorted)."""
    entries: list[tuple[Any, ...]] = []
    for playbook_id, attached, actor, planned in activity.playbooks:
        steps = library[playbook_id].steps
        ids = uow.tasks.add_steps(case_id, playbook_id, [(s.id, s.text) for s in steps])
        entries.append((attached, actor, "playbook.attached", "case", ref, case_id,
                        {"playbook": playbook_id, "steps": len(ids)}))
        for task_id, step, (status, when, result) in zip(ids, steps, planned, strict=True):
            if status is TaskStatus.OPEN or when is None:
                continue
            uow.tasks.finish(task_id, status, actor, when, result)
            entries.append((when, actor, f"task.{status.value}", "task", task_id, case_id,
                            {"playbook": playbook_id, "step": step.id, "result": bool(result)}))
    for decision, appeal, appeal_steps in activity.decisions:
        entries.extend(_write_decision(uow, case_id, decision, appeal, appeal_steps))
    for note in activity.notifications:
        note_id = uow.notifications.add(replace(note, case_id=case_id))
        assert note.consent_at is not None and note.sent_at is not None
        entries.append((note.sent_at, note.sent_by, "notification.sent", "notification", note_id,
                        case_id, {"channel": note.channel.value, "vetted_by": note.vetted_by,
                                  "consent_method": note.consent_method,
                                  "consent_at": note.consent_at.isoformat()}))
    return entries


def _write_decision(uow: Any, case_id: int, decision: Decision, appeal: Appeal | None,
                    steps: list[tuple[datetime, int | None, str]]) -> list[tuple[Any, ...]]:
    sor = decision.sor
    decision_id = uow.appeals.add_decision(replace(decision, case_id=case_id))
    out: list[tuple[Any, ...]] = [(decision.decided_at, decision.decided_by, "decision.recorded",
                                   "decision", decision_id, case_id, {
        "decision_id": decision_id, "ground": sor.decision_ground.value,
        "category": sor.category.value, "source_type": sor.source_type.value,
        "automated_detection": sor.automated_detection,
        "automated_decision": sor.automated_decision.value,
        "decision_fields": {n: getattr(sor, n).value for n in sor.decision_fields()},
        "policy_version": decision.policy_version,
    })]
    if appeal is None:
        return out
    appeal_id = uow.appeals.add_appeal(replace(appeal, case_id=case_id, decision_id=decision_id))
    for when, actor, action in steps:
        detail: dict[str, Any] = {"appeal_id": appeal_id}
        if action == "appeal.filed":
            detail |= {"decision_id": decision_id, "deadline": appeal.deadline.isoformat()}
        elif action == "appeal.reviewer_assigned":
            detail |= {"from": None, "to": appeal.reviewer_id}
        elif action == "appeal.decided":
            assert appeal.outcome is not None
            detail |= {"outcome": appeal.outcome.value, "reopened": False}
        else:
            assert appeal.ods_deadline is not None
            detail |= {"complex": appeal.ods_complex, "deadline": appeal.ods_deadline.isoformat()}
        out.append((when, actor, action, "appeal", appeal_id, case_id, detail))
    return out
