"""`hrdcase report kpi | transparency | sor` on real SQLCipher caseloads, through subprocesses: the
PDF parsed back with pypdf, the CSV with the csv module, the JSON checked against the records."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from hrdcase.demo.build import build_demo
from hrdcase.models.clock import FixedClock
from hrdcase.models.suppression import SMALL, WITHHELD, Table, protected
from hrdcase.services.appeals import AppealService
from hrdcase.storage.profile import Profile
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import Caseload, new_caseload
from tests.integration import casefile_world as w
from tests.integration.test_cli import assert_one_line_error, hrdcase
from tests.unit.test_appeals_model import sor

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
PERIOD = ("--from", "2020-01-01", "--to", "2026-12-31")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "profile"
    profile = Profile(path)
    store = profile.create(PASSPHRASE, FAST_KDF)
    build_demo(store, 300, 5, NOW)
    store.close()
    profile.release()
    return path


def true_counts(profile_dir: Path, column: str) -> dict[str, int]:
    profile = Profile(profile_dir)
    store = profile.unlock(PASSPHRASE)
    try:
        return dict(store.db.execute(
            f"SELECT {column}, count(*) FROM cases GROUP BY {column}").fetchall())
    finally:
        store.close()
        profile.release()


def test_transparency_writes_pdf_csv_and_json_that_agree_and_hide_small_counts(
        demo: Path, tmp_path: Path):
    out = tmp_path / "report"
    result = hrdcase("report", "transparency", *PERIOD, "--out", str(out), "--profile", str(demo))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["transparency.csv", "transparency.json",
                                                     "transparency.pdf"]
    data = json.loads((out / "transparency.json").read_text(encoding="utf-8"))
    assert data["cases"]["total"] == 300
    for column, name in (("channel", "cases_by_channel"), ("category", "cases_by_category"),
                         ("region_code", "cases_by_region")):
        truth = true_counts(demo, column)
        table = data["breakdowns"][name]
        published = Table(table["cells"], table["total"])
        assert protected(published)
        for key, value in table["cells"].items():
            real = truth.get(key, 0)
            if 1 <= real <= 9:
                assert value == SMALL
            else:
                assert value in (real, WITHHELD)
    raw = (out / "transparency.csv").read_bytes()
    assert b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n")  # RFC 4180 line ends
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert rows[0] == ["section", "breakdown", "key", "value"]
    assert all(len(r) == 4 for r in rows)
    from_csv = {(r[1], r[2]): r[3] for r in rows if r[0] == "breakdown"}
    for name, table in data["breakdowns"].items():
        for key, value in table["cells"].items():
            assert from_csv[(name, key)] == str(value)
        assert from_csv[(name, "total")] == str(table["total"])
    for r in rows:  # no small count slips out anywhere but the exact DSA figures
        if r[0] in ("breakdown", "cases", "appeals", "notifications") and r[3].isdigit():
            assert not 1 <= int(r[3]) <= 9, r
    reader = PdfReader(out / "transparency.pdf")
    pages = [page.extract_text() for page in reader.pages]
    text = " ".join(" ".join(pages).split())
    for title in ("Transparency report", "Cases by intake channel", "Cases by incident category",
                  "Cases by region", "Appeals by outcome", "DSA statements of reasons"):
        assert title in text
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page


def test_kpi_json_has_every_dimension_with_targets(demo: Path):
    result = hrdcase("report", "kpi", *PERIOD, "--json", "--profile", str(demo))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    overall = data["rows"][0]
    assert (overall["dimension"], overall["key"], overall["cases"]) == ("all", "all", 300)
    assert {r["dimension"] for r in data["rows"]} == {"all", "region", "category", "period"}
    regions = true_counts(demo, "region_code")
    assert {r["key"]: r["cases"] for r in data["rows"] if r["dimension"] == "region"} == regions
    figure = overall["figures"]["sla_compliance_percent"]
    assert figure["target"] == 90 and 0 <= figure["measured"] <= 100
    text = hrdcase("report", "kpi", *PERIOD, "--profile", str(demo))
    assert text.returncode == 0 and "all:all cases=300" in text.stdout


def test_a_period_that_ends_before_it_starts_is_one_line(demo: Path, tmp_path: Path):
    result = hrdcase("report", "kpi", "--from", "2026-02-01", "--to", "2026-01-01",
                     "--profile", str(demo))
    assert_one_line_error(result, "ends before it starts")
    (tmp_path / "file").write_text("x")
    result = hrdcase("report", "transparency", *PERIOD, "--out", str(tmp_path / "file"),
                     "--profile", str(demo))
    assert_one_line_error(result, "is a file")


@pytest.fixture
def decided(profile_dir: Path, clock: FixedClock) -> Iterator[tuple[Caseload, w.RichCase]]:
    clock.current = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)  # after the SoR's dates
    load = new_caseload(profile_dir, clock, PASSPHRASE, FAST_KDF)
    rich = w.rich_case(load)
    decider = load.world.responders[2]
    service = AppealService(load.store, clock, decider.id, load.store.device_id)
    for i in range(104):
        service.record_decision(rich.id, sor(puid=f"post-{i}"))
    yield load, rich
    load.close()


def test_sor_export_writes_valid_batches_of_at_most_100(decided, profile_dir: Path,
                                                        tmp_path: Path):
    load, _ = decided
    load.close()
    out = tmp_path / "sor"
    result = hrdcase("report", "sor", *PERIOD, "--out", str(out), "--profile", str(profile_dir))
    assert result.returncode == 0, result.stderr
    files = sorted(out.iterdir())
    assert [f.name for f in files] == ["sor-batch-0001.json", "sor-batch-0002.json"]
    batches = [json.loads(f.read_text(encoding="utf-8"))["statements"] for f in files]
    assert [len(b) for b in batches] == [100, 5]
    body = " ".join(f.read_text(encoding="utf-8") for f in files)
    for personal in (w.LEGAL_NAME, w.CONTACT, w.ARABIC_PSEUDONYM, w.TITLE, w.GROUNDS):
        assert personal not in body
    first = batches[0][0]
    assert first["puid"] == "post-123" and first["decision_facts"] == w.FACTS


def test_sor_export_refuses_personal_data_and_writes_nothing(decided, profile_dir: Path,
                                                             tmp_path: Path):
    load, rich = decided
    AppealService(load.store, load.clock, load.world.responders[2].id,
                  load.store.device_id).record_decision(
        rich.id, sor(decision_facts=f"The post named {w.LEGAL_NAME}."))
    load.close()
    out = tmp_path / "sor"
    result = hrdcase("report", "sor", *PERIOD, "--out", str(out), "--profile", str(profile_dir))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[-1] == ("hrdcase: error: 1 of 106 statements are invalid; nothing was "
                         "written.")
    assert "decision_facts: holds personal data (the defender's name or contact)" in lines[0]
    assert w.LEGAL_NAME not in result.stderr
    assert list(out.iterdir()) == []
