"""Evidence images attached to an incident: what is kept about each one and the pure rules for
accepting it (a known image format by its magic bytes, a size limit) and for hiding it by default
(graphic until a responder says otherwise, DOMAIN.md)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from hrdcase.errors import ValidationError
from hrdcase.models.enums import IncidentCategory

MAX_EVIDENCE_BYTES = 25 * 1024 * 1024  # one image; the whole file is held in memory and the DB
SUPPORTED = "PNG, JPEG, GIF or WebP"


@dataclass(frozen=True, slots=True)
class EvidenceMeta:
    """One stored image, without its bytes (those are fetched one at a time)."""

    id: int
    incident_id: int
    case_id: int
    name: str
    mime: str
    size: int
    sha256: str
    graphic: bool
    added_at: datetime
    added_by: int | None


def sniff_mime(data: bytes) -> str | None:
    """The image type by its leading bytes (never by the file name), or None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def check_image(data: bytes, limit: int = MAX_EVIDENCE_BYTES) -> str:
    """The mime type of an acceptable evidence image; a `ValidationError` otherwise."""
    if not data:
        raise ValidationError("The file is empty.", field="file")
    check_size(len(data), limit)
    mime = sniff_mime(data)
    if mime is None:
        raise ValidationError(f"Not a supported image: attach a {SUPPORTED} file.", field="file")
    return mime


def check_size(size: int, limit: int = MAX_EVIDENCE_BYTES) -> None:
    """A `ValidationError` for a file over the limit (checked before reading it, and after)."""
    if size > limit:
        raise ValidationError(f"The file is {megabytes(size)}; evidence images are limited to "
                              f"{megabytes(limit)}.", field="file")


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def graphic_by_default(incident_graphic: bool, category: IncidentCategory) -> bool:
    """New evidence is hidden when its incident is graphic or its category usually is."""
    return incident_graphic or category.graphic_by_default
