"""The Playbooks and Notify HRD tabs, driven end to end on a real caseload."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDateTime, Qt

from hrdcase.models.enums import IncidentCategory, TaskStatus
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.ui.case.notify_dialog import NotifyDialog
from hrdcase.ui.case.notify_panel import NotifyPanel
from hrdcase.ui.case.playbooks_panel import PlaybooksPanel
from hrdcase.ui.case.view import CaseView
from hrdcase.ui.ops import run_and_wait

TIMEOUT = 10_000


def _panel(qtbot, cls, ctx, case_id: int):
    panel = cls(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 520)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        panel.show_case(case_id)
    return panel


def _dnc_case(ctx) -> int:
    draft = NewCase("Invented threats against a union organiser", IncidentCategory.THREATS_OF_VIOLENCE,
                    "KE", "sw", "Synthetic description.",
                    new_defender=NewDefender("Plover-DNC", do_not_contact=True))
    case_id, _ = run_and_wait(ctx.ops, lambda: ctx.session.cases.open_case(draft))
    return case_id


def test_attach_a_playbook_and_work_its_steps(qtbot, qtmodeltester, ctx, caseload):
    panel = _panel(qtbot, PlaybooksPanel, ctx, caseload[2].id)
    assert panel.choice.count() == 7 and panel.model.rowCount() == 0
    panel.choice.setCurrentIndex(panel.choice.findData("lock_down"))
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 5
    assert panel.choice.findData("lock_down") == -1  # attached playbooks leave the combo
    qtmodeltester.check(panel.model)
    assert panel.table.currentIndex().row() == 0
    panel.result.setText("Profile set to followers only.")
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    first = panel.model.task(0)
    assert first.status.value == "done" and first.done_by == ctx.session.me.id
    assert panel.model.index(0, 3).data().startswith("Ana Synthetic, ")
    assert panel.model.index(0, 4).data() == "Profile set to followers only."
    assert panel.result.text() == ""
    # Skipping without a reason is refused by the service, shown inline; the step stays open.
    assert panel.table.currentIndex().row() == 1
    qtbot.mouseClick(panel.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.error.isVisible, timeout=TIMEOUT)
    assert "why" in panel.error.text()
    assert panel.model.task(1).status.value == "open"
    # The timeline tells it as sentences.
    view = CaseView(ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        view.show_case(caseload[2].id)
    sentence = view.timeline.sentence(0)  # titles from the playbook resources, not the ids
    assert "completed step “Make the profile and past posts private" in sentence
    assert "of “Lock down the account”" in sentence and "lock_down" not in sentence


def test_a_done_step_cannot_be_done_again(qtbot, ctx, caseload):
    panel = _panel(qtbot, PlaybooksPanel, ctx, caseload[3].id)
    panel.choice.setCurrentIndex(panel.choice.findData("preserve_evidence"))
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        panel.attach()
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        panel.finish(TaskStatus.DONE)
    panel.table.selectRow(0)
    assert not panel.done_button.isEnabled()
    panel.finish(TaskStatus.DONE)  # bypassing the disabled button
    qtbot.waitUntil(panel.error.isVisible, timeout=TIMEOUT)
    assert "already done" in panel.error.text()


def _form(qtbot, panel: NotifyPanel) -> NotifyDialog:
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(NotifyDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _history(ctx, case_id: int) -> list:
    return run_and_wait(ctx.ops, lambda: ctx.session.notify.history(case_id))


def test_record_notification_opens_a_form_and_records_nothing_yet(qtbot, ctx, caseload):
    panel = _panel(qtbot, NotifyPanel, ctx, caseload[5].id)
    dialog = _form(qtbot, panel)
    assert _history(ctx, panel.case_id) == []
    # Nothing is assumed: no channel, no consent form or date, no vetter.
    assert [c.currentData() for c in (dialog.channel, dialog.method, dialog.vetted_by)] == [
        None, None, None]
    assert dialog.consent_at.text() == "Choose the date"
    qtbot.keyClick(dialog.consent_at, Qt.Key.Key_Tab)  # passing through chooses nothing
    assert dialog.consent_at.text() == "Choose the date" and not dialog.is_dirty()
    # The sender (Ana Synthetic, signed in) is not offered as their own vetter.
    names = [dialog.vetted_by.itemText(i) for i in range(dialog.vetted_by.count())]
    assert "Ana Synthetic" not in names and "Chidi Example" in names
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.visible_fields() != [], timeout=TIMEOUT)
    assert dialog.errors.visible_fields() == ["channel"] and dialog.isVisible()
    dialog.channel.setCurrentIndex(dialog.channel.findData("signal"))
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.visible_fields() == ["vetted_by"], timeout=TIMEOUT)
    dialog.vetted_by.setCurrentIndex(dialog.vetted_by.findText("Chidi Example"))
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.visible_fields() == ["consent"], timeout=TIMEOUT)
    assert _history(ctx, panel.case_id) == []
    qtbot.mouseClick(dialog.consent_at, Qt.MouseButton.LeftButton)  # a click starts on today
    today = ctx.session.clock.now().astimezone().date()
    assert dialog.consent_at.dateTime().toPython().date() == today
    assert dialog.consent_at.dateTime().toPython().hour == 0


def test_notify_records_a_vetted_consented_notification(qtbot, qtmodeltester, ctx, caseload):
    panel = _panel(qtbot, NotifyPanel, ctx, caseload[5].id)
    assert panel.blocked.isHidden() and panel.send_button.isEnabled()
    dialog = _form(qtbot, panel)
    dialog.channel.setCurrentIndex(dialog.channel.findData("encrypted_email"))
    dialog.method.setCurrentIndex(dialog.method.findData("verbal"))
    consented = ctx.session.clock.now().astimezone() - timedelta(days=2)
    dialog.consent_at.setDateTime(QDateTime(consented.replace(second=0, microsecond=0)))
    dialog.vetted_by.setCurrentIndex(dialog.vetted_by.findText("Chidi Example"))
    dialog.note.setPlainText("Invented: we removed the impersonating page.")
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert panel.history.rowCount() == 1
    text = panel.history.index(0).data()
    assert "Encrypted email" in text and "vetted by Chidi Example" in text
    assert "verbally" in text and "sent by Ana Synthetic" in text
    (sent,) = _history(ctx, panel.case_id)
    assert sent.consent_at == consented.replace(second=0, microsecond=0)
    assert sent.consent_method == "verbal"
    qtmodeltester.check(panel.history)


def test_notify_is_refused_for_do_not_contact(qtbot, ctx, caseload):
    panel = _panel(qtbot, NotifyPanel, ctx, _dnc_case(ctx))
    assert not panel.blocked.isHidden()
    assert "asked not to be contacted" in panel.blocked.text()
    assert not panel.send_button.isEnabled()
    dialog = NotifyDialog(ctx, panel.case_id, panel.data.responders, panel)
    dialog.channel.setCurrentIndex(1)  # the service refuses too, whatever the screen lets through
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.general.isHidden(), timeout=TIMEOUT)
    assert "asked not to be contacted" in dialog.general.text()
    assert run_and_wait(ctx.ops, lambda: ctx.session.notify.history(panel.case_id)) == []

