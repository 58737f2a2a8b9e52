"""The DSA statement-of-reasons export: a stored decision maps to the API's fields, and the
validator rejects each broken rule with its exact error."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from hrdcase.models.decisions import (
    Decision,
    DecisionAccount,
    DecisionGround,
    DecisionVisibility,
)
from hrdcase.models.sor import BATCH_MAX, batches, statement, validate
from tests.unit.test_appeals_model import sor


def valid(**changes) -> dict:
    return statement(Decision(1, 2, 3, datetime(2026, 2, 1, tzinfo=UTC), "p 1", sor(**changes)))


def test_a_stored_decision_is_a_valid_statement():
    st = valid()
    assert validate(st) == []
    assert st["content_type"] == ["CONTENT_TYPE_TEXT"]
    assert st["decision_visibility"] == ["DECISION_VISIBILITY_CONTENT_REMOVED"]
    assert st["automated_detection"] == "No"
    assert st["content_date"] == "2026-01-20" and st["application_date"] == "2026-01-31"
    assert st["incompatible_content_ground"] == "Community guidelines 4.2"
    assert "illegal_content_legal_ground" not in st
    assert not {"id", "case_id", "decided_by", "ref"} & set(st)


def test_illegal_ground_maps_to_legal_ground_and_long_facts_are_cut_for_the_explanation():
    st = valid(decision_ground=DecisionGround.ILLEGAL_CONTENT, decision_facts="word " * 900)
    assert st["illegal_content_legal_ground"] == "Community guidelines 4.2"
    assert len(st["illegal_content_explanation"]) <= 2000
    assert validate(st) == []


@pytest.mark.parametrize(("change", "error"), [
    ({"decision_ground": None}, "decision_ground: is required"),
    ({"decision_ground": "DECISION_GROUND_OTHER"},
     "decision_ground: 'DECISION_GROUND_OTHER' is not one of the API's values"),
    ({"content_type": []}, "content_type: is required"),
    ({"content_type": "CONTENT_TYPE_TEXT"}, "content_type: must be a list"),
    ({"content_type": ["CONTENT_TYPE_TEXT", "TEXT"]},
     "content_type: 'TEXT' is not one of the API's values"),
    ({"category": "STATEMENT_CATEGORY_DOXXING"},
     "category: 'STATEMENT_CATEGORY_DOXXING' is not one of the API's values"),
    ({"content_date": "2026-1-20"}, "content_date: must be a date as YYYY-MM-DD"),
    ({"content_date": "20/01/2026"}, "content_date: must be a date as YYYY-MM-DD"),
    ({"content_date": "1999-12-31"}, "content_date: must be on or after 2000-01-01"),
    ({"application_date": "2019-12-31", "content_date": "2019-01-01"},
     "application_date: must be on or after 2020-01-01"),
    ({"application_date": "2026-01-19"}, "application_date: must be on or after content_date"),
    ({"application_date": "2038-01-02"}, "application_date: must be on or before 2038-01-01"),
    ({"decision_facts": ""}, "decision_facts: is required"),
    ({"decision_facts": "x" * 5001}, "decision_facts: 5001 characters; at most 5000"),
    ({"source_type": "SOURCE_PARTNER"},
     "source_type: 'SOURCE_PARTNER' is not one of the API's values"),
    ({"automated_detection": True}, "automated_detection: must be Yes or No"),
    ({"automated_decision": None}, "automated_decision: is required"),
    ({"puid": ""}, "puid: is required"),
    ({"puid": "post 123"}, "puid: only letters, digits, - and _ are allowed"),
    ({"puid": "post/123"}, "puid: only letters, digits, - and _ are allowed"),
    ({"puid": "p" * 501}, "puid: 501 characters; at most 500"),
    ({"decision_visibility": None},
     "decision_visibility: at least one of decision_visibility, decision_monetary, "
     "decision_provision, decision_account is required"),
    ({"decision_visibility": ["DECISION_VISIBILITY_OTHER"]},
     "decision_visibility_other: is required when decision_visibility is other"),
    ({"decision_account": "DECISION_ACCOUNT_BANNED"},
     "decision_account: 'DECISION_ACCOUNT_BANNED' is not one of the API's values"),
    ({"incompatible_content_ground": ""},
     "incompatible_content_ground: is required when decision_ground is "
     "DECISION_GROUND_INCOMPATIBLE_CONTENT"),
    ({"incompatible_content_explanation": "y" * 2001},
     "incompatible_content_explanation: 2001 characters; at most 2000"),
    ({"decision_facts": "Write to synthetic.person@example.org for more."},
     "decision_facts: holds personal data (an e-mail address)"),
    ({"decision_facts": "Call +44 20 7946 0000 now."},
     "decision_facts: holds personal data (a phone number)"),
    ({"decision_facts": "See https://example.org/u/someone"},
     "decision_facts: holds personal data (a web address)"),
])
def test_each_rule_is_refused_with_its_exact_error(change, error):
    st = {**valid(), **change}
    assert validate(st) == [error]


def test_dates_after_2038_are_refused_for_both_fields():
    st = {**valid(), "content_date": "2038-01-02", "application_date": "2038-01-03"}
    assert validate(st) == ["content_date: must be on or before 2038-01-01",
                            "application_date: must be on or before 2038-01-01"]


def test_names_given_as_personal_are_refused_as_whole_words_only():
    st = valid(decision_facts="The post named Kestrel Synthetica at home.")
    assert validate(st, ["Kestrel Synthetica"]) == [
        "decision_facts: holds personal data (the defender's name or contact)",
        "incompatible_content_explanation: holds personal data (the defender's name or contact)"]
    assert validate(valid(decision_facts="An analysis of the post."), ["Ana"]) == []


def test_account_decision_alone_is_enough():
    st = valid(decision_visibility=None, decision_account=DecisionAccount.SUSPENDED)
    assert "decision_visibility" not in st
    assert validate(st) == []
    other = valid(decision_visibility=DecisionVisibility.OTHER, decision_visibility_other="hidden")
    assert validate(other) == []


def test_batches_hold_at_most_100():
    sizes = [len(b) for b in batches([{}] * 250)]
    assert sizes == [100, 100, 50]
    with pytest.raises(ValueError):
        list(batches([{}], size=BATCH_MAX + 1))
