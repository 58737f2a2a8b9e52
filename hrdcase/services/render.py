"""A case as plain text or a JSON-ready dict, for the command line (no Qt, no reportlab). The
timeline's sentences are `services.audit_text`'s, in English with UTC times."""

from __future__ import annotations

from typing import Any

from hrdcase.services.audit_text import Sentences
from hrdcase.services.playbooks import bundled_library
from hrdcase.services.queries import CaseDetail


def _when(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


GRAPHIC_WITHHELD = "[graphic content withheld; --show-graphic shows it]"


def case_detail_dict(detail: CaseDetail, show_graphic: bool = False) -> dict[str, Any]:
    """The case as the case view shows it: a graphic incident's text is withheld (None) unless
    `show_graphic`, as behind the view's "Show graphic material" box."""
    c = detail.case
    say = Sentences(detail.actor_names, playbooks=bundled_library())
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
                "text": say(e),
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
    lines += [f"  {e['at'][:16]}  {e['text']}" for e in d["timeline"]]  # the sentence names the actor
    return "\n".join(lines)
