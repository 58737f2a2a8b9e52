"""Does a window fit a screen? Its minimum size against the screen, and every visible child against
its parent (clipped) and its visible siblings (overlapping).

Children of a scroll area's viewport are meant to be larger than what shows, so a scroll area's
content is checked against its own widget, not the viewport; stacked and tabbed pages share one
place by design and are skipped as siblings."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollBar,
    QSizeGrip,
    QSplitterHandle,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

SLACK = 1  # px: Qt rounds frames and margins


def too_big(window: QWidget, screen: QSize) -> str | None:
    """Why `window` cannot be shown whole on `screen` (its minimum size, frame not counted)."""
    hint = window.minimumSizeHint()
    need = QSize(max(window.minimumWidth(), hint.width() if window.layout() else 0),
                 max(window.minimumHeight(), hint.height() if window.layout() else 0))
    if need.width() > screen.width() or need.height() > screen.height():
        return f"needs {need.width()}×{need.height()}, the screen is {screen.width()}×{screen.height()}"
    return None


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _scrolled(widget: QWidget) -> bool:
    """A widget that lives inside a scroll area's viewport (it may extend past it)."""
    parent = widget.parentWidget()
    while parent is not None:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return True
        if isinstance(parent, QStackedWidget | QTabWidget):
            return False
        parent = grand
    return False


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    label = ""
    if callable(text):
        try:
            label = str(text())[:30]
        except TypeError:
            label = ""
    return f"{type(widget).__name__}({widget.objectName() or label!r})"


def _ignored(widget: QWidget) -> bool:
    return isinstance(widget, QScrollBar | QSizeGrip | QSplitterHandle) or widget.isWindow()


def clipped(window: QWidget) -> list[str]:
    """Visible children whose rectangle leaves their parent's (outside scroll areas)."""
    out = []
    for widget in window.findChildren(QWidget):
        parent = widget.parentWidget()
        if parent is None or _ignored(widget) or widget.window() is not window:
            continue
        if not _visible(widget) or _scrolled(widget) or isinstance(parent, QAbstractScrollArea):
            continue
        inner = parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK)
        if not inner.contains(widget.geometry()):
            out.append(f"{_name(widget)} {_rect(widget.geometry())} leaves "
                       f"{_name(parent)} {_rect(parent.rect())}")
    return out


def squeezed(window: QWidget) -> list[str]:
    """Visible widgets laid out smaller than their content needs: a wrapped label shorter than the
    height its text takes at its width, anything else smaller than its minimum size hint."""
    out = []
    for widget in window.findChildren(QWidget):
        if _ignored(widget) or widget.window() is not window or not _visible(widget):
            continue
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            need = QSize(0, widget.heightForWidth(widget.width()))
        elif isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(),
                                                            QComboBox | QAbstractSpinBox):
            continue  # the editor inside a combo box or spin box: its parent is checked
        elif isinstance(widget, QLabel | QAbstractButton | QLineEdit | QComboBox):
            need = widget.minimumSizeHint()
        else:
            continue
        if widget.height() + SLACK < need.height() or widget.width() + SLACK < need.width():
            out.append(f"{_name(widget)} is {_rect(widget.geometry())}, needs "
                       f"{need.width()}×{need.height()}")
    return out


def overlapping(window: QWidget) -> list[str]:
    """Pairs of visible siblings laid out in one layout whose rectangles overlap."""
    out = []
    for parent in [window, *window.findChildren(QWidget)]:
        if parent.window() is not window or not _visible(parent) or parent.layout() is None:
            continue
        if isinstance(parent, QStackedWidget | QTabWidget | QMainWindow):
            continue
        kids = [w for w in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if _visible(w) and not _ignored(w) and _in_sublayout(parent, w)]
        for i, a in enumerate(kids):
            for b in kids[i + 1:]:
                shared = a.geometry().intersected(b.geometry())
                if shared.width() > SLACK and shared.height() > SLACK:
                    out.append(f"{_name(a)} {_rect(a.geometry())} overlaps "
                               f"{_name(b)} {_rect(b.geometry())} in {_name(parent)}")
    return out


def _in_sublayout(parent: QWidget, widget: QWidget) -> bool:
    layout = parent.layout()
    todo = [layout] if layout is not None else []
    while todo:
        current = todo.pop()
        for i in range(current.count()):
            item = current.itemAt(i)
            if item.widget() is widget:
                return True
            if item.layout() is not None:
                todo.append(item.layout())
    return False


def _rect(r: QRect) -> str:
    return f"[{r.x()},{r.y()} {r.width()}×{r.height()}]"


def problems(window: QWidget, screen: QSize) -> list[str]:
    found = [p for p in (too_big(window, screen),) if p]
    return found + clipped(window) + squeezed(window) + overlapping(window)
