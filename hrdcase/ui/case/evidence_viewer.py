"""One evidence image, larger. It follows the case view's reveal state (the "Show graphic
material" box, which the exposure ledger follows): a graphic image stays a blurred grey placeholder
until revealed, here or in the case view. Closing the viewer ends a reveal: graphic material goes
back behind its placeholder everywhere and the exposure clock stops (the ledger's CLOSE, DOMAIN.md:
"hiding, closing or idling stops it"), so a closed window never leaves the clock running."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from hrdcase.models.evidence import EvidenceMeta
from hrdcase.ui.case.evidence_images import VIEWER_SIZE, Decoded, full_image
from hrdcase.ui.context import UiContext
from hrdcase.ui.i18n import translate
from hrdcase.ui.ops import user_message
from hrdcase.ui.widgets import fit_to_screen, scrolled


def describe(meta: EvidenceMeta, short: bool = False) -> str:
    """"name — PNG, 12 KB" (the name only once revealed or not graphic: callers check)."""
    kind = meta.mime.removeprefix("image/").upper()
    size = translate("Evidence", "{kb} KB").format(kb=max(1, round(meta.size / 1024)))
    name = meta.name or translate("Evidence", "Image #{id}").format(id=meta.id)
    if short:
        return name
    text = translate("Evidence", "{name} — {kind}, {size}").format(name=name, kind=kind, size=size)
    return text + (translate("Evidence", " (graphic)") if meta.graphic else "")


class EvidenceViewer(QDialog):
    def __init__(self, ctx: UiContext, meta: EvidenceMeta, reveal: QCheckBox,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reveal = reveal
        self.meta = meta
        self.decoded: Decoded | None = None
        self._pixmaps: tuple[QPixmap, QPixmap | None] | None = None
        self.setWindowTitle(self.tr("Evidence image"))
        self.image = QLabel(self.tr("Loading…"))
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName(self.tr("Evidence image"))
        self.caption = QLabel()
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setAccessibleName(self.tr("About this image"))
        self.show_box = QCheckBox(self.tr("Show &graphic material"))
        self.show_box.setAccessibleName(self.tr("Show graphic material of this case"))
        self.show_box.setVisible(meta.graphic)
        self.show_box.setToolTip(self.tr("Reveals the graphic material of the whole case and "
                                         "counts the time; closing this viewer hides it again."))
        self.show_box.setChecked(reveal.isChecked())
        self.show_box.toggled.connect(reveal.setChecked)
        reveal.toggled.connect(self._reveal_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolled(self.image), 1)  # a short screen scrolls the image
        layout.addWidget(self.caption)
        layout.addWidget(self.show_box)
        layout.addWidget(buttons)
        fit_to_screen(self, VIEWER_SIZE.width() + 40, VIEWER_SIZE.height() + 130)
        ctx.query(lambda s: full_image(s, meta), self._loaded, self._failed, owner=self)
        self._paint()

    @property
    def hidden(self) -> bool:
        return self.meta.graphic and not self._reveal.isChecked()

    def _reveal_changed(self, on: bool) -> None:
        self.show_box.setChecked(on)
        self._paint()

    def _loaded(self, decoded: Decoded) -> None:
        self.decoded = decoded
        if decoded.image is not None:
            hidden = (QPixmap.fromImage(decoded.placeholder)
                      if decoded.placeholder is not None else None)
            self._pixmaps = (QPixmap.fromImage(decoded.image), hidden)
        self._paint()

    def _failed(self, exc: BaseException) -> None:
        self.image.setText(user_message(exc))

    def _paint(self) -> None:
        if self.hidden:
            self.caption.setText(translate("Evidence", "Graphic — hidden"))
            self.caption.setStyleSheet("font-weight: bold;")
        else:
            self.caption.setText(describe(self.meta))
            self.caption.setStyleSheet("")
        if self.decoded is None:
            return
        if self._pixmaps is None:
            self.image.setText(self.tr("This image cannot be shown (damaged or an unknown "
                                       "format)."))
            return
        image, placeholder = self._pixmaps
        if not self.hidden:
            self.image.setPixmap(image)
        elif placeholder is not None:
            self.image.setPixmap(placeholder)
        else:  # never the picture itself while hidden
            self.image.clear()

    def done(self, result: int) -> None:
        """Every way of closing ends here: a reveal made or kept while this was open ends."""
        try:
            self._reveal.toggled.disconnect(self._reveal_changed)
        except (RuntimeError, TypeError):
            pass
        if self.meta.graphic and self._reveal.isChecked():
            self._reveal.setChecked(False)
        super().done(result)
