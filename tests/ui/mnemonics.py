"""Which Alt+letter mnemonics a window offers right now, and which letters clash.

A scope is what one Alt+letter press can reach: the visible buttons, buddied labels, group boxes,
tab bars and the menu bar of one window (hidden tab pages do not count), or the items of one menu."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
)

_MNEMONIC = re.compile(r"&(.)")


def mnemonic(text: str) -> str | None:
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLabel):
        return [widget.text()] if widget.buddy() is not None else []
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    if isinstance(widget, QMenuBar):
        return [a.text() for a in widget.actions() if a.isVisible()]
    return []


def window_scope(window: QWidget) -> dict[str, list[str]]:
    """Letter → the texts that claim it, over the visible widgets of `window`."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        for text in _texts(widget):
            letter = mnemonic(text)
            if letter:
                found[letter].append(text)
    return found


def menu_scopes(window: QWidget) -> dict[str, dict[str, list[str]]]:
    """Menu title → its letter → item texts, for every menu (and submenu) of the window."""
    scopes: dict[str, dict[str, list[str]]] = {}
    menus = [a.menu() for a in window.menuBar().actions()]  # type: ignore[attr-defined]
    while menus:
        menu = menus.pop()
        if not isinstance(menu, QMenu):
            continue
        menus += [a.menu() for a in menu.actions()]
        found: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            letter = mnemonic(action.text())
            if letter and action.isVisible():
                found[letter].append(action.text())
        scopes[menu.title()] = found
    return scopes


def clashes(scope: dict[str, list[str]]) -> dict[str, list[str]]:
    return {letter: texts for letter, texts in scope.items() if len(texts) > 1}


def unreachable(window: QWidget) -> list[str]:
    """Visible buttons that neither Tab nor an Alt+letter reaches (a keyboard user is stuck)."""
    out = []
    for widget in window.findChildren(QAbstractButton):
        if widget.window() is not window or not widget.isVisibleTo(window) or not widget.text():
            continue
        tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if not tab and mnemonic(widget.text()) is None:
            out.append(widget.text())
    return out
