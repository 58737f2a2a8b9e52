"""A case as plain text or a JSON-ready dict, for the command line (no Qt, no reportlab)."""

from __future__ import annotations

from typing import Any

from hrdcase.models.entities import AuditEntry
from hrdcase.models.playbooks import playbook_title, step_title
from hrdcase.services.playbooks import bundled_library
from hrdcase.services.queries import CaseDetail


def _when(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def describe(entry: AuditEntry) -> str:
    """One line for a timeline entry. Audit details never hold free text, only field names and
    enum values, so this is safe to show at any redaction level."""
    d = entry.detail
    match entry.action:
        case "case.opened":
            return f"Case opened via {d.get('channel', '?')} as {d.get('priority', '?')}"
        case "case.status":
            return f"Status {d.get('from')} → {d.get('to')}"
        case "case.reopened":
            return f"Reopened ({d.get('from')} → {d.get('to')})"
        case "case.assigned":
            return "Assignment changed"
        case "case.updated":
            return "Edited: " + ", ".join(sorted(d))
        case "incident.added":
            return f"Incident added ({d.get('category')})"
        case "risk_note.added":
            return f"Risk assessed: {d.get('level')} ({d.get('score')})"
        case "case.triaged":
            prio = d.get("priority")
            to = prio.get("to") if isinstance(prio, dict) else prio
            reasons = d.get("reasons")
            why = ", ".join(f"{k} {v}" for k, v in (reasons if isinstance(reasons, list) else []))
            return f"Triaged as {to} ({why})"
        case "case.first_response":
            late = "" if d.get("within_sla", True) in (True, None) else " (late)"
            return f"First response recorded{late}"
        case "case.escalation_step":
            return f"Escalated to {str(d.get('role', '?')).replace('_', ' ')} (unanswered)"
        case "intake.recorded":
            return (f"Intake recorded (source {d.get('source_id') or '-'}, "
                    f"partner {d.get('partner_id') or '-'})")
        case "partner.added":
            return f"Trusted partner {d.get('partner_id')} added"
        case "playbook.attached":
            title = playbook_title(bundled_library(), d.get("playbook"))
            return f"Playbook “{title}” attached ({d.get('steps')} steps)"
        case "task.done" | "task.skipped":
            verb = "done" if entry.action == "task.done" else "skipped"
            library = bundled_library()
            return (f"Playbook step “{step_title(library, d.get('playbook'), d.get('step'))}” of "
                    f"“{playbook_title(library, d.get('playbook'))}” {verb}")
        case "notification.sent":
            return (f"Defender notified via {d.get('channel')} (vetted by {d.get('vetted_by')}, "
                    f"consent {d.get('consent_method')})")
        case "evidence.attached":
            hidden = ", graphic" if d.get("graphic") else ""
            return (f"Evidence image #{d.get('evidence_id')} attached to incident "
                    f"{d.get('incident_id')} ({d.get('mime')}, {d.get('size')} bytes{hidden})")
        case "evidence.marked":
            state = "graphic" if d.get("graphic") else "not graphic"
            return f"Evidence image #{d.get('evidence_id')} marked {state}"
        case "decision.recorded":
            return (f"Decision #{d.get('decision_id')} recorded ({d.get('ground')}, "
                    f"{d.get('category')}, policy {d.get('policy_version')})")
        case "appeal.filed":
            return f"Appeal #{d.get('appeal_id')} filed; review due {d.get('deadline')}"
        case "appeal.reviewer_assigned":
            return f"Appeal #{d.get('appeal_id')} reviewer: responder {d.get('to')}"
        case "appeal.decided":
            reopened = "; case reopened" if d.get("reopened") else ""
            return f"Appeal #{d.get('appeal_id')} decided: {d.get('outcome')}{reopened}"
        case "appeal.escalated_ods":
            kind = "complex, " if d.get("complex") else ""
            return (f"Appeal #{d.get('appeal_id')} escalated to dispute settlement "
                    f"({kind}due {d.get('deadline')})")
        case _:
            return entry.action


GRAPHIC_WITHHELD = "[graphic content withheld; --show-graphic shows it]"


def case_detail_dict(detail: CaseDetail, show_graphic: bool = False) -> dict[str, Any]:
    """The case as the case view shows it: a graphic incident's text is withheld (None) unless
    `show_graphic`, as behind the view's "Show graphic material" box."""
    c = detail.case
    return {
        "ref": c.ref,
        "title": c.title,
        "summary": c.summary,
        "status": c.status.value,
        "priority": c.priority.value,
        "severity": c.severity.value,
        "category": c.category.value,
        "dsa_category": c.category.dsa_category.value,
        "channel": c.channel.value,
        "region": c.region_code,
        "civic_space": (detail.region.civic_space.value
                        if detail.region and detail.region.civic_space else None),
        "language": c.language,
        "risk_level": c.risk_level.value if c.risk_level else None,
        "assignee": detail.assignee.display_name if detail.assignee else None,
        "defender": detail.defender.pseudonym if detail.defender else None,
        "created_at": _when(c.created_at),
        "updated_at": _when(c.updated_at),
        "version": c.version,
        "incidents": [
            {
                "category": i.category.value,
                "reported_at": _when(i.reported_at),
                "channel": i.channel.value,
                "graphic": i.graphic,
                "description": i.description if show_graphic or not i.graphic else None,
            }
            for i in detail.incidents
        ],
        "risk_notes": [
            {
                "created_at": _when(n.created_at),
                "level": n.level.value,
                "score": n.score,
                "current": n.superseded_by is None,
                "threats": [[t.label, t.score] for t in n.threats],
                "vulnerabilities": [[v.label, v.score] for v in n.vulnerabilities],
                "capacities": [[x.label, x.score] for x in n.capacities],
                "gender_factors": list(n.gender_factors),
                "rationale": n.rationale,
            }
            for n in detail.risk_notes
        ],
        "timeline": [
            {
                "at": _when(e.at),
                "actor": detail.actor_names.get(e.actor_id) if e.actor_id else None,
                "action": e.action,
                "text": describe(e),
            }
            for e in detail.timeline
        ],
    }


def case_detail_text(detail: CaseDetail, show_graphic: bool = False) -> str:
    d = case_detail_dict(detail, show_graphic)
    lines = [
        f"{d['ref']}  {d['title']}",
        f"  status {d['status']}  priority {d['priority']}  severity {d['severity']}  "
        f"risk {d['risk_level'] or '-'}",
        f"  category {d['category']} (DSA {d['dsa_category'].removeprefix('STATEMENT_CATEGORY_')})",
        f"  region {d['region']} ({d['civic_space'] or 'unrated'})  language {d['language']}",
        f"  defender {d['defender'] or '-'}  assignee {d['assignee'] or 'unassigned'}",
    ]
    if d["summary"]:
        lines += ["", "Summary:", f"  {d['summary']}"]
    lines += ["", f"Incidents ({len(d['incidents'])}):"]
    lines += [f"  {i['reported_at'][:16]}  {i['category']}: "
              f"{GRAPHIC_WITHHELD if i['description'] is None else i['description']}"
              for i in d["incidents"]]
    if d["risk_notes"]:
        lines += ["", "Risk notes:"]
        lines += [f"  {n['created_at'][:16]}  {n['level']} ({n['score']})"
                  + ("" if n["current"] else "  [superseded]") for n in d["risk_notes"]]
    lines += ["", "Timeline:"]
    lines += [f"  {e['at'][:16]}  {e['actor'] or 'system'}: {e['text']}" for e in d["timeline"]]
    return "\n".join(lines)
