"""Translated labels for the statement-of-reasons and appeal enums (the words are
`services/wording.py`'s)."""

from __future__ import annotations

from enum import StrEnum

from hrdcase.services import wording
from hrdcase.ui.i18n import translate


def sor_label(value: StrEnum | None) -> str:
    return wording.sor_label(value, translate)


def label_of(enum: type[StrEnum], raw: object) -> str:
    """Label for a raw audit-detail value; the raw value if it is not a member."""
    return wording.label_of(enum, raw, translate)
