"""Editing a case: only legal status targets, optimistic concurrency, the unsaved-changes prompt."""

from __future__ import annotations

import pytest

from hrdcase.models.enums import CaseStatus
from hrdcase.models.workflow import allowed_targets
from hrdcase.ui import case_edit, forms
from hrdcase.ui.case_edit import CaseEditDialog
from hrdcase.ui.ops import run_and_wait
from hrdcase.ui.widgets import select_data
from tests.ui.conftest import version_of

TIMEOUT = 10_000


def _dialog(qtbot, ctx, case_id: int) -> CaseEditDialog:
    dialog = CaseEditDialog(ctx, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.form_box.isEnabled, timeout=TIMEOUT)
    return dialog


def _offered(dialog: CaseEditDialog) -> set[str]:
    return {dialog.status.itemData(i) for i in range(dialog.status.count())} - {""}


@pytest.mark.parametrize("status", [CaseStatus.NEW, CaseStatus.WAITING_ON_HRD,
                                    CaseStatus.RESOLVED])
def test_only_legal_status_targets_are_offered(qtbot, ctx, caseload, status):
    spec = next(s for s in caseload if s.status == status)
    dialog = _dialog(qtbot, ctx, spec.id)
    assert _offered(dialog) == {t.value for t in allowed_targets(status)}
    assert dialog.status.currentData() == ""  # "no change" first


def test_save_applies_fields_status_and_assignee(qtbot, ctx, caseload):
    spec = next(s for s in caseload if s.status == CaseStatus.NEW and s.assignee)
    dialog = _dialog(qtbot, ctx, spec.id)
    dialog.title.setText("Invented new title")
    select_data(dialog.priority, "P1")
    select_data(dialog.status, CaseStatus.TRIAGED.value)
    select_data(dialog.assignee, "")
    with qtbot.waitSignal(ctx.notifier.changed, timeout=TIMEOUT) as blocker:
        dialog.save()
    assert spec.id in blocker.args[0].cases
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)
    case = run_and_wait(ctx.ops, lambda: ctx.session.queries.case_detail(spec.id)).case
    assert (case.title, case.priority.value, case.status, case.assignee_id) == \
        ("Invented new title", "P1", CaseStatus.TRIAGED, None)


def test_validation_error_shows_next_to_the_field(qtbot, ctx, caseload):
    dialog = _dialog(qtbot, ctx, caseload[0].id)
    dialog.title.setText("   ")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors.visible_fields() == ["title"], timeout=TIMEOUT)
    assert dialog.isVisible()


def test_concurrent_edit_keeps_typed_text_and_offers_reload(qtbot, ctx, caseload):
    spec = caseload[1]
    dialog = _dialog(qtbot, ctx, spec.id)
    version = version_of(ctx, spec.id)
    run_and_wait(ctx.ops, lambda: ctx.session.cases.update_fields(spec.id, version,
                                                                  summary="Changed elsewhere."))
    dialog.title.setText("My invented edit")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.banner.isHidden(), timeout=TIMEOUT)
    assert "changed since" in dialog.banner_text.text()
    assert dialog.title.text() == "My invented edit"
    dialog.reload_button.click()
    qtbot.waitUntil(lambda: dialog.banner.isHidden(), timeout=TIMEOUT)
    assert dialog.title.text() == "My invented edit"
    assert dialog.summary.toPlainText() == "Changed elsewhere."  # untouched fields refreshed
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)
    case = run_and_wait(ctx.ops, lambda: ctx.session.queries.case_detail(spec.id)).case
    assert (case.title, case.summary) == ("My invented edit", "Changed elsewhere.")


def test_closing_with_unsaved_changes_asks_first(qtbot, ctx, caseload, monkeypatch):
    asked: list[object] = []
    answer = {"value": case_edit.CANCEL}
    monkeypatch.setattr(forms, "ask_unsaved",
                        lambda parent, question=None: asked.append(parent) or answer["value"])
    dialog = _dialog(qtbot, ctx, caseload[2].id)
    dialog.reject()  # nothing changed: closes without asking
    assert not asked and not dialog.isVisible()

    dialog = _dialog(qtbot, ctx, caseload[2].id)
    dialog.title.setText("Typed but not saved")
    dialog.close()
    assert len(asked) == 1 and dialog.isVisible()  # cancel keeps the dialog and the text
    assert dialog.title.text() == "Typed but not saved"
    answer["value"] = case_edit.DISCARD
    dialog.reject()
    assert len(asked) == 2 and not dialog.isVisible()
    case = run_and_wait(ctx.ops, lambda: ctx.session.queries.case_detail(caseload[2].id)).case
    assert case.title != "Typed but not saved"


def test_save_from_the_prompt_saves_then_closes(qtbot, ctx, caseload, monkeypatch):
    monkeypatch.setattr(forms, "ask_unsaved", lambda parent, question=None: case_edit.SAVE)
    dialog = _dialog(qtbot, ctx, caseload[3].id)
    dialog.title.setText("Saved from the prompt")
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)
    case = run_and_wait(ctx.ops, lambda: ctx.session.queries.case_detail(caseload[3].id)).case
    assert case.title == "Saved from the prompt"
