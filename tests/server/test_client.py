"""ServerClient against small real socket servers that misbehave: silence, huge answers, non-JSON."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator

import pytest

from hrdcase.sync.client import ServerClient, ServerError


@pytest.fixture
def raw_server() -> Iterator[Callable[[Callable[[socket.socket], None]], str]]:
    listeners: list[socket.socket] = []

    def start(handler: Callable[[socket.socket], None]) -> str:
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listeners.append(listener)

        def serve() -> None:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn:
                conn.recv(65536)
                try:
                    handler(conn)
                except OSError:
                    pass

        threading.Thread(target=serve, daemon=True).start()
        return f"http://127.0.0.1:{listener.getsockname()[1]}"

    yield start
    for listener in listeners:
        listener.close()


def test_silent_server_times_out_with_one_line(raw_server) -> None:  # type: ignore[no-untyped-def]
    done = threading.Event()
    url = raw_server(lambda _conn: done.wait(5))
    with pytest.raises(ServerError, match=f"The server at {url} did not answer within 0.5 s."):
        ServerClient(url, timeout=0.5).health()
    done.set()


def test_declared_huge_answer_is_refused(raw_server) -> None:  # type: ignore[no-untyped-def]
    url = raw_server(lambda conn: conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 20000000\r\n\r\n{}"))
    with pytest.raises(ServerError, match="larger than 16 MiB"):
        ServerClient(url).health()


def test_streamed_huge_answer_is_refused(raw_server) -> None:  # type: ignore[no-untyped-def]
    def chunked(conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     b"Transfer-Encoding: chunked\r\n\r\n")
        piece = b"x" * (1 << 20)
        for _ in range(18):
            conn.sendall(b"%x\r\n" % len(piece) + piece + b"\r\n")
        conn.sendall(b"0\r\n\r\n")

    url = raw_server(chunked)
    with pytest.raises(ServerError, match="larger than 16 MiB"):
        ServerClient(url).health()


def test_server_failure_without_json(raw_server) -> None:  # type: ignore[no-untyped-def]
    url = raw_server(lambda conn: conn.sendall(
        b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 5\r\n\r\noops!"))
    with pytest.raises(ServerError, match=r"failed \(HTTP 502\)") as caught:
        ServerClient(url).health()
    assert caught.value.status == 502


def test_signed_call_needs_enrolment() -> None:
    with pytest.raises(ServerError, match="not enrolled"):
        ServerClient("http://127.0.0.1:9").me()


def test_tls_failure_is_one_line(raw_server) -> None:  # type: ignore[no-untyped-def]
    url = raw_server(lambda conn: conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"))
    https = url.replace("http://", "https://")
    with pytest.raises(ServerError, match=f"Cannot reach the server at {https}: ") as caught:
        ServerClient(https).health()
    assert "\n" not in str(caught.value)


def test_clients_share_one_tls_context_that_verifies() -> None:
    """Every client of the process uses one TLS context (making one reads the CA bundle), and it
    still checks the server's certificate and name."""
    import ssl

    from hrdcase.sync.client import tls_context

    assert tls_context() is tls_context()
    assert tls_context().verify_mode == ssl.CERT_REQUIRED and tls_context().check_hostname
    first, second = ServerClient("https://a.invalid"), ServerClient("https://b.invalid")
    try:
        pools = [c.http._transport._pool for c in (first, second)]  # type: ignore[attr-defined]
        assert all(pool._ssl_context is tls_context() for pool in pools)
    finally:
        first.close()
        second.close()
