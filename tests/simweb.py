"""A simulated municipal web on loopback: every site is its own host, nothing leaves the machine.

The crawler cannot reach the internet in tests, so it is tested against this. Each site listens
on its own loopback address (127.0.0.2, 127.0.0.3, …; all of 127.0.0.0/8 is loopback on Linux),
on one shared port, served by a small HTTP/1.1 handler (``Connection: close``) on one asyncio
loop. One loop and one listening socket per site scale to the 1,741 sites of a nationwide run.
The server runs in a child process (its own interpreter and GIL), so the arrival times in its
request log are not held back by the crawler's CPU work; ``in_process=True`` runs it in a thread
of the calling process instead.

Fixture sites (``tests/fixtures/sites/<site>/``)::

    with SimWeb.from_fixtures() as web:            # or SimWeb.from_fixtures(["tachikawa"])
        web.homepage("tachikawa")                  # 'http://127.0.0.2:40123/'
        web.url("tachikawa", "/docs/2025040300024/")
        web.sources()                              # list[scraper.models.Source] for the sites
        web.expected()                             # {site: target URL or None}
        web.spec("tachikawa").expected             # site.yaml's expected: block (methods, e-mails…)
        web.requests(site="tachikawa")             # the request log (LoggedRequest rows)

Generated sites, for scale (built lazily from a seed; no files written)::

    with SimWeb.generated(1741, seed=0, latency=0.05, broken_share=0.03) as web:
        web.sources(); web.expected()

Mutation between runs (for change detection and moved pages)::

    web.page_source(site, path)                    # the page's current source text
    web.set_page(site, path, html)                 # new content: new ETag and Last-Modified
    web.remove_page(site, path, status=404)        # or 410
    web.move_page(site, old, new, redirect=True)   # 301 old → new, or old → 404 when False;
                                                   # root-relative links to `old` follow the page
    web.set_down(site, True)                       # connection refused; or mode=503
    web.reset()                                    # undo every mutation and fault counter
    web.clear_log()

A site folder holds ``site.yaml`` (municipality, encoding and where the charset is declared,
robots.txt, redirects, faults, latency, and ``expected:``), an optional ``layout.html`` (the
site's chrome, with ``{{title}}``, ``{{content}}``, ``{{breadcrumb}}``… placeholders), and
``pages/`` mirroring URL paths (``/docs/1/`` is ``pages/docs/1/index.html``). Pages are UTF-8
files; the server re-encodes them to the site's encoding. A page starting with a ``<!--page``
YAML header is wrapped in the layout; any other file is served as written (``{{meta_charset}}``
is still replaced). Every response carries ETag and Last-Modified and conditional requests are
answered 304.

Faults (site.yaml ``faults:``, keyed by path): ``transient`` (the first ``count`` requests get
``status``, default 503 with Retry-After), ``slow`` (``delay`` seconds), ``status`` (always that
status), ``garbage`` (200 text/html of random bytes), ``raw_garbage`` (not HTTP at all),
``huge`` (a streamed HTML body of ``size`` bytes, never held in memory).

Run ``python -m tests.simweb --write-sources /tmp/sim-sources.yaml`` to serve the fixture sites
by hand and crawl them with ``kyoryoku refresh --allow-private-hosts``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
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
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from functools import cache
from http import HTTPStatus
from pathlib import Path
from typing import Any

import yaml

from scraper.models import Source

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "sites"

CODECS = {"utf-8": "utf-8", "cp932": "cp932", "shift_jis": "cp932", "euc-jp": "euc_jp"}
"""site.yaml encoding → Python codec (Shift_JIS pages really are cp932: ①, 髙, ～)."""
LABELS = {"utf-8": "UTF-8", "cp932": "Shift_JIS", "euc_jp": "EUC-JP"}
"""Python codec → the charset label real sites write."""

CONTENT_TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".doc": "application/msword",
    ".xls": "application/vnd.ms-excel",
    ".zip": "application/zip",
    ".mp4": "video/mp4",
    ".jpg": "image/jpeg",
    ".png": "image/png",
    ".css": "text/css",
    ".txt": "text/plain",
    ".xml": "application/xml",
}

# The page titles municipalities gave the form's page (the seed list): wording for generated sites.
SEED_TITLES = (
    "特定技能所属機関による協力確認書の提出等について",
    "特定技能 所属機関における協力確認書について",
    "特定技能機関による協力確認書の提出",
    "特定技能所属機関における協力確認書について",
    "特定技能制度における地域の共生施策に関する連携",
    "特定技能所属機関の皆様へ「協力確認書」の提出について",
    "特定技能所属機関の皆さんへ(「協力確認書」の提出方法について)",
    "特定技能所属機関による「協力確認書」の提出について",
    "特定技能所属機関が提出する「協力確認書」について",
    "特定技能制度における地域の共生施策に関する連携について",
    "特定技能所属機関による協力確認書の提出",
    "特定技能所属機関が地方公共団体に提出する「協力確認書」の提出について",
    "特定技能所属機関の皆様へ「協力確認書」をご提出ください",
)

_FRONT = re.compile(r"\A<!--page\s*\n(.*?)\n-->\s*\n?", re.S)
_TOKEN = re.compile(r"\{\{(\w+(?::[\w-]+)?)\}\}")
_BASE_LAST_MODIFIED = 1743670800.0  # 2025-04-03 09:00 UTC


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


@dataclass(frozen=True)
class SiteSpec:
    """A site as written on disk (or a generated family member); shared, never mutated."""

    name: str
    code: str
    municipality: str
    prefecture: str
    title: str | None = None
    encoding: str = "utf-8"
    charset_in: str = "both"
    robots: str | None = None
    robots_status: int = 200
    latency: float = 0.0
    redirects: dict[str, dict[str, Any]] = field(default_factory=dict)
    faults: dict[str, dict[str, Any]] = field(default_factory=dict)
    expected: dict[str, Any] = field(default_factory=dict)
    layout: str | None = None
    pages: dict[str, str | bytes] = field(default_factory=dict)
    url_hint: str | None = None
    extra: bool = False
    domain: str | None = None
    last_modified: float = _BASE_LAST_MODIFIED

    @property
    def codec(self) -> str:
        return CODECS[self.encoding.lower()]


@dataclass
class _Gone:
    status: int


@dataclass
class _Override:
    source: str | bytes
    last_modified: float


@dataclass
class Site:
    """A served site: its spec plus the mutations and counters of this server's lifetime."""

    spec: SiteSpec
    address: str
    subs: tuple[tuple[str, str], ...] = ()
    codec: str | None = None
    charset_in: str | None = None
    latency: float | None = None
    down: int | None = None  # an HTTP status answered to every request
    initial_down: int | None = None
    broken: str | None = None
    overrides: dict[str, _Override | _Gone] = field(default_factory=dict)
    redirects: dict[str, dict[str, Any]] = field(default_factory=dict)
    hits: dict[str, int] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.spec.name

    def effective_codec(self) -> str:
        return self.codec or self.spec.codec

    def effective_charset_in(self) -> str:
        return self.charset_in or self.spec.charset_in

    def all_paths(self) -> set[str]:
        paths = set(self.spec.pages)
        for path, over in self.overrides.items():
            if isinstance(over, _Gone):
                paths.discard(path)
            else:
                paths.add(path)
        return paths

    def source(self, path: str) -> str | bytes | None:
        """The page's source (before layout, substitutions and encoding), or None if absent."""
        over = self.overrides.get(path)
        if isinstance(over, _Gone):
            return None
        if isinstance(over, _Override):
            return over.source
        return self.spec.pages.get(path)

    def current(self, path: str) -> str | bytes | None:
        """The source as served: with the site's substitutions unless a test set the page."""
        src = self.source(path)
        if isinstance(src, str) and not isinstance(self.overrides.get(path), _Override):
            return _substituted(src, self.subs)
        return src


