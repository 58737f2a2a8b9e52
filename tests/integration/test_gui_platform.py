"""`hrdcase gui` where Qt could not open a window: one line naming what is missing, exit 1, never
Qt's abort. The library list is checked against the real xcb plugin's needs with `ldd`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hrdcase.errors import UserError
from hrdcase.ui.qt_platform import XCB_LIBRARIES, check_gui_platform, missing_xcb_libraries
from tests.integration.test_cli import assert_one_line_error

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the X11 check is Linux only")


def _xcb_plugin_files() -> list[Path]:
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    files = [qt / "plugins" / "platforms" / "libqxcb.so", *sorted((qt / "lib").glob("libQt6XcbQpa.so*"))]
    return [f for f in files if f.is_file()]


@linux
def test_gui_without_a_display_says_so_in_one_line(profile_dir):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "hrdcase.cli", "gui", "--profile", str(profile_dir)],
                            capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                            timeout=60)
    assert_one_line_error(result, "No display", "DISPLAY")


@linux
def test_every_library_the_real_xcb_plugin_misses_is_named():
    ldd = shutil.which("ldd")
    plugins = _xcb_plugin_files()
    if not ldd or not plugins:
        pytest.skip("no ldd or no xcb plugin in this PySide6")
    not_found = set()
    for plugin in plugins:
        out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=30).stdout
        not_found |= {line.split()[0] for line in out.splitlines() if "not found" in line}
    assert not_found <= set(XCB_LIBRARIES), "a library the plugin needs is not in XCB_LIBRARIES"
    assert not_found <= set(missing_xcb_libraries())


def test_missing_libraries_are_named_with_their_packages():
    env = {"DISPLAY": ":0"}
    with pytest.raises(UserError) as err:
        check_gui_platform(env, "linux", loader=lambda so: so not in ("libxcb-cursor.so.0",
                                                                        "libxcb-icccm.so.4"))
    message = str(err.value)
    assert "\n" not in message
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4" in message
    assert "apt install libxcb-cursor0 libxcb-icccm4" in message


@pytest.mark.parametrize(("env", "platform"), [
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux"),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux"),
    ({}, "win32"),
    ({}, "darwin"),
])
def test_no_check_where_xcb_is_not_used(env, platform):
    check_gui_platform(env, platform, loader=lambda so: False)  # would name every library


def test_xcb_chosen_explicitly_is_checked():
    with pytest.raises(UserError, match=r"libxkbcommon-x11\.so\.0"):
        check_gui_platform({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux",
                           loader=lambda so: so != "libxkbcommon-x11.so.0")

