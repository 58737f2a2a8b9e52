"""Playbooks and notifications on a real SQLCipher file: tasks record who/when/result, a step
cannot change twice, a bad playbook file is named; "do not contact" cannot be bypassed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from hrdcase.errors import ValidationError
from hrdcase.models.clock import FixedClock
from hrdcase.models.enums import CaseStatus, NotificationChannel, TaskStatus
from hrdcase.models.notification import ConsentMethod, NotificationRequest
from hrdcase.services.audit import verify
from hrdcase.services.notify import NotifyService
from hrdcase.services.playbooks import PlaybookService, load_library
from hrdcase.storage.audit import AuditLog
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import Caseload, new_caseload
from tests.integration.test_services import draft


@pytest.fixture
def load(profile_dir: Path, clock: FixedClock) -> Iterator[Caseload]:
    c = new_caseload(profile_dir, clock, PASSPHRASE, FAST_KDF)
    yield c
    c.close()


def playbooks(load: Caseload, folder: Path | None = None) -> PlaybookService:
    me = load.world.responders[0].id
    if folder is None:
        return PlaybookService(load.store, load.clock, me, load.store.device_id)
    return PlaybookService(load.store, load.clock, me, load.store.device_id, folder)


def count(load: Caseload, table: str) -> int:
    return load.store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_the_shipped_library_loads() -> None:
    library = load_library()
    assert {"secure_account", "enhanced_protection", "lock_down", "temporary_disable",
            "restore_access", "preserve_evidence", "takedown_impersonation"} <= set(library)


def test_a_bad_playbook_file_is_named(load: Caseload, tmp_path: Path) -> None:
    folder = tmp_path / "books"
    folder.mkdir()
    (folder / "good.json").write_text(json.dumps(
        {"id": "good", "title": "Good", "steps": [{"id": "one", "text": "Do it."}]}))
    (folder / "broken.json").write_text('{"id": "broken", "title": ')
    with pytest.raises(ValidationError, match=r"^broken\.json: not valid JSON"):
        playbooks(load, folder).playbooks()
    (folder / "broken.json").write_text(json.dumps({"id": "broken", "title": "B", "steps": []}))
    with pytest.raises(ValidationError, match=r"^broken\.json: 'steps'"):
        playbooks(load, folder).playbooks()


def test_attach_then_complete_and_skip_steps(load: Caseload) -> None:
    case_id, _ = load.service.open_case(draft())
    service = playbooks(load)
    changes = service.attach(case_id, "lock_down")
    assert changes.cases == {case_id}
    tasks = service.tasks(case_id)
    assert [t.step for t in tasks] == [s.id for s in load_library()["lock_down"].steps]
    assert all(t.status == TaskStatus.OPEN and t.text for t in tasks)
    with pytest.raises(ValidationError, match="already attached"):
        service.attach(case_id, "lock_down")
    load.clock.advance(timedelta(minutes=10))
    service.complete(tasks[0].id, "Profile set to followers only.")
    with pytest.raises(ValidationError, match="why"):
        service.skip(tasks[1].id, " ")
    service.skip(tasks[1].id, "Defender declined.")
    done, skipped = service.tasks(case_id)[:2]
    me = load.world.responders[0].id
    assert (done.status, done.done_by, done.done_at, done.result) == (
        TaskStatus.DONE, me, load.clock.now(), "Profile set to followers only.")
    assert (skipped.status, skipped.result) == (TaskStatus.SKIPPED, "Defender declined.")
    with pytest.raises(ValidationError, match="already done"):
        service.complete(tasks[0].id, "again")
    with pytest.raises(ValidationError, match="already skipped"):
        service.complete(tasks[1].id)
    entries = AuditLog(load.store.db).for_case(case_id)
    assert [e.action for e in entries][-3:] == ["playbook.attached", "task.done", "task.skipped"]
    assert "Profile set" not in json.dumps([e.detail for e in entries])  # no free text audited
    assert verify(load.store).ok


def test_closed_case_refuses_playbook_work(load: Caseload) -> None:
    case_id, _ = load.service.open_case(draft())
    service = playbooks(load)
    service.attach(case_id, "secure_account")
    for version, status in enumerate((CaseStatus.TRIAGED, CaseStatus.IN_PROGRESS,
                                       CaseStatus.RESOLVED, CaseStatus.CLOSED), start=1):
        load.service.change_status(case_id, status, version)
    before = count(load, "audit_log")
    with pytest.raises(ValidationError, match="closed"):
        service.complete(service.tasks(case_id)[0].id)
    with pytest.raises(ValidationError, match="closed"):
        service.attach(case_id, "lock_down")
    assert count(load, "audit_log") == before


def notifier(load: Caseload) -> NotifyService:
    return NotifyService(load.store, load.clock, load.world.responders[0].id, load.store.device_id)


def request(load: Caseload, **changes: object) -> NotificationRequest:
    base = {"channel": NotificationChannel.SIGNAL, "vetted_by": load.world.responders[1].id,
            "consent_at": load.clock.now() - timedelta(hours=2),
            "consent_method": ConsentMethod.SECURE_MESSAGE, "note": "Invented notification text."}
    base.update(changes)
    return NotificationRequest(**base)  # type: ignore[arg-type]


def test_a_vetted_consented_notification_is_recorded(load: Caseload) -> None:
    case_id, _ = load.service.open_case(draft())
    changes = notifier(load).notify(case_id, request(load))
    assert changes.cases == {case_id}
    (sent,) = notifier(load).history(case_id)
    assert sent.channel == NotificationChannel.SIGNAL
    assert sent.vetted_by == load.world.responders[1].id
    assert sent.consent_method == "secure_message" and sent.sent_at == load.clock.now()
    entry = AuditLog(load.store.db).for_case(case_id)[-1]
    assert entry.action == "notification.sent"
    assert entry.detail["channel"] == "signal" and "note" not in entry.detail
    routing = load.store.db.execute(
        "SELECT routing FROM outbox WHERE entity = 'notification'").fetchone()[0]
    assert "Invented notification" not in routing and "Tamarin" not in routing


def test_do_not_contact_cannot_be_bypassed_in_the_service(load: Caseload) -> None:
    base = draft()
    assert base.new_defender is not None
    dnc = replace(base, new_defender=replace(base.new_defender, do_not_contact=True))
    case_id, _ = load.service.open_case(dnc)
    before = (count(load, "notifications"), count(load, "audit_log"), count(load, "outbox"))
    # A perfectly filled request, as a UI that skipped its own check would send it.
    with pytest.raises(ValidationError, match="asked not to be contacted"):
        notifier(load).notify(case_id, request(load))
    assert (count(load, "notifications"), count(load, "audit_log"), count(load, "outbox")) == before


def test_unknown_vetter_and_missing_consent_are_refused(load: Caseload) -> None:
    case_id, _ = load.service.open_case(draft())
    with pytest.raises(ValidationError, match="vetting responder is not known"):
        notifier(load).notify(case_id, request(load, vetted_by=9999))
    with pytest.raises(ValidationError, match="consented"):
        notifier(load).notify(case_id, request(load, consent_at=None))
    assert count(load, "notifications") == 0


def test_the_sender_does_not_vet_their_own_notification(load: Caseload) -> None:
    case_id, _ = load.service.open_case(draft())
    assert len(load.world.responders) > 1
    before = (count(load, "notifications"), count(load, "audit_log"), count(load, "outbox"))
    with pytest.raises(ValidationError, match="Someone other than the sender") as refused:
        notifier(load).notify(case_id, request(load, vetted_by=load.world.responders[0].id))
    assert refused.value.field == "vetted_by"
    assert (count(load, "notifications"), count(load, "audit_log"), count(load, "outbox")) == before
