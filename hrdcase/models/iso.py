"""ISO reference codes from `pycountry`: countries (ISO 3166-1 alpha-2), their subdivisions (ISO 3166-2)
and languages (ISO 639, written BCP 47 style: `sw`, `en`, `pt-BR`, `sr-Latn`, `fil`).

Pure lookups over the data `pycountry` ships (read once, on first use). Region codes are upper case;
a language code is normalised to BCP 47 casing (language lower, script title, region upper).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import pycountry

from hrdcase.errors import ValidationError

REGION_CODE_MAX = 12
LANGUAGE_CODE_MAX = 16
# A country's own region code (KE), or a sub-national one under it: ISO 3166-2 (KE-30) or a code an
# admin chose (KE-RIFT): the country, a hyphen, 1-8 letters or digits.
_REGION = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,8})?$")
_SUBTAG = re.compile(r"^[A-Za-z0-9]{1,8}$")
# ISO 3166 user-assigned alpha-2 codes: never a country, free for an organisation's own use (the demo).
USER_ASSIGNED = frozenset({"AA", "QM", "QN", "QO", "QP", "QQ", "QR", "QS", "QT", "QU", "QV", "QW",
                           "QX", "QY", "QZ", "ZZ"} | {f"X{c}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name: str  # the common short name


@cache
def countries() -> tuple[Country, ...]:
    """Every ISO 3166-1 country, by code."""
    found = [Country(c.alpha_2, getattr(c, "common_name", None) or c.name) for c in pycountry.countries]
    return tuple(sorted(found, key=lambda c: c.code))


def country(code: str) -> Country | None:
    wanted = code.strip().upper()
    return next((c for c in countries() if c.code == wanted), None)


def region_code(raw: str) -> str:
    """`raw` as a region code (upper case), or a ValidationError when it cannot be one."""
    code = raw.strip().upper()
    if len(code) > REGION_CODE_MAX or not _REGION.match(code):
        raise ValidationError(
            "A region code is a country code such as KE, or one under it such as KE-30.",
            field="region_code")
    return code


def subdivision_name(code: str) -> str | None:
    """The ISO 3166-2 name of a sub-national code such as KE-30, or None when it is not one."""
    found = pycountry.subdivisions.get(code=code.strip().upper())
    return str(found.name) if found is not None else None


def _primary(tag: str) -> str | None:
    """An ISO 639 language as BCP 47 writes it: the two-letter code when there is one (eng → en)."""
    if len(tag) == 2:
        return tag if pycountry.languages.get(alpha_2=tag) is not None else None
    found = pycountry.languages.get(alpha_3=tag) if len(tag) == 3 else None
    return None if found is None else getattr(found, "alpha_2", None) or tag


def _subtag(part: str) -> str | None:
    """A script (Latn) or a region (BR, 419) subtag in its BCP 47 casing, or None when unknown."""
    if len(part) == 4 and part.isalpha():
        return part.title() if pycountry.scripts.get(alpha_4=part.title()) is not None else None
    if len(part) == 2 and part.isalpha():
        return part.upper() if country(part) is not None else None
    return part if len(part) == 3 and part.isdigit() else None


def language_code(raw: str) -> str:
    """`raw` as an ISO 639 language code with optional script and region subtags (`pt-BR`), in BCP 47
    casing; a ValidationError with a hint otherwise (a language's name points to its code)."""
    text = raw.strip().replace("_", "-")
    found = _known_code(text) if len(text) <= LANGUAGE_CODE_MAX else None
    if found is not None:
        return found
    raise ValidationError(f"Unknown language {text[:20]!r}: {language_hint(text)}.", field="language")


@lru_cache(maxsize=1024)  # an import checks the same few codes on every line; bounded
def _known_code(text: str) -> str | None:
    parts = text.split("-")
    if all(_SUBTAG.match(p) for p in parts):
        primary = _primary(parts[0].lower())
        rest = [_subtag(p) for p in parts[1:]]
        if primary and all(rest) and len(rest) <= 2:
            return "-".join([primary, *(p for p in rest if p)])
    return None


def language_or_text(raw: str) -> str:
    """`raw` in its ISO spelling when it is a language code, else as typed (for matching, not storing:
    a filter or a suggestion with an unknown language simply matches nothing)."""
    try:
        return language_code(raw)
    except ValidationError:
        return raw.strip()


def language_hint(text: str) -> str:
    """What to say about a language that is not an ISO 639 code."""
    named = _language_named(text[:60])
    example = named or "en"
    return f"use the ISO 639 code, e.g. {example!r}"


def _language_named(name: str) -> str | None:
    if len(name) < 4:
        return None
    try:
        found = pycountry.languages.lookup(name)
    except LookupError:
        return None
    return getattr(found, "alpha_2", None) or getattr(found, "alpha_3", None)
