"""Keep Qt from writing case-identifying traces outside the encrypted caseload.

Qt's own (non-native) file dialog saves, when it is destroyed, the folder last visited and its
history to `QtProject.conf` in the user's settings folder (`~/.config` on Linux), even on cancel: a
folder named after a defender would land there in plain text. The app keeps no settings in
QSettings (its state lives in the encrypted database), so the user scope is pointed at a path that
cannot exist, and those writes go nowhere. (On macOS and Windows QSettings' native format ignores
paths; the dialogs there are Qt's own too, see ui/case/evidence.py.)
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

# A path below a device file: no folder can ever be created there, so nothing is written.
NOWHERE = os.path.join(os.devnull, "hrdcase-keeps-no-qt-settings")


def seal_qt_settings() -> None:
    """Send every user-scope QSettings write (Qt's file dialogs included) nowhere. Idempotent."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, NOWHERE)
