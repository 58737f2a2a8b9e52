"""Intake: inline validation that keeps what was typed; a valid case reaches the queue."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hrdcase.models.queue import QueueFilter
from hrdcase.ui.intake import IntakeDialog
from hrdcase.ui.ops import run_and_wait
from hrdcase.ui.queue.widget import QueueWidget
from hrdcase.ui.widgets import select_data

TIMEOUT = 10_000


def _total(ctx) -> int:
    return run_and_wait(ctx.ops, lambda: ctx.session.queries.queue_count(QueueFilter(statuses=())))


def _dialog(qtbot, ctx) -> IntakeDialog:
    dialog = IntakeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.form_box.isEnabled, timeout=TIMEOUT)
    return dialog


def test_every_input_is_named_and_labelled(qtbot, ctx, caseload):
    dialog = _dialog(qtbot, ctx)
    for widget in (dialog.title, dialog.defender, dialog.legal_name, dialog.category, dialog.region,
                   dialog.language, dialog.priority, dialog.severity, dialog.channel,
                   dialog.summary, dialog.description, dialog.assignee):
        assert widget.accessibleName()
    from PySide6.QtWidgets import QLabel

    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert dialog.title in buddies and dialog.description in buddies


def test_empty_title_shows_inline_error_and_creates_nothing(qtbot, ctx, caseload):
    before = _total(ctx)
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.defender, "Newbird-1")
    dialog.description.setPlainText("Invented messages arrived overnight.")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.visible_fields() == ["title"], timeout=TIMEOUT)
    assert "title" in dialog.errors.labels["title"].text()
    assert dialog.isVisible()
    assert dialog.defender.text() == "Newbird-1"  # nothing typed is lost
    assert dialog.description.toPlainText() == "Invented messages arrived overnight."
    assert _total(ctx) == before


def test_missing_description_points_at_description(qtbot, ctx, caseload):
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.title, "Invented case title")
    qtbot.keyClicks(dialog.defender, "Newbird-2")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.errors.visible_fields() == ["description"], timeout=TIMEOUT)
    assert dialog.title.text() == "Invented case title"


def test_valid_submission_creates_a_case_that_appears_in_the_queue(qtbot, ctx, caseload):
    queue = QueueWidget(ctx)
    qtbot.addWidget(queue)
    with qtbot.waitSignal(queue.model.loaded, timeout=TIMEOUT):
        queue.start()
    before = queue.model.rowCount()
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.title, "Invented doxxing of a choir leader")
    qtbot.keyClicks(dialog.defender, "Nightjar-1")
    qtbot.keyClicks(dialog.legal_name, "Invented Legal Name")
    select_data(dialog.region, "FR")
    dialog.description.setPlainText("An invented address list was posted.")
    created: list[int] = []
    dialog.created.connect(created.append)
    with qtbot.waitSignals([dialog.created, queue.model.loaded], timeout=TIMEOUT):
        dialog.submit()
    case_id = created[0]
    assert not dialog.isVisible()
    assert queue.model.rowCount() == before + 1
    assert queue.model.row_of(case_id) is not None or queue.model.rowCount() > 50
    detail = run_and_wait(ctx.ops, lambda: ctx.session.queries.case_detail(case_id))
    assert detail.defender.pseudonym == "Nightjar-1"
    assert detail.case.region_code == "FR"
    assert detail.case.assignee_id == ctx.session.me.id


def test_existing_defender_is_found_and_linked(qtbot, ctx, caseload):
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.defender, "Osprey-1")
    qtbot.waitUntil(lambda: "Osprey-18" in dialog.defender_model.stringList(), timeout=TIMEOUT)
    dialog.defender.setText("Osprey-18")
    assert "Existing" in dialog.defender_kind.text()
    assert not dialog.legal_name.isEnabled()
    qtbot.keyClicks(dialog.title, "Second invented case")
    dialog.description.setPlainText("More invented messages.")
    with qtbot.waitSignal(dialog.created, timeout=TIMEOUT) as blocker:
        dialog.submit()
    detail = run_and_wait(ctx.ops, lambda: ctx.session.queries.case_detail(blocker.args[0]))
    assert detail.defender.id == run_and_wait(
        ctx.ops, lambda: ctx.session.queries.case_detail(caseload[18].id)).defender.id


def test_tab_order_follows_the_form(qtbot, ctx, caseload):
    dialog = _dialog(qtbot, ctx)
    order = []
    widget = dialog.title
    while widget not in order:
        order.append(widget)
        widget = widget.nextInFocusChain()
    expected = [dialog.title, dialog.defender, dialog.legal_name, dialog.category, dialog.region,
                dialog.language, dialog.priority, dialog.severity, dialog.channel,
                dialog.summary, dialog.description, dialog.assignee]
    positions = [order.index(w) for w in expected]
    assert positions == sorted(positions)


def test_closing_with_typed_text_asks_and_cancel_keeps_it(qtbot, ctx, caseload, monkeypatch):
    import hrdcase.ui.intake as intake

    asked: list[str] = []
    answer = {"value": "cancel"}

    def fake_prompt(parent) -> str:
        asked.append("asked")
        return answer["value"]

    monkeypatch.setattr(intake, "ask_discard_intake", fake_prompt)
    dialog = _dialog(qtbot, ctx)
    dialog.description.setPlainText("Synthetic report typed but not sent")
    dialog.reject()
    assert asked == ["asked"]
    assert dialog.isVisible()
    assert dialog.description.toPlainText() == "Synthetic report typed but not sent"
    answer["value"] = "discard"
    dialog.reject()
    assert len(asked) == 2
    assert not dialog.isVisible()


def test_closing_an_untouched_dialog_does_not_ask(qtbot, ctx, caseload, monkeypatch):
    import hrdcase.ui.intake as intake

    monkeypatch.setattr(intake, "ask_discard_intake",
                        lambda parent: pytest.fail("nothing was typed, nothing to ask"))
    dialog = _dialog(qtbot, ctx)
    dialog.reject()
    assert not dialog.isVisible()


def test_a_region_in_a_surge_says_so_before_the_case_opens(qtbot, ctx, caseload):
    from dataclasses import replace
    from datetime import timedelta

    from hrdcase.models.enums import Role

    wellbeing = ctx.session.wellbeing
    me = wellbeing.me
    wellbeing.me = replace(me, roles=frozenset({Role.SUPERVISOR}))
    now = ctx.session.clock.now()
    run_and_wait(ctx.ops, lambda: wellbeing.declare_surge("BR", now, now + timedelta(hours=4),
                                                          "Synthetic election week"))
    wellbeing.me = me
    dialog = _dialog(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog._surging == {"BR"}, timeout=TIMEOUT)
    assert dialog.surge_note.isVisible() == (dialog.region.currentData() == "BR")  # as loaded
    assert select_data(dialog.region, "KE")
    assert dialog.surge_note.isHidden()
    assert select_data(dialog.region, "BR")
    assert dialog.surge_note.isVisible() and "surge" in dialog.surge_note.text()


def test_suggest_ranks_who_could_take_the_case_before_it_is_opened(qtbot, ctx, caseload):
    dialog = _dialog(qtbot, ctx)
    assert select_data(dialog.region, "FR")
    dialog.language.setCurrentText("fr")
    draft = dialog.draft()
    expected = run_and_wait(ctx.ops, lambda: ctx.session.wellbeing.suggest_for_new(draft, ""))
    assert expected, "the permissive fixture policy lets someone take it"
    popup = dialog.suggest_button.suggest()
    qtbot.waitUntil(lambda: popup.use_button.isEnabled(), timeout=TIMEOUT)
    assert popup.list.count() == min(5, len(expected))
    last = popup.list.count() - 1
    popup.list.setCurrentRow(last)
    popup.use_button.click()
    assert dialog.assignee.currentData() == str(expected[last].responder_id)
    assert _total(ctx) == len(caseload)  # suggesting opened nothing


def test_the_language_is_an_iso_code_in_any_case_and_a_name_is_refused_with_a_hint(
    qtbot, ctx, caseload,
):
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.title, "Invented report in Portuguese")
    qtbot.keyClicks(dialog.defender, "Nightjar-9")
    dialog.description.setPlainText("An invented threat arrived by message.")
    assert select_data(dialog.region, "AO")  # every ISO country is a region, not only the seeded ones
    dialog.language.setCurrentText("english")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.errors.visible_fields() == ["language"], timeout=TIMEOUT)
    assert "use the ISO 639 code, e.g. 'en'" in dialog.errors.labels["language"].text()
    assert _total(ctx) == len(caseload)
    dialog.language.setCurrentText("PT-br")
    with qtbot.waitSignal(dialog.created, timeout=TIMEOUT) as blocker:
        dialog.submit()
    detail = run_and_wait(ctx.ops, lambda: ctx.session.queries.case_detail(blocker.args[0]))
    assert (detail.case.region_code, detail.case.language) == ("AO", "pt-BR")
    assert detail.region is not None and detail.region.name == "Angola"
