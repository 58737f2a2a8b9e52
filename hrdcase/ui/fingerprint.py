"""A device fingerprint as people read it aloud: groups of four in a large monospace font, with a
Copy button. Shared by the first-run wizard and the People screen's confirmation dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

GROUPS_PER_LINE = 4


def grouped(fingerprint: str) -> str:
    """"AAAA-BBBB-…" (8 groups) as two lines of four groups separated by spaces."""
    groups = fingerprint.split("-")
    lines = [" ".join(groups[i:i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)]
    return "\n".join(lines)


def copy_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


class FingerprintView(QWidget):
    def __init__(self, fingerprint: str = "", parent: QWidget | None = None, copy: bool = True) -> None:
        super().__init__(parent)
        self.fingerprint = ""
        self.label = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.8)
        font.setBold(True)
        font.setLetterSpacing(font.SpacingType.PercentageSpacing, 110)
        self.label.setFont(font)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the fingerprint"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(lambda: copy_text(self.fingerprint))
        self.copy_button.setVisible(copy)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self.set_fingerprint(fingerprint)

    def set_fingerprint(self, fingerprint: str) -> None:
        self.fingerprint = fingerprint
        self.label.setText(grouped(fingerprint))
        self.label.setAccessibleName(self.tr("Device fingerprint"))
        self.label.setAccessibleDescription(fingerprint)
