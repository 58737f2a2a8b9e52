"""Evidence images decoded off the GUI thread (QImage is safe on the worker; QPixmap is made on the
GUI thread by the widgets). Nothing here touches the disk: bytes come from the encrypted database
and the decoded images, thumbnails and placeholders live only in memory.

A graphic image is shown as a placeholder made from it: downscaled hard (a few pixels), turned
grey, flattened toward mid-grey and scaled back up smoothly, so that only a blurred grey shape is
left. It is made from the picture itself so that the strip keeps its layout, and it keeps nothing
a responder could read."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from hrdcase.models.evidence import EvidenceMeta
from hrdcase.services.session import Session

THUMB_SIZE = QSize(128, 96)
VIEWER_SIZE = QSize(720, 540)
VIEWER_UPSCALE = 4.0  # a small image is shown up to this many times larger in the viewer
_PLACEHOLDER_PIXELS = 6  # the long side of the hard downscale
_FLATTEN = 0.45  # how much mid-grey is laid over the grey shape


@dataclass(frozen=True)
class Decoded:
    """One image, decoded and fitted to a box; `image` is None when it cannot be decoded."""

    meta: EvidenceMeta
    image: QImage | None
    placeholder: QImage | None


def fitted(image: QImage, box: QSize, upscale: float = 1.0) -> QImage:
    """`image` scaled to fit `box` (keeping its aspect ratio), enlarged at most `upscale` times."""
    factor = min(box.width() / max(1, image.width()), box.height() / max(1, image.height()),
                 upscale)
    if factor == 1.0:
        return image
    return image.scaled(max(1, round(image.width() * factor)),
                        max(1, round(image.height() * factor)),
                        Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)


def placeholder(image: QImage) -> QImage:
    """A blurred greyscale stand-in of the same size (every pixel has r == g == b)."""
    width, height = max(1, image.width()), max(1, image.height())
    scale = _PLACEHOLDER_PIXELS / max(width, height)
    tiny = image.convertToFormat(QImage.Format.Format_RGB32).scaled(
        max(1, round(width * scale)), max(1, round(height * scale)),
        Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    grey = tiny.convertToFormat(QImage.Format.Format_Grayscale8)
    painter = QPainter(grey)
    painter.setOpacity(_FLATTEN)
    painter.fillRect(grey.rect(), QColor(128, 128, 128))
    painter.end()
    # Two smooth steps up: a single bilinear jump from a few pixels leaves visible ridges.
    middle = grey.scaled(max(1, width // 8), max(1, height // 8),
                         Qt.AspectRatioMode.IgnoreAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    return middle.scaled(width, height, Qt.AspectRatioMode.IgnoreAspectRatio,
                         Qt.TransformationMode.SmoothTransformation
                         ).convertToFormat(QImage.Format.Format_RGB32)


def decode(meta: EvidenceMeta, data: bytes, box: QSize, upscale: float = 1.0) -> Decoded:
    image = QImage.fromData(data)
    if image.isNull():
        return Decoded(meta, None, None)
    shown = fitted(image, box, upscale)
    return Decoded(meta, shown, placeholder(shown) if meta.graphic else None)


def case_thumbnails(session: Session, case_id: int) -> list[Decoded]:
    """On the worker: every evidence image of a case as a thumbnail (and its placeholder)."""
    return [decode(meta, session.evidence.image(meta.id), THUMB_SIZE)
            for meta in session.evidence.for_case(case_id)]


def full_image(session: Session, meta: EvidenceMeta) -> Decoded:
    """On the worker: one image fitted to the viewer."""
    return decode(meta, session.evidence.image(meta.id), VIEWER_SIZE, VIEWER_UPSCALE)
