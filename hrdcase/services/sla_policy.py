"""Loads the SLA policy file (`resources/policy/sla.json`); the model parses and validates it."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from hrdcase.errors import ValidationError
from hrdcase.models.sla import SlaPolicy, parse_sla_policy
from hrdcase.paths import resource

DEFAULT_SLA_PATH = resource("policy", "sla.json")


def load_sla_policy(path: Path = DEFAULT_SLA_PATH) -> SlaPolicy:
    """Read and validate a policy file; any problem is one clear `ValidationError`."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValidationError(f"SLA policy file {path.name} is missing.") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(f"SLA policy file {path.name} is not readable JSON: {exc}.") from None
    return parse_sla_policy(raw)


@cache
def default_sla_policy() -> SlaPolicy:
    return load_sla_policy()
