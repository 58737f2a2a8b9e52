"""`render()` writes a 1280×800 PNG of the queue and of one case."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from hrdcase.errors import NotFound
from hrdcase.ui.screenshot import render


@pytest.mark.parametrize("which", ["queue", "case"])
def test_render_writes_png(qtbot, session, caseload, tmp_path: Path, which: str):
    out = tmp_path / f"{which}.png"
    render(session, out, "queue" if which == "queue" else f"case:{caseload[18].ref}")
    image = QImage(str(out))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1280, 800)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_render_people_writes_a_1024x640_png(qtbot, session, caseload, tmp_path: Path):
    out = tmp_path / "people.png"
    render(session, out, "people")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 640)


def test_render_rejects_unknown_view_and_ref(qtbot, session, caseload, tmp_path: Path):
    with pytest.raises(ValueError):
        render(session, tmp_path / "x.png", "dashboard-ish")
    with pytest.raises(NotFound):
        render(session, tmp_path / "x.png", "case:C-0000-0000-0000")
    assert not (tmp_path / "x.png").exists()


def test_render_leaves_saved_state_alone(qtbot, session, caseload, tmp_path: Path):
    before = (session.queries.setting("ui.queue"), session.queries.setting("ui.window"))
    render(session, tmp_path / "q.png", "queue")
    assert (session.queries.setting("ui.queue"), session.queries.setting("ui.window")) == before


def test_render_says_when_the_png_could_not_be_saved(qtbot, session, caseload, tmp_path: Path):
    """A path Qt cannot write (here an existing folder) is a user error, not "Wrote X"."""
    from hrdcase.errors import UserError

    folder = tmp_path / "taken.png"
    folder.mkdir()
    with pytest.raises(UserError, match=r"Could not write taken\.png"):
        render(session, folder, "queue")
