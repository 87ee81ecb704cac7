"""The polite HTTP client: robots.txt, one request at a time per host, retries, size cap, charset.

Every request, robots.txt and each redirect hop included, passes the same checks in the same
order: scheme, private-address refusal, robots.txt, then the host's gate (an asyncio lock and a
minimum interval between request starts). Redirects are followed by hand for exactly that reason.
Hosts are independent, so a refresh of many municipalities runs in parallel while each site
only ever sees one request at a time, at least `delay` seconds apart.
"""

from __future__ import annotations

import asyncio
import codecs
import contextvars
import hashlib
import ipaddress
import random
import re
import socket
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from types import TracebackType
from urllib.parse import urljoin

import charset_normalizer
import httpx
from protego import Protego

from . import USER_AGENT
from .errors import (
    FetchError,
    HTTPStatusError,
    PrivateHostError,
    RedirectError,
    RobotsDisallowed,
    TooLargeError,
)
from .models import FetchedPage

ROBOTS_TOKEN = "kyoryoku"
"""The product token robots.txt groups are matched against (RFC 9309)."""

MAX_RETRY_AFTER = 120.0
"""A Retry-After longer than this (seconds) is not waited for: the fetch gives up."""

MAX_CRAWL_DELAY = 60.0
"""A robots.txt Crawl-delay is honoured up to this many seconds."""

ROBOTS_MAX_BYTES = 512_000
"""RFC 9309 asks parsers to read at least 500 KiB of robots.txt; the rest is ignored."""

KEPT_HEADERS = ("content-type", "etag", "last-modified", "content-length", "location")
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


def _retryable(status: int) -> bool:
    return status >= 500 or status in (408, 429)


@dataclass
class FetchStats:
    """Counters for one Fetcher's lifetime (a refresh run reports them)."""

    requests: int = 0
    bytes_received: int = 0  # bodies plus approximate header bytes: what crossed the wire
    retries: int = 0
    not_modified: int = 0


# --- charset -----------------------------------------------------------------------------

# Labels whose Python codec would be wrong or missing for Japanese pages.
_CHARSET_ALIASES = {
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "s-jis": "cp932",
    "shiftjis": "cp932",
    "csshiftjis": "cp932",
    "windows-31j": "cp932",
    "ms932": "cp932",
    "ms_kanji": "cp932",
    "x-ms-cp932": "cp932",
    "cp932": "cp932",
    "euc-jp": "euc_jp",
    "eucjp": "euc_jp",
    "x-euc-jp": "euc_jp",
    "x-euc": "euc_jp",
    "ujis": "euc_jp",
    "iso-8859-1": "cp1252",  # as browsers do (WHATWG Encoding)
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}
_META_CHARSET_RE = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:\-]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def codec_for(label: str | None) -> str | None:
    """The Python codec for a charset label, with the Japanese fixes; None if unknown."""
    if not label:
        return None
    key = label.strip().strip("\"'").lower()
    name = _CHARSET_ALIASES.get(key, key)
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return None
    # codecs.lookup("sjis") etc. may come back as plain shift_jis: never decode with it.
    return "cp932" if name in ("shift_jis", "shift-jis") else name


def _header_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = re.search(r"charset\s*=\s*([^;\s]+)", content_type, re.I)
    return match.group(1) if match else None


def _bom_codec(body: bytes) -> str | None:
    return next((name for bom, name in _BOMS if body.startswith(bom)), None)


# Detection may name a JIS X 0213 superset; the common codec is preferred when it suffices.
_COMMON_JAPANESE = {
    "shift_jis_2004": "cp932",
    "shift_jisx0213": "cp932",
    "euc_jis_2004": "euc_jp",
    "euc_jisx0213": "euc_jp",
}


def _detect(body: bytes) -> str | None:
    best = charset_normalizer.from_bytes(body[:200_000]).best()
    codec = codec_for(best.encoding) if best is not None else None
    common = _COMMON_JAPANESE.get(codec or "")
    if common:
        try:
            body.decode(common)
        except UnicodeDecodeError:
            return codec
        return common
    return codec


