"""Intake validation (each error names its field) and case references."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from hrdcase.errors import ValidationError
from hrdcase.models.enums import IncidentCategory
from hrdcase.models.intake import (
    TEXT_MAX,
    TITLE_MAX,
    NewCase,
    NewDefender,
    check_language,
    new_case_ref,
)

GOOD = NewCase(
    title="Account taken over",
    category=IncidentCategory.ACCOUNT_COMPROMISE,
    region_code="KE",
    language="en",
    description="Lost access after a phishing SMS.",
    new_defender=NewDefender("Heron"),
)


def test_a_complete_draft_is_valid() -> None:
    GOOD.validate()
    replace(GOOD, new_defender=None, defender_id=7).validate()
    replace(GOOD, language="pt-BR").validate()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "   "}, "title"),
        ({"title": "x" * (TITLE_MAX + 1)}, "title"),
        ({"summary": "s" * (TEXT_MAX + 1)}, "summary"),
        ({"description": ""}, "description"),
        ({"description": " \n\t"}, "description"),
        ({"description": "d" * (TEXT_MAX + 1)}, "description"),
        ({"region_code": ""}, "region_code"),
        ({"language": ""}, "language"),
        ({"language": "e"}, "language"),
        ({"language": "english-language"}, "language"),
        ({"language": "e1"}, "language"),
        ({"language": "en;--"}, "language"),
        ({"new_defender": None, "defender_id": None}, "defender"),
        ({"new_defender": NewDefender("  ")}, "defender"),
    ],
)
def test_each_field_error_names_its_field(change: dict, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        replace(GOOD, **change).validate()
    assert info.value.field == field
    assert str(info.value)  # a one-line message for the person
    assert "\n" not in str(info.value)


def test_limits_are_inclusive() -> None:
    replace(GOOD, title="t" * TITLE_MAX, summary="s" * TEXT_MAX).validate()


@pytest.mark.parametrize("code", ["en", "fr", "pt-BR", "zh-Hant"])
def test_language_codes(code: str) -> None:
    check_language(code)


REF = re.compile(r"C-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}")


def test_case_ref_format_is_crockford_base32_without_ambiguous_letters() -> None:
    for _ in range(500):
        ref = new_case_ref()
        assert REF.fullmatch(ref), ref
        assert not set(ref) & set("ILOU")


def test_case_ref_encodes_the_top_60_bits() -> None:
    assert new_case_ref(b"\x00" * 8) == "C-0000-0000-0000"
    assert new_case_ref(b"\xff" * 8) == "C-ZZZZ-ZZZZ-ZZZZ"
    assert new_case_ref(b"\x00" * 7 + b"\x10") == "C-0000-0000-0001"
    assert new_case_ref(b"\x00" * 7 + b"\x0f") == "C-0000-0000-0000"  # the low 4 bits are unused
    assert new_case_ref(b"\x80" + b"\x00" * 7) == "C-G000-0000-0000"
    # Distinct 60-bit values give distinct refs (the encoding is injective).
    step = (1 << 60) // 4099
    refs = {new_case_ref((i << 4).to_bytes(8, "big")) for i in range(0, 1 << 60, step)}
    assert len(refs) == 4100


def test_case_ref_refuses_too_few_random_bytes() -> None:
    with pytest.raises(ValueError):
        new_case_ref(b"\x00" * 5)


def test_case_refs_are_unique_in_practice() -> None:
    refs = [new_case_ref() for _ in range(20_000)]
    assert len(set(refs)) == len(refs)
