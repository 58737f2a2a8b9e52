"""The responder's own check-in: WHO-5 (five items, 0–5), optional, and "I would like support".
The answers stay on this device; a supervisor only learns that a check-in is overdue or that
support was asked for."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hrdcase.services.wellbeing_api import CheckInOutcome
from hrdcase.ui.context import UiContext
from hrdcase.ui.i18n import translate
from hrdcase.ui.ops import user_message
from hrdcase.ui.widgets import error_label


def who5_items() -> tuple[str, ...]:
    """The five standard WHO-5 statements ("Over the last two weeks…")."""
    return (
        translate("CheckIn", "I have felt cheerful and in good spirits"),
        translate("CheckIn", "I have felt calm and relaxed"),
        translate("CheckIn", "I have felt active and vigorous"),
        translate("CheckIn", "I woke up feeling fresh and rested"),
        translate("CheckIn", "My daily life has been filled with things that interest me"),
    )


def who5_scale() -> tuple[str, ...]:
    """Answer labels for 0 … 5."""
    return (
        translate("CheckIn", "At no time"),
        translate("CheckIn", "Some of the time"),
        translate("CheckIn", "Less than half of the time"),
        translate("CheckIn", "More than half of the time"),
        translate("CheckIn", "Most of the time"),
        translate("CheckIn", "All of the time"),
    )


class CheckInDialog(QDialog):
    submitted = Signal(object)  # CheckInOutcome

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.outcome: CheckInOutcome | None = None
        self.setWindowTitle(self.tr("Check in"))
        self.groups: list[QButtonGroup] = []
        self.pages = QStackedWidget()
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._result_page())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit_button = self.buttons.addButton(self.tr("&Submit"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)

    def _form_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.privacy = QLabel(self.tr(
            "Your answers stay on this device and no one else sees them. Your supervisor only "
            "sees that you checked in, and whether you asked for support. Answering is optional."))
        self.privacy.setWordWrap(True)
        layout.addWidget(self.privacy)
        box = QGroupBox(self.tr("Over the last two weeks…"))
        grid = QGridLayout(box)
        center = Qt.AlignmentFlag.AlignCenter
        for column, text in enumerate(who5_scale(), start=1):
            label = QLabel(f"<b>{column - 1}</b><br>{text}")
            label.setWordWrap(True)
            label.setAlignment(center)
            label.setFixedWidth(82)
            grid.addWidget(label, 0, column, center)
        for row, item in enumerate(who5_items(), start=1):
            statement = QLabel(item)
            statement.setWordWrap(True)
            statement.setMinimumWidth(200)
            grid.addWidget(statement, row, 0)
            group = QButtonGroup(self)
            for value, text in enumerate(who5_scale()):
                button = QRadioButton()
                button.setAccessibleName(f"{item}: {value} – {text}")
                group.addButton(button, value)
                grid.addWidget(button, row, value + 1, center)
            self.groups.append(group)
        layout.addWidget(box)
        self.support = QCheckBox(self.tr("I would like su&pport"))
        self.support.setAccessibleName(self.tr("I would like support"))
        layout.addWidget(self.support)
        self.error = error_label(page)
        layout.addWidget(self.error)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.resources = QLabel()
        self.resources.setWordWrap(True)
        self.resources.setAccessibleName(self.tr("Support resources"))
        self.resources.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_label)
        layout.addWidget(self.resources)
        layout.addStretch(1)
        return page

    def answers(self) -> tuple[int, ...] | None:
        """All five answers, or None when none was given; ValueError when only some were."""
        values = [group.checkedId() for group in self.groups]
        if all(v < 0 for v in values):
            return None
        if any(v < 0 for v in values):
            raise ValueError
        return tuple(values)

    def set_answers(self, values: tuple[int, ...]) -> None:
        for group, value in zip(self.groups, values, strict=True):
            group.button(value).setChecked(True)

    def submit(self) -> None:
        if self.outcome is not None:
            self.accept()
            return
        try:
            answers = self.answers()
        except ValueError:
            self._show_error(self.tr("Answer all five statements, or none of them."))
            return
        support = self.support.isChecked()
        if answers is None and not support:
            self._show_error(self.tr("Answer the statements, ask for support, or both."))
            return
        self.error.setVisible(False)
        self.submit_button.setEnabled(False)
        self._ctx.mutate(lambda s: s.wellbeing.submit_checkin(answers, support), self._done,
                         self._failed, owner=self)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def _failed(self, exc: BaseException) -> None:
        self.submit_button.setEnabled(True)
        self._show_error(user_message(exc))

    def _done(self, result: object) -> None:
        outcome = result[0] if isinstance(result, tuple) else result  # a (outcome, ChangeSet) pair
        if not isinstance(outcome, CheckInOutcome):
            raise TypeError(f"a check-in gave {type(outcome).__name__}")
        self.outcome = outcome
        self.submitted.emit(outcome)
        show_resources = outcome.follow_up or self.support.isChecked()
        if outcome.follow_up:
            text = self.tr("Thank you for checking in. Your answers suggest it may help to talk to "
                           "someone. You can use any of these, in confidence:")
        elif self.support.isChecked():
            text = self.tr("Thank you. Your supervisor will see that you asked for support. You "
                           "can also use any of these, in confidence:")
        else:
            text = self.tr("Thank you for checking in.")
        self.result_label.setText(text)
        self.resources.setText("\n".join(f"• {line}" for line in outcome.support_resources))
        self.resources.setVisible(show_resources and bool(outcome.support_resources))
        self.pages.setCurrentIndex(1)
        self.submit_button.setText(self.tr("&Close"))
        self.submit_button.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setVisible(False)