def decode_body(body: bytes, content_type: str | None) -> tuple[str, str]:
    """Decode a page: (text, Python codec name used). Never raises on bad bytes.

    The candidates, in order: a BOM (unambiguous, as in WHATWG sniffing), the HTTP header
    charset, the `<meta>` charset in the first 4 KB. The first one that decodes cleanly wins;
    when none does (a server header contradicting the page is common on old sites), the
    candidate with the fewest undecodable bytes wins, and detection joins in. With no label
    at all, detection decides (charset-normalizer), defaulting to UTF-8.
    """
    if not body:
        return "", "utf-8"
    meta = _META_CHARSET_RE.search(body[:4096])
    labels = [_bom_codec(body), codec_for(_header_charset(content_type))]
    labels.append(codec_for(meta.group(1).decode("ascii", "replace")) if meta else None)
    candidates = list(dict.fromkeys(c for c in labels if c))
    scored: list[tuple[int, int, str, str]] = []
    for rank, codec in enumerate(candidates):
        text, errors = _decode_counting(body, codec)
        if errors == 0:
            return text, codec
        scored.append((errors, rank, codec, text))
    detected = _detect(body)
    if detected and detected not in candidates:
        text, errors = _decode_counting(body, detected)
        scored.append((errors, len(candidates), detected, text))
    if not scored:
        return body.decode("utf-8", errors="replace"), "utf-8"
    _, _, codec, text = min(scored)
    return text, codec


# Undecodable byte runs, counted by an error handler (a U+FFFD count would also count the
# replacement characters a page really contains, and prefer a wrong single-byte codec).
_DECODE_ERRORS: contextvars.ContextVar[list[int]] = contextvars.ContextVar("decode_errors")


def _count_and_replace(exc: UnicodeError) -> tuple[str, int]:
    assert isinstance(exc, UnicodeDecodeError)
    _DECODE_ERRORS.get().append(exc.end - exc.start)
    return "\ufffd", exc.end


codecs.register_error("kyoryoku-count", _count_and_replace)


def _decode_counting(body: bytes, codec: str) -> tuple[str, int]:
    """Decode with U+FFFD for bad bytes; returns (text, number of undecodable runs)."""
    token = _DECODE_ERRORS.set([])
    try:
        text = body.decode(codec, errors="kyoryoku-count")
        return text, len(_DECODE_ERRORS.get())
    finally:
        _DECODE_ERRORS.reset(token)


# --- sites -------------------------------------------------------------------------------

_PREFECTURES = frozenset(
    [
        "hokkaido",
        "aomori",
        "iwate",
        "miyagi",
        "akita",
        "yamagata",
        "fukushima",
        "ibaraki",
        "tochigi",
        "gunma",
        "saitama",
        "chiba",
        "tokyo",
        "kanagawa",
        "niigata",
        "toyama",
        "ishikawa",
        "fukui",
        "yamanashi",
        "nagano",
        "gifu",
        "shizuoka",
        "aichi",
        "mie",
        "shiga",
        "kyoto",
        "osaka",
        "hyogo",
        "nara",
        "wakayama",
        "tottori",
        "shimane",
        "okayama",
        "hiroshima",
        "yamaguchi",
        "tokushima",
        "kagawa",
        "ehime",
        "kochi",
        "fukuoka",
        "saga",
        "nagasaki",
        "kumamoto",
        "oita",
        "miyazaki",
        "kagoshima",
        "okinawa",
    ]
)
# Designated cities with their own second-level .jp domain (city.yokohama.jp, …).
_CITY_SLDS = frozenset(
    ["kawasaki", "kitakyushu", "kobe", "nagoya", "sapporo", "sendai", "yokohama"]
)
_JP_ORG_SLDS = frozenset(["ac", "ad", "co", "ed", "go", "gr", "ne", "or"])
_LOCAL_GOV_LABELS = frozenset(["city", "town", "vill", "village", "pref", "metro"])
_GENERIC_SLDS = frozenset(["ac", "co", "com", "edu", "gov", "net", "or", "org", "ne", "go"])


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def site_key(host: str) -> str:
    """The registrable part of a host name, with Japanese local-government domains in mind.

    city.tachikawa.lg.jp and www.city.tachikawa.lg.jp share `city.tachikawa.lg.jp`;
    city.nerima.tokyo.jp keeps four labels; city.yokohama.jp three; example.co.jp three;
    example.com two. An IP literal is its own site.
    """
    host = host.lower().rstrip(".")
    if _is_ip(host):
        return host
    labels = host.split(".")
    if labels[0] == "www" and len(labels) > 2:
        labels = labels[1:]
    keep = 2
    if labels[-1] == "jp" and len(labels) >= 3:
        sld = labels[-2]
        if sld == "lg":
            keep = 4
        elif sld in _JP_ORG_SLDS:
            keep = 3
        elif sld in _PREFECTURES or sld in _CITY_SLDS:
            keep = 3 if labels[-3] in _LOCAL_GOV_LABELS else 4
    elif len(labels[-1]) == 2 and len(labels) >= 3 and labels[-2] in _GENERIC_SLDS:
        keep = 3
    return ".".join(labels[-keep:])


