"""Words for playbooks and notifications: translated enum labels (the words are
`services/wording.py`'s) and the playbook titles the timeline names."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from hrdcase.errors import UserError
from hrdcase.models.playbooks import Playbook
from hrdcase.services import wording
from hrdcase.services.queries import CaseDetail
from hrdcase.services.session import Session
from hrdcase.ui.i18n import translate


def notification_channel_label(value: object) -> str:
    return wording.notification_channel_label(value, translate)


def consent_method_label(value: object) -> str:
    return wording.consent_method_label(value, translate)


def task_status_label(value: object) -> str:
    return wording.task_status_label(value, translate)


# Playbook titles for the timeline (the audit log records ids). Filled on the ops worker, where the
# library is read (`learn_playbooks`), and only read on the GUI thread: no disk work in slots.
_library: dict[str, Playbook] = {}


def learn_playbooks(playbooks: Iterable[Playbook]) -> None:
    _library.update({p.id: p for p in playbooks})


def known_playbooks() -> Mapping[str, Playbook]:
    """The playbooks learnt so far, for the timeline's sentences (`services.audit_text`)."""
    return _library


def case_detail(session: Session, case_id: int) -> CaseDetail:
    """On the worker: the case detail, after learning the playbook titles its timeline names (a
    playbook file that cannot be read leaves the ids showing rather than hiding the case)."""
    try:
        learn_playbooks(session.playbooks.playbooks())
    except UserError:
        pass
    return session.queries.case_detail(case_id)