def load_site(folder: Path) -> SiteSpec:
    """Read one fixture site folder into a SiteSpec."""
    meta = yaml.safe_load((folder / "site.yaml").read_text("utf-8"))
    pages: dict[str, str | bytes] = {}
    root = folder / "pages"
    for file in sorted(root.rglob("*")):
        if not file.is_file():
            continue
        path = "/" + file.relative_to(root).as_posix()
        text = file.suffix in (".html", ".htm", ".txt")
        pages[path] = file.read_text("utf-8") if text else file.read_bytes()
    layout = folder / "layout.html"
    robots = meta.get("robots")
    return SiteSpec(
        name=folder.name,
        code=str(meta["code"]),
        municipality=meta["name"],
        prefecture=meta["prefecture"],
        title=meta.get("title"),
        encoding=meta.get("encoding", "utf-8"),
        charset_in=meta.get("charset_in", "both"),
        robots=robots,
        robots_status=int(meta.get("robots_status", 200 if robots is not None else 404)),
        latency=float(meta.get("latency", 0.0)),
        redirects=dict(meta.get("redirects") or {}),
        faults=dict(meta.get("faults") or {}),
        expected=dict(meta.get("expected") or {}),
        layout=layout.read_text("utf-8") if layout.exists() else None,
        pages=pages,
        url_hint=meta.get("url_hint"),
        extra=bool(meta.get("extra", False)),
        domain=meta.get("domain"),
    )


