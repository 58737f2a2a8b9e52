"""The import at scale (issue 10, item 6): lines go in batches of BATCH_LINES to a transaction, each
line all or nothing in its own savepoint; a kill -9 loses only the open batch, which the next import
completes; the terminal shows progress for every phase."""

from __future__ import annotations

import os
import pty
import re
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrdcase.errors import ValidationError
from hrdcase.models.intake_import import LineError
from hrdcase.services.intake import BATCH_LINES, IntakeService
from hrdcase.storage.intake import IntakeRepository
from tests.conftest import PASSPHRASE
from tests.factories import Caseload
from tests.integration.test_cli import hrdcase
from tests.integration.test_intake_import import cli_profile, count, line, load  # noqa: F401


def lines(n: int, prefix: str = "S") -> list[str]:
    return [line(f"{prefix}{i}") for i in range(1, n + 1)]


def test_a_line_refused_midway_leaves_nothing_and_its_batch_goes_on(
        load: Caseload, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    """The refusal comes after the case rows were written: the savepoint takes them back."""
    service = IntakeService(load.store, load.service)
    real = IntakeRepository.record

    def record(self: IntakeRepository, case_id: int, source_id: str | None,
               *rest: object) -> None:  # after the case, its defender and incident were written
        if source_id == "S3":
            raise ValidationError("Refused for the test.", field="source_id")
        real(self, case_id, source_id, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(IntakeRepository, "record", record)
    summary = service.import_lines(lines(5), batch_lines=10)
    assert [n for n, _ in summary.imported] == [1, 2, 4, 5]
    assert [str(e) for e in summary.rejected] == ["line 3: field 'source_id': Refused for the test."]
    assert count(load, "cases") == 4 and count(load, "case_intake") == 4
    assert count(load, "audit_log") == 4 * 3  # opened, incident, intake: nothing of line 3
    assert summary.changes.created_cases == frozenset(case_id for _, case_id in summary.imported)


def test_an_unexpected_error_loses_its_batch_only_and_the_summary_says_so(
        load: Caseload, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    service = IntakeService(load.store, load.service)
    real = IntakeRepository.record

    def record(self: IntakeRepository, case_id: int, source_id: str | None,
               *rest: object) -> None:  # after the case, its defender and incident were written
        if source_id == "S7":
            raise OSError("disk gone")
        real(self, case_id, source_id, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(IntakeRepository, "record", record)
    from hrdcase.services.intake import ImportSummary
    summary = ImportSummary()
    with pytest.raises(OSError):
        service.import_lines(lines(10), summary=summary, batch_lines=4)
    assert [n for n, _ in summary.imported] == [1, 2, 3, 4]  # the batch 5-8 was rolled back
    assert count(load, "cases") == 4
    monkeypatch.setattr(IntakeRepository, "record", real)
    again = service.import_lines(lines(10), batch_lines=4)
    assert again.duplicates == [1, 2, 3, 4] and len(again.imported) == 6
    assert count(load, "cases") == 10


def test_when_reading_stops_the_lines_read_before_are_imported(load: Caseload) -> None:  # noqa: F811
    def reading() -> Iterator[str | LineError]:
        yield from lines(3)
        raise OSError("read error")

    service = IntakeService(load.store, load.service)
    from hrdcase.services.intake import ImportSummary
    summary = ImportSummary()
    with pytest.raises(OSError):
        service.import_lines(reading(), summary=summary)
    assert len(summary.imported) == 3 and count(load, "cases") == 3


def test_rejections_are_reported_in_line_order_across_batches(
        load: Caseload) -> None:  # noqa: F811
    service = IntakeService(load.store, load.service)
    text = [*lines(3), line("S1"), "{", line("S5", region="ZZ"), line("S7")]
    summary = service.import_lines(text, batch_lines=2)
    assert [e.line_no for e in summary.rejected] == [5, 6]
    assert summary.duplicates == [4]
    assert [n for n, _ in summary.imported] == [1, 2, 3, 7]


def _read_until(fd: int, pattern: str, proc: subprocess.Popen, timeout: float) -> str:
    seen = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                seen += os.read(fd, 4096)
            except OSError:
                break
            if re.search(pattern, seen.decode(errors="replace")):
                return seen.decode(errors="replace")
    raise AssertionError(f"never saw {pattern!r}: {seen[-300:]!r}")


def test_kill_9_midway_loses_only_the_open_batch_and_reimport_completes(
        cli_profile: Path, tmp_path: Path) -> None:  # noqa: F811
    total = 4 * BATCH_LINES
    export = tmp_path / "big.jsonl"
    export.write_text("\n".join(lines(total)) + "\n", encoding="utf-8")
    env = {**os.environ, "HRDCASE_PASSPHRASE": PASSPHRASE}
    primary, secondary = pty.openpty()  # a terminal: progress is shown, and read here
    proc = subprocess.Popen([sys.executable, "-m", "hrdcase.cli", "intake", "import", str(export),
                             "--profile", str(cli_profile)],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=secondary,
                            env=env)
    os.close(secondary)
    try:
        # Line 1,200 read: the batches up to line 1,000 are committed, the third is open.
        _read_until(primary, r"Importing lines: 1,[2-4]00", proc, timeout=240)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(primary)
    assert proc.returncode == -signal.SIGKILL
    listing = hrdcase("case", "list", "--profile", str(cli_profile), "--json", "--limit", "1")
    assert listing.returncode == 0, listing.stderr
    kept = int(re.search(r'"total": (\d+)', listing.stdout)[1])  # type: ignore[index]
    assert kept in (2 * BATCH_LINES, 3 * BATCH_LINES)  # whole batches only
    again = hrdcase("intake", "import", str(export), "--profile", str(cli_profile))
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == (f"Imported {total - kept}, skipped {kept} duplicates, "
                                    "rejected 0.")
    check = hrdcase("audit", "verify", "--profile", str(cli_profile))
    assert check.returncode == 0, check.stdout + check.stderr
