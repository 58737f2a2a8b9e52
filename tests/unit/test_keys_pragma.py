"""`raw_key_pragma`: the one place a key becomes SQL."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hrdcase.storage.keys import KEY_BYTES, raw_key_pragma

SHAPE = re.compile(r"PRAGMA key = \"x'([0-9a-f]{64})'\"")


def test_exact_statement() -> None:
    key = bytes(range(32))
    assert raw_key_pragma(key) == "PRAGMA key = \"x'" + key.hex() + "'\""


@given(st.binary(min_size=KEY_BYTES, max_size=KEY_BYTES))
def test_only_hex_of_exactly_32_bytes_reaches_the_statement(key: bytes) -> None:
    match = SHAPE.fullmatch(raw_key_pragma(key))
    assert match and bytes.fromhex(match.group(1)) == key
    assert raw_key_pragma(bytearray(key)) == raw_key_pragma(key)


@pytest.mark.parametrize("size", [0, 1, 16, 31, 33, 64])
def test_other_sizes_are_refused(size: int) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        raw_key_pragma(b"k" * size)


@pytest.mark.parametrize(
    "key",
    [
        "a" * 32,  # a str of the right length
        "0" * 64,  # hex text is not a key
        memoryview(b"k" * 32),
        list(range(32)),
        None,
        int.from_bytes(b"k" * 32, "big"),
        "'; DROP TABLE cases; --".ljust(32),
    ],
)
def test_other_types_are_refused(key: object) -> None:
    with pytest.raises(ValueError):
        raw_key_pragma(key)  # type: ignore[arg-type]