@cache
def fixture_specs() -> tuple[SiteSpec, ...]:
    """Every fixture site, read once per process."""
    return tuple(load_site(d) for d in sorted(FIXTURES.iterdir()) if (d / "site.yaml").exists())


def render(site: Site, path: str, src: str | bytes) -> tuple[bytes, str]:
    """A page's bytes and Content-Type: layout applied, names substituted (generated sites;
    a page set by a test is served as given), charset declared, re-encoded."""
    ctype = CONTENT_TYPES.get(Path(path).suffix.lower() or ".html", "application/octet-stream")
    if isinstance(src, bytes):
        return src, ctype
    codec = site.effective_codec()
    where = site.effective_charset_in()
    label = LABELS[codec]
    subs = () if isinstance(site.overrides.get(path), _Override) else site.subs
    values: dict[str, str] = {}
    front = _front_matter(src) if site.spec.layout is not None else None
    if front is not None:
        values = _substituted(dict(front[0], content=front[1]), subs)
        src = _substituted(site.spec.layout or "", site.subs)
    else:
        src = _substituted(src, subs)
    if where in ("meta", "both"):
        values["meta_charset"] = (
            f'<meta http-equiv="Content-Type" content="text/html; charset={label}">'
        )
    src = _TOKEN.sub(lambda m: values.get(m[1], ""), src)
    if ctype.startswith("text/") and where in ("header", "both"):
        ctype = f"{ctype}; charset={label}"
    return src.encode(codec, errors="xmlcharrefreplace"), ctype


@functools.lru_cache(maxsize=4096)
def _front_matter(src: str) -> tuple[dict[str, str], str] | None:
    """A `<!--page` header's values and the content after it (cached: pages repeat a lot)."""
    front = _FRONT.match(src)
    if front is None:
        return None
    values = {k: "" if v is None else str(v) for k, v in yaml.safe_load(front[1]).items()}
    return values, src[front.end() :]


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
            except OSError:  # the port is taken on some address: try another one
                await self._close_all()
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
        src = self._sites[site].current(_key(path))
        if not isinstance(src, str):
            raise KeyError(f"{site}: no HTML page at {path}")
        return src

    def set_page(self, site: str, path: str, html: str | bytes) -> None:
        """Create or replace a page; it gets a new ETag and a Last-Modified of now."""
        s = self._sites[site]
        s.redirects.pop(path, None)
        s.overrides[_key(path)] = _Override(html, _next_mtime(s, _key(path)))

    def remove_page(self, site: str, path: str, status: int = 404) -> None:
        self._sites[site].overrides[_key(path)] = _Gone(status)

    def move_page(
        self, site: str, old: str, new: str, *, redirect: bool = True, relink: bool = True
    ) -> None:
        """Move a page; the old URL redirects (301) or is gone (404); links follow it."""
        s = self._sites[site]
        src = s.current(_key(old))
        if src is None:
            raise KeyError(f"{site}: no page at {old}")
        self.set_page(site, new, src)
        if relink:
            moved = (_key(old), _key(new))
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
        key = _key(path)
        src = site.source(key)
        if src is None:
            over = site.overrides.get(key)
            if not path.endswith("/") and site.source(path + "/index.html") is not None:
                headers["Location"] = path + "/"
                return _plain(301, headers, "moved")
            return _plain(over.status if isinstance(over, _Gone) else 404, headers, "not found")
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
        mtime = over.last_modified if isinstance(over, _Override) else site.spec.last_modified
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
        code = f"from tests.simweb import _serve_in_child; _serve_in_child({child.fileno()})"
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


def _serve_in_child(fd: int) -> None:
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


def _key(path: str) -> str:
    """The page key of a URL path: a directory URL is its index.html."""
    return path + "index.html" if path.endswith("/") else path


def _address(i: int) -> str:
    """The i-th site's loopback address: 127.0.0.2, …, 127.0.0.251, 127.0.1.2, …"""
    b, c = divmod(i, 250)
    return f"127.0.{b}.{c + 2}"


def _next_mtime(site: Site, path: str) -> float:
    """Now (whole seconds), but always later than the page's previous Last-Modified."""
    over = site.overrides.get(path)
    prev = over.last_modified if isinstance(over, _Override) else site.spec.last_modified
    return max(float(int(time.time())), prev + 1)


def _raise_fd_limit(needed: int) -> None:
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        if soft < needed:
            resource.setrlimit(resource.RLIMIT_NOFILE, (min(needed, hard), hard))


# ---- the generator ---------------------------------------------------------------------------

BROKEN_KINDS = ("unreachable", "server_error", "slow", "no_target")


