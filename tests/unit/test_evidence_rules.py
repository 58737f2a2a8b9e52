"""The pure rules for evidence images: the type by magic bytes, the size limit, graphic defaults."""

from __future__ import annotations

import pytest

from hrdcase.errors import ValidationError
from hrdcase.models.enums import IncidentCategory
from hrdcase.models.evidence import check_image, graphic_by_default, sniff_mime

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 20


@pytest.mark.parametrize(("data", "mime"), [
    (PNG, "image/png"),
    (b"\xff\xd8\xff\xe0" + b"\x00" * 20, "image/jpeg"),
    (b"GIF89a" + b"\x00" * 20, "image/gif"),
    (b"GIF87a" + b"\x00" * 20, "image/gif"),
    (b"RIFF\x10\x00\x00\x00WEBPVP8 " + b"\x00" * 20, "image/webp"),
    (b"RIFF\x10\x00\x00\x00WAVEfmt " + b"\x00" * 20, None),  # RIFF, but audio
    (b"%PDF-1.7 synthetic", None),
    (b"<svg xmlns='http://www.w3.org/2000/svg'/>", None),
    (b"\x89PN", None),
])
def test_the_type_comes_from_the_bytes(data: bytes, mime: str | None) -> None:
    assert sniff_mime(data) == mime


def test_check_image_refuses_empty_oversized_and_unknown() -> None:
    assert check_image(PNG, limit=len(PNG)) == "image/png"
    with pytest.raises(ValidationError, match="empty") as empty:
        check_image(b"")
    assert empty.value.field == "file"
    with pytest.raises(ValidationError, match="limited to"):
        check_image(PNG + b"\x00", limit=len(PNG))
    with pytest.raises(ValidationError, match="Not a supported image"):
        check_image(b"plain synthetic text")


def test_graphic_until_a_responder_says_not() -> None:
    assert graphic_by_default(False, IncidentCategory.NCII)
    assert graphic_by_default(True, IncidentCategory.DOXXING)
    assert not graphic_by_default(False, IncidentCategory.DOXXING)
