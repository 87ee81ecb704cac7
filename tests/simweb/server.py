"""The server: one asyncio loop, one listening socket per site on its own loopback address,
a small HTTP/1.1 handler, the request log, mutation between runs; and SimWeb, the handle tests
hold, which runs it in a child process."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import functools
import hashlib
import multiprocessing
import multiprocessing.connection
import os
import random
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from email.utils import formatdate, parsedate_to_datetime
from http import HTTPStatus
from pathlib import Path
from typing import Any

import yaml

from scraper.models import Source

from .generate import generate_sites
from .sites import (
    ROOT,
    Gone,
    Override,
    Site,
    SiteSpec,
    fixture_specs,
    next_mtime,
    page_key,
    render,
)


@dataclass(frozen=True)
class LoggedRequest:
    """One request as the server saw it: what tests assert politeness and caching on.

    `monotonic`/`wall` are stamped when the request arrived (before any simulated latency);
    entries are appended when the answer has been sent, so sort by time to get arrival order.
    """

    monotonic: float
    wall: float
    site: str
    host: str
    method: str
    path: str
    status: int
    bytes_sent: int
    user_agent: str | None
    if_none_match: str | None
    if_modified_since: str | None


def _http_date(ts: float) -> str:
    return formatdate(ts, usegmt=True)


def _assign(specs: Iterable[Site | SiteSpec], latency: float | None) -> dict[str, Site]:
    """Sites keyed by name, each given its loopback address (and the default latency)."""
    sites: dict[str, Site] = {}
    for i, item in enumerate(specs):
        site = item if isinstance(item, Site) else Site(spec=item, address="")
        site.address = _address(i)
        site.redirects = dict(site.spec.redirects)
        if latency is not None and site.latency is None:
            site.latency = latency
        sites[site.name] = site
    return sites


class _Directory:
    """What can be known about the served sites without asking the server: names, URLs,
    sources, expectations. Shared by the server and the handle tests hold."""

    _sites: dict[str, Site]
    _by_address: dict[str, Site]
    port: int

    @property
    def sites(self) -> list[str]:
        return list(self._sites)

    def site(self, name: str) -> Site:
        """The site as configured at start (mutations live in the server)."""
        return self._sites[name]

    def spec(self, name: str) -> SiteSpec:
        return self._sites[name].spec

    def host(self, name: str) -> str:
        return f"{self._sites[name].address}:{self.port}"

    def homepage(self, name: str) -> str:
        return f"http://{self.host(name)}/"

    def url(self, name: str, path: str) -> str:
        return f"http://{self.host(name)}{path}"

    def site_of(self, url: str) -> str | None:
        """Which site a URL belongs to (by its loopback address)."""
        m = re.match(r"https?://([\d.]+)(?::\d+)?/", url)
        site = self._by_address.get(m[1]) if m else None
        return site.name if site else None

    def sources(self) -> list[Source]:
        """Source objects for every site: its municipality and loopback homepage."""
        out = []
        for site in self._sites.values():
            spec = site.spec
            hint = spec.url_hint
            out.append(
                Source(
                    code=spec.code,
                    name=spec.municipality,
                    prefecture=spec.prefecture,
                    homepage=self.homepage(site.name),
                    title=spec.title,
                    url=self.url(site.name, hint) if hint else None,
                )
            )
        return out

    def write_sources(self, path: str | Path) -> None:
        """A sources.yaml for `kyoryoku refresh --sources PATH --allow-private-hosts`."""
        rows = [s.model_dump(exclude_none=True) for s in self.sources()]
        Path(path).write_text(
            yaml.safe_dump({"sources": rows}, allow_unicode=True, sort_keys=False), "utf-8"
        )

    def expected(self) -> dict[str, str | None]:
        """Each site's target page URL, or None where no page can be found."""
        out: dict[str, str | None] = {}
        for name, site in self._sites.items():
            exp = site.spec.expected
            ok = exp.get("status", "ok") == "ok" and exp.get("target")
            out[name] = self.url(name, exp["target"]) if ok else None
        return out


