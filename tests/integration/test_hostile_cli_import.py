"""`hrdcase intake import` with hostile files, in a subprocess: each bad line is reported and the
lines after it still import; the file is read with a cap (issue 13)."""

from __future__ import annotations

import json
import time
from pathlib import Path

from tests.integration.test_cli import assert_one_line_error, hrdcase
from tests.integration.test_intake_import import cli_profile, line  # noqa: F401 - fixture


def listing(profile: Path) -> dict:
    return json.loads(hrdcase("case", "list", "--profile", str(profile), "--json").stdout)


def test_hostile_lines_never_abort_the_import(cli_profile: Path, tmp_path: Path) -> None:  # noqa: F811
    hostile = [
        "[" * 10_000 + "]" * 10_000,
        line("H2").replace('"channel"', '"n": ' + "9" * 5_000 + ', "channel"'),
        line("H3", title="Lone \ud800 surrogate"),
        line("H4", submitted_at="0001-01-01T00:00:00+05:00"),
        line("H5", submitted_at="9999-12-31T23:59:59-05:00"),
        line("H6", title="\x1b]0;retitled\x07Invented"),
        line("H7", title="\u200b"),
    ]
    data = b"\xef\xbb\xbf" + line("G1").encode() + b"\r\n"
    data += b"".join(h.encode("utf-8", "surrogatepass") + b"\n" for h in hostile)
    data += b'{"title": "\xff\xfe"}\n'
    data += json.dumps(json.loads(line("G2")) | {"description": "a\u2028b\u2029c"},
                       ensure_ascii=False).encode() + b"\n"
    export = tmp_path / "hostile.jsonl"
    export.write_bytes(data)
    result = hrdcase("intake", "import", str(export), "--profile", str(cli_profile))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and "bug" not in result.stderr
    assert result.stdout.strip() == "Imported 2, skipped 0 duplicates, rejected 8."
    errors = result.stderr.strip().splitlines()
    assert [e.split(":")[0] for e in errors[:-1]] == [f"line {n}" for n in range(2, 10)]
    assert errors[-1].startswith("hrdcase: error: 8 lines were rejected")
    assert listing(cli_profile)["total"] == 2


def test_one_rejected_line_is_said_in_the_singular(cli_profile: Path, tmp_path: Path) -> None:  # noqa: F811
    export = tmp_path / "one.jsonl"
    export.write_text(line("A1") + "\n{\n", encoding="utf-8")
    result = hrdcase("intake", "import", str(export), "--profile", str(cli_profile))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith(
        "hrdcase: error: 1 line was rejected;")


def test_dev_zero_is_refused_at_the_size_cap(cli_profile: Path) -> None:  # noqa: F811
    started = time.monotonic()
    result = hrdcase("intake", "import", "/dev/zero", "--profile", str(cli_profile))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith(
        "hrdcase: error: zero is larger than 512 MiB")
    assert time.monotonic() - started < 60


def test_a_folder_is_a_user_error(cli_profile: Path, tmp_path: Path) -> None:  # noqa: F811
    assert_one_line_error(hrdcase("intake", "import", str(tmp_path), "--profile", str(cli_profile)),
                          "folder")
