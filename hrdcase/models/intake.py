"""What intake and editing accept, validated by pure rules before anything is stored."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime

from hrdcase.errors import ValidationError
from hrdcase.models.enums import IncidentCategory, IntakeChannel, Priority, Severity
from hrdcase.models.iso import language_code
from hrdcase.models.text import is_blank, text_problem

TITLE_MAX = 200
TEXT_MAX = 20_000
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

EDITABLE_FIELDS = ("title", "summary", "priority", "severity", "category", "region_code", "language")
# Free text never goes into the audit detail; only the fact that it changed.
TEXT_FIELDS = frozenset({"title", "summary"})


REF_BYTES = 8  # 60 of these 64 bits are used: collisions stay below 1e-6 at a million cases


def new_case_ref(random_bytes: bytes | None = None) -> str:
    """A global, human-friendly case reference, C-XXXX-XXXX-XXXX in Crockford base32 (60 random
    bits), so that devices can open cases offline without asking anyone for a number."""
    raw = random_bytes if random_bytes is not None else secrets.token_bytes(REF_BYTES)
    if len(raw) < REF_BYTES:
        raise ValueError(f"a case reference needs {REF_BYTES} random bytes")
    number = int.from_bytes(raw[:REF_BYTES], "big") >> 4
    chars = "".join(_CROCKFORD[(number >> (5 * i)) & 31] for i in reversed(range(12)))
    return f"C-{chars[:4]}-{chars[4:8]}-{chars[8:]}"


@dataclass(frozen=True)
class NewDefender:
    pseudonym: str
    legal_name: str = ""
    languages: tuple[str, ...] = ()
    gender_factors: tuple[str, ...] = ()
    do_not_contact: bool = False
    contact_channel: str = ""


@dataclass(frozen=True)
class NewCase:
    title: str
    category: IncidentCategory
    region_code: str
    language: str
    description: str
    priority: Priority = Priority.P3
    severity: Severity = Severity.MODERATE
    channel: IntakeChannel = IntakeChannel.HRD_REPORT
    summary: str = ""
    defender_id: int | None = None
    new_defender: NewDefender | None = None
    assignee_id: int | None = None
    occurred_at: datetime | None = None
    graphic: bool | None = None  # None: the category's default
    extra: dict[str, str] = field(default_factory=dict)

    def validate(self) -> None:
        check_title(self.title)
        check_text(self.summary, "summary")
        if is_blank(self.description):
            raise ValidationError("Describe what happened.", field="description")
        check_text(self.description, "description")
        if not self.region_code:
            raise ValidationError("Choose a region.", field="region_code")
        check_language(self.language)
        if self.defender_id is None and self.new_defender is None:
            raise ValidationError("Choose the defender or add a new one.", field="defender")
        if self.new_defender is not None:
            check_defender(self.new_defender)


NAME_MAX = 200


def check_defender(defender: NewDefender) -> None:
    if is_blank(defender.pseudonym):
        raise ValidationError("A new defender needs a pseudonym.", field="defender")
    for name, value in (("pseudonym", defender.pseudonym), ("legal_name", defender.legal_name),
                        ("contact", defender.contact_channel)):
        check_name(value, f"defender.{name}")


def check_name(value: str, name: str) -> None:
    """A one-line name (pseudonym, legal name, contact, partner): no control characters."""
    problem = text_problem(value)
    if problem:
        raise ValidationError(f"The {name} {problem}.", field=name)
    if len(value) > NAME_MAX:
        raise ValidationError(f"The {name} is longer than {NAME_MAX} characters.", field=name)


def check_title(title: str) -> None:
    if is_blank(title):
        raise ValidationError("A case needs a title.", field="title")
    problem = text_problem(title)
    if problem:
        raise ValidationError(f"The title {problem}.", field="title")
    if len(title) > TITLE_MAX:
        raise ValidationError(f"Keep the title under {TITLE_MAX} characters.", field="title")


def check_text(text: str, name: str) -> None:
    """Long text: newlines and tabs are fine, other control characters are not."""
    if len(text) > TEXT_MAX:
        raise ValidationError(f"The {name} is longer than {TEXT_MAX} characters.", field=name)
    problem = text_problem(text, multiline=True)
    if problem:
        raise ValidationError(f"The {name} {problem}.", field=name)


def check_language(language: str) -> str:
    """The ISO 639 code (BCP 47 casing: `pt-BR`) `language` names; a ValidationError with a hint
    when it is not one (`english` → use 'en')."""
    if not language.strip():
        raise ValidationError("Give the language as a code such as en, fr or pt-BR.", field="language")
    return language_code(language)
