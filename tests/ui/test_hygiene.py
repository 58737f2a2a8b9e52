"""Qt's file dialogs leave no record of the folders they visited (ui/hygiene.py)."""

from __future__ import annotations


def test_what_a_file_dialog_saved_is_removed_where_the_settings_store_kept_it(qapp, tmp_path):
    """Where QSettings ignores the sealed path (macOS plist, Windows registry), the dialog's record
    is removed as soon as it closes; shown here on an INI store that does keep it."""
    from PySide6.QtCore import QSettings

    from hrdcase.ui.hygiene import forget_dialog_state, seal_qt_settings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path))
    try:
        kept = QSettings(QSettings.Scope.UserScope, "QtProject")
        kept.setValue("FileDialog/lastVisited", "file:///home/someone/Defender-Quokka")
        kept.setValue("Other/keep", "yes")
        kept.sync()
        conf = tmp_path / "QtProject.conf"
        assert "Defender-Quokka" in conf.read_text()
        forget_dialog_state()
        text = conf.read_text()
        assert "Defender-Quokka" not in text and "keep=yes" in text
    finally:
        seal_qt_settings()
