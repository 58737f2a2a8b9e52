"""Before QApplication exists: can Qt open a window here? Qt's own answer to a missing display or a
missing system library is an abort with a core dump; ours is one line naming what is missing.

Only Linux with X11 (QT_QPA_PLATFORM unset or "xcb") is checked library by library: that is where a
minimal desktop lacks the xcb libraries the Qt wheel does not bundle. No Qt import here."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

from hrdcase.errors import UserError

# What Qt 6's xcb platform plugin loads that a minimal system may lack: soname → Debian/Ubuntu
# package. (Fedora: xcb-util-cursor, xcb-util-wm, xcb-util-keysyms, xcb-util-image,
# xcb-util-renderutil, libxkbcommon-x11; see README.)
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def can_load(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)  # the dynamic loader's own search, as Qt's plugin load will do
    except OSError:
        return False
    return True


def missing_xcb_libraries(loader: Callable[[str], bool] = can_load) -> list[str]:
    return [soname for soname in XCB_LIBRARIES if not loader(soname)]


def check_gui_platform(env: Mapping[str, str] | None = None, platform: str = sys.platform,
                       loader: Callable[[str], bool] = can_load) -> None:
    """Raise a one-line `UserError` when Qt could not open a window; do nothing when it could or
    when we cannot tell (other platforms, an explicit non-xcb QT_QPA_PLATFORM)."""
    env = os.environ if env is None else env
    chosen = env.get("QT_QPA_PLATFORM", "")
    if not platform.startswith("linux") or (chosen not in ("", "xcb") and not chosen.startswith("xcb:")):
        return
    if not chosen and env.get("WAYLAND_DISPLAY"):
        return  # Qt picks its Wayland plugin
    if not env.get("DISPLAY"):
        raise UserError("No display to open a window on (DISPLAY is not set): run hrdcase from a "
                        "desktop session, or use `hrdcase screenshot` / the command line.")
    missing = missing_xcb_libraries(loader)
    if missing:
        packages = " ".join(XCB_LIBRARIES[soname] for soname in missing)
        raise UserError(f"Qt cannot open a window: missing system libraries {', '.join(missing)} "
                        f"(Debian/Ubuntu: apt install {packages}; other systems: see the README).")
