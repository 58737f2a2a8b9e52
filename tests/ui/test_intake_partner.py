"""Intake by a trusted partner: the partner row appears only for that channel, is required there
(inline error, nothing created) and the case records the partner, existing or new."""

from __future__ import annotations

from hrdcase.models.enums import IncidentCategory, IntakeChannel
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.storage.intake import IntakeRepository
from hrdcase.ui.intake import IntakeDialog
from hrdcase.ui.ops import run_and_wait
from hrdcase.ui.widgets import select_data

TIMEOUT = 10_000


def _dialog(qtbot, ctx) -> IntakeDialog:
    dialog = IntakeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.form_box.isEnabled, timeout=TIMEOUT)
    return dialog


def _fill(qtbot, dialog: IntakeDialog, pseudonym: str) -> None:
    qtbot.keyClicks(dialog.title, "Invented escalation by a partner")
    qtbot.keyClicks(dialog.defender, pseudonym)
    dialog.description.setPlainText("An invented partner report of coordinated messages.")
    select_data(dialog.channel, IntakeChannel.TRUSTED_PARTNER.value)


def _partner_of(ctx, case_id: int) -> str | None:
    def read(session):
        with session.store.read():
            return IntakeRepository(session.store.db).for_case(case_id)[1]
    return run_and_wait(ctx.ops, lambda: read(ctx.session))


def _seed_partner(ctx, name: str) -> None:
    draft = NewCase("Invented seed", IncidentCategory.DOXXING, "FR", "fr", "Invented.",
                    channel=IntakeChannel.TRUSTED_PARTNER, new_defender=NewDefender("Seedbird"))
    run_and_wait(ctx.ops, lambda: ctx.session.intake.open_case(draft, partner=name))


def test_partner_row_shows_only_for_the_trusted_partner_channel(qtbot, ctx, caseload):
    dialog = _dialog(qtbot, ctx)
    assert not dialog.partner.isVisibleTo(dialog)
    select_data(dialog.channel, IntakeChannel.TRUSTED_PARTNER.value)
    assert dialog.partner.isVisibleTo(dialog)
    assert dialog.partner.accessibleName() == "Trusted partner"
    select_data(dialog.channel, IntakeChannel.HRD_REPORT.value)
    assert not dialog.partner.isVisibleTo(dialog)


def test_partner_is_required_inline_and_nothing_is_created(qtbot, ctx, caseload):
    dialog = _dialog(qtbot, ctx)
    _fill(qtbot, dialog, "Partnerbird-1")
    created: list[int] = []
    dialog.created.connect(created.append)
    dialog.submit()
    assert dialog.errors.visible_fields() == ["partner"]
    assert "trusted partner" in dialog.errors.labels["partner"].text()
    assert dialog.isVisible() and not created
    assert dialog.title.text() == "Invented escalation by a partner"  # nothing typed is lost


def test_existing_partner_is_offered_and_recorded(qtbot, ctx, caseload):
    _seed_partner(ctx, "Invented Rights Network")
    dialog = _dialog(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.partner.count() == 1, timeout=TIMEOUT)
    assert dialog.partner.itemText(0) == "Invented Rights Network"
    _fill(qtbot, dialog, "Partnerbird-2")
    dialog.partner.setCurrentIndex(0)
    with qtbot.waitSignal(dialog.created, timeout=TIMEOUT) as blocker:
        dialog.submit()
    assert _partner_of(ctx, blocker.args[0]) == "Invented Rights Network"
    names = run_and_wait(ctx.ops, lambda: ctx.session.intake.partners())
    assert names == ["Invented Rights Network"]  # linked, not duplicated


def test_new_partner_name_is_added_with_the_case(qtbot, ctx, caseload):
    dialog = _dialog(qtbot, ctx)
    _fill(qtbot, dialog, "Partnerbird-3")
    qtbot.keyClicks(dialog.partner, "Invented Legal Aid Collective")
    with qtbot.waitSignal(dialog.created, timeout=TIMEOUT) as blocker:
        dialog.submit()
    assert _partner_of(ctx, blocker.args[0]) == "Invented Legal Aid Collective"
    detail = run_and_wait(ctx.ops, lambda: ctx.session.queries.case_detail(blocker.args[0]))
    assert detail.case.channel == IntakeChannel.TRUSTED_PARTNER
