"""Synthetic evidence images for the demo caseload: small PNGs drawn in pure Python (zlib + struct,
no Qt): a soft gradient with a few discs and bars. They depict nothing; they only give the case
view's evidence strip, its graphic placeholders and the viewer something to show.

A few dozen of the newest worked cases get one image on their first incident, graphic when that incident
is (its category is graphic by default). Like the rest of the demo they are seed data: an audit
entry each (attached at the case's last recorded moment, so each timeline stays in time order), and
no outbox op."""

from __future__ import annotations

import hashlib
import random
import struct
import zlib
from typing import Any

from hrdcase.models.evidence import EvidenceMeta

IMAGES = 40  # at most; from the newest cases with case work
WIDTH, HEIGHT = 96, 72


def _chunk(kind: bytes, body: bytes) -> bytes:
    return (struct.pack(">I", len(body)) + kind + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))


def synthetic_png(rng: random.Random, width: int = WIDTH, height: int = HEIGHT) -> bytes:
    """An RGB PNG: a diagonal two-colour gradient, two discs and a bar, all from `rng`."""
    top, bottom = [rng.randrange(30, 230) for _ in range(3)], [rng.randrange(30, 230) for _ in range(3)]
    span = width + height - 2 or 1
    gradient = [bytes(int(a + (b - a) * k / span) for a, b in zip(top, bottom, strict=True))
                for k in range(width + height)]
    shapes = [(rng.randrange(width), rng.randrange(height), rng.randrange(8, 24),
               bytes(rng.randrange(256) for _ in range(3))) for _ in range(2)]
    bar_y, bar_h = rng.randrange(height - 8), rng.randrange(4, 10)
    bar = bytes(rng.randrange(256) for _ in range(3))
    rows = []
    for y in range(height):
        row = bytearray(b"".join(gradient[x + y] for x in range(width)))
        for cx, cy, r, colour in shapes:
            if abs(y - cy) < r:
                half = int((r * r - (y - cy) ** 2) ** 0.5)
                x0, x1 = max(0, cx - half), min(width, cx + half + 1)
                row[3 * x0:3 * x1] = colour * (x1 - x0)
        if bar_y <= y < bar_y + bar_h:
            for x0 in range(0, width, 24):
                x1 = min(width, x0 + 16)
                row[3 * x0:3 * x1] = bar * (x1 - x0)
        rows.append(b"\x00" + bytes(row))  # filter type 0 for every scanline
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(b"".join(rows), 6)) + _chunk(b"IEND", b""))


def add_demo_evidence(uow: Any, seed: int, cases: int, worked: list[int] | None = None) -> int:
    """Attach one synthetic image to the first incident of up to `IMAGES` cases (inside the
    caller's transaction): the newest of `worked` (cases with case work, so that a typical case
    shows every tab) when given, else the newest cases; returns the audit entries written."""
    rng = random.Random(f"evidence-{seed}")  # its own stream: the caseload is unchanged
    if worked:
        newest = sorted(worked)[-4 * IMAGES:]
        chosen = sorted(rng.sample(newest, min(IMAGES, len(newest))))
    else:
        chosen = sorted(rng.sample(range(max(1, cases - 4 * IMAGES), cases + 1),
                                   min(IMAGES, cases))) if cases else []
    entries = []
    for case_id in chosen:
        incidents = uow.cases.incidents(case_id)
        timeline = uow.audit.for_case(case_id)
        if not incidents or not timeline:
            continue
        incident, at = incidents[0], max(e.at for e in timeline)
        actor = next((e.actor_id for e in timeline if e.action == "incident.added"
                      and e.entity_id == str(incident.id)), None)
        data = synthetic_png(rng)
        digest = hashlib.sha256(data).hexdigest()
        meta = EvidenceMeta(0, incident.id, case_id, f"synthetic-{case_id}.png", "image/png",
                            len(data), digest, incident.graphic, at, actor)
        evidence_id = uow.evidence.add(meta, data)
        entries.append((at, actor, "evidence.attached", "evidence", evidence_id, case_id,
                        {"evidence_id": evidence_id, "incident_id": incident.id, "sha256": digest,
                         "size": len(data), "mime": "image/png", "graphic": incident.graphic}))
    if entries:
        uow.audit.append_many(entries)
    return len(entries)
