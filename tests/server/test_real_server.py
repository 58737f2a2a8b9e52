"""The real `hrdcase-server` in subprocesses: `init`, then serving on free ports on 127.0.0.1, driven
by `ServerClient` over real HTTP. On PostgreSQL two instances serve one database and the flow
alternates between them (nothing lives in one process). Afterwards the whole database is read back and
no person's name, nor the text of a synced case, is in it."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from hrdcase.server import tables
from hrdcase.server.db import open_engine
from hrdcase.sync.client import ServerClient, ServerError
from hrdcase.sync.identity import DeviceKeys, b64d, open_sealed, seal
from tests.server.support import TEAM_KEY, Member, World, make_op, new_id

NAMES = {"admin": "Ilse Vantongeren", "responder": "Oskar Brindlewood", "supervisor": "Maren Quastfeld"}
CASE_TEXT = "Tamsin Oakhollow detained at Verrowmere checkpoint"  # synthetic; travels sealed only


def server_cli(*args: str, env: dict[str, str] | None = None, **kw: object) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "hrdcase.server.cli", *args], capture_output=True, text=True,
                          env=env or _env(), stdin=subprocess.DEVNULL, timeout=60, **kw)


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "HRDCASE_DB_URL"}
    env.update(extra)
    return env


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_healthy(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"hrdcase-server exited: {process.stderr.read() if process.stderr else ''}")
        try:
            if httpx.get(url + "/v1/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise AssertionError("hrdcase-server did not start within 30 s")


def test_flow_over_real_http_and_no_name_in_the_database(server_db: str, servers: list[str]) -> None:
    result = server_cli("init", "--org", "Org Delta", "--team", "Team Heron", "--db", server_db)
    assert result.returncode == 0, result.stderr
    token = result.stdout.strip().splitlines()[-1]  # the token alone on the last line
    assert len(token) >= 40 and " " not in token
    again = server_cli("init", "--org", "Org Delta", "--db", server_db)
    assert again.returncode == 1 and again.stderr.count("\n") == 1
    assert "already initialised" in again.stderr and "Traceback" not in again.stderr
    pick = iter(servers * 20)  # alternate instances on PostgreSQL
    world = World.__new__(World)  # only its record/seal helpers: the HTTP is real here
    keys, device_id, person_id = DeviceKeys.generate(), new_id(), new_id()
    answer = ServerClient(next(pick)).enrol(token, person_id, device_id, keys)
    admin = Member(keys, device_id, person_id, answer["org_id"], answer["team_id"],
                   ServerClient(next(pick), keys, device_id))
    World.put_role(world, admin, admin, ("admin", "responder", "supervisor"), NAMES["admin"])
    joined = []
    for role in ("responder", "supervisor"):
        admin.client = ServerClient(next(pick), admin.keys, admin.device_id)
        invite_token, invited = World.invite(world, admin, (role,), NAMES[role])
        member = Member(DeviceKeys.generate(), new_id(), invited, admin.org_id, admin.team_id,
                        ServerClient(next(pick)))
        status = member.client.enrol(invite_token, member.person_id, member.device_id, member.keys)["status"]
        assert status == "pending"
        with pytest.raises(ServerError) as caught:
            member.client.enrol(invite_token, member.person_id, new_id(), DeviceKeys.generate())
        assert caught.value.status == 409
        joined.append(member)
    admin.client = ServerClient(next(pick), admin.keys, admin.device_id)
    assert {d["device_id"] for d in admin.client.devices()} == {m.device_id for m in joined}
    for member in joined:
        ServerClient(next(pick), admin.keys, admin.device_id).confirm_device(
            member.device_id, member.keys.fingerprint, [])
    listing = ServerClient(next(pick), joined[0].keys, joined[0].device_id).people()
    names = {open_sealed(TEAM_KEY, b64d(p["sealed_profile"]), p["person_id"].encode()).decode()
             for p in listing["people"]}
    assert names == set(NAMES.values())
    assert all(d["status"] == "confirmed" for p in listing["people"] for d in p["devices"])
    _sync_over_real_http(admin, joined[0], pick)
    assert_no_names(server_db)


def _sync_over_real_http(admin: Member, responder: Member, pick: Iterator[str]) -> None:
    """Sealed ops and a sealed blob with case text go up through one instance and come down through
    the other; the text is nowhere in the database (assert_no_names)."""
    ops = [make_op(responder, 1, text=CASE_TEXT, routing={"status": "new", "priority": "P1"}),
           make_op(responder, 2, entity="incidents", text=CASE_TEXT)]
    answer = ServerClient(next(pick), responder.keys, responder.device_id).upload(ops, {"seq": 3,
                                                                                        "hash": "ab" * 32})
    assert answer["acked"] == [1, 2] and answer["countersign"]["seq"] == 3
    reader = ServerClient(next(pick), admin.keys, admin.device_id)
    batch = reader.download({}, 10)
    assert [op["op_seq"] for op in batch["ops"]] == [1, 2] and batch["more"] is False
    blob = seal(TEAM_KEY, f"evidence photo caption: {CASE_TEXT}".encode(), b"blob")
    blob_id = hashlib.sha256(blob).hexdigest()
    ServerClient(next(pick), responder.keys, responder.device_id).put_blob(blob_id, blob)
    assert ServerClient(next(pick), admin.keys, admin.device_id).get_blob(blob_id) == blob


def assert_no_names(url: str) -> None:
    engine = open_engine(url)
    with engine.connect() as conn:
        dump = repr({table.name: conn.execute(sa.select(table)).all() for table in tables.ALL_TABLES})
    engine.dispose()
    assert "Org Delta" in dump  # the dump is real: the organisation's own name is stored
    blobs = [dump.encode()]
    if url.startswith("sqlite"):
        path = Path(url.removeprefix("sqlite:///"))
        blobs += [p.read_bytes() for p in path.parent.glob(path.name + "*")]
    elif shutil.which("pg_dump"):
        result = subprocess.run(["pg_dump", url], capture_output=True, timeout=60)
        assert result.returncode == 0, result.stderr
        blobs.append(result.stdout)
    for blob in blobs:
        for name in (*NAMES.values(), CASE_TEXT):
            for form in (name, name.split()[0], name.split()[1]):
                assert form.encode() not in blob
                assert form.encode("utf-16-le") not in blob


def test_default_database_and_environment(tmp_path: Path) -> None:
    env = _env(XDG_DATA_HOME=str(tmp_path / "data"))
    result = server_cli("init", "--org", "Org Epsilon", env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "hrdcase-server" / "server.db").is_file()
    env["HRDCASE_DB_URL"] = f"sqlite:///{tmp_path / 'from-env.db'}"
    assert server_cli("init", "--org", "Org Epsilon", env=env).returncode == 0
    assert (tmp_path / "from-env.db").is_file()


ERRORS = [
    (("init", "--org", "X", "--db", "mysql://u@h/db"), "Unsupported database"),
    (("init", "--org", "X", "--db", "::not a url"), "not valid"),
    (("init", "--org", "X", "--db", "postgresql://nobody@127.0.0.1:1/none"), "Cannot open the database"),
    (("init", "--org", "", "--db", "sqlite:///{tmp}/x.db"), "organisation name"),
    (("--port", "0", "--db", "sqlite:///{tmp}/x.db"), "port"),
]


def test_errors_are_one_line(tmp_path: Path) -> None:
    runs = [(subprocess.Popen([sys.executable, "-m", "hrdcase.server.cli",
                               *(a.replace("{tmp}", str(tmp_path)) for a in args)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                              text=True, env=_env()), words) for args, words in ERRORS]  # side by side
    for process, words in runs:
        _out, err = process.communicate(timeout=60)
        assert process.returncode == 1, err
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("hrdcase-server: error: ") and words in lines[0], lines


def test_port_in_use_is_one_line(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = server_cli("--db", f"sqlite:///{tmp_path / 'x.db'}", "--port", str(port))
    assert result.returncode == 1 and "Cannot listen on" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_client_names_the_server_when_it_cannot_reach_it() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(ServerError, match=f"Cannot reach the server at {url}"):
        ServerClient(url).health()
    with pytest.raises(ServerError, match="must start with https://"):
        ServerClient("ftp://example.invalid")
