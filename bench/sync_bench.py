"""Sync's three figures (issue 9), against a real `hrdcase-server` process on PostgreSQL.

    python bench/sync_bench.py [--cases 100000] [--devices 200] [--pg URL]
    python bench/sync_bench.py --quick           # small sizes (the smoke test's)

A database of its own (`hrdcase_syncbench_<random>`) is created on the PostgreSQL named by --pg (default
HRDCASE_TEST_PG, else postgresql://postgres@127.0.0.1:5432/test) and dropped afterwards; one server
process (`python -m hrdcase.server.cli`) serves it on a free port of 127.0.0.1. Each figure uses an
organisation of its own on that server (created as `hrdcase-server init` does).

1. **First sync of N cases.** A real enrolled device (SQLCipher caseload, joined with a real token,
   FAST KDF) holds N cases, each with one incident, built through the repository (not timed); its
   `SyncService.run()` prepares and uploads everything ("upload"). A second enrolled device of the
   same team then downloads and applies everything ("download+apply"). The limit: the same op rows
   (read back from the server's `ops` table, so the same number with the same byte sizes) written by
   a raw `COPY` into a table made `LIKE ops INCLUDING ALL`, in the same run (median of 3). Goal: the
   total within 5x the COPY.
2. **Incremental sync.** 10 cases changed on the first device; the time of its `SyncService.run()`
   (sending) and then of the second device's (receiving), median of --rounds (3), at N cases, and 100
   changes at N; then the same 10 changes on a second pair of devices whose caseload grows from
   N/100 to N/10 cases. Goal: at most 200 ms, and flat in the store's size.
3. **D devices at once**, in teams of --team-size (10): each downloads its own team's log.
   Lightweight clients, each with a real device key enrolled and confirmed through the server's API
   (invitation, signed role record, enrolment proof), each request signed with that key
   (`ServerClient`), each op sealed under a team key with the real AAD and signed. Each device, on
   its own thread, released together: 3 syncs of (upload 5 ops + download until nothing is left,
   checking each batch's checksum). p50/p99 of one sync's latency; every error counted.

Only synthetic data; nothing but counts and timings is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

PASSPHRASE = "bench-synthetic-passphrase"
DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/test"
FIRST_SYNC_RATIO = 5.0
INCREMENTAL_MS = 200.0
CHANGES = 10
ROUNDS = [3]  # --rounds
CROWD_ROUNDS = 3
CROWD_OPS = 5
COPY_RUNS = 3


# --------------------------------------------------------------------------- the server
def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def database(base: str) -> Iterator[str]:
    """A fresh PostgreSQL database of this run, migrated; dropped afterwards."""
    import psycopg
    from sqlalchemy.engine import make_url

    from hrdcase.server.db import migrate, open_engine

    name = f"hrdcase_syncbench_{secrets.token_hex(4)}"
    admin = make_url(base).set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        with psycopg.connect(admin, autocommit=True, connect_timeout=10) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error as exc:
        raise SystemExit(f"sync_bench: cannot create a database on {make_url(base)!r}: "
                         f"{str(exc).strip().splitlines()[0]}") from None
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    try:
        engine = open_engine(url)
        migrate(engine)
        engine.dispose()
        yield url
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def server(url: str, profile_to: Path | None) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    import httpx

    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "HRDCASE_DB_URL"}
    cmd = [sys.executable, "-m", "hrdcase.server.cli", "--db", url, "--port", str(port)]
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               stdin=subprocess.DEVNULL, text=True, env=env)
    spy = None
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise SystemExit(f"sync_bench: the server exited: {process.stderr.read()[-500:]}")
            try:
                if httpx.get(base + "/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit("sync_bench: the server did not start within 60 s")
            time.sleep(0.1)
        if profile_to is not None:  # py-spy samples every thread of the server (not a dependency)
            spy = subprocess.Popen(["py-spy", "record", "-p", str(process.pid), "-o", str(profile_to),
                                    "-f", "speedscope", "-r", "50", "--nonblocking"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        SERVER_PID[:] = [process.pid]
        yield base, process
    finally:
        if spy is not None:
            spy.send_signal(2)
            spy.wait(timeout=60)
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def new_org(db_url: str, name: str) -> Any:
    """What `hrdcase-server init --org NAME` does: the organisation, its first team and token."""
    from hrdcase.server.db import open_engine
    from hrdcase.server.orgs import create_org

    engine = open_engine(db_url)
    try:
        return create_org(engine, name)
    finally:
        engine.dispose()


# --------------------------------------------------------------------------- real devices
class Pair:
    """Two real enrolled devices of one team: `a`, the organisation's first admin, and `b`, a
    responder it invited and confirmed. Each is a SQLCipher caseload in `root`."""

    def __init__(self, root: Path, base: str, token: str) -> None:
        from hrdcase.bootstrap import Unlocker
        from hrdcase.models.enums import Role
        from hrdcase.storage.keys import KdfParams

        self.root, self.base = root, base
        self.kdf = KdfParams(iterations=1, memory_kib=8192, lanes=1)  # not what is measured
        self.a, _ = Unlocker(root / "a").join(PASSPHRASE, base, token, "Bench Admin", self.kdf)
        invite = self.a.org.invite("Bench Responder", [Role.RESPONDER]).token
        b, joined = Unlocker(root / "b").join(PASSPHRASE, base, invite, "Bench Responder", self.kdf)
        b.close()
        self.a.org.confirm_device(joined.fingerprint)
        self.b = Unlocker(root / "b").with_passphrase(PASSPHRASE)
        self.b.org.refresh()
        self.b.close()
        self.b = Unlocker(root / "b").with_passphrase(PASSPHRASE)
        self.defenders: list[int] = []
        self.made = 0
        self.edits = 0

    def close(self) -> None:
        self.a.close()
        self.b.close()

    def add_cases(self, n: int, chunk: int = 5_000) -> None:
        """`n` more cases on device a, each with one incident, through the repository. New and
        unassigned: one responder holding 100,000 open cases would fill the other device's conflict
        queue with workload-limit entries, which is not what is measured."""
        from hrdcase.models.entities import Case, Defender, Incident
        from hrdcase.models.enums import CaseStatus, IncidentCategory, Priority

        categories = list(IncidentCategory)
        regions = ["KE", "UG", "CO", "PH", "MX", "TR", "IN", "BR"]
        now = datetime.now(UTC).replace(microsecond=0)
        me = self.a.me
        assert me is not None
        with self.a.store.transaction() as uow:
            while len(self.defenders) < 20:
                self.defenders.append(uow.reference.add_defender(Defender(
                    0, f"Bench defender {len(self.defenders)}", region_code="KE")))
        done = 0
        while done < n:
            size = min(chunk, n - done)
            with self.a.store.transaction() as uow:
                for _ in range(size):
                    i = self.made
                    at = now - timedelta(minutes=i % 50_000)
                    case_id = uow.cases.add(Case(
                        id=0, ref=f"C-SB{i // 10_000 % 100:02d}-{i % 10_000:04d}-{i // 1_000_000:04d}",
                        title=f"Bench intake {i}", status=CaseStatus.NEW,
                        priority=Priority(f"P{1 + i % 4}"), category=categories[i % len(categories)],
                        region_code=regions[i % len(regions)], language="en", created_at=at,
                        updated_at=at, summary="Synthetic benchmark case; safe to discard.",
                        defender_id=self.defenders[i % len(self.defenders)], team_id=me.team_id))
                    uow.cases.add_incident(Incident(
                        0, case_id, categories[i % len(categories)],
                        f"Benchmark incident {i}: abusive replies and a fake profile on a public "
                        "forum; screenshots were preserved.", at))
                    self.made += 1
            done += size

    def change(self, n: int, round_no: int) -> None:
        """`n` cases of device a edited (title and priority), as a service write would. Each call
        writes titles never written before, so every one of the `n` is a change to send."""
        from hrdcase.models.enums import Priority

        self.edits += 1
        with self.a.store.transaction() as uow:
            start = (round_no * n) % max(1, self.made - n)
            ids = [r[0] for r in uow.sync.db.execute(
                "SELECT id FROM cases ORDER BY id LIMIT ? OFFSET ?", (n, start))]
            for k, case_id in enumerate(ids):
                uow.sync.db.execute(
                    "UPDATE cases SET title = ?, priority = ?, version = version + 1 WHERE id = ?",
                    (f"Bench edit {self.edits}-{k}", Priority(f"P{1 + (self.edits + k) % 4}").value,
                     case_id))


@dataclass
class Timed:
    seconds: float
    phases: dict[str, float]
    sent: int
    received: int
    device_cpu: float  # CPU seconds of this process (the device)
    server_cpu: float  # and of the server process (PostgreSQL's own is not counted)


SERVER_PID: list[int] = []


def server_cpu() -> float:
    """CPU seconds the server process has used (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{SERVER_PID[0]}/stat").read_text().rsplit(")", 1)[1].split()
    except (IndexError, OSError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed_sync(session: Any) -> Timed:
    """One `SyncService.run()`, with the time at which each phase was first reported. On a shared
    machine the CPU seconds (device and server) are the steadier figure; wall time is the goal's."""
    marks: list[tuple[str, float]] = []

    def progress(phase: str, _done: int, _total: int) -> None:
        if not marks or marks[-1][0] != phase:
            marks.append((phase, time.perf_counter()))

    c0, s0 = time.process_time(), server_cpu()
    t0 = time.perf_counter()
    summary, _ = session.sync.run(progress=progress)
    end = time.perf_counter()
    phases: dict[str, float] = {}
    for (phase, at), (_, nxt) in zip(marks, [*marks[1:], ("end", end)], strict=True):
        phases[phase] = phases.get(phase, 0.0) + nxt - at
    return Timed(end - t0, phases, summary.sent, summary.received, time.process_time() - c0,
                 server_cpu() - s0)


# --------------------------------------------------------------------------- figure 1
def copy_limit(db_url: str, team_id: str) -> tuple[float, int, int]:
    """The same op rows by a raw COPY into a table shaped like `ops`: (median seconds, rows, bytes)."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(db_url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT team_id, seq, device_id, op_seq, entity, entity_id, case_id, "
                            "key_version, routing, sealed, signature, received_at FROM ops "
                            "WHERE team_id = %s ORDER BY seq", (team_id,)).fetchall()
        size = sum(len(r[8]) + len(r[9]) + len(r[10]) for r in rows)
        conn.execute("CREATE TABLE bench_copy (LIKE ops INCLUDING ALL)")
        conn.commit()
        samples = []
        for _ in range(COPY_RUNS):
            conn.execute("TRUNCATE bench_copy")
            conn.commit()
            t = time.perf_counter()
            with conn.cursor() as cur, cur.copy(
                    "COPY bench_copy (team_id, seq, device_id, op_seq, entity, entity_id, case_id, "
                    "key_version, routing, sealed, signature, received_at) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            conn.commit()
            samples.append(time.perf_counter() - t)
        conn.execute("DROP TABLE bench_copy")
        conn.commit()
    return statistics.median(samples), len(rows), size


def figure_first_sync(db_url: str, base: str, work: Path, cases: int) -> tuple[dict[str, Any], Pair]:
    org = new_org(db_url, "Bench first sync")
    pair = Pair(work / "first", base, org.token)
    t = time.perf_counter()
    pair.add_cases(cases)
    build_s = time.perf_counter() - t
    up = timed_sync(pair.a)
    down = timed_sync(pair.b)
    copy_s, rows, size = copy_limit(db_url, org.team_id)
    return {"cases": cases, "build_s": build_s, "upload": up, "download": down, "copy_s": copy_s,
            "rows": rows, "bytes": size}, pair


# --------------------------------------------------------------------------- figure 2
def incremental(pair: Pair, changes: int) -> tuple[float, float, int]:
    """Median of ROUNDS: (sending ms, receiving ms, received per round)."""
    send, receive, got = [], [], 0
    for r in range(ROUNDS[0]):
        pair.change(changes, r + 1)
        s = timed_sync(pair.a)
        g = timed_sync(pair.b)
        if s.sent != changes or g.received != changes:
            raise SystemExit(f"sync_bench: {changes} changes: sent {s.sent}, received {g.received}")
        send.append(s.seconds * 1000)
        receive.append(g.seconds * 1000)
        got = g.received
    return statistics.median(send), statistics.median(receive), got


def figure_incremental(db_url: str, base: str, work: Path, big: Pair, cases: int,
                       small_sizes: list[int]) -> list[tuple[int, int, float, float]]:
    rows = []
    org = new_org(db_url, "Bench incremental")
    pair = Pair(work / "incremental", base, org.token)
    try:
        for size in small_sizes:
            pair.add_cases(size - pair.made)
            timed_sync(pair.a)
            timed_sync(pair.b)
            send, receive, _ = incremental(pair, CHANGES)
            rows.append((size, CHANGES, send, receive))
    finally:
        pair.close()
    for changes in (CHANGES, CHANGES * 10):
        send, receive, _ = incremental(big, changes)
        rows.append((cases, changes, send, receive))
    return rows


# --------------------------------------------------------------------------- figure 3
@dataclass
class Member:
    keys: Any
    device_id: str
    person_id: str
    org_id: str
    team_id: str
    client: Any
    op_seq: int = 0


class Crowd:
    """Lightweight devices: real device keys, enrolled and confirmed through the server's API."""

    TEAM_KEY = secrets.token_bytes(32)  # the team key the devices would share; the server never has it

    def __init__(self, db_url: str, base: str) -> None:
        from hrdcase.sync.client import ServerClient
        from hrdcase.sync.identity import DeviceKeys

        self.base = base
        org = new_org(db_url, "Bench crowd")
        keys, device_id, person_id = DeviceKeys.generate(), str(uuid.uuid4()), str(uuid.uuid4())
        ServerClient(base).enrol(org.token, person_id, device_id, keys)
        self.admin = Member(keys, device_id, person_id, org.org_id, org.team_id,
                            ServerClient(base, keys, device_id))
        self.serial = 0
        self._role(person_id, ("admin", "responder", "supervisor"), 1)

    def _role(self, person_id: str, roles: tuple[str, ...], serial: int, team: str | None = None) -> Any:
        from hrdcase.sync.identity import RoleRecord, sign_role_record

        now = datetime.now(UTC).isoformat().replace("+00:00", "Z")
        record = RoleRecord(self.admin.org_id, person_id, roles, (team or self.admin.team_id,), serial,
                            now, self.admin.device_id)
        signed = sign_role_record(self.admin.keys, record)
        if person_id == self.admin.person_id:
            self.admin.client.put_role(person_id, signed, None)
        return signed

    def team(self, n: int) -> str:
        team_id = str(uuid.uuid4())
        self.admin.client.create_team(team_id, f"Bench team {n}")
        return team_id

    def member(self, team: str) -> Member:
        from hrdcase.sync.client import ServerClient
        from hrdcase.sync.identity import DeviceKeys, token_hash

        token, person_id = f"bench-{uuid.uuid4().hex}", str(uuid.uuid4())
        signed = self._role(person_id, ("responder",), 1, team)
        self.admin.client.invite(token_hash(token), person_id, team, signed, None,
                                 datetime.now(UTC) + timedelta(hours=1))
        keys, device_id = DeviceKeys.generate(), str(uuid.uuid4())
        ServerClient(self.base).enrol(token, person_id, device_id, keys)
        self.admin.client.confirm_device(device_id, keys.fingerprint, [])
        return Member(keys, device_id, person_id, self.admin.org_id, team,
                      ServerClient(self.base, keys, device_id))

    def ops(self, m: Member, n: int) -> list[Any]:
        from hrdcase.sync import protocol as p
        from hrdcase.sync.identity import b64e, seal, sign

        out = []
        for _ in range(n):
            m.op_seq += 1
            gid = uuid.uuid4().hex
            aad = p.op_aad(m.org_id, m.team_id, "cases", gid, m.device_id, m.op_seq, 1)
            stamp = f"{int(time.time() * 1000):013d}-0000-{m.device_id}"
            change = json.dumps({"v": 1, "t": "cases", "id": gid, "del": False,
                                 "f": {"title": ["Synthetic crowd case", stamp, None],
                                       "status": ["new", stamp, None]}})
            sealed = seal(self.TEAM_KEY, change.encode(), aad)
            out.append({"op_seq": m.op_seq, "team_id": m.team_id, "entity": "cases", "entity_id": gid,
                        "key_version": 1, "routing": {"case_id": gid, "status": "new", "priority": "P3"},
                        "sealed": b64e(sealed),
                        "signature": b64e(sign(m.keys, p.op_signing_message(aad, sealed)))})
        return out


def figure_crowd(db_url: str, base: str, devices: int, team_size: int) -> dict[str, Any]:
    from hrdcase.sync import protocol as p

    t = time.perf_counter()
    crowd = Crowd(db_url, base)
    teams = [crowd.admin.team_id, *(crowd.team(n) for n in range(1, -(-devices // team_size)))]
    members = [crowd.member(teams[i // team_size]) for i in range(devices)]
    enrol_s = time.perf_counter() - t
    batches = [[crowd.ops(m, CROWD_OPS) for _ in range(CROWD_ROUNDS)] for m in members]  # signed ahead
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(devices + 1)

    def device(m: Member, mine: list[list[Any]]) -> None:
        cursor: dict[str, int] = {}
        start.wait()
        for ops in mine:
            t0 = time.perf_counter()
            try:
                answer = m.client.upload(ops, None)
                if sorted(answer["acked"]) != sorted(op["op_seq"] for op in ops):
                    raise RuntimeError("not every op was acked")
                while True:
                    batch = m.client.download(cursor)
                    if p.ops_checksum(batch["ops"]) != batch["checksum"]:
                        raise RuntimeError("checksum")
                    cursor = batch["cursor"]
                    if not batch["more"]:
                        break
            except Exception as exc:  # counted, and the first few named
                with lock:
                    errors.append(f"{type(exc).__name__}: {str(exc)[:120]}")
                continue
            with lock:
                latencies.append(time.perf_counter() - t0)

    threads = [threading.Thread(target=device, args=(m, mine)) for m, mine in zip(members, batches,
                                                                                    strict=True)]
    for thread in threads:
        thread.start()
    start.wait()
    t = time.perf_counter()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - t
    for m in [crowd.admin, *members]:
        m.client.close()
    latencies.sort()
    return {"devices": devices, "teams": len(teams), "enrol_s": enrol_s, "wall_s": wall,
            "syncs": len(latencies), "errors": errors, "p50": _pct(latencies, 50), "p99": _pct(latencies, 99),
            "max": latencies[-1] if latencies else float("nan")}


def _pct(values: list[float], pct: float) -> float:
    if not values:
        return float("nan")
    return values[min(len(values) - 1, max(0, round(pct / 100 * len(values)) - 1))]


# --------------------------------------------------------------------------- report
def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def _print(lines: list[str]) -> None:
    load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else []
    print("\n".join([*lines, f"   (machine load average now: {' '.join(load) or 'unknown'})"]),
          flush=True)


def report_first(first: dict[str, Any]) -> list[str]:
    up, down = first["upload"], first["download"]
    total = up.seconds + down.seconds
    copy_s = first["copy_s"]
    ratio = total / copy_s
    return [
        f"1. first sync of {first['cases']:,} cases ({first['rows']:,} ops, "
        f"{first['bytes'] / 1e6:.1f} MB sealed+signed+routing; build {first['build_s']:.0f} s, not timed)",
        f"   upload (prepare + send):     {up.seconds:8.1f} s  = {up.seconds / copy_s:5.1f}x COPY  "
        f"({_phases(up)}; CPU device {up.device_cpu:.1f} s, server {up.server_cpu:.1f} s)",
        f"   download + apply:            {down.seconds:8.1f} s  = {down.seconds / copy_s:5.1f}x COPY  "
        f"({_phases(down)}; CPU device {down.device_cpu:.1f} s, server {down.server_cpu:.1f} s)",
        f"   total:                       {total:8.1f} s",
        f"   raw COPY of the same rows:   {copy_s:8.2f} s (median of {COPY_RUNS})",
        f"   first sync: {ratio:.1f}x COPY (goal <= {FIRST_SYNC_RATIO:.0f}x) "
        f"{'PASS' if ratio <= FIRST_SYNC_RATIO else 'FAIL'}",
    ]


def report_incremental(inc: list[tuple[int, int, float, float]]) -> list[str]:
    lines = [f"2. incremental sync, median of {ROUNDS[0]} rounds (sending device / receiving device):"]
    ok = True
    for size, changes, send, receive in inc:
        good = send <= INCREMENTAL_MS and receive <= INCREMENTAL_MS
        ok = ok and (good or changes != CHANGES)
        lines.append(f"   {changes:4d} changes on {size:8,d} cases: send {send:7.0f} ms, receive "
                     f"{receive:7.0f} ms")
    ten = [r for r in inc if r[1] == CHANGES]
    worst = max(max(r[2], r[3]) for r in ten)
    growth = max(r[2] + r[3] for r in ten) / min(r[2] + r[3] for r in ten)
    lines.append(f"   10 changes: worst {worst:.0f} ms (goal <= {INCREMENTAL_MS:.0f} ms), "
                 f"largest/smallest store {growth:.1f}x {'PASS' if ok else 'FAIL'}")
    return lines


def report_crowd(crowd: dict[str, Any]) -> list[str]:
    errors = crowd["errors"]
    lines = [
        f"3. {crowd['devices']} devices in {crowd['teams']} team(s) syncing at once (lightweight clients "
        f"with real enrolled device keys; {CROWD_ROUNDS} syncs each of upload {CROWD_OPS} ops + "
        "download to the end):",
        f"   {crowd['syncs']} syncs in {crowd['wall_s']:.1f} s: p50 {_ms(crowd['p50'])}, p99 "
        f"{_ms(crowd['p99'])}, max {_ms(crowd['max'])}; errors {len(errors)} "
        f"{'PASS' if not errors else 'FAIL'}",
    ]
    lines += [f"   error: {e}" for e in sorted(set(errors))[:5]]
    return lines


def _phases(t: Timed) -> str:
    return ", ".join(f"{k} {v:.1f} s" for k, v in t.phases.items() if v >= 0.05)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--devices", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3, help="rounds of each incremental sync")
    parser.add_argument("--team-size", type=int, default=10,
                        help="devices per team in figure 3 (each downloads its team's log)")
    parser.add_argument("--quick", action="store_true", help="small sizes: 300 cases, 8 devices, 1 round")
    parser.add_argument("--pg", default=os.environ.get("HRDCASE_TEST_PG") or DEFAULT_PG,
                        help="a PostgreSQL server URL whose user may create databases")
    parser.add_argument("--only", choices=("first", "crowd"),
                        help="one figure alone (figure 2 needs figure 1's store)")
    parser.add_argument("--server-profile", type=Path, help="py-spy speedscope output of the server")
    args = parser.parse_args(argv)
    if args.quick:
        args.cases, args.devices, args.rounds = 300, 8, 1
    if args.cases < 100 or min(args.devices, args.rounds, args.team_size) < 1:
        parser.error("--cases must be at least 100, --devices, --rounds and --team-size at least 1")
    ROUNDS[0] = args.rounds
    small = sorted({max(10, args.cases // 100), max(20, args.cases // 10)})
    work = Path(tempfile.mkdtemp(prefix="hrdcase-sync-bench-"))
    try:
        with database(args.pg) as db_url, server(db_url, args.server_profile) as (base, _process):
            # Each figure is printed once measured, with the machine's load at that moment.
            if args.only in (None, "first"):
                first, big = figure_first_sync(db_url, base, work, args.cases)
                _print(report_first(first))
                try:
                    if args.only is None:
                        _print(report_incremental(figure_incremental(db_url, base, work, big,
                                                                     args.cases, small)))
                finally:
                    big.close()
            if args.only in (None, "crowd"):
                _print(report_crowd(figure_crowd(db_url, base, args.devices, args.team_size)))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0



if __name__ == "__main__":
    raise SystemExit(main())
