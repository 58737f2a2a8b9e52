"""UI fixtures: a small synthetic caseload on a real SQLCipher profile, a session and a UiContext.

All names are invented. `build_caseload` returns what it made (`Spec` per case) so that tests can
compute the counts they expect without reading the database back."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from hrdcase.bootstrap import Unlocker
from hrdcase.models.clock import FixedClock
from hrdcase.models.entities import Region, Responder, RiskItem
from hrdcase.models.enums import CaseStatus, CivicSpace, IncidentCategory, Priority, Severity
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.services.session import Session
from hrdcase.ui.context import UiContext
from hrdcase.ui.notifier import ChangeNotifier
from hrdcase.ui.ops import Ops, run_and_wait
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.wellbeing_support import store_permissive_policy

REGIONS = (
    Region("KE", "Kenya", CivicSpace.REPRESSED, ("en", "sw")),
    Region("BR", "Brazil", CivicSpace.OBSTRUCTED, ("pt",)),
    Region("FR", "France", CivicSpace.NARROWED, ("fr",)),
)
LANGUAGES = ("en", "pt", "fr")
RESPONDERS = ("Ana Synthetic", "Bruno Placeholder", "Chidi Example")
BIRDS = ("Heron", "Kestrel", "Osprey", "Wren", "Falcon", "Lark", "Plover", "Swift")
TITLES = (
    "Doxxing of a land-rights organiser",
    "Impersonation account targeting a journalist",
    "Coordinated harassment after a river protest",
    "Spyware suspicion on a lawyer's phone",
    "Threats against an environmental defender",
    "Deepfake campaign before a union election",
)
CATEGORIES = (
    IncidentCategory.DOXXING,
    IncidentCategory.IMPERSONATION,
    IncidentCategory.COORDINATED_HARASSMENT,
    IncidentCategory.SURVEILLANCE_SPYWARE,
    IncidentCategory.THREATS_OF_VIOLENCE,
    IncidentCategory.DEEPFAKE_SEXUAL,
)
# The path each case takes from NEW, by index modulo 5.
STATUS_PATHS: tuple[tuple[CaseStatus, ...], ...] = (
    (),
    (CaseStatus.TRIAGED,),
    (CaseStatus.TRIAGED, CaseStatus.IN_PROGRESS),
    (CaseStatus.TRIAGED, CaseStatus.IN_PROGRESS, CaseStatus.WAITING_ON_HRD),
    (CaseStatus.TRIAGED, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED),
)


@dataclass(frozen=True)
class Spec:
    id: int
    ref: str
    title: str
    status: CaseStatus
    priority: Priority
    region: str
    language: str
    assignee: str | None


def _seed_reference(session: Session) -> list[int]:
    with session.store.transaction() as uow:
        for region in REGIONS:
            uow.reference.add_region(region)
        team = uow.reference.add_team("Desk Synthetic")
        ids = [uow.reference.add_responder(Responder(0, name, team, languages=("en",)))
               for name in RESPONDERS]
        uow.settings.set("me", str(ids[0]))
        store_permissive_policy(uow)  # the fixture works past the 16:00 graphic cut-off
    return ids


def _open(session: Session, i: int, responders: list[int], clock: FixedClock) -> Spec:
    region = REGIONS[i % len(REGIONS)]
    assignee = None if i % 7 == 0 else responders[i % len(responders)]
    draft = NewCase(
        title=f"{TITLES[i % len(TITLES)]} {i}",
        category=CATEGORIES[i % len(CATEGORIES)],
        region_code=region.code,
        language=LANGUAGES[i % len(LANGUAGES)],
        description=f"Synthetic incident number {i}; the details are invented for tests.",
        priority=list(Priority)[i % 4],
        severity=list(Severity)[i % 3],
        summary=f"Synthetic summary {i}.",
        new_defender=NewDefender(f"{BIRDS[i % len(BIRDS)]}-{i}", f"Legal Name {i}"),
        assignee_id=assignee,
    )
    case_id, _ = session.cases.open_case(draft)
    version = 1
    status = CaseStatus.NEW
    for status in STATUS_PATHS[i % len(STATUS_PATHS)]:
        clock.advance(timedelta(hours=5))
        session.cases.change_status(case_id, status, version)
        version += 1
    _enrich(session, case_id, i, clock)
    ref = session.queries.case_detail(case_id).case.ref
    name = RESPONDERS[responders.index(assignee)] if assignee else None
    return Spec(case_id, ref, draft.title, status, draft.priority, region.code, draft.language,
                name)


def _enrich(session: Session, case_id: int, i: int, clock: FixedClock) -> None:
    """Some history for the case view: a second incident, risk notes, an edit, a reassignment."""
    clock.advance(timedelta(hours=3))
    if i % 2 == 0:
        session.cases.add_incident(case_id, IncidentCategory.CYBER_HARASSMENT,
                                   f"Follow-up report {i}: more invented messages arrived.")
    if i % 3 == 0:
        for score in (2, 4):
            clock.advance(timedelta(days=1))
            session.cases.add_risk_note(
                case_id, [RiskItem("Invented threat", score)], [RiskItem("Invented gap", 3)],
                [RiskItem("Invented support network", 2)],
                rationale=f"Synthetic assessment at score {score}.",
                mitigations="Synthetic mitigation plan.")
    if i % 5 == 3:
        clock.advance(timedelta(hours=2))
        version = session.queries.case_detail(case_id).case.version
        session.cases.update_fields(case_id, version, summary=f"Synthetic summary {i}, revised.")


def build_caseload(profile_dir: Path, cases: int, clock: FixedClock | None = None) -> list[Spec]:
    clock = clock or FixedClock()
    session = Unlocker(profile_dir, clock).create(PASSPHRASE, FAST_KDF)
    try:
        responders = _seed_reference(session)
    finally:
        session.close()
    session = open_session(profile_dir, clock)  # now signed in as the first responder
    specs = []
    try:
        for i in range(cases):
            clock.advance(timedelta(minutes=37))
            specs.append(_open(session, i, responders, clock))
    finally:
        session.close()
    return specs


def open_session(profile_dir: Path, clock: FixedClock | None = None) -> Session:
    return Unlocker(profile_dir, clock or FixedClock()).with_passphrase(PASSPHRASE)


def make_ctx(session: Session) -> UiContext:
    return UiContext(session, Ops(), ChangeNotifier())


def version_of(ctx: UiContext, case_id: int) -> int:
    return run_and_wait(ctx.ops, lambda: ctx.session.queries.case_detail(case_id).case.version)


def close_ctx(ctx: UiContext) -> None:
    ctx.close()
    ctx.ops.shutdown()


def ops_threads() -> int:
    """Live "hrdcase-ops" worker threads of this process (Linux; 0 elsewhere)."""
    tasks = Path("/proc/self/task")
    if not tasks.is_dir():
        return 0
    count = 0
    for task in tasks.iterdir():
        try:
            count += (task / "comm").read_text().strip() == "hrdcase-ops"
        except OSError:  # the thread ended while we looked
            pass
    return count


@pytest.fixture(autouse=True)
def _no_worker_left_behind() -> Iterator[None]:
    """Every test shuts its ops workers down (Qt detaches threads: allow a moment to exit)."""
    yield
    deadline = time.monotonic() + 2.0
    while ops_threads() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert ops_threads() == 0, "a test left an ops worker thread running"


@pytest.fixture(scope="session")
def _caseload_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Spec]]:
    folder = tmp_path_factory.mktemp("caseload") / "profile"
    return folder, build_caseload(folder, 60)


@pytest.fixture
def caseload(profile_dir: Path, _caseload_template: tuple[Path, list[Spec]]) -> list[Spec]:
    """60 cases (more than one page) in a fresh copy of a profile built once per test run."""
    template, specs = _caseload_template
    shutil.copytree(template, profile_dir)
    return specs


@pytest.fixture
def session(profile_dir: Path, caseload: list[Spec]) -> Iterator[Session]:
    s = open_session(profile_dir)
    yield s
    s.close()


@pytest.fixture
def ctx(qtbot: object, session: Session) -> Iterator[UiContext]:
    c = make_ctx(session)
    yield c
    close_ctx(c)


@pytest.fixture(autouse=True)
def _no_modal_prompts(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real QMessageBox would block an offscreen test for ever (teardown closes dialogs, and a
    dialog holding typed text asks first). By default every "unsaved text" prompt answers Discard;
    tests about prompting patch these again with their own answers."""
    import hrdcase.ui.case.unsaved as unsaved
    import hrdcase.ui.case_edit as case_edit
    import hrdcase.ui.forms as forms
    import hrdcase.ui.intake as intake

    monkeypatch.setattr(intake, "ask_discard_intake", lambda parent: case_edit.DISCARD)
    monkeypatch.setattr(forms, "ask_unsaved", lambda parent, question=None: forms.DISCARD)
    monkeypatch.setattr(unsaved, "ask_discard", lambda parent: case_edit.DISCARD)
    # Confirmations of actions that cannot be taken back say yes (tests/ui/test_confirm.py asks).
    monkeypatch.setattr(forms, "confirm", lambda parent, title, question, action: True)
