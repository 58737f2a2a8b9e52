"""Where the shipped data lives: `resources/` beside the package (policies, playbooks,
translations). One place, so that packaging can move it without a hunt."""

from __future__ import annotations

from pathlib import Path

RESOURCE_DIR = Path(__file__).resolve().parents[1] / "resources"


def resource(*parts: str) -> Path:
    return RESOURCE_DIR.joinpath(*parts)
