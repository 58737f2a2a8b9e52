"""The SLA policy the server computes escalations with: the same shipped file the app reads
(`resources/policy/sla.json`, found through `hrdcase.paths` and `importlib.resources`), parsed by the
same model (`models/sla.py`)."""

from __future__ import annotations

import json
from functools import cache

from hrdcase.errors import ValidationError
from hrdcase.models.sla import SlaPolicy, parse_sla_policy
from hrdcase.paths import resource


@cache
def sla_policy() -> SlaPolicy:
    path = resource("policy", "sla.json")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(f"SLA policy file {path.name} is not readable JSON: {exc}.") from None
    return parse_sla_policy(raw)