def generate_sites(n_sites: int, *, seed: int = 0, broken_share: float = 0.03) -> list[Site]:
    """Sites for n real municipalities, each a fixture family with names, wording and encoding
    varied by a seeded RNG; page text is substituted per request, so memory stays flat."""
    from scraper.municipalities import default_registry

    families = [s for s in fixture_specs() if not s.extra]
    munis = sorted(
        (m for m in default_registry().all() if m.kind != "ward" and m.kind != "prefecture"),
        key=lambda m: m.code,
    )
    rng = random.Random(seed)
    if n_sites < len(munis):
        munis = sorted(rng.sample(munis, n_sites), key=lambda m: m.code)
    elif n_sites > len(munis):
        raise ValueError(f"at most {len(munis)} municipalities")
    n_broken = round(n_sites * broken_share)
    kinds = rng.choices(BROKEN_KINDS, k=n_broken)
    broken_at = dict(zip(rng.sample(range(n_sites), n_broken), kinds, strict=True))
    titles = {fam.name: _free_titles(fam) for fam in families}
    sites = []
    for i, muni in enumerate(munis):
        r = random.Random(f"{seed}:{muni.code}")
        fam = r.choice(families)
        title = r.choice(titles[fam.name])
        name = f"g{i:04d}-{muni.code}"
        subs: list[tuple[str, str]] = []
        fam_title = fam.expected.get("title")
        if fam_title:
            subs.append((fam_title, title))
        subs.append((fam.prefecture + fam.municipality, muni.prefecture + muni.name))
        subs.append((fam.municipality, muni.name))
        if fam.domain:
            subs.append((fam.domain, f"city{muni.code}.example.lg.jp"))
        codec, charset_in = r.choice(
            [(fam.codec, fam.charset_in)] * 6
            + [("utf-8", "both"), ("cp932", "meta"), ("euc_jp", "header"), ("utf-8", "none")]
        )
        broken = broken_at.get(i)
        expected = _substituted(fam.expected, subs)
        if broken in ("unreachable", "server_error"):
            expected["status"] = "unreachable"
        if broken == "no_target":
            expected["status"] = "not_found"
        spec = SiteSpec(
            name=name,
            code=muni.code,
            municipality=muni.name,
            prefecture=muni.prefecture,
            title=title if r.random() < 0.5 else None,
            encoding={"euc_jp": "euc-jp"}.get(codec, codec),
            charset_in=charset_in,
            robots=fam.robots,
            robots_status=fam.robots_status,
            redirects=fam.redirects,
            faults={},
            expected=expected,
            layout=fam.layout,
            pages=fam.pages,
            domain=fam.domain,
        )
        site = Site(spec=spec, address="", subs=tuple(subs), broken=broken)
        if broken == "server_error":
            site.down = site.initial_down = 500 if r.random() < 0.5 else 503
        elif broken == "slow":
            site.latency = 1.0
        elif broken == "no_target":
            site.overrides[_key(fam.expected["target"])] = _Gone(404)
        sites.append(site)
    return sites


def _free_titles(fam: SiteSpec) -> list[str]:
    """Seed titles a family's target can take without colliding with another of its pages
    (横浜市's overview page already uses one of them)."""
    own = fam.expected.get("title")
    texts = [p for path, p in fam.pages.items() if isinstance(p, str)]
    texts = [t.replace(own, "") for t in texts] if own else texts
    return [t for t in SEED_TITLES if not any(t in text for text in texts)] or [own or ""]


def _substituted(value: Any, subs: Iterable[tuple[str, str]]) -> Any:
    """`value` (a str, or lists and dicts of them) with every substitution applied."""
    subs = tuple(subs)
    if isinstance(value, str):
        for old, new in subs:
            value = value.replace(old, new)
        return value
    if isinstance(value, list):
        return [_substituted(v, subs) for v in value]
    if isinstance(value, dict):
        return {k: _substituted(v, subs) for k, v in value.items()}
    return value


# ---- the command line --------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Serve the fixture (or generated) sites until interrupted; print their homepages."""
    parser = argparse.ArgumentParser(prog="python -m tests.simweb", description=main.__doc__)
    parser.add_argument("--write-sources", metavar="PATH", help="write a sources.yaml there")
    parser.add_argument("--generated", type=int, metavar="N", help="serve N generated sites")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.0)
    args = parser.parse_args(argv)
    if args.generated:
        web = SimWeb.generated(
            args.generated, seed=args.seed, latency=args.latency, in_process=True
        )
    else:
        web = SimWeb.from_fixtures(latency=args.latency or None, in_process=True)
    with web:
        expected = web.expected()
        for name in web.sites:
            target = expected[name] or "(no findable target)"
            print(f"{name:24} {web.homepage(name):28} {target}", flush=True)
        if args.write_sources:
            web.write_sources(args.write_sources)
            print(f"sources written to {args.write_sources}", flush=True)
        print("serving; Ctrl-C to stop", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
