"""The evidence strip and viewer on a real caseload: graphic images stay a blurred grey placeholder
until revealed, revealing goes through the exposure ledger, and hiding, switching case, idling or
closing the viewer stops it. Attaching reads the chosen file on the worker."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from hrdcase.demo.evidence import synthetic_png
from hrdcase.ui.case.evidence import EvidenceStrip
from hrdcase.ui.case.view import CaseView
from hrdcase.ui.main_window import MainWindow
from hrdcase.ui.ops import run_and_wait
from tests.ui.conftest import Spec

TIMEOUT = 10_000


def _attach(ctx, incident_id: int, seed: int, graphic: bool | None = None) -> int:
    data = synthetic_png(random.Random(seed), 160, 120)
    evidence_id, _changes = run_and_wait(
        ctx.ops, lambda: ctx.session.evidence.attach(incident_id, data, f"synthetic-{seed}.png",
                                                     graphic))
    return evidence_id


def _last_incident(ctx, spec: Spec):
    return run_and_wait(ctx.ops, lambda: ctx.session.queries.case_detail(spec.id)).incidents[-1]


def _open(qtbot, ctx, spec: Spec) -> CaseView:
    view = CaseView(ctx)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        view.show_case(spec.id)
    return view


def _wait_images(qtbot, strip: EvidenceStrip, count: int) -> None:
    qtbot.waitUntil(lambda: strip.model.rowCount() == count, timeout=TIMEOUT)


def _pixels(image: QImage, step: int = 7) -> list[tuple[int, int, int]]:
    return [(c.red(), c.green(), c.blue())
            for y in range(0, image.height(), step) for x in range(0, image.width(), step)
            if (c := image.pixelColor(x, y))]


def _roughness(image: QImage) -> float:
    """Mean absolute difference between horizontal neighbours (sharp edges score high)."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    total, n = 0, 0
    for y in range(0, grey.height(), 3):
        for x in range(grey.width() - 1):
            total += abs(grey.pixelColor(x, y).red() - grey.pixelColor(x + 1, y).red())
            n += 1
    return total / n


def _graphic_case(caseload: list[Spec]) -> Spec:
    return caseload[4]  # threats of violence: graphic by default (conftest CATEGORIES)


def test_a_graphic_image_is_a_grey_blur_until_revealed(qtbot, ctx, caseload):
    spec = caseload[0]
    incident = _last_incident(ctx, spec)
    _attach(ctx, incident.id, 1, graphic=True)
    _attach(ctx, incident.id, 2, graphic=False)
    view = _open(qtbot, ctx, spec)
    strip = view.evidence
    _wait_images(qtbot, strip, 2)
    hidden, plain = strip.model.pixmap(0).toImage(), strip.model.pixmap(1).toImage()
    original = strip.model._rows[0][0].image
    assert original is not None and hidden.size() == original.size()
    assert all(r == g == b for r, g, b in _pixels(hidden))
    assert not all(r == g == b for r, g, b in _pixels(original))  # the picture has colour
    assert _roughness(hidden) < 0.25 * _roughness(original)
    assert not all(r == g == b for r, g, b in _pixels(plain))  # not graphic: shown as it is
    assert strip.model.index(0).data() == "Graphic — hidden"
    assert strip.model.index(1).data() == "synthetic-2.png"
    view.show_graphic.setChecked(True)
    assert strip.model.pixmap(0).toImage() == original.convertToFormat(
        strip.model.pixmap(0).toImage().format())
    assert strip.model.index(0).data() == "synthetic-1.png (graphic)"
    view.show_graphic.setChecked(False)
    assert all(r == g == b for r, g, b in _pixels(strip.model.pixmap(0).toImage()))


def test_evidence_model_passes_modeltester(qtbot, qtmodeltester, ctx, caseload):
    spec = caseload[0]
    _attach(ctx, _last_incident(ctx, spec).id, 3, graphic=True)
    view = _open(qtbot, ctx, spec)
    _wait_images(qtbot, view.evidence, 1)
    qtmodeltester.check(view.evidence.model)


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx, persist_state=False)
    qtbot.addWidget(window)
    window.resize(1300, 760)
    window.start(restore_geometry=False)
    return window


