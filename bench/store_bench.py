"""The encrypted store against plain SQLite, on the same synthetic caseload, in the same run.

    python bench/store_bench.py --cases 100000 --runs 5 [--out DIR]
    python bench/store_bench.py --quick                  # 5,000 cases, 1 run

1. Builds a demo caseload through `build_demo` in a real SQLCipher profile (timed: "demo build").
2. Makes an identical plaintext copy with `ATTACH … KEY ''` + `sqlcipher_export`.
   "Plain SQLite" is that copy opened by the same SQLite build (sqlcipher3 with no key: SQLite
   3.5x without a codec) with the same PRAGMAs minus the cipher ones. The system `sqlite3` module
   cannot be the baseline: it is older than FTS5's `contentless_delete` (SQLite 3.43) that the
   schema uses.
3. Measures both sides in ONE process (`--worker both`), interleaved query by query, one fresh
   process per run: the limit is run in the same process as the encrypted side. With
   `--memory-security` each side gets its own process instead, because that PRAGMA is
   process-wide and one-way in SQLCipher and would slow a plain connection beside it.
   - unlock: `Profile.unlock` with DEFAULT_KDF (Argon2id) and the KDF alone;
   - queue pages: `CaseRepository.queue_count` + `queue_page` (50 rows), COLD = the first query on
     a new connection (SQLite's page cache empty, so every page is read and, on SQLCipher,
     HMAC-checked and decrypted; the OS page cache stays warm, this is not a cold disk) and WARM =
     repeated on the same connection;
   - full-text search: `CaseRepository.search`, cold and warm;
   - inserts: 5,000 cases through the repository (`add`, `add_incident`, `reindex_text`) in one
     transaction, committed, then removed again outside the timing.
4. Prints one table: metric, SQLCipher ms, plain ms, ratio, target, PASS/FAIL; the table shows
   medians over all samples
   (cold: one per run; warm: 10 per run).

`--memory-security` runs the encrypted side (build and measurements) with
`PRAGMA cipher_memory_security = ON`, to show what that setting costs (hrdcase ships it OFF; see
hrdcase/storage/db.py).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

PASSPHRASE = "bench-only-passphrase"
SEED = 7
NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
INSERT_BATCH = 5_000
WARM_REPEATS = 10
PAGE = 50

# Targets (the issue): queue page ≤ 10 ms warm, ≤ 30 ms cold; FTS ≤ 30 ms; warm queries within
# 1.3× plain SQLite; Argon2id 0.2–1.0 s; 100k demo cases well under a minute.
QUEUE_WARM_MS = 10.0
QUEUE_COLD_MS = 30.0
FTS_MS = 30.0
WARM_RATIO = 1.3
KDF_RANGE_MS = (200.0, 1000.0)
BUILD_S_PER_100K = 60.0


# --------------------------------------------------------------------------- what is measured
def queries() -> dict[str, tuple[str, Any, Any]]:
    """name -> (kind, filter or text, sort). The region is the demo's busiest one."""
    from hrdcase.models.queue import QueueFilter, QueueSort

    return {
        "queue: open + region, by priority": ("queue", QueueFilter(region_code="XF"), QueueSort()),
        "queue: open + region + text, by priority": (
            "queue", QueueFilter(region_code="XF", text="spyware"), QueueSort(),
        ),
        "queue: all open, by priority": ("queue", QueueFilter(), QueueSort()),
        "queue: all open + text 'harassment' (~1 in 4)": (
            "queue", QueueFilter(text="harassment"), QueueSort(),
        ),
        "queue: my open cases, by updated": (
            "queue", QueueFilter(assignee_id=-2), QueueSort("updated", descending=True),
        ),
        "search: 'spyware'": ("search", "spyware", None),
        "search: 'Heron Alder' (pseudonym)": ("search", "Heron Alder", None),
        "search: 'harassment' (in ~1 case in 4)": ("search", "harassment", None),
    }


