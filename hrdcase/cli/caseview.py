"""`hrdcase case show`: everything the case view shows, as text or JSON. Deadlines with their
states (the same `sla_status` and `warning_before` rule as the Triage tab), decisions with their
appeals, notifications, playbook tasks and evidence metadata (never bytes). A graphic incident's
text, and a graphic image's file name, are withheld unless `--show-graphic`; showing them is
recorded in the signed-in responder's exposure ledger as a reveal, as the app's box does."""

from __future__ import annotations

import argparse
import json
from dataclasses import fields
from datetime import date, datetime
from enum import Enum
from typing import Any

from hrdcase.cli.common import with_session
from hrdcase.models.text import json_terminal_safe, terminal_safe


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def _deadlines(overview: Any) -> dict[str, Any]:
    case, sla = overview.case, overview.sla
    return {
        "first_response": {"due": _plain(case.first_response_due),
                           "state": sla.first_response.value,
                           "done_at": _plain(overview.first_response_at)},
        "resolution": {"due": _plain(case.resolution_due), "state": sla.resolution.value},
        "next_breach_at": _plain(sla.breach_at),
        "next_breach_state": sla.next_state.value,
        "policy": overview.policy_version,
        "triage_reasons": [list(r) for r in overview.reasons],
        "escalations": [{"role": e.role, "due_at": _plain(e.due_at),
                         "recorded_at": _plain(e.recorded_at)} for e in overview.escalations],
        "risk_review_overdue": overview.review_overdue,
    }


def _decisions(records: Any, names: dict[int, str]) -> list[dict[str, Any]]:
    out = []
    for record in records:
        d = record.decision
        sor = {f.name: _plain(getattr(d.sor, f.name)) for f in fields(d.sor)}
        appeal = record.appeal
        out.append({
            "id": d.id, "decided_at": _plain(d.decided_at), "decided_by": names.get(d.decided_by),
            "policy_version": d.policy_version, "statement_of_reasons": sor,
            "appeal": None if appeal is None else {
                **{f.name: _plain(getattr(appeal, f.name)) for f in fields(appeal)
                   if f.name not in ("case_id", "filed_by", "reviewer_id", "decided_by")},
                "filed_by": names.get(appeal.filed_by),
                "reviewer": names.get(appeal.reviewer_id),
                "decided_by": names.get(appeal.decided_by),
            },
        })
    return out


def _extras(session: Any, case_id: int, names: dict[int, str],
            show_graphic: bool) -> dict[str, Any]:
    overview = session.triage.overview(case_id)
    return {
        "deadlines": _deadlines(overview),
        "decisions": _decisions(session.appeals.case_decisions(case_id).records, names),
        "notifications": [
            {"id": n.id, "channel": n.channel.value, "vetted_by": names.get(n.vetted_by),
             "consent_at": _plain(n.consent_at), "consent_method": n.consent_method,
             "sent_at": _plain(n.sent_at), "sent_by": names.get(n.sent_by), "note": n.note}
            for n in session.notify.history(case_id)],
        "tasks": [
            {"id": t.id, "playbook": t.playbook, "step": t.step, "text": t.text,
             "status": t.status.value, "done_by": names.get(t.done_by),
             "done_at": _plain(t.done_at), "result": t.result}
            for t in session.playbooks.tasks(case_id)],
        "evidence": [
            {"id": m.id, "incident_id": m.incident_id,
             "name": m.name if show_graphic or not m.graphic else None,
             "mime": m.mime, "size": m.size, "sha256": m.sha256, "graphic": m.graphic,
             "added_at": _plain(m.added_at), "added_by": names.get(m.added_by)}
            for m in session.evidence.for_case(case_id)],
    }


def case_view(session: Any, ref: str, show_graphic: bool) -> dict[str, Any]:
    from hrdcase.services.render import case_detail_dict

    case_id = session.queries.case_id_for_ref(ref)
    detail = session.queries.case_detail(case_id)
    if show_graphic and session.me is not None:
        for incident_id in detail.graphic_incident_ids:  # what the app's reveal box records
            session.wellbeing.reveal(incident_id)
            session.wellbeing.hide(incident_id)
    view = case_detail_dict(detail, show_graphic)
    for incident, row in zip(detail.incidents, view["incidents"], strict=True):
        row["id"] = incident.id
    return {**view, **_extras(session, case_id, detail.actor_names, show_graphic)}


def view_text(d: dict[str, Any]) -> list[str]:
    """The sections `case_detail_text` does not carry, as lines."""
    dl = d["deadlines"]
    fr, res = dl["first_response"], dl["resolution"]
    lines = ["", "Deadlines:",
             f"  first response {fr['state']} (due {fr['due'] or '-'})",
             f"  resolution {res['state']} (due {res['due'] or '-'})"]
    if d["decisions"]:
        lines += ["", "Decisions:"]
        for dec in d["decisions"]:
            sor = dec["statement_of_reasons"]
            lines.append(f"  #{dec['id']} {dec['decided_at'][:16]} {sor['decision_ground']}")
            appeal = dec["appeal"]
            if appeal:
                lines.append(f"    appeal #{appeal['id']} {appeal['status']}"
                             f" (review due {appeal['deadline'][:16]})"
                             + (f": {appeal['outcome']}" if appeal["outcome"] else ""))
    if d["tasks"]:
        lines += ["", "Playbook tasks:"]
        lines += [f"  #{t['id']} [{t['status']}] {t['playbook']}/{t['step']}" for t in d["tasks"]]
    if d["notifications"]:
        lines += ["", "Notifications:"]
        lines += [f"  {n['sent_at'][:16]} via {n['channel']} (vetted by {n['vetted_by']})"
                  for n in d["notifications"]]
    if d["evidence"]:
        lines += ["", "Evidence:"]
        lines += [f"  #{m['id']} incident {m['incident_id']} {m['mime']} {m['size']} bytes"
                  + (" graphic" if m["graphic"] else "") for m in d["evidence"]]
    return lines


def cmd_case_show(args: argparse.Namespace) -> int:
    from hrdcase.services.render import case_detail_text

    def work(session: Any) -> tuple[dict[str, Any], str]:
        view = case_view(session, args.ref, args.show_graphic)
        detail = session.queries.case_detail(session.queries.case_id_for_ref(args.ref))
        return view, case_detail_text(detail, args.show_graphic)

    view, text = with_session(args, work)
    if args.json:
        print(json_terminal_safe(json.dumps(view, indent=2, ensure_ascii=False)))
    else:
        print(terminal_safe("\n".join([text, *view_text(view)])))
    return 0
