"""A supervisor's override of a refused assignment: a written reason, then the same save again.
The service decides (a supervisor, not for themself, with a reason) and audits it."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QPushButton, QWidget

from hrdcase.models.enums import Role
from hrdcase.ui.context import UiContext
from hrdcase.ui.i18n import translate


def ask_override_reason(parent: QWidget) -> str | None:
    """The written reason, or None when cancelled. (Tests replace this function.)"""
    text, ok = QInputDialog.getMultiLineText(
        parent, translate("Override", "Override a workload limit"),
        translate("Override", "Why must this responder take the case despite the limit? "
                              "The reason is recorded."))
    return text.strip() if ok and text.strip() else None


def is_supervisor(ctx: UiContext) -> bool:
    me = ctx.session.me
    return me is not None and me.has(Role.SUPERVISOR)


def override_button(parent: QWidget) -> QPushButton:
    button = QPushButton(translate("Override", "&Override with a reason…"), parent)
    button.setAccessibleName(translate("Override", "Override the workload limit with a reason"))
    button.setVisible(False)
    return button
