"""The Help menu: the keyboard shortcuts (read from the window's own menus and tabs, so the list
cannot drift from what the keys do) and About (version, licence, where the profile is)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrdcase import __version__
from hrdcase.ui.i18n import translate

NATIVE = QKeySequence.SequenceFormat.NativeText


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _alt(text: str) -> str:
    return QKeySequence.mnemonic(text).toString(NATIVE)


def shortcut_rows(window: QMainWindow, tabs: QTabWidget | None = None) -> list[tuple[str, str]]:
    """(keys, what they do) for every menu, menu item with a shortcut, and case-view tab."""
    rows: list[tuple[str, str]] = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if not isinstance(menu, QMenu) or not action.isVisible():
            continue
        title = _plain(action.text())
        if _alt(action.text()):
            rows.append((_alt(action.text()), translate("Help", "Open the {menu} menu").format(menu=title)))
        for item in menu.actions():
            if item.isVisible() and not item.isSeparator() and not item.shortcut().isEmpty():
                rows.append((item.shortcut().toString(NATIVE), f"{title} › {_plain(item.text())}"))
    if tabs is not None:
        for text in (tabs.tabText(i) for i in range(tabs.count())):
            if _alt(text):
                what = translate("Help", "Case view: the {tab} tab").format(tab=_plain(text))
                rows.append((_alt(text), what))
    rows += [
        (translate("Help", "Enter"), translate("Help", "Queue: open the selected case and move to it")),
        (translate("Help", "Tab / Shift+Tab"), translate("Help", "Move between fields and buttons")),
        (translate("Help", "Alt+underlined letter"), translate("Help", "The button or field so marked")),
    ]
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts — hrdcase"))
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 480)


def about_text(profile_dir: Path | None) -> str:
    where = str(profile_dir) if profile_dir else translate("Help", "(no profile open)")
    return translate(
        "Help",
        "<b>hrdcase {version}</b><p>Encrypted, offline-first case management for responders who "
        "protect human rights defenders online.</p><p>Licence: GNU Affero General Public License, "
        "version 3 or later.</p><p>Your encrypted profile: {where}</p>",
    ).format(version=__version__, where=where.replace("&", "&amp;").replace("<", "&lt;"))


class HelpMenu:
    """Adds Help › Keyboard shortcuts and Help › About to `window`'s menu bar (call it last)."""

    def __init__(self, window: QMainWindow, tabs: QTabWidget, profile_dir: Path | None) -> None:
        self._window = window
        self._tabs = tabs
        self._profile_dir = profile_dir
        self.shortcuts_action = QAction(translate("Help", "&Keyboard shortcuts"), window)
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(translate("Help", "&About hrdcase"), window)
        self.about_action.triggered.connect(self.show_about)
        window.addAction(self.shortcuts_action)
        menu = window.menuBar().addMenu(translate("Help", "&Help"))
        menu.addAction(self.shortcuts_action)
        menu.addAction(self.about_action)

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(shortcut_rows(self._window, self._tabs), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, translate("Help", "About hrdcase"),
                          about_text(self._profile_dir), QMessageBox.StandardButton.Ok, self._window)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