class PlainDb:
    """Just enough of `Database` for `CaseRepository`: a plaintext connection, same PRAGMAs."""

    def __init__(self, path: Path) -> None:
        import sqlcipher3  # the same SQLite build; no key means no codec

        self.conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
        for pragma in ("PRAGMA temp_store = MEMORY", "PRAGMA foreign_keys = ON",
                       "PRAGMA cache_size = -65536", "PRAGMA busy_timeout = 5000"):
            self.conn.execute(pragma)
        self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")

    def execute(self, sql: str, params: Any = ()) -> Any:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> Any:
        return self.conn.executemany(sql, rows)

    def insert(self, sql: str, params: Any = ()) -> int:
        return self.conn.execute(sql, params).lastrowid

    def close(self) -> None:
        self.conn.close()


def _add_memory_security() -> None:
    import hrdcase.storage.db as db_module

    db_module._PRAGMAS = ("PRAGMA cipher_memory_security = ON", *db_module._PRAGMAS)


# --------------------------------------------------------------------------- worker (one side)
def _side(kind: str, args: argparse.Namespace, key: bytes) -> tuple[Any, Any, int, Any]:
    """(connect, close, my responder id, profile or None) for one side."""
    if kind == "sqlcipher":
        from hrdcase.storage.db import Database
        from hrdcase.storage.profile import Profile

        profile = Profile(Path(args.profile))

        def connect() -> Any:
            return Database.open(profile.db_path, key)

        def close(db: Any) -> None:
            db.conn.close()  # not Database.close(): no checkpoint between samples

        return connect, close, int(_setting(profile, key, "me")), profile
    plain_path = Path(args.plain)
    me = int(PlainDb(plain_path).execute("SELECT value FROM settings WHERE key = 'me'").fetchone()[0])

    def connect_plain() -> Any:
        return PlainDb(plain_path)

    def close_plain(db: Any) -> None:
        db.close()

    return connect_plain, close_plain, me, None


def worker(args: argparse.Namespace) -> dict[str, Any]:
    """Measure one side (`--worker sqlcipher|plain`), or both in this one process
    (`--worker both`), interleaved query by query so that drift falls on both alike."""
    from hrdcase.storage.cases import CaseRepository

    if args.memory_security:
        _add_memory_security()
    # The parent unwrapped the key: an Argon2id run (128 MiB) just before the queries would
    # leave this process in another state than the plain side's.
    key = bytes.fromhex(sys.stdin.readline().strip())
    kinds = ("sqlcipher", "plain") if args.worker == "both" else (args.worker,)
    sides = {kind: _side(kind, args, key) for kind in kinds}
    results: dict[str, dict[str, Any]] = {kind: {} for kind in kinds}
    for i, (name, (kind, what, sort)) in enumerate(queries().items()):
        order = kinds if i % 2 == 0 else kinds[::-1]
        for side in order:
            connect, close, me, _profile = sides[side]
            if kind == "queue":
                f = replace(what, assignee_id=me) if what.assignee_id == -2 else what

                def run(repo: CaseRepository, f: Any = f, s: Any = sort) -> Any:
                    repo.queue_count(f)
                    return repo.queue_page(f, s, 0, PAGE)
            else:
                def run(repo: CaseRepository, text: Any = what) -> Any:
                    return repo.search(text)
            results[side][name] = _cold_and_warm(connect, close, CaseRepository, run, args.runs)
    for side in kinds:
        connect, close, _me, profile = sides[side]
        results[side]["insert"] = _inserts(connect, close, CaseRepository, args.runs)
        if profile is not None:
            results[side].update(_unlock(profile, args.runs))
    return results if args.worker == "both" else results[args.worker]


def _setting(profile: Any, key: bytes, name: str) -> str:
    from hrdcase.storage.db import Database

    db = Database.open(profile.db_path, key)
    try:
        return db.execute("SELECT value FROM settings WHERE key = ?", (name,)).fetchone()[0]
    finally:
        db.conn.close()


def _unlock(profile: Any, runs: int) -> dict[str, Any]:
    kdf_ms, unlock_ms = [], []
    keyfile = profile.keyfile()
    for _ in range(runs):
        t = time.perf_counter()
        keyfile.kdf.derive(PASSPHRASE, keyfile.salt)
        kdf_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        store = profile.unlock(PASSPHRASE)
        unlock_ms.append((time.perf_counter() - t) * 1000)
        store.db.conn.close()
        profile.release()
    return {"kdf": kdf_ms, "unlock": unlock_ms}