def same_site(url_a: str, url_b: str) -> bool:
    """True when two URLs belong to one site (scheme and port ignored: http→https is fine)."""
    try:
        host_a, host_b = httpx.URL(url_a).host, httpx.URL(url_b).host
    except httpx.InvalidURL:
        return False
    if not host_a or not host_b:
        return False
    return site_key(host_a) == site_key(host_b)


def origin_of(url: httpx.URL) -> str:
    """The per-host key: scheme, host and port (default port filled in)."""
    port = url.port or (443 if url.scheme == "https" else 80)
    return f"{url.scheme}://{url.host}:{port}"


def _refused_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (
        ip.is_loopback
        or ip.is_private
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_unspecified
        or ip.is_multicast
    )


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date); None if absent."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


# --- the client --------------------------------------------------------------------------


@dataclass
class _Gate:
    """One host's turn-taking: a lock plus the earliest time the next request may start."""

    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    interval: float = 0.0
    last_start: float | None = None
    not_before: float = 0.0  # pushed forward by Retry-After and backoff


@dataclass
class _Robots:
    parser: Protego | None = None
    unreachable: str | None = None  # why robots.txt could not be had (RFC 9309: crawl nothing)

    def allows(self, url: str) -> bool:
        return self.parser is None or self.parser.can_fetch(url, ROBOTS_TOKEN)


@dataclass
class _Response:
    url: str
    status: int
    headers: httpx.Headers
    body: bytes = b""


class _Transient(Exception):
    """A connection failure or timeout that may succeed on retry."""


