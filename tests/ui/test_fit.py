"""Every window, dialog and case-view tab fits a 1024×640 laptop screen: its minimum size is no
larger than the screen, and shown at that size no visible child is clipped by its parent or
overlaps a sibling (`tests/ui/geometry.py`). The content is long on purpose: a long German and
Arabic case title, long responder names.

The dialogs come from the builders of `test_mnemonics.py`, which already fails when a new dialog
class has no builder. Set HRDCASE_FIT_PNG to a folder to keep a PNG of each (1024×640 and
1920×1080) for looking at."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget

from hrdcase.models.entities import Responder
from hrdcase.ui import widgets
from hrdcase.ui.main_window import MainWindow
from hrdcase.ui.ops import run_and_wait
from tests.ui.geometry import problems
from tests.ui.test_mnemonics import _builders, _dialog_classes, _settle

LAPTOP = QSize(1024, 640)
DESKTOP = QSize(1920, 1080)
TIMEOUT = 10_000
LONG_TITLE = ("Koordinierte Belästigungskampagne gegen eine Menschenrechtsverteidigerin nach "
              "ihrem Bericht über Landrechtsverletzungen — حملة مضايقات منسقة ضد مدافعة عن حقوق "
              "الإنسان")  # under the 200-character limit
LONG_SUMMARY = ("Zusammenfassung: Die Verteidigerin erhält seit drei Wochen Drohnachrichten über "
                "mehrere Plattformen. ملخص: تتلقى المدافعة رسائل تهديد منذ ثلاثة أسابيع. ") * 3
LONG_NAMES = ("Maximiliane Friederike Synthetisch-Beispielhausen",
              "أمينة عبد الرحمن المثال الاصطناعي الطويل")


def _long_content(ctx, case_id: int) -> None:
    def write() -> None:
        s = ctx.session
        version = s.queries.case_detail(case_id).case.version
        s.cases.update_fields(case_id, version, title=LONG_TITLE, summary=LONG_SUMMARY)
        with s.store.transaction() as uow:
            team = uow.reference.add_team("Schnelleingreifteam Digitale Sicherheit Nordafrika")
            for name in LONG_NAMES:
                uow.reference.add_responder(Responder(0, name, team, languages=("de", "ar")))
    run_and_wait(ctx.ops, write)


def _report(found: dict[str, list[str]]) -> str:
    return "\n".join(f"{name}: {line}" for name, lines in found.items() for line in lines)


def _shoot(window: QWidget, name: str, size: QSize) -> None:
    folder = os.environ.get("HRDCASE_FIT_PNG")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(folder) / f"{name}-{size.width()}x{size.height()}.png"), "PNG")


def _fit(qtbot, ctx, window: QWidget, name: str) -> list[str]:
    """Show `window` as a 1024×640 screen would (its size hint, no larger than the screen)."""
    opened = window.size()
    wide = [f"opens at {opened.width()}×{opened.height()}"] if (
        window.testAttribute(Qt.WidgetAttribute.WA_Resized)
        and not LAPTOP.expandedTo(opened) == LAPTOP) else []
    start = opened if window.testAttribute(Qt.WidgetAttribute.WA_Resized) else window.sizeHint()
    window.resize(start.expandedTo(window.minimumSizeHint()).boundedTo(LAPTOP))
    window.show()
    _settle(qtbot, ctx)
    window.resize(window.size().boundedTo(LAPTOP))
    QApplication.processEvents()
    found = wide + problems(window, LAPTOP)
    _shoot(window, name, LAPTOP)
    if os.environ.get("HRDCASE_FIT_PNG"):
        window.resize(window.sizeHint().expandedTo(window.size()).boundedTo(DESKTOP))
        QApplication.processEvents()
        _shoot(window, name, DESKTOP)
    return found


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows that size themselves to the screen see a 1024×640 one."""
    monkeypatch.setattr(widgets, "screen_room", lambda window: LAPTOP)


def test_every_dialog_fits_a_laptop_screen(qtbot, ctx, caseload, profile_dir, laptop):
    _long_content(ctx, caseload[0].id)
    checked, found = set(), {}
    for build in _builders(qtbot, ctx, caseload, profile_dir).values():
        for window in build():
            qtbot.addWidget(window)
            name = type(window).__name__
            trouble = _fit(qtbot, ctx, window, name)
            if trouble:
                found[name] = trouble
            checked.add(name)
            window.hide()
    assert not found, _report(found)
    assert _dialog_classes() <= checked


@pytest.mark.parametrize("screen", [LAPTOP, QSize(1280, 800), QSize(1366, 768)],
                         ids=["1024x640", "1280x800", "1366x768"])
def test_main_window_fits_on_every_tab(qtbot, ctx, caseload, laptop, screen: QSize):
    case_id = caseload[0].id
    _long_content(ctx, case_id)
    window = MainWindow(ctx, persist_state=False)
    qtbot.addWidget(window)
    window.resize(screen)
    window.start(restore_geometry=False)
    qtbot.waitUntil(lambda: window.case_view.detail is not None, timeout=TIMEOUT)
    window.open_case(case_id)
    qtbot.waitUntil(lambda: window.case_view.detail.case.id == case_id, timeout=TIMEOUT)
    assert window.minimumSizeHint().width() <= LAPTOP.width()
    assert window.minimumSizeHint().height() <= LAPTOP.height()
    buttons = window.case_view.panels[0].triage_button  # the Triage tab's actions: above the fold
    tabs = window.case_view.tabs
    found = {}
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        _settle(qtbot, ctx)
        name = tabs.tabText(i).replace("&", "")
        window.resize(screen)
        QApplication.processEvents()
        trouble = problems(window, screen)
        if i == 1 and not buttons.visibleRegion().boundingRect().size() == buttons.size():
            trouble.append("the Triage tab's buttons are not wholly in sight")
        if trouble:
            found[name] = trouble
        _shoot(window, f"main-{name}", screen)
        if os.environ.get("HRDCASE_FIT_PNG"):
            window.resize(DESKTOP)
            QApplication.processEvents()
            _shoot(window, f"main-{name}", DESKTOP)
    assert not found, _report(found)