def _cold_and_warm(
    connect: Callable[[], Any], close: Callable[[Any], None], repo_type: Any,
    run: Callable[[Any], Any], runs: int,
) -> dict[str, float]:
    cold, warm = [], []
    for _ in range(runs):
        db = connect()
        repo = repo_type(db)
        t = time.perf_counter()
        run(repo)
        cold.append((time.perf_counter() - t) * 1000)
        for _ in range(WARM_REPEATS):
            t = time.perf_counter()
            run(repo)
            warm.append((time.perf_counter() - t) * 1000)
        close(db)
    return {"cold": cold, "warm": warm}


def _bench_cases(n: int, offset: int) -> list[tuple[Any, Any]]:
    """`n` cases and their first incidents, with refs that the demo never draws (prefix C-ZZ)."""
    from hrdcase.demo.world import REGIONS
    from hrdcase.models.entities import Case, Incident
    from hrdcase.models.enums import CaseStatus, IncidentCategory, Priority

    categories = list(IncidentCategory)
    out = []
    for i in range(n):
        code, _name, _cs, langs, cities, _w = REGIONS[i % len(REGIONS)]
        at = NOW - timedelta(minutes=i)
        number = offset + i
        case = Case(
            id=0, ref=f"C-ZZ{number // 100_000_000 % 100:02d}-{number // 10_000 % 10_000:04d}-"
            f"{number % 10_000:04d}",
            title=f"Bench intake {number} in {cities[i % len(cities)]}",
            status=CaseStatus.NEW, priority=Priority(f"P{1 + i % 4}"),
            category=categories[i % len(categories)], region_code=code, language=langs[0],
            created_at=at, updated_at=at, summary="Synthetic benchmark case; safe to discard.",
            defender_id=1 + i % 20,
        )
        incident = Incident(
            0, 0, case.category,
            f"Benchmark incident {number}: abusive replies and a fake profile on a public forum "
            f"near {cities[i % len(cities)]}; screenshots were preserved.", at,
        )
        out.append((case, incident))
    return out


def _inserts(
    connect: Callable[[], Any], close: Callable[[Any], None], repo_type: Any, runs: int
) -> dict[str, float]:
    samples = []
    for run in range(runs):
        batch = _bench_cases(INSERT_BATCH, run * INSERT_BATCH)
        db = connect()
        repo = repo_type(db)
        ids = []
        t = time.perf_counter()
        db.execute("BEGIN IMMEDIATE")
        for case, incident in batch:
            case_id = repo.add(case)
            repo.add_incident(replace(incident, case_id=case_id))
            repo.reindex_text(case_id)
            ids.append(case_id)
        db.execute("COMMIT")
        samples.append((time.perf_counter() - t) * 1000)
        # Put the caseload back as it was, outside the timing.
        id_list = json.dumps(ids)
        db.execute("BEGIN IMMEDIATE")
        db.execute("DELETE FROM case_fts WHERE rowid IN (SELECT value FROM json_each(?))", (id_list,))
        db.execute("DELETE FROM incidents WHERE case_id IN (SELECT value FROM json_each(?))",
                   (id_list,))
        db.execute("DELETE FROM cases WHERE id IN (SELECT value FROM json_each(?))", (id_list,))
        db.execute("COMMIT")
        close(db)
    return samples


