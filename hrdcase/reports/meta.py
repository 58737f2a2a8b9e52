"""The integrity metadata a case file carries in its PDF keywords, and reading it back.

`hrdcase-casefile/1 ref=… level=… graphic=0|1 sha256=… audit-seq=… audit-hash=…`: written by
`reports.casefile`, parsed here from a file read with pypdf (bounded in size) for `verify-file`.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from hrdcase.errors import UserError

MAX_FILE_BYTES = 200 * 1024 * 1024
_PREFIX = "hrdcase-casefile/1"
_PATTERN = re.compile(
    r"hrdcase-casefile/1 ref=(?P<ref>[A-Za-z0-9-]{1,40}) level=(?P<level>internal|hrd|external) "
    r"graphic=(?P<graphic>[01]) sha256=(?P<sha>[0-9a-f]{64}) audit-seq=(?P<seq>\d{1,18}) "
    r"audit-hash=(?P<head>[0-9a-f]{1,128})")


@dataclass(frozen=True)
class FileMeta:
    ref: str
    level: str
    include_graphic: bool
    digest: str
    audit_seq: int
    audit_hash: str


def keywords(m: FileMeta) -> str:
    return (f"{_PREFIX} ref={m.ref} level={m.level} graphic={int(m.include_graphic)} "
            f"sha256={m.digest} audit-seq={m.audit_seq} audit-hash={m.audit_hash}")


def parse_keywords(text: str) -> FileMeta:
    match = _PATTERN.search(text or "")
    if match is None:
        raise UserError("This PDF is not an hrdcase case file (no integrity data in it).")
    return FileMeta(match["ref"], match["level"], match["graphic"] == "1", match["sha"],
                    int(match["seq"]), match["head"])


def read_meta(path: Path) -> FileMeta:
    """The integrity data of the case file at `path`; a missing, huge or unreadable file, or a
    PDF that is not a case file, is a `UserError`."""
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise UserError(f"Cannot read {path.name}: {exc.strerror or exc}.") from None
    if len(data) > MAX_FILE_BYTES:
        raise UserError(f"{path.name} is larger than a case file can be "
                        f"({MAX_FILE_BYTES // (1024 * 1024)} MB).")
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.CRITICAL)  # a damaged file is our one-line error, not its warnings
    try:
        info = PdfReader(io.BytesIO(data)).metadata
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError):
        raise UserError(f"{path.name} is not a readable PDF.") from None
    finally:
        pypdf_log.setLevel(level)
    return parse_keywords(str(info.get("/Keywords", "")) if info else "")
