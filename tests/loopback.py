"""A tiny threaded HTTP server on a loopback address that records every request it gets.

Tests for politeness read its log: when each request arrived and ended, which path, with which
headers. Routes map a path (with query) to a `Reply`, a list of replies served in turn (the
last one repeats), or a function of the request returning a reply.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """What the server answers; `body` may be an iterable of chunks (streamed, no length)."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | Iterable[bytes] = b""
    pause: float = 0.0  # seconds to wait before answering (a slow server)


@dataclass
class Hit:
    """One request as the server saw it."""

    path: str
    headers: dict[str, str]
    started: float  # time.monotonic() on arrival
    ended: float = 0.0  # time.monotonic() as the answer's last bytes went out (or it failed)
    bytes_sent: int = 0


Route = Reply | list[Reply] | Callable[[Hit], Reply]


class LoopbackSite:
    """One simulated host: `with LoopbackSite("127.0.0.2") as site: site.url("/")`."""

    def __init__(self, host: str = "127.0.0.1", routes: dict[str, Route] | None = None) -> None:
        self.host = host
        self.routes: dict[str, Route] = dict(routes or {})
        self.log: list[Hit] = []
        self._served: dict[str, int] = {}
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer((host, 0), self._handler_class())
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def url(self, path: str = "/") -> str:
        return f"http://{self.host}:{self.port}{path}"

    def hits(self, path: str | None = None) -> list[Hit]:
        with self._lock:
            return [h for h in self.log if path is None or h.path == path]

    def __enter__(self) -> LoopbackSite:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _reply_for(self, hit: Hit) -> Reply:
        route = self.routes.get(hit.path)
        if route is None:
            return Reply(404, {"Content-Type": "text/html"}, b"<h1>Not Found</h1>")
        if callable(route):
            return route(hit)
        if isinstance(route, list):
            with self._lock:
                n = self._served.get(hit.path, 0)
                self._served[hit.path] = n + 1
            return route[min(n, len(route) - 1)]
        return route

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                hit = Hit(
                    path=self.path,
                    headers={k.lower(): v for k, v in self.headers.items()},
                    started=time.monotonic(),
                )
                with site._lock:
                    site.log.append(hit)
                try:
                    self._answer(site._reply_for(hit), hit)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True
                finally:
                    hit.ended = hit.ended or time.monotonic()

            def _answer(self, reply: Reply, hit: Hit) -> None:
                if reply.pause:
                    time.sleep(reply.pause)
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if isinstance(reply.body, bytes):
                    self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    # stamped before the last write: the client may act on it at once
                    hit.ended = time.monotonic()
                    self.wfile.write(reply.body)
                    hit.bytes_sent = len(reply.body)
                    return
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                for chunk in _chunks(reply.body):
                    self.wfile.write(chunk)
                    hit.bytes_sent += len(chunk)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep test output clean

        return Handler


def _chunks(body: Iterable[bytes]) -> Iterator[bytes]:
    yield from body


def free_port(host: str = "127.0.0.1") -> int:
    """A port nothing listens on (bound then released), for connection-refused tests."""
    import socket

    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])