# --------------------------------------------------------------------------- orchestration
def build(out: Path, cases: int, memory_security: bool) -> dict[str, Any]:
    if memory_security:
        _add_memory_security()
    from hrdcase.demo.build import build_demo
    from hrdcase.storage.keys import DEFAULT_KDF
    from hrdcase.storage.profile import Profile

    profile = Profile(out / "profile")
    store = profile.create(PASSPHRASE, DEFAULT_KDF)
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if interactive:
            print(f"\r  building: {done:,}/{total:,} cases", end="", file=sys.stderr, flush=True)

    t = time.perf_counter()
    summary = build_demo(store, cases, SEED, NOW, progress=progress)
    build_s = time.perf_counter() - t
    if interactive:
        print(file=sys.stderr)
    # The identical plaintext copy: SQLCipher's own export into an unkeyed attached database.
    plain = out / "plain.db"
    store.db.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
    store.db.execute("SELECT sqlcipher_export('plain')").fetchall()
    store.db.execute("DETACH DATABASE plain")
    store.close()
    profile.release()
    os.sync()  # the measurements should not share the machine with writing back 700 MB
    return {
        "build_s": build_s,
        "summary": vars(summary),
        "sqlcipher_mb": _size_mb(out / "profile" / "caseload.db"),
        "plain_mb": _size_mb(plain),
    }


def _size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1e6


def run_worker(
    kind: str, out: Path, runs: int, memory_security: bool, key: bytes
) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", kind, "--runs", str(runs),
           "--profile", str(out / "profile"), "--plain", str(out / "plain.db")]
    if memory_security:
        cmd.append("--memory-security")
    done = subprocess.run(cmd, capture_output=True, text=True, check=False,
                          input=key.hex() + "\n")
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"store_bench: the {kind} worker failed")
    return json.loads(done.stdout)