class Fetcher:
    """Polite async fetching, shared by every host of a refresh; use as `async with`."""

    def __init__(
        self,
        *,
        delay: float = 1.0,
        allow_private_hosts: bool = False,
        user_agent: str = USER_AGENT,
        max_bytes: int = 5_000_000,
        connect_timeout: float = 10,
        read_timeout: float = 30,
        max_redirects: int = 5,
        retries: int = 3,
        transport: httpx.AsyncBaseTransport | None = None,
        backoff: float = 1.0,
    ) -> None:
        self.delay = max(0.0, delay)
        self.allow_private_hosts = allow_private_hosts
        self.user_agent = user_agent
        self.max_bytes = max_bytes
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.max_redirects = max_redirects
        self.retries = max(0, retries)
        self.backoff = backoff  # first retry waits this long, doubling each time
        self.stats = FetchStats()
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        self._gates: dict[str, _Gate] = {}
        self._robots: dict[str, asyncio.Future[_Robots]] = {}
        self._resolved: dict[tuple[str, int], list[str]] = {}

    async def __aenter__(self) -> Fetcher:
        # gates and robots futures belong to one event loop: start each session afresh
        self._gates.clear()
        self._robots.clear()
        self._client = httpx.AsyncClient(
            transport=self._transport,
            headers={
                "User-Agent": self.user_agent,
                "Accept": "text/html,application/xhtml+xml,*/*;q=0.8",
                # some municipal sites switch to an English or machine-translated page otherwise
                "Accept-Language": "ja,en;q=0.3",
            },
            timeout=httpx.Timeout(
                connect=self.connect_timeout,
                read=self.read_timeout,
                write=self.read_timeout,
                pool=None,
            ),
            limits=httpx.Limits(max_connections=200, max_keepalive_connections=50),
            follow_redirects=False,
            trust_env=False,  # proxies from the environment would bypass the private-host check
        )
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        for task in self._robots.values():
            task.cancel()
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    # -- public ---------------------------------------------------------------------------

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        allow_offsite_redirect: bool = False,
    ) -> FetchedPage:
        """GET a page politely; a 304 (when validators were sent) comes back `not_modified`."""
        conditional: dict[str, str] = {}
        if etag:
            conditional["If-None-Match"] = etag
        if last_modified:
            conditional["If-Modified-Since"] = last_modified
        current = url
        seen = {url}
        for _hop in range(self.max_redirects + 1):
            parsed = self._parse(current)
            await self._check_host(parsed)
            robots = await self._robots_for(origin_of(parsed))
            if robots.unreachable:
                # a site that is down, not a site that says no: a plain FetchError
                raise FetchError(
                    f"{current}: {robots.unreachable}, so nothing may be crawled (RFC 9309)",
                    url=current,
                )
            if not robots.allows(current):
                raise RobotsDisallowed(f"{current}: disallowed by robots.txt", url=current)
            resp = await self._request(current, conditional, limit=self.max_bytes)
            location = _location(resp.headers)
            if resp.status in _REDIRECT_STATUSES and location:
                target = urljoin(current, location.strip())
                if target in seen:
                    raise RedirectError(f"{url}: redirect loop at {target}", url=url)
                if not allow_offsite_redirect and not same_site(url, target):
                    raise RedirectError(f"{url}: redirected off the site to {target}", url=url)
                seen.add(target)
                current = target
                continue
            return self._page(url, resp, conditional_sent=bool(conditional))
        raise RedirectError(f"{url}: more than {self.max_redirects} redirects", url=url)

    # -- pieces ---------------------------------------------------------------------------

    def _page(self, url: str, resp: _Response, *, conditional_sent: bool) -> FetchedPage:
        headers = {k: resp.headers[k] for k in KEPT_HEADERS if k in resp.headers}
        if resp.status == 304 and conditional_sent:
            self.stats.not_modified += 1
            return FetchedPage(
                url=url,
                final_url=resp.url,
                http_status=304,
                headers=headers,
                not_modified=True,
            )
        if not 200 <= resp.status < 300:
            raise HTTPStatusError(
                f"{resp.url}: HTTP {resp.status}", url=resp.url, status=resp.status
            )
        _, encoding = decode_body(resp.body, resp.headers.get("content-type"))
        return FetchedPage(
            url=url,
            final_url=resp.url,
            http_status=resp.status,
            headers=headers,
            encoding=encoding,
            sha256=hashlib.sha256(resp.body).hexdigest(),
            body=resp.body,
        )

    @staticmethod
    def _parse(url: str) -> httpx.URL:
        try:
            parsed = httpx.URL(url)
        except httpx.InvalidURL as exc:
            raise FetchError(f"{url}: not a valid URL ({exc})", url=url) from exc
        if parsed.scheme not in ("http", "https") or not parsed.host:
            raise FetchError(f"{url}: only http(s) URLs with a host can be fetched", url=url)
        return parsed

    async def _check_host(self, url: httpx.URL) -> None:
        """Refuse loopback/private/link-local/reserved targets unless explicitly allowed."""
        if self.allow_private_hosts:
            return
        host = url.host
        port = url.port or (443 if url.scheme == "https" else 80)
        if _is_ip(host):
            addresses = [host]
        else:
            key = (host, port)
            if key not in self._resolved:
                loop = asyncio.get_running_loop()
                try:
                    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
                except (socket.gaierror, UnicodeError):
                    infos = []  # unresolvable: the connection attempt reports it
                self._resolved[key] = [str(info[4][0]) for info in infos]
            addresses = self._resolved[key]
        refused = [a for a in addresses if _refused_address(a)]
        if refused:
            raise PrivateHostError(
                f"{url}: {host} is a private or loopback address ({refused[0]}); "
                "use --allow-private-hosts for local mirrors and tests",
                url=str(url),
            )

    async def _robots_for(self, origin: str) -> _Robots:
        """robots.txt for a host, fetched once even when many fetches ask at the same time."""
        future = self._robots.get(origin)
        if future is None:
            future = asyncio.ensure_future(self._load_robots(origin))
            self._robots[origin] = future
        # shield: a cancelled caller must not cancel the load other callers wait for
        return await asyncio.shield(future)

    async def _load_robots(self, origin: str) -> _Robots:
        url = f"{origin}/robots.txt"
        robots = _Robots()
        for _hop in range(6):  # RFC 9309: follow at least five redirects
            try:
                await self._check_host(self._parse(url))
                resp = await self._request(url, {}, limit=ROBOTS_MAX_BYTES, truncate=True)
            except FetchError as exc:
                robots = _Robots(unreachable=f"robots.txt unreachable ({exc})")
                break
            location = _location(resp.headers)
            if resp.status in _REDIRECT_STATUSES and location:
                url = urljoin(url, location.strip())
                continue
            if 200 <= resp.status < 300:
                robots = _Robots(parser=_parse_robots(resp.body))
            break  # any other status (4xx): no restrictions; 5xx and 429 raised above
        if robots.parser is not None:
            crawl_delay = robots.parser.crawl_delay(ROBOTS_TOKEN)
            if crawl_delay:
                gate = self._gate(origin)
                gate.interval = max(gate.interval, min(float(crawl_delay), MAX_CRAWL_DELAY))
        return robots

    def _gate(self, origin: str) -> _Gate:
        gate = self._gates.get(origin)
        if gate is None:
            gate = self._gates[origin] = _Gate(interval=self.delay)
        return gate

    async def _request(
        self, url: str, headers: dict[str, str], *, limit: int, truncate: bool = False
    ) -> _Response:
        """One HTTP exchange with retries; returns the last answer, raises FetchError otherwise.

        A small loop rather than tenacity: the waits are not sleeps of this coroutine but a
        push of the host's `not_before`, so Retry-After and backoff also hold back every other
        request to that host, and the loop needs the response to decide (status, Retry-After).
        """
        gate = self._gate(origin_of(httpx.URL(url)))
        for attempt in range(self.retries + 1):
            last = attempt == self.retries
            try:
                resp = await self._exchange(gate, url, headers, limit=limit, truncate=truncate)
            except _Transient as exc:
                if last:
                    tries = f" (after {self.retries} retries)" if self.retries else ""
                    raise FetchError(f"{url}: {exc}{tries}", url=url) from exc
                self._hold_back(gate, attempt, None)
                continue
            if not _retryable(resp.status):
                return resp
            if last:
                tries = f" after {self.retries} retries" if self.retries else ""
                raise HTTPStatusError(
                    f"{url}: HTTP {resp.status}{tries}", url=url, status=resp.status
                )
            retry_after = parse_retry_after(resp.headers.get("retry-after"))
            if retry_after is not None and retry_after > MAX_RETRY_AFTER:
                raise HTTPStatusError(
                    f"{url}: HTTP {resp.status}, asked to retry after {retry_after:.0f} s "
                    f"(more than {MAX_RETRY_AFTER:.0f} s): giving up for this run",
                    url=url,
                    status=resp.status,
                )
            self._hold_back(gate, attempt, retry_after)
        raise AssertionError("unreachable")  # pragma: no cover

    def _hold_back(self, gate: _Gate, attempt: int, retry_after: float | None) -> None:
        self.stats.retries += 1
        wait = max(self.backoff * 2**attempt, retry_after or 0.0)
        gate.not_before = max(gate.not_before, time.monotonic() + wait)

    async def _exchange(
        self, gate: _Gate, url: str, headers: dict[str, str], *, limit: int, truncate: bool
    ) -> _Response:
        """Wait for the host's turn, send one request, read the body within the size cap."""
        if self._client is None:
            raise RuntimeError("use `async with Fetcher(...) as fetcher:` before fetching")
        async with gate.lock:
            now = time.monotonic()
            start = gate.not_before
            if gate.last_start is not None:
                jitter = random.uniform(0, min(0.5 * self.delay, 1.0))
                start = max(start, gate.last_start + gate.interval + jitter)
            if start > now:
                await asyncio.sleep(start - now)
            gate.last_start = time.monotonic()
            self.stats.requests += 1
            deadline = self.connect_timeout + 4 * self.read_timeout
            try:
                async with asyncio.timeout(deadline):
                    return await self._send(url, headers, limit=limit, truncate=truncate)
            except (httpx.TransportError, TimeoutError) as exc:
                raise _Transient(_describe(exc)) from exc
            except httpx.HTTPError as exc:  # e.g. a body whose gzip is broken: not transient
                raise FetchError(f"{url}: {_describe(exc)}", url=url) from exc

    async def _send(
        self, url: str, headers: dict[str, str], *, limit: int, truncate: bool
    ) -> _Response:
        assert self._client is not None
        async with self._client.stream("GET", url, headers=headers) as r:
            self.stats.bytes_received += 16 + sum(len(k) + len(v) + 4 for k, v in r.headers.raw)
            try:
                return await self._read(r, url, limit=limit, truncate=truncate)
            finally:
                self.stats.bytes_received += r.num_bytes_downloaded

    @staticmethod
    async def _read(r: httpx.Response, url: str, *, limit: int, truncate: bool) -> _Response:
        """The body of a 2xx answer (decoded content-encoding), never more than `limit` bytes."""
        resp = _Response(url=url, status=r.status_code, headers=r.headers)
        if not 200 <= r.status_code < 300:
            return resp
        declared = r.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit and not truncate:
            raise TooLargeError(
                f"{url}: body of {int(declared):,} bytes exceeds the {limit:,}-byte cap",
                url=url,
            )
        chunks: list[bytes] = []
        size = 0
        async for chunk in r.aiter_bytes():
            size += len(chunk)
            if size > limit:
                if truncate:
                    chunks.append(chunk[: len(chunk) - (size - limit)])
                    break
                raise TooLargeError(
                    f"{url}: body exceeds the {limit:,}-byte cap (aborted while reading)",
                    url=url,
                )
            chunks.append(chunk)
        resp.body = b"".join(chunks)
        return resp


def _parse_robots(body: bytes) -> Protego | None:
    """Parse robots.txt; a file the parser cannot read at all restricts nothing (RFC 9309
    asks to use whatever rules can be parsed, and there are none)."""
    try:
        return Protego.parse(body.decode("utf-8", "replace"))
    except Exception:  # a third-party parser on hostile input: never take the crawl down
        return None


def _location(headers: httpx.Headers) -> str | None:
    """The Location header; raw UTF-8 bytes (sent by some Japanese servers) decoded as such."""
    raw = headers.get_list("location")
    if not raw:
        return None
    value = raw[0].strip()
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def _describe(exc: BaseException) -> str:
    """A one-line reason for a transport failure (httpx messages are sometimes empty)."""
    if isinstance(exc, TimeoutError | httpx.TimeoutException):
        return f"timed out ({type(exc).__name__})"
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
