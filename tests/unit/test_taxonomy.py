"""Incident categories and their DSA statement-of-reasons categories."""

from __future__ import annotations

import pytest

from hrdcase.models.enums import CaseStatus, DsaCategory, IncidentCategory, Priority

# DOMAIN.md, "Taxonomies": the 16 DSA statement-of-reasons categories.
DSA_16 = {
    "ANIMAL_WELFARE",
    "CONSUMER_INFORMATION",
    "CYBER_VIOLENCE",
    "CYBER_VIOLENCE_AGAINST_WOMEN",
    "DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
    "ILLEGAL_OR_HARMFUL_SPEECH",
    "INTELLECTUAL_PROPERTY_INFRINGEMENTS",
    "NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
    "NOT_SPECIFIED_NOTICE",
    "OTHER_VIOLATION_TC",
    "PROTECTION_OF_MINORS",
    "RISK_FOR_PUBLIC_SECURITY",
    "SCAMS_AND_FRAUD",
    "SELF_HARM",
    "UNSAFE_AND_PROHIBITED_PRODUCTS",
    "VIOLENCE",
}


def test_there_are_exactly_the_16_dsa_categories() -> None:
    assert len(DsaCategory) == 16
    assert {c.name for c in DsaCategory} == DSA_16
    for c in DsaCategory:
        assert c.value == "STATEMENT_CATEGORY_" + c.name


@pytest.mark.parametrize("category", list(IncidentCategory), ids=lambda c: c.value)
def test_every_incident_category_maps_to_a_dsa_category(category: IncidentCategory) -> None:
    assert isinstance(category.dsa_category, DsaCategory)


def test_doxxing_maps_to_data_protection_and_privacy() -> None:
    assert (
        IncidentCategory.DOXXING.dsa_category
        is DsaCategory.DATA_PROTECTION_AND_PRIVACY_VIOLATIONS
    )


@pytest.mark.parametrize(
    ("category", "dsa"),
    [
        (IncidentCategory.NCII, DsaCategory.CYBER_VIOLENCE_AGAINST_WOMEN),
        (IncidentCategory.DEEPFAKE_SEXUAL, DsaCategory.CYBER_VIOLENCE_AGAINST_WOMEN),
        (IncidentCategory.THREATS_OF_VIOLENCE, DsaCategory.VIOLENCE),
        (IncidentCategory.CYBER_HARASSMENT, DsaCategory.CYBER_VIOLENCE),
        (IncidentCategory.IMPERSONATION, DsaCategory.SCAMS_AND_FRAUD),
    ],
)
def test_spot_checks_of_the_mapping(category: IncidentCategory, dsa: DsaCategory) -> None:
    assert category.dsa_category is dsa


def test_graphic_by_default_covers_sexual_imagery_and_violence() -> None:
    graphic = {c for c in IncidentCategory if c.graphic_by_default}
    assert {IncidentCategory.NCII, IncidentCategory.DEEPFAKE_SEXUAL} <= graphic
    assert IncidentCategory.DOXXING not in graphic


def test_open_statuses_and_priority_rank() -> None:
    assert {s for s in CaseStatus if not s.is_open} == {CaseStatus.RESOLVED, CaseStatus.CLOSED}
    assert [p.rank for p in Priority] == [1, 2, 3, 4]