def report(cases: int, runs: int, built: dict[str, Any], enc: dict[str, Any],
           plain: dict[str, Any], memory_security: bool) -> tuple[str, bool]:
    rows: list[tuple[str, str, str, str, str, str]] = []
    ok = True

    def add(metric: str, a: float | None, b: float | None, target: str, passed: bool | None,
            unit: str = "") -> None:
        nonlocal ok
        ratio = f"{a / b:.2f}x" if a is not None and b else "-"
        verdict = "-" if passed is None else ("PASS" if passed else "FAIL")
        ok = ok and passed is not False
        rows.append((metric, _fmt(a) + unit, _fmt(b) + unit, ratio, target, verdict))

    build_target = BUILD_S_PER_100K * cases / 100_000
    add(f"demo build, {cases:,} cases (s)", built["build_s"], None,
        f"<= {build_target:.0f} s", built["build_s"] <= build_target)
    med = statistics.median
    kdf = med(enc["kdf"])
    add("unlock: Argon2id KDF alone", kdf, None,
        f"{KDF_RANGE_MS[0]:.0f}-{KDF_RANGE_MS[1]:.0f} ms", KDF_RANGE_MS[0] <= kdf <= KDF_RANGE_MS[1])
    add("unlock: Profile.unlock (KDF + open)", med(enc["unlock"]), None, "-", None)
    for name, (kind, _what, _sort) in queries().items():
        limit_warm = QUEUE_WARM_MS if kind == "queue" else FTS_MS
        limit_cold = QUEUE_COLD_MS if kind == "queue" else FTS_MS
        e_warm, p_warm = med(enc[name]["warm"]), med(plain[name]["warm"])
        e_cold, p_cold = med(enc[name]["cold"]), med(plain[name]["cold"])
        add(f"{name} WARM", e_warm, p_warm, f"<= {limit_warm:.0f} ms, <= {WARM_RATIO}x",
            e_warm <= limit_warm and e_warm <= WARM_RATIO * p_warm)
        add(f"{name} COLD", e_cold, p_cold, f"<= {limit_cold:.0f} ms", e_cold <= limit_cold)
    e_ins, p_ins = med(enc["insert"]), med(plain["insert"])
    add(f"insert {INSERT_BATCH:,} cases, one transaction", e_ins, p_ins, "-", None)
    add("  = cases per second", INSERT_BATCH / e_ins * 1000, INSERT_BATCH / p_ins * 1000,
        "-", None)

    widths = [max(len(r[i]) for r in [*rows, _HEADER]) for i in range(6)]
    lines = [
        f"store_bench: {cases:,} cases, median of {runs} run(s); SQLCipher "
        f"{'with' if memory_security else 'WITHOUT'} cipher_memory_security "
        f"(as {'NOT ' if memory_security else ''}shipped); values in ms unless marked",
        "caseload: " + ", ".join(f"{v:,} {k.replace('_', ' ')}" for k, v in built["summary"].items()
                                 if k != "me"),
        f"files: SQLCipher {built['sqlcipher_mb']:.0f} MB, plain {built['plain_mb']:.0f} MB; "
        f"COLD = new connection, OS page cache warm",
        "  ".join(h.ljust(w) for h, w in zip(_HEADER, widths, strict=True)),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    lines.append(f"overall: {'PASS' if ok else 'FAIL'}")
    return "\n".join(lines), ok


_HEADER = ("metric", "sqlcipher", "plain", "ratio", "target", "result")


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:,.0f}" if value >= 1000 else f"{value:.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, help="work folder (kept); default: a temporary one")
    parser.add_argument("--quick", action="store_true", help="5,000 cases, 1 run")
    parser.add_argument("--memory-security", action="store_true",
                        help="measure SQLCipher with PRAGMA cipher_memory_security = ON (shipped: OFF)")
    parser.add_argument("--worker", choices=("sqlcipher", "plain", "both"), help=argparse.SUPPRESS)
    parser.add_argument("--profile", help=argparse.SUPPRESS)
    parser.add_argument("--plain", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args)))
        return 0
    if args.quick:
        args.cases, args.runs = 5_000, 1
    if args.cases < 1 or args.runs < 1:
        parser.error("--cases and --runs must be at least 1")

    out = args.out or Path(tempfile.mkdtemp(prefix="hrdcase-store-bench-"))
    work = out / "work"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    try:
        # The build runs in its own process too, so that its memory-security state cannot leak
        # into the parent (which only orchestrates).
        built = _build_in_child(work, args.cases, args.memory_security)
        # One fresh process per side and run, alternating (and in turn going first), so that
        # background noise (another job, the OS writing back the files just built) falls on both
        # sides alike. On this VM one process differs from the next by up to ±30% on the same
        # query; measured in one process, warm SQLCipher and plain queries take the same time.
        from hrdcase.storage.profile import Profile

        key = Profile(work / "profile").keyfile().unwrap(PASSPHRASE)
        enc: dict[str, Any] = {}
        plain: dict[str, Any] = {}
        for run in range(args.runs):
            if not args.memory_security:
                # The limit is measured in the same process as the encrypted side.
                sample = run_worker("both", work, 1, False, key)
                _merge(enc, sample["sqlcipher"])
                _merge(plain, sample["plain"])
                continue
            # cipher_memory_security is process-wide and one-way: each side needs its own process.
            for side in (("sqlcipher", "plain") if run % 2 == 0 else ("plain", "sqlcipher")):
                _merge(enc if side == "sqlcipher" else plain,
                       run_worker(side, work, 1, side == "sqlcipher", key))
        text, _ok = report(args.cases, args.runs, built, enc, plain, args.memory_security)
        print(text)
        if args.out:
            (out / "results.json").write_text(json.dumps(
                {"cases": args.cases, "runs": args.runs, "build": built, "sqlcipher": enc,
                 "plain": plain, "memory_security": args.memory_security}, indent=2))
            (out / "results.txt").write_text(text + "\n")
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if not args.out:
            shutil.rmtree(out, ignore_errors=True)
    return 0


def _merge(into: dict[str, Any], sample: dict[str, Any]) -> None:
    for key, value in sample.items():
        if isinstance(value, dict):
            _merge(into.setdefault(key, {}), value)
        else:
            into.setdefault(key, []).extend(value)


def _build_in_child(work: Path, cases: int, memory_security: bool) -> dict[str, Any]:
    code = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); import store_bench; "
        "from pathlib import Path; "
        "print(json.dumps(store_bench.build(Path(sys.argv[2]), int(sys.argv[3]), "
        "sys.argv[4] == '1')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(Path(__file__).resolve().parent), str(work), str(cases),
         "1" if memory_security else "0"],
        stdout=subprocess.PIPE, text=True, check=False, env={**os.environ},
    )
    if done.returncode != 0:
        raise SystemExit("store_bench: building the caseload failed")
    return json.loads(done.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    raise SystemExit(main())