def _show(qtbot, window: MainWindow, spec: Spec) -> CaseView:
    window.open_case(spec.id)
    view = window.case_view
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.case.id == spec.id,
                    timeout=TIMEOUT)
    return view


def _revealed(ctx) -> tuple[int, ...]:
    ctx.ops.wait_idle(5.0)
    return run_and_wait(ctx.ops, ctx.session.wellbeing.exposure_now).revealed_incident_ids


def test_revealing_an_image_runs_the_exposure_clock_until_hidden_or_another_case(
    qtbot, ctx, caseload
):
    spec = caseload[0]  # doxxing: no graphic text, so only the image makes it graphic
    incident = _last_incident(ctx, spec)
    assert not incident.graphic
    _attach(ctx, incident.id, 4, graphic=True)
    window = _window(qtbot, ctx)
    view = _show(qtbot, window, spec)
    assert view.detail.graphic_incident_ids == [incident.id]
    view.show_graphic.setChecked(True)
    assert _revealed(ctx) == (incident.id,)
    view.show_graphic.setChecked(False)
    assert _revealed(ctx) == ()
    view.show_graphic.setChecked(True)
    assert _revealed(ctx) == (incident.id,)
    _show(qtbot, window, caseload[1])  # another case: the reveal ends
    assert _revealed(ctx) == ()
    assert not view.show_graphic.isChecked()


def test_marking_the_image_not_graphic_ends_its_reveal(qtbot, ctx, caseload):
    spec = caseload[0]
    incident = _last_incident(ctx, spec)
    _attach(ctx, incident.id, 5, graphic=True)
    window = _window(qtbot, ctx)
    view = _show(qtbot, window, spec)
    _wait_images(qtbot, view.evidence, 1)
    view.show_graphic.setChecked(True)
    assert _revealed(ctx) == (incident.id,)
    view.evidence.view.setCurrentIndex(view.evidence.model.index(0))
    assert view.evidence.mark_button.text() == "Mar&k not graphic"
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        view.evidence.mark_button.click()
    qtbot.waitUntil(lambda: not view.evidence.model.meta(0).graphic, timeout=TIMEOUT)
    assert _revealed(ctx) == ()  # nothing graphic left on this incident
    assert "marked an evidence image as not graphic" in view.timeline.sentence(0)
    assert view.evidence.mark_button.text() == "Mar&k graphic"


def test_the_viewer_follows_the_reveal_and_closing_it_stops_the_clock(qtbot, ctx, caseload):
    spec = caseload[0]
    incident = _last_incident(ctx, spec)
    _attach(ctx, incident.id, 6, graphic=True)
    window = _window(qtbot, ctx)
    view = _show(qtbot, window, spec)
    _wait_images(qtbot, view.evidence, 1)
    viewer = view.evidence.open_viewer(0)
    qtbot.waitUntil(lambda: viewer.decoded is not None, timeout=TIMEOUT)
    shown = viewer.image.pixmap().toImage()
    assert viewer.caption.text() == "Graphic — hidden"
    assert all(r == g == b for r, g, b in _pixels(shown, 23))
    assert shown.width() > view.evidence.model.pixmap(0).width()  # larger than the thumbnail
    viewer.show_box.setChecked(True)  # reveal from the viewer: the case view's one state
    assert view.show_graphic.isChecked()
    assert _revealed(ctx) == (incident.id,)
    assert not all(r == g == b for r, g, b in _pixels(viewer.image.pixmap().toImage(), 23))
    viewer.reject()  # Esc, Close or the window's X all end in done()
    assert not view.show_graphic.isChecked()
    assert _revealed(ctx) == ()


def test_idle_hides_the_open_viewer_too(qtbot, ctx, caseload):
    spec = caseload[0]
    incident = _last_incident(ctx, spec)
    _attach(ctx, incident.id, 7, graphic=True)
    window = _window(qtbot, ctx)
    view = _show(qtbot, window, spec)
    _wait_images(qtbot, view.evidence, 1)
    view.show_graphic.setChecked(True)
    viewer = view.evidence.open_viewer(0)
    qtbot.waitUntil(lambda: viewer.decoded is not None, timeout=TIMEOUT)
    assert viewer.show_box.isChecked() and viewer.caption.text() != "Graphic — hidden"
    tracker = window.team.tracker
    assert tracker.check_idle(tracker.last_input + 10 * 60)
    assert viewer.caption.text() == "Graphic — hidden" and not viewer.show_box.isChecked()
    assert _revealed(ctx) == ()
    viewer.reject()


