"""Text already stored with control characters cannot drive the terminal that `case list` and
`case show` print it on; new text with them is refused by the case rules (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hrdcase.bootstrap import Unlocker
from hrdcase.errors import ValidationError
from hrdcase.models.enums import IncidentCategory
from hrdcase.models.intake import NewCase, NewDefender
from tests.conftest import PASSPHRASE
from tests.integration.test_cli import caseload, hrdcase  # noqa: F401 - fixture

HOSTILE = "\x1b]0;owned\x07\x1b[2J\x9b31m\x1b]52;c;AAAA\x07\u202e"


def store_raw(profile_dir: Path, ref: str) -> None:
    """What an older version (or an edited database) may hold: written past the case rules."""
    session = Unlocker(profile_dir).with_passphrase(PASSPHRASE)
    db = session.store.db
    with session.store.transaction():
        db.execute("UPDATE cases SET title = ? WHERE ref = ?", (f"Title{HOSTILE}end", ref))
        db.execute("UPDATE incidents SET description = ? WHERE case_id = "
                   "(SELECT id FROM cases WHERE ref = ?)", (f"Body{HOSTILE}\nline two", ref))
        db.execute("UPDATE defenders SET pseudonym = ? WHERE id = "
                   "(SELECT defender_id FROM cases WHERE ref = ?)", (f"Ke{HOSTILE}", ref))
    session.close()


def raw_controls(text: str) -> set[str]:
    return {ch for ch in text if (ord(ch) < 0x20 and ch not in "\n\t") or 0x7f <= ord(ch) <= 0x9f
            or ch == "\u202e"}


def test_case_list_escapes_stored_control_characters(profile_dir: Path,
                                                     caseload: dict[str, str]) -> None:  # noqa: F811
    store_raw(profile_dir, caseload["Kestrel"])
    result = hrdcase("case", "list", "--profile", str(profile_dir))
    assert result.returncode == 0, result.stderr
    assert raw_controls(result.stdout) == set()
    assert "Title\\x1b]0;owned\\x07" in result.stdout
    as_json = hrdcase("case", "list", "--profile", str(profile_dir), "--json")
    assert raw_controls(as_json.stdout) == set()
    titles = {c["title"] for c in json.loads(as_json.stdout)["cases"]}
    assert f"Title{HOSTILE}end" in titles  # JSON escapes keep the stored value exact


def test_case_show_escapes_stored_control_characters(profile_dir: Path,
                                                     caseload: dict[str, str]) -> None:  # noqa: F811
    store_raw(profile_dir, caseload["Kestrel"])
    result = hrdcase("case", "show", caseload["Kestrel"], "--profile", str(profile_dir))
    assert result.returncode == 0, result.stderr
    assert raw_controls(result.stdout) == set()
    assert "line two" in result.stdout
    as_json = hrdcase("case", "show", caseload["Kestrel"], "--profile", str(profile_dir), "--json")
    assert raw_controls(as_json.stdout) == set()
    assert json.loads(as_json.stdout)["title"] == f"Title{HOSTILE}end"


@pytest.mark.parametrize("change", [{"title": "A\x1b[2J"}, {"title": "\u200b\u200b"},
                                    {"description": "x\x07"},
                                    {"new_defender": NewDefender("Ibis\x1b")},
                                    {"new_defender": NewDefender("\u2060")}])
def test_the_case_rules_refuse_control_and_invisible_text(change: dict) -> None:
    fields = {"title": "Invented", "category": IncidentCategory.DOXXING, "region_code": "NV",
              "language": "en", "description": "Synthetic.\n\tIndented.",
              "new_defender": NewDefender("Ibis")} | change
    with pytest.raises(ValidationError):
        NewCase(**fields).validate()


def test_a_partner_named_with_control_characters_is_refused_on_every_path(
        profile_dir: Path, caseload: dict[str, str]) -> None:  # noqa: F811
    from hrdcase.models.enums import IntakeChannel

    session = Unlocker(profile_dir).with_passphrase(PASSPHRASE)
    try:
        draft = NewCase("Invented", IncidentCategory.DOXXING, "NV", "en", "Synthetic.",
                        channel=IntakeChannel.TRUSTED_PARTNER, new_defender=NewDefender("Ibis"))
        with pytest.raises(ValidationError, match="control characters"):
            session.intake.open_case(draft, partner="Net\x1b]0;x\x07")
        assert session.intake.partners() == []
    finally:
        session.close()
