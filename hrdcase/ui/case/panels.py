"""The registered workflow panels, in tab order after "Incidents"."""

from __future__ import annotations

from collections.abc import Callable

from hrdcase.ui.case.decisions_panel import make_decisions_panel
from hrdcase.ui.case.notify_panel import NotifyPanel
from hrdcase.ui.case.panel import CasePanel
from hrdcase.ui.case.playbooks_panel import PlaybooksPanel
from hrdcase.ui.case.triage_panel import TriagePanel
from hrdcase.ui.context import UiContext

PanelFactory = Callable[[UiContext], CasePanel]


def panel_factories() -> list[PanelFactory]:
    return [
        TriagePanel,  # triage & SLA first: it is the first thing done to a case
        make_decisions_panel,
        PlaybooksPanel,
        NotifyPanel,
    ]
