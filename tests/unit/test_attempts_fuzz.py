"""Whatever `attempts.json` holds, reading it never crashes or allocates without bound: it is the
recorded count, or the longest wait (fail closed)."""

from __future__ import annotations

import json
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrdcase.storage import attempts

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                max_size=4),
    max_leaves=12,
)
FIELDS = st.fixed_dictionaries({}, optional={
    "failures": JSON, "last_failure": JSON, "wipe_after": JSON})


def check(folder: Path, raw: bytes) -> None:
    (folder / attempts.ATTEMPTS_FILE).write_bytes(raw)
    state = attempts.load(folder)
    assert 0 <= state.failures <= attempts.MAX_FAILURES
    assert 0.0 <= state.wait_s(1.8e9) <= attempts.MAX_DELAY_S


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=200))
def test_any_bytes(tmp_path: Path, raw: bytes) -> None:
    check(tmp_path, raw)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(FIELDS)
def test_any_json_fields(tmp_path: Path, doc: dict) -> None:
    check(tmp_path, json.dumps(doc).encode())


def test_deep_nesting_and_huge_numbers(tmp_path: Path) -> None:
    check(tmp_path, b"[" * 100_000)
    check(tmp_path, b'{"failures": ' + b"9" * 5000 + b', "last_failure": 0}')
    check(tmp_path, b'{"failures": 3, "last_failure": 1e400}')


def test_a_non_finite_time_does_not_skip_the_wait(tmp_path: Path) -> None:
    for value in (b"NaN", b"Infinity", b"-Infinity"):
        (tmp_path / attempts.ATTEMPTS_FILE).write_bytes(
            b'{"failures": 9, "last_failure": ' + value + b"}")
        assert attempts.load(tmp_path).wait_s(time.time()) > 0, value
