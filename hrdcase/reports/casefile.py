"""The case file as a PDF (reportlab platypus), built in memory from a `services.casefile.CaseFile`.

Cover (reference, status, dates, redaction level, graphic material, who made it and when, the
integrity block), then the case, the defender, incidents with their evidence, risk notes, playbook
steps, notifications, decisions with their statements of reasons, appeals and dispute settlement,
and the timeline (`casefile_sections`). Every page has the reference and classification in its
header and footer and "Page x of y". The PDF's keywords carry the digest, level and chain head
(`reports.meta`), which `case verify-file` reads back.
"""

from __future__ import annotations

import io
import logging

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, SimpleDocTemplate

from hrdcase.reports.casefile_sections import CLASSIFICATION, all_sections
from hrdcase.reports.layout import MARGIN, WIDTH, numbered_canvas
from hrdcase.reports.meta import FileMeta, keywords
from hrdcase.reports.text import register_fonts
from hrdcase.services.casefile import CaseFile

log = logging.getLogger(__name__)
IMAGE_MAX_H = 90 * mm


def _image(data: bytes) -> Flowable | None:
    """The picture scaled to fit the text width and `IMAGE_MAX_H`, or None if it cannot be read."""
    try:
        reader = ImageReader(io.BytesIO(data))
        w, h = reader.getSize()
    except Exception:  # a damaged or unsupported picture is listed, not drawn
        log.warning("an evidence image could not be decoded for the case file")
        return None
    scale = min(WIDTH / w, IMAGE_MAX_H / h, 1.0)
    return Image(io.BytesIO(data), width=w * scale, height=h * scale)


def build_pdf(f: CaseFile) -> bytes:
    """The whole file in memory; nothing is written anywhere."""
    register_fonts()
    meta = FileMeta(f.ref, f.level.value, f.include_graphic, f.digest, f.audit_seq, f.audit_hash)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=20 * mm, bottomMargin=18 * mm, title=f"Case file {f.ref}",
        author="hrdcase", creator="hrdcase", subject=f"Case file, redaction {f.level.value}",
        keywords=[keywords(meta)],  # one entry: the PDF's Keywords is exactly this string
    )
    story = all_sections(f, lambda evidence_id: _image(f.images[evidence_id][1])
                         if evidence_id in f.images else None)
    doc.build(story, canvasmaker=numbered_canvas(f.ref, CLASSIFICATION[f.level.value]))
    return buffer.getvalue()
