"""Fuzzing the two readers of files from outside (issue 13): the import line parser and the key
file reader. Whatever the bytes, they answer with a record or a refusal, quickly: no crash, no
hang, no allocation beyond the input's size."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrdcase.errors import CorruptDatabase, ProfileUnreadable
from hrdcase.models.intake_import import ImportRecord, LineError, parse_line, split_lines
from hrdcase.storage.keys import KeyFile, write_keyfile
from tests.conftest import FAST_KDF
from tests.unit.test_intake_import import REGIONS, good

FUZZ = settings(max_examples=120, deadline=500, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children,
                                                                      max_size=4),
    max_leaves=20,
)
FIELDS = ["source_id", "submitted_at", "title", "description", "category", "region", "language",
          "defender", "channel", "partner", "priority", "severity"]


def check_line(text: str) -> None:
    result = parse_line(1, text, REGIONS)
    assert result is None or isinstance(result, ImportRecord | LineError)


@FUZZ
@given(st.text(max_size=2000))
def test_any_text_line_is_a_record_or_a_refusal(text: str) -> None:
    check_line(text)


@FUZZ
@given(st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=12))
def test_any_json_object_with_known_fields_is_a_record_or_a_refusal(changes: dict) -> None:
    check_line(json.dumps(good(**changes)))


@FUZZ
@given(st.binary(max_size=4000), st.integers(1, 64))
def test_any_bytes_split_into_lines_without_crashing(data: bytes, chunk: int) -> None:
    chunks = [data[i:i + chunk] for i in range(0, len(data), chunk)]
    for item in split_lines(chunks, max_line=512):
        if isinstance(item, str):
            check_line(item)


@FUZZ
@given(st.integers(1, 60_000), st.sampled_from(["[", "{\"a\":", "[{\"b\":"]))
def test_deep_nesting_is_refused_within_the_deadline(depth: int, opener: str) -> None:
    closer = {"[": "]", "{\"a\":": "}", "[{\"b\":": "}]"}[opener]
    check_line(opener * depth + "1" + closer * depth)


def _keyfile_doc(tmp: Path) -> dict:
    path = tmp / "key.json"
    write_keyfile(path, bytes(32), "synthetic passphrase", "ab" * 16, FAST_KDF)
    return json.loads(path.read_text())


@FUZZ
@given(st.dictionaries(st.sampled_from(["format", "profile_id", "kdf", "salt", "nonce",
                                        "wrapped_key"]), json_values, max_size=6),
       st.dictionaries(st.sampled_from(["name", "iterations", "memory_kib", "lanes"]),
                       json_values | st.integers(-2**70, 2**70), max_size=4))
def test_any_key_file_is_read_or_called_damaged_cheaply(tmp_path_factory, changes: dict,
                                                        kdf_changes: dict) -> None:
    tmp = tmp_path_factory.mktemp("kf")
    doc = _keyfile_doc(tmp)
    doc.update(changes)
    if isinstance(doc.get("kdf"), dict):
        doc["kdf"].update(kdf_changes)
    path = tmp / "key.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    try:
        keyfile = KeyFile.read(path)
    except (CorruptDatabase, ProfileUnreadable):
        return
    # What is accepted costs at most 1 GiB and 4 GiB-passes of Argon2id: never derived here.
    assert keyfile.kdf.memory_kib <= 1024 * 1024
    assert keyfile.kdf.memory_kib * keyfile.kdf.iterations <= 4 * 1024 * 1024


@FUZZ
@given(st.binary(max_size=3000))
def test_any_bytes_as_a_key_file_are_damaged_not_a_crash(tmp_path_factory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("kb") / "key.json"
    path.write_bytes(data)
    tracemalloc.start()
    try:
        KeyFile.read(path)
    except CorruptDatabase:
        pass
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert peak < 10 * 1024 * 1024
