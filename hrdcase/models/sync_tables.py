"""What syncs, declared once (docs/sync.md): for each synced table its fields, how each foreign key
travels, which fields are risk-critical, the natural key two devices may both create, and the
routing metadata a row gives the server. Pure data; the SQL that reads and writes by it is in
storage/sync_log.py.

A field is every column except the local integer `id`, `gid`, and local bookkeeping (a case's
`version`, a signal's `received_at`). A foreign key travels as the referenced row's global id: a
responder as the person id (`responders.person_id`), a team as the team id (`teams.team_uuid`), a
region as its ISO code (the same everywhere), any synced row as its gid. Evidence bytes travel as a
separately sealed blob: the op's `blob` field is the SHA-256 of the sealed blob.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PERSON = "responders"
TEAM = "teams"
REGION = "regions"
BLOB_FIELD = "blob"  # evidence_media.data travels as a blob


@dataclass(frozen=True)
class TableSpec:
    name: str
    fields: tuple[str, ...]  # columns that travel (the blob pseudo-field included)
    refs: dict[str, str] = field(default_factory=dict)  # column -> referenced table
    critical: frozenset[str] = frozenset()  # concurrent edits go to the conflict queue
    natural_key: tuple[str, ...] = ()  # a UNIQUE key two devices may both create
    key_column: str = "id"  # the local integer key (rowid alias) other rows reference
    case_column: str | None = None  # the column naming the case the row belongs to
    via_incident: bool = False  # evidence: the case is the incident's


def _spec(name: str, fields: str, **kw: Any) -> TableSpec:
    return TableSpec(name, tuple(fields.split()), **kw)


_PEOPLE = {"assignee_id": PERSON}
# In dependency order: a row's parents come before it, so one device's ops apply in order.
SPECS: tuple[TableSpec, ...] = (
    _spec("partners", "name", natural_key=("name",)),
    _spec("defenders", "pseudonym legal_name region_code languages gender_factors do_not_contact "
          "contact_channel", refs={"region_code": REGION}),
    _spec("workload_policies", "version body created_at created_by", refs={"created_by": PERSON},
          natural_key=("version",), key_column="version"),
    _spec("surges", "region_code starts_at ends_at reason declared_by declared_at ended_at",
          refs={"region_code": REGION, "declared_by": PERSON}),
    _spec("surge_roster", "surge_id responder_id", refs={"surge_id": "surges", "responder_id": PERSON},
          natural_key=("surge_id", "responder_id"), key_column="rowid"),
    _spec("team_signals", "responder_id as_of local_day iso_week today_minutes week_minutes "
          "last_block_end last_checkin_at asked_for_support", refs={"responder_id": PERSON},
          natural_key=("responder_id",), key_column="responder_id"),
    _spec("cases", "ref title summary status priority severity category channel region_code language "
          "defender_id assignee_id team_id risk_level created_at updated_at first_response_due "
          "resolution_due first_response_at priority_reasons",
          refs={"region_code": REGION, "defender_id": "defenders", **_PEOPLE, "team_id": TEAM},
          critical=frozenset({"risk_level", "status", "assignee_id"}), natural_key=("ref",)),
    _spec("case_intake", "case_id source_id partner_id submitted_at",
          refs={"case_id": "cases", "partner_id": "partners"}, natural_key=("case_id",),
          key_column="case_id", case_column="case_id"),
    _spec("incidents", "case_id category description reported_at occurred_at channel evidence_ref "
          "graphic", refs={"case_id": "cases"}, case_column="case_id"),
    _spec("evidence_media", "incident_id name mime size sha256 graphic blob added_at added_by",
          refs={"incident_id": "incidents", "added_by": PERSON},
          natural_key=("incident_id", "sha256"), via_incident=True),
    _spec("risk_notes", "case_id author_id created_at threats vulnerabilities capacities score level "
          "gender_factors context_flags rationale mitigations next_review superseded_by",
          refs={"case_id": "cases", "author_id": PERSON, "superseded_by": "risk_notes"},
          critical=frozenset({"level"}), case_column="case_id"),
    _spec("escalations", "case_id step role due_at recorded_at", refs={"case_id": "cases"},
          natural_key=("case_id", "step"), case_column="case_id"),
    _spec("tasks", "case_id playbook step position text status done_by done_at result",
          refs={"case_id": "cases", "done_by": PERSON}, natural_key=("case_id", "playbook", "step"),
          case_column="case_id"),
    _spec("notifications", "case_id defender_id channel vetted_by consent_at consent_method sent_by "
          "sent_at note", refs={"case_id": "cases", "defender_id": "defenders", "vetted_by": PERSON,
                                "sent_by": PERSON}, case_column="case_id"),
    _spec("decisions", "case_id decided_by decided_at policy_version decision_ground ground_reference "
          "content_type category content_date application_date decision_facts source_type "
          "automated_detection automated_decision puid decision_visibility "
          "decision_visibility_other decision_monetary decision_provision decision_account",
          refs={"case_id": "cases", "decided_by": PERSON}, case_column="case_id"),
    _spec("appeals", "case_id decision_id filed_at deadline status grounds filed_by reviewer_id "
          "outcome statement_of_reasons decided_by decided_at ods_escalated_at ods_complex "
          "ods_deadline", refs={"case_id": "cases", "decision_id": "decisions", "filed_by": PERSON,
                                "reviewer_id": PERSON, "decided_by": PERSON},
          critical=frozenset({"status", "outcome"}), natural_key=("decision_id",),
          case_column="case_id"),
    _spec("overrides", "at case_id responder_id supervisor_id limits reason policy_version",
          refs={"case_id": "cases", "responder_id": PERSON, "supervisor_id": PERSON},
          case_column="case_id"),
    _spec("handover_notes", "at case_id from_id to_id author_id text",
          refs={"case_id": "cases", "from_id": PERSON, "to_id": PERSON, "author_id": PERSON},
          case_column="case_id"),
)
BY_NAME: dict[str, TableSpec] = {s.name: s for s in SPECS}
ORDER: dict[str, int] = {s.name: i for i, s in enumerate(SPECS)}
CASE_ROUTING = ("status", "priority", "category", "created_at", "updated_at", "first_response_due",
                "first_response_at", "resolution_due")


def spec(table: str) -> TableSpec:
    found = BY_NAME.get(table)
    if found is None:
        raise KeyError(f"{table} is not a synced table")
    return found


def routing(table: str, gid: str, values: dict[str, object] | None,
            case_gid: str | None) -> dict[str, object]:
    """The routing metadata of one op (protocol.ROUTING_KEYS only; `values` as it travels, None for
    a tombstone)."""
    if table == "cases":
        out: dict[str, object] = {"case_id": gid}
        if values is None:
            return {**out, "deleted": True}
        out.update({k: values[k] for k in CASE_ROUTING if k in values and values[k] is not None})
        for key, column in (("assignee_id", "assignee_id"), ("region", "region_code")):
            if values.get(column) is not None:
                out[key] = values[column]
        return out
    out = {"case_id": case_gid} if case_gid else {}
    return {**out, "deleted": True} if values is None else out