class _Engine(_Directory):
    """The server itself: an asyncio loop in a thread, one listening socket per site."""

    def __init__(self, sites: dict[str, Site]) -> None:
        self._sites = sites
        self._by_address = {s.address: s for s in self._sites.values()}
        self.port = 0
        self.log: list[LoggedRequest] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._servers: dict[str, asyncio.AbstractServer] = {}

    def start(self) -> int:
        """Bind every reachable site's address on one shared port, start serving, return it."""
        _raise_fd_limit(len(self._sites) + 1024)
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._thread = threading.Thread(target=loop.run_forever, name="simweb", daemon=True)
        self._thread.start()
        self._call(self._bind_all())
        return self.port

    def stop(self) -> None:
        if self._loop is None:
            return
        self._call(self._close_all())
        self._loop.call_soon_threadsafe(self._loop.stop)
        assert self._thread is not None
        self._thread.join(5)
        self._loop.close()
        self._loop = None

    def _call(self, coro: Any) -> Any:
        assert self._loop is not None, "SimWeb is not started"
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(60)

    async def _bind_all(self) -> None:
        for _attempt in range(20):
            first = next((s for s in self._sites.values() if s.broken != "unreachable"), None)
            if first is None:
                return
            server = await self._listen(first.address, 0)
            self.port = server.sockets[0].getsockname()[1]
            self._servers[first.name] = server
            try:
                for site in self._sites.values():
                    if site.name != first.name and site.broken != "unreachable":
                        self._servers[site.name] = await self._listen(site.address, self.port)
                return
            except OSError as exc:
                await self._close_all()
                if exc.errno == errno.EADDRNOTAVAIL:
                    raise RuntimeError(
                        f"SimWeb: cannot bind {exc}: the simulated web needs every 127.0.0.x "
                        "address on the loopback interface (Linux has them; macOS needs aliases)"
                    ) from exc
                # otherwise the port is taken on some address: try another one
        raise RuntimeError("SimWeb: no port free on every loopback address")

    async def _listen(self, address: str, port: int) -> asyncio.AbstractServer:
        return await asyncio.start_server(self._handle, address, port, backlog=256)

    async def _close_all(self) -> None:
        servers, self._servers = list(self._servers.values()), {}
        for server in servers:
            server.close()
        for server in servers:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(server.wait_closed(), 2)

    def log_entries(self) -> list[LoggedRequest]:
        return list(self.log)

    def clear_log(self) -> None:
        self.log.clear()

    # ---- mutation -----------------------------------------------------------------------------

    def page_source(self, site: str, path: str) -> str:
        src = self._sites[site].current(page_key(path))
        if not isinstance(src, str):
            raise KeyError(f"{site}: no HTML page at {path}")
        return src

    def set_page(self, site: str, path: str, html: str | bytes) -> None:
        """Create or replace a page; it gets a new ETag and a Last-Modified of now."""
        s = self._sites[site]
        s.redirects.pop(path, None)
        s.overrides[page_key(path)] = Override(html, next_mtime(s, page_key(path)))

    def remove_page(self, site: str, path: str, status: int = 404) -> None:
        self._sites[site].overrides[page_key(path)] = Gone(status)

    def move_page(
        self, site: str, old: str, new: str, *, redirect: bool = True, relink: bool = True
    ) -> None:
        """Move a page; the old URL redirects (301) or is gone (404); links follow it."""
        s = self._sites[site]
        src = s.current(page_key(old))
        if src is None:
            raise KeyError(f"{site}: no page at {old}")
        self.set_page(site, new, src)
        if relink:
            moved = (page_key(old), page_key(new))
            for path in s.all_paths():
                text = s.current(path)
                if isinstance(text, str) and path not in moved and f'"{old}"' in text:
                    self.set_page(site, path, text.replace(f'"{old}"', f'"{new}"'))
        self.remove_page(site, old)
        if redirect:
            s.redirects[old] = {"to": new, "status": 301}

    def set_down(self, site: str, down: bool = True, *, mode: str | int = "refused") -> None:
        """Take a site down: connections refused, or `mode` (e.g. 503) answered to everything."""
        s = self._sites[site]
        if mode == "refused":
            if down and site in self._servers:
                server = self._servers.pop(site)
                server.close()
                self._call(server.wait_closed())
            elif not down and site not in self._servers:
                self._servers[site] = self._call(self._listen(s.address, self.port))
            s.down = None
        else:
            s.down = int(mode) if down else None

    def reset(self) -> None:
        """Undo every mutation, fault counter and downtime."""
        for name, s in self._sites.items():
            s.overrides.clear()
            s.hits.clear()
            s.redirects = dict(s.spec.redirects)
            s.down = s.initial_down
            if name not in self._servers and s.broken != "unreachable" and self._loop:
                self._servers[name] = self._call(self._listen(s.address, self.port))

    # ---- HTTP --------------------------------------------------------------------------------

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await self._serve_one(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        except TimeoutError:
            pass
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _serve_one(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        raw = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
        # Stamped on arrival, before any simulated latency: politeness is measured on these.
        arrived, arrived_wall = time.monotonic(), time.time()
        lines = raw.decode("latin-1").split("\r\n")
        try:
            method, target, _version = lines[0].split(" ", 2)
        except ValueError:
            return
        headers: dict[str, str] = {}
        for line in lines[1:]:
            if ":" in line:
                key, value = line.split(":", 1)
                headers[key.strip().lower()] = value.strip()
        address = writer.get_extra_info("sockname")[0]
        site = self._by_address[address]
        status, out_headers, body = await self._respond(site, method, target, headers)
        log = functools.partial(
            LoggedRequest,
            monotonic=arrived,
            wall=arrived_wall,
            site=site.name,
            host=f"{address}:{self.port}",
            method=method,
            path=target,
            status=status,
            user_agent=headers.get("user-agent"),
            if_none_match=headers.get("if-none-match"),
            if_modified_since=headers.get("if-modified-since"),
        )
        if status == -1:  # not HTTP at all
            self.log.append(log(bytes_sent=len(body)))
            writer.write(body)
            await writer.drain()
            return
        head = [f"HTTP/1.1 {status} {_reason(status)}"]
        head += [f"{k}: {v}" for k, v in out_headers.items()]
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
        if method == "HEAD" or isinstance(body, bytes):
            # Logged before the body goes out, so a client that has its answer sees the entry.
            sent = 0 if method == "HEAD" else len(body)
            self.log.append(log(bytes_sent=sent))
            if sent:
                writer.write(body)
            await writer.drain()
            return
        sent = 0
        try:
            async for chunk in body:
                writer.write(chunk)
                sent += len(chunk)
                await writer.drain()
                await asyncio.sleep(0)  # drain() need not yield: let other hosts be served
        finally:
            self.log.append(log(bytes_sent=sent))

    async def _respond(
        self, site: Site, method: str, target: str, req: dict[str, str]
    ) -> tuple[int, dict[str, str], Any]:
        """Decide the answer: latency, downtime, faults, robots, redirects, pages, 304."""
        latency = site.latency if site.latency is not None else site.spec.latency
        if latency:
            await asyncio.sleep(latency)
        headers = {"Date": _http_date(time.time()), "Server": "simweb", "Connection": "close"}
        if method not in ("GET", "HEAD"):
            return _plain(405, headers, "method not allowed")
        if site.down:
            return _plain(int(site.down), headers, "service unavailable")
        path = target.split("?", 1)[0].split("#", 1)[0]
        site.hits[path] = site.hits.get(path, 0) + 1
        fault = site.spec.faults.get(path)
        if fault:
            answer = await self._fault(site, path, fault, headers)
            if answer is not None:
                return answer
        if path == "/robots.txt" and site.source(path) is None:
            if site.spec.robots is None or site.spec.robots_status != 200:
                return _plain(site.spec.robots_status, headers, "no robots.txt")
            body = site.spec.robots.encode("utf-8")
            return self._cacheable(site, path, body, "text/plain", headers, req)
        if path in site.redirects:
            rule = site.redirects[path]
            headers["Location"] = self._location(rule["to"])
            return _plain(int(rule.get("status", 301)), headers, "moved")
        key = page_key(path)
        src = site.source(key)
        if src is None:
            over = site.overrides.get(key)
            if not path.endswith("/") and site.source(path + "/index.html") is not None:
                headers["Location"] = path + "/"
                return _plain(301, headers, "moved")
            return _plain(over.status if isinstance(over, Gone) else 404, headers, "not found")
        body, ctype = render(site, key, src)
        return self._cacheable(site, key, body, ctype, headers, req)

    def _cacheable(
        self,
        site: Site,
        key: str,
        body: bytes,
        ctype: str,
        headers: dict[str, str],
        req: dict[str, str],
    ) -> tuple[int, dict[str, str], bytes]:
        over = site.overrides.get(key)
        mtime = over.last_modified if isinstance(over, Override) else site.spec.last_modified
        etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
        headers |= {"ETag": etag, "Last-Modified": _http_date(mtime)}
        inm, ims = req.get("if-none-match"), req.get("if-modified-since")
        if inm is not None:
            fresh = etag in [t.strip().removeprefix("W/") for t in inm.split(",")] or inm == "*"
        elif ims is not None:
            try:
                fresh = parsedate_to_datetime(ims).timestamp() >= int(mtime)
            except (TypeError, ValueError):
                fresh = False
        else:
            fresh = False
        if fresh:
            return 304, headers, b""
        headers |= {"Content-Type": ctype, "Content-Length": str(len(body))}
        return 200, headers, body

    async def _fault(
        self, site: Site, path: str, fault: dict[str, Any], headers: dict[str, str]
    ) -> tuple[int, dict[str, str], Any] | None:
        kind = fault["kind"]
        if kind == "transient":
            if site.hits[path] <= int(fault.get("count", 1)):
                if "retry_after" in fault:
                    headers["Retry-After"] = str(fault["retry_after"])
                return _plain(int(fault.get("status", 503)), headers, "try again later")
            return None
        if kind == "slow":
            await asyncio.sleep(float(fault.get("delay", 2.0)))
            return None
        if kind == "status":
            return _plain(int(fault["status"]), headers, "error")
        rng = random.Random(f"{site.name}{path}")
        if kind == "garbage":
            body = rng.randbytes(int(fault.get("size", 4096)))
            headers |= {"Content-Type": "text/html", "Content-Length": str(len(body))}
            return 200, headers, body
        if kind == "raw_garbage":
            return -1, {}, rng.randbytes(int(fault.get("size", 512)))
        if kind == "huge":
            size = int(fault.get("size", 50 * 1024 * 1024))
            headers["Content-Type"] = "text/html; charset=UTF-8"
            if fault.get("declare_length", False):
                headers["Content-Length"] = str(size)
            return 200, headers, _huge_body(size)
        raise ValueError(f"{site.name}: unknown fault kind {kind!r}")

    def _location(self, to: str) -> str:
        """Expand `{host:SITE}` so a redirect can point at another simulated host (or, when that
        site is not served, at a name that does not resolve)."""

        def host(m: re.Match[str]) -> str:
            return self.host(m[1]) if m[1] in self._sites else "offsite.example.invalid"

        return re.sub(r"\{host:([\w-]+)\}", host, to)


class SimWeb(_Directory):
    """The handle tests hold. The server runs in a child process, so its request stamps are
    not held back by the crawler's CPU work in this one (one GIL each); `in_process=True`
    runs it in a thread here instead."""

    def __init__(
        self,
        specs: Iterable[Site | SiteSpec],
        *,
        latency: float | None = None,
        in_process: bool = False,
    ) -> None:
        self._sites = _assign(specs, latency)
        self._by_address = {s.address: s for s in self._sites.values()}
        self.port = 0
        self._in_process = in_process
        self._engine: _Engine | None = None
        self._proc: Any = None
        self._conn: Any = None
        self._lock = threading.Lock()

    @classmethod
    def from_fixtures(cls, names: Iterable[str] | None = None, **kwargs: Any) -> SimWeb:
        """The hand-written sites under tests/fixtures/sites (all of them, or those named)."""
        specs = fixture_specs()
        if names is not None:
            wanted = list(names)
            by_name = {s.name: s for s in specs}
            missing = [n for n in wanted if n not in by_name]
            if missing:
                raise KeyError(f"no fixture site {missing}; have {sorted(by_name)}")
            specs = tuple(by_name[n] for n in wanted)
        return cls(specs, **kwargs)

    @classmethod
    def generated(
        cls,
        n_sites: int,
        *,
        seed: int = 0,
        latency: float = 0.05,
        broken_share: float = 0.03,
        **kwargs: Any,
    ) -> SimWeb:
        """n sites varied from the fixture families, one per real municipality, built lazily."""
        sites = generate_sites(n_sites, seed=seed, broken_share=broken_share)
        return cls(sites, latency=latency, **kwargs)

    # ---- lifecycle ----------------------------------------------------------------------------

    def __enter__(self) -> SimWeb:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        if self._in_process:
            self._engine = _Engine(self._sites)
            self.port = self._engine.start()
            return
        # A fresh interpreter (not multiprocessing's spawn, which re-runs the caller's main
        # script) that imports this module and talks over an inherited pipe.
        self._conn, child = multiprocessing.Pipe()
        code = f"from tests.simweb.server import serve_in_child; serve_in_child({child.fileno()})"
        self._proc = subprocess.Popen(
            [sys.executable, "-c", code], cwd=ROOT, pass_fds=[child.fileno()]
        )
        child.close()
        self._conn.send(self._sites)
        self.port = self._receive()

    def stop(self) -> None:
        if self._engine is not None:
            self._engine.stop()
            self._engine = None
        if self._proc is not None:
            with contextlib.suppress(OSError):
                self._conn.send(None)
            try:
                self._proc.wait(10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(5)
            self._conn.close()
            self._proc = self._conn = None

    @property
    def server_pid(self) -> int:
        """The process serving the sites (this one when in_process), e.g. to read its memory."""
        return self._proc.pid if self._proc is not None else os.getpid()

    def _receive(self) -> Any:
        try:
            if not self._conn.poll(120):
                raise RuntimeError("simweb: the server process did not answer")
            kind, value = self._conn.recv()
        except EOFError:
            raise RuntimeError("simweb: the server process died (see its stderr)") from None
        if kind == "err":
            raise value
        return value

    def _ask(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """Run an _Engine method wherever the server lives."""
        if self._engine is not None:
            return getattr(self._engine, name)(*args, **kwargs)
        if self._conn is None:
            raise RuntimeError("SimWeb is not started")
        with self._lock:
            self._conn.send((name, args, kwargs))
            return self._receive()

    # ---- the request log ----------------------------------------------------------------------

    @property
    def log(self) -> list[LoggedRequest]:
        """Every request so far (a copy, in the order the answers were sent)."""
        return self._ask("log_entries")

    def requests(self, site: str | None = None, path: str | None = None) -> list[LoggedRequest]:
        return [
            r
            for r in self.log
            if (site is None or r.site == site) and (path is None or r.path == path)
        ]

    def clear_log(self) -> None:
        self._ask("clear_log")

    # ---- mutation -----------------------------------------------------------------------------

    def page_source(self, site: str, path: str) -> str:
        """The page's current source text (before layout and encoding; on a generated site,
        with its names substituted), ready to be edited and given back to set_page."""
        return self._ask("page_source", site, path)

    def set_page(self, site: str, path: str, html: str | bytes) -> None:
        """Create or replace a page; it gets a new ETag and a Last-Modified of now."""
        self._ask("set_page", site, path, html)

    def remove_page(self, site: str, path: str, status: int = 404) -> None:
        """The page answers `status` (404 or 410) from now on."""
        self._ask("remove_page", site, path, status)

    def move_page(
        self, site: str, old: str, new: str, *, redirect: bool = True, relink: bool = True
    ) -> None:
        """Move a page; the old URL redirects (301) or is gone (404); links follow it."""
        self._ask("move_page", site, old, new, redirect=redirect, relink=relink)

    def set_down(self, site: str, down: bool = True, *, mode: str | int = "refused") -> None:
        """Take a site down: connections refused, or `mode` (e.g. 503) answered to everything."""
        self._ask("set_down", site, down, mode=mode)

    def reset(self) -> None:
        """Undo every mutation, fault counter and downtime."""
        self._ask("reset")


def serve_in_child(fd: int) -> None:
    """The server process: receive the sites, start the engine, run what the parent asks."""
    conn = multiprocessing.connection.Connection(fd)
    engine = _Engine(conn.recv())
    try:
        conn.send(("ok", engine.start()))
    except Exception as exc:
        conn.send(("err", exc))
        return
    while True:
        try:
            message = conn.recv()
        except EOFError:
            break
        if message is None:
            break
        name, args, kwargs = message
        try:
            conn.send(("ok", getattr(engine, name)(*args, **kwargs)))
        except Exception as exc:
            conn.send(("err", exc))
    engine.stop()


def _plain(status: int, headers: dict[str, str], text: str) -> tuple[int, dict[str, str], bytes]:
    body = f"<html><body><h1>{status}</h1><p>{text}</p></body></html>".encode()
    headers |= {"Content-Type": "text/html; charset=UTF-8", "Content-Length": str(len(body))}
    return status, headers, body


async def _huge_body(size: int) -> Any:
    """A long HTML page generated chunk by chunk, so 50 MB never sits in memory."""
    chunk = ("<p>" + "ダミーの本文です。" * 2400 + "</p>\n").encode()  # about 64 KB
    sent = 0
    head = b"<!DOCTYPE html><html><head><title>\xe5\xb7\xa8\xe5\xa4\xa7</title></head><body>\n"
    yield head
    sent += len(head)
    while sent < size:
        part = chunk[: size - sent]
        yield part
        sent += len(part)


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _address(i: int) -> str:
    """The i-th site's loopback address: 127.0.0.2, …, 127.0.0.251, 127.0.1.2, …"""
    b, c = divmod(i, 250)
    return f"127.0.{b}.{c + 2}"


def _raise_fd_limit(needed: int) -> None:
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        if soft < needed:
            resource.setrlimit(resource.RLIMIT_NOFILE, (min(needed, hard), hard))
