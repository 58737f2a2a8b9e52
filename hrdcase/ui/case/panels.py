"""The registered workflow panels, in tab order after "Incidents"."""

from __future__ import annotations

from collections.abc import Callable

from hrdcase.ui.case.panel import CasePanel
from hrdcase.ui.context import UiContext

PanelFactory = Callable[[UiContext], CasePanel]


def panel_factories() -> list[PanelFactory]:
    return []
