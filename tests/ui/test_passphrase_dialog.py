"""The passphrase screen on a real profile: change, forget on this computer, wipe after N."""

from __future__ import annotations

from pathlib import Path

from hrdcase.bootstrap import Unlocker
from hrdcase.errors import WrongPassphrase
from hrdcase.ui.passphrase import PassphraseDialog
from tests.conftest import PASSPHRASE

NEW = "a brand new passphrase"


def make(qtbot, ctx) -> PassphraseDialog:
    dialog = PassphraseDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(ctx.ops.is_idle)
    return dialog


def test_change_passphrase_from_the_screen(qtbot, ctx, profile_dir: Path):
    dialog = make(qtbot, ctx)
    dialog.old.setText(PASSPHRASE)
    dialog.new.setText(NEW)
    dialog.again.setText(NEW + "x")
    dialog.change()
    assert "differ" in dialog.change_error.text()
    dialog.again.setText(NEW)
    dialog.change()
    qtbot.waitUntil(lambda: "changed" in dialog.change_error.text(), timeout=10_000)
    assert dialog.old.text() == dialog.new.text() == dialog.again.text() == ""
    ctx.close()
    profile = Unlocker(profile_dir).profile
    key = profile.keyfile().unwrap(NEW)
    assert len(key) == 32
    try:
        profile.keyfile().unwrap(PASSPHRASE)
        raise AssertionError("the old passphrase still works")
    except WrongPassphrase:
        pass


def test_a_wrong_current_passphrase_is_said_inline(qtbot, ctx, profile_dir: Path):
    dialog = make(qtbot, ctx)
    dialog.old.setText("not it")
    dialog.new.setText(NEW)
    dialog.again.setText(NEW)
    dialog.change()
    qtbot.waitUntil(lambda: "does not unlock" in dialog.change_error.text(), timeout=10_000)
    assert dialog.change_button.isEnabled()


def test_forget_on_this_computer(qtbot, ctx, memory_keyring):
    ctx.session.profile.remember_in_keyring(PASSPHRASE)
    assert memory_keyring.entries
    dialog = make(qtbot, ctx)
    dialog.forget_button.click()
    qtbot.waitUntil(lambda: "Forgotten" in dialog.forget_status.text(), timeout=10_000)
    assert memory_keyring.entries == {}


def test_wipe_after_is_off_by_default_and_saved_when_turned_on(qtbot, ctx):
    dialog = make(qtbot, ctx)
    assert not dialog.wipe_on.isChecked() and not dialog.wipe_count.isEnabled()
    dialog.wipe_on.setChecked(True)
    dialog.wipe_count.setValue(7)
    qtbot.waitUntil(ctx.ops.is_idle)
    assert ctx.session.profile.wipe_after() == 7
    again = make(qtbot, ctx)
    assert again.wipe_on.isChecked() and again.wipe_count.value() == 7
    again.wipe_on.setChecked(False)
    qtbot.waitUntil(ctx.ops.is_idle)
    assert ctx.session.profile.wipe_after() is None
