"""The translation source is current: `resources/i18n/hrdcase_en.ts` holds exactly the texts
`make i18n` finds today (the screens, and the Qt-free words in services/wording.py and
services/audit_text.py), so a translator never works from a stale list. Fails after adding or
changing a user-visible string until `make i18n` is run."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "hrdcase_en.ts"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def sources() -> list[str]:
    """The Makefile's `i18n` file list: every screen, and the services files with `translate("`."""
    ui = (ROOT / "hrdcase" / "ui").rglob("*.py")
    services = [p for p in (ROOT / "hrdcase" / "services").rglob("*.py")
                if 'translate("' in p.read_text(encoding="utf-8")]
    return sorted({str(p.relative_to(ROOT)) for p in [*ui, *services]})


def texts(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()  # noqa: S314 - our own files, written by lupdate
    return {(ctx.findtext("name") or "", msg.findtext("source") or "")
            for ctx in root.iter("context") for msg in ctx.iter("message")
            if (msg.find("translation") is None
                or msg.find("translation").get("type") not in ("obsolete", "vanished"))}


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate comes with PySide6 in the venv")
def test_the_translation_source_is_current(tmp_path: Path) -> None:
    fresh = tmp_path / "hrdcase_en.ts"
    subprocess.run([str(LUPDATE), "-no-obsolete", *sources(), "-ts", str(fresh)], cwd=ROOT,
                   check=True, capture_output=True, timeout=120)
    now, committed = texts(fresh), texts(TS)
    assert not now - committed, f"run `make i18n`: {len(now - committed)} texts missing"
    assert not committed - now, f"run `make i18n`: {len(committed - now)} texts gone"
    assert ("Timeline", "{actor} recorded “{action}”.") in committed
    assert any(ctx == "Labels" for ctx, _ in committed)
