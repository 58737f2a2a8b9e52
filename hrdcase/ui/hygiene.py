"""Keep Qt from writing case-identifying traces outside the encrypted caseload.

Every file dialog of the app (attach evidence, import reports, save a case file, export folders,
the transparency report's folder) goes through `open_file_name`, `save_file_name` or
`existing_folder` here, which use Qt's own dialog, never the platform's: a native one (GTK, the
desktop portal, the Windows common dialog) adds the chosen file to the desktop's recent files, a
trace of a case file's or an evidence file's name outside the caseload.

Qt's own dialog saves, when it is destroyed, the folder last visited and its history to
`QtProject.conf` in the user's settings folder (`~/.config` on Linux), even on cancel: a folder
named after a defender would land there in plain text. The app keeps no settings in QSettings (its
state lives in the encrypted database), so the user scope is pointed at a path that cannot exist,
and those writes go nowhere. On macOS and Windows QSettings' native format (plist, registry)
ignores that path: there the dialog's record is removed again as soon as the dialog is gone
(`forget_dialog_state`), so it lives for a moment instead of for good; that path is not tested
on those platforms here (no such machine), and a registry may keep freed data in its file.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

# A path below a device file: no folder can ever be created there, so nothing is written.
NOWHERE = os.path.join(os.devnull, "hrdcase-keeps-no-qt-settings")


def seal_qt_settings() -> None:
    """Send every user-scope QSettings write (Qt's file dialogs included) nowhere. Idempotent."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, NOWHERE)


_OWN = QFileDialog.Option.DontUseNativeDialog


def forget_dialog_state() -> None:
    """Remove what Qt's file dialog saved under `QtProject/FileDialog` when it closed (last
    folder, history): a no-op where `seal_qt_settings` sent it nowhere (Linux), the removal of a
    trace where the native settings store ignores the sealed path (macOS, Windows)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    if settings.childGroups().count("FileDialog") or settings.contains("FileDialog"):
        settings.remove("FileDialog")
        settings.sync()


def open_file_name(parent: QWidget | None, caption: str, name_filter: str) -> str:
    """An existing file chosen in Qt's own dialog, or "" on cancel."""
    seal_qt_settings()
    path, _filter = QFileDialog.getOpenFileName(parent, caption, "", name_filter, options=_OWN)
    forget_dialog_state()
    return path


def save_file_name(parent: QWidget | None, caption: str, name_filter: str) -> str:
    """A file name to write, chosen in Qt's own dialog (it asks before overwriting), or ""."""
    seal_qt_settings()
    path, _filter = QFileDialog.getSaveFileName(parent, caption, "", name_filter, options=_OWN)
    forget_dialog_state()
    return path


def existing_folder(parent: QWidget | None, caption: str) -> str:
    """A folder chosen in Qt's own dialog, or "" on cancel."""
    seal_qt_settings()
    folder = QFileDialog.getExistingDirectory(
        parent, caption, "", _OWN | QFileDialog.Option.ShowDirsOnly)
    forget_dialog_state()
    return folder