def test_attach_through_the_button(qtbot, ctx, caseload, tmp_path: Path, monkeypatch):
    spec = _graphic_case(caseload)
    view = _open(qtbot, ctx, spec)
    strip = view.evidence
    view.incident_view.selectRow(0)  # the threats-of-violence incident
    assert strip.attach_graphic.isChecked()  # graphic by default for this category
    chosen = tmp_path / "synthetic-upload.png"
    chosen.write_bytes(synthetic_png(random.Random(8), 64, 48))
    asked: list[dict] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: asked.append(k) or (str(chosen), "")))
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        strip.attach_button.click()
    _wait_images(qtbot, strip, 1)
    meta = strip.model.meta(0)
    assert meta.name == "synthetic-upload.png" and meta.graphic
    # Never the native dialog: it would list the file in the desktop's "recent files".
    assert asked[0]["options"] & QFileDialog.Option.DontUseNativeDialog
    assert strip.model.index(0).data() == "Graphic — hidden"
    assert "attached an evidence image (PNG, 1 KB), hidden as graphic" in view.timeline.sentence(0)
    strip.attach_button.click()  # the same file again: refused inline, nothing added
    qtbot.waitUntil(lambda: strip.error.isVisible(), timeout=TIMEOUT)
    assert "already attached" in strip.error.text()
    assert strip.model.rowCount() == 1


@pytest.mark.parametrize("content", [b"", b"synthetic text, not an image"])
def test_a_bad_file_is_refused_inline(qtbot, ctx, caseload, tmp_path: Path, monkeypatch, content):
    view = _open(qtbot, ctx, caseload[0])
    chosen = tmp_path / "synthetic.png"
    chosen.write_bytes(content)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(chosen), "")))
    view.evidence.attach_button.click()
    qtbot.waitUntil(lambda: view.evidence.error.isVisible(), timeout=TIMEOUT)
    assert view.evidence.model.rowCount() == 0
    assert view.evidence.empty.isVisible()


def test_enter_on_a_thumbnail_opens_the_viewer(qtbot, ctx, caseload):
    spec = caseload[0]
    _attach(ctx, _last_incident(ctx, spec).id, 9, graphic=False)
    view = _open(qtbot, ctx, spec)
    strip = view.evidence
    _wait_images(qtbot, strip, 1)
    strip.view.setFocus()
    strip.view.setCurrentIndex(strip.model.index(0))
    qtbot.keyClick(strip.view, Qt.Key.Key_Return)
    assert strip.viewer is not None and strip.viewer.isVisible()
    viewer = strip.viewer
    qtbot.waitUntil(lambda: viewer.decoded is not None, timeout=TIMEOUT)
    assert not viewer.show_box.isVisibleTo(viewer)  # nothing graphic: nothing to reveal
    assert viewer.caption.text() == "synthetic-9.png — PNG, 1 KB"
    viewer.reject()
    assert not view.show_graphic.isChecked()


def test_images_are_decoded_again_only_when_evidence_changes(qtbot, ctx, caseload, monkeypatch):
    from hrdcase.ui.case import evidence as strip_module

    calls: list[int] = []
    real = strip_module.case_thumbnails
    monkeypatch.setattr(strip_module, "case_thumbnails",
                        lambda s, case_id: calls.append(case_id) or real(s, case_id))
    spec = caseload[0]
    incident = _last_incident(ctx, spec)
    _attach(ctx, incident.id, 5, graphic=False)
    view = _open(qtbot, ctx, spec)
    _wait_images(qtbot, view.evidence, 1)
    assert calls == [spec.id]
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):  # another edit of the case: a reload...
        view.reload()
    ctx.ops.wait_idle(5.0)
    assert calls == [spec.id]  # ...that leaves the images as they are
    evidence_id = view.evidence.model.meta(0).id
    ctx.mutate(lambda s: s.evidence.mark_graphic(evidence_id, True))
    qtbot.waitUntil(lambda: view.evidence.model.meta(0).graphic, timeout=TIMEOUT)
    assert calls == [spec.id, spec.id]  # evidence changed: fetched and decoded again
