"""Reference lists the forms offer (regions, responders, languages), loaded on the ops worker, and
combo-box fillers for them and for the domain's enums."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from hrdcase.models.entities import Region, Responder
from hrdcase.models.enums import IncidentCategory
from hrdcase.services.session import Session
from hrdcase.ui.i18n import translate
from hrdcase.ui.labels import category_label, dsa_label
from hrdcase.ui.widgets import fill_combo

COMMON_LANGUAGES = ("ar", "en", "es", "fr", "pt", "ru", "tr", "uk")


@dataclass(frozen=True)
class Choices:
    regions: list[Region]
    responders: list[Responder]
    languages: list[str]


def load_choices(session: Session) -> Choices:
    q = session.queries
    return Choices(q.regions(), q.responders(), q.languages())


def fill_enum(combo: QComboBox, enum: Iterable[Enum], label: Callable[[Any], str]) -> None:
    fill_combo(combo, [(label(member), member.value) for member in enum], keep=False)


def fill_categories(combo: QComboBox) -> None:
    """Incident categories, each with its DSA statement-of-reasons category as a tooltip."""
    fill_enum(combo, IncidentCategory, category_label)
    for index, category in enumerate(IncidentCategory):
        text = translate("Forms", "DSA category: {dsa}").format(
            dsa=dsa_label(category.dsa_category))
        combo.setItemData(index, text, Qt.ItemDataRole.ToolTipRole)


def fill_regions(combo: QComboBox, regions: list[Region]) -> None:
    fill_combo(combo, [(f"{r.name} ({r.code})", r.code) for r in regions], keep=False)


def fill_assignees(combo: QComboBox, responders: list[Responder]) -> None:
    items: list[tuple[str, Any]] = [(translate("Forms", "Unassigned"), "")]
    items += [(r.display_name, str(r.id)) for r in responders]
    fill_combo(combo, items, keep=False)


def fill_languages(combo: QComboBox, languages: list[str]) -> None:
    """An editable combo: known codes first, then common ones; any code can be typed."""
    combo.setEditable(True)
    codes = list(dict.fromkeys([*languages, *COMMON_LANGUAGES]))
    fill_combo(combo, [(code, code) for code in codes], keep=False)
