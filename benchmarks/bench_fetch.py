"""The fetcher alone: parallel hosts under the per-host delay, conditional re-fetch, a 50 MB body.

Loopback servers (one address per host, 50 ms latency per request) stand in for municipal
sites. Prints wall time, the bytes of a conditional second pass relative to the first, and the
peak memory taken by refusing a 50 MB body; each against its target.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import tracemalloc
from collections.abc import Iterator

from scraper.errors import TooLargeError
from scraper.fetch import Fetcher
from tests.loopback import Hit, LoopbackSite, Reply

HOSTS = 40
PAGES = 4
LATENCY = 0.05
DELAY = 0.1
PAGE = ("<html><body>" + "<p>協力確認書の提出方法について。郵送・窓口・メール</p>" * 300).encode()


def _conditional(etag: str) -> object:
    def answer(hit: Hit) -> Reply:
        if hit.headers.get("if-none-match") == etag:
            return Reply(304, {"ETag": etag}, b"", pause=LATENCY)
        headers = {"Content-Type": "text/html; charset=utf-8", "ETag": etag}
        return Reply(200, headers, PAGE, pause=LATENCY)

    return answer


def _huge() -> Iterator[bytes]:
    chunk = b"x" * 65_536
    for _ in range(50_000_000 // len(chunk)):
        yield chunk


async def _crawl(sites: list[LoopbackSite], etags: dict[str, str] | None) -> tuple[float, int]:
    async with Fetcher(delay=DELAY, allow_private_hosts=True) as fetcher:
        started = time.perf_counter()
        urls = [s.url(f"/p{n}.html") for s in sites for n in range(PAGES)]
        pages = await asyncio.gather(*(fetcher.fetch(u, etag=(etags or {}).get(u)) for u in urls))
        elapsed = time.perf_counter() - started
    if etags is not None:
        assert all(p.not_modified for p in pages)
    else:
        assert all(p.http_status == 200 for p in pages)
    return elapsed, fetcher.stats.bytes_received


async def _refuse_huge(site: LoopbackSite) -> tuple[float, int]:
    tracemalloc.start()
    started = time.perf_counter()
    async with Fetcher(delay=0, allow_private_hosts=True) as fetcher:
        with contextlib.suppress(TooLargeError):
            await fetcher.fetch(site.url("/huge"))
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return elapsed, peak


def main() -> None:
    with contextlib.ExitStack() as stack:
        sites = []
        for n in range(HOSTS):
            site = stack.enter_context(LoopbackSite(f"127.0.1.{n + 1}"))
            site.routes["/robots.txt"] = Reply(404, {}, b"", pause=LATENCY)
            for p in range(PAGES):
                site.routes[f"/p{p}.html"] = _conditional(f'"v{n}-{p}"')
            sites.append(site)
        first_time, first_bytes = asyncio.run(_crawl(sites, None))
        etags = {
            s.url(f"/p{p}.html"): f'"v{n}-{p}"' for n, s in enumerate(sites) for p in range(PAGES)
        }
        second_time, second_bytes = asyncio.run(_crawl(sites, etags))
        huge = stack.enter_context(LoopbackSite("127.0.1.250"))
        huge.routes["/huge"] = Reply(200, {"Content-Type": "text/html"}, _huge())
        huge_time, huge_peak = asyncio.run(_refuse_huge(huge))

    # one host alone needs robots + PAGES requests, DELAY (+ up to DELAY/2 jitter) apart
    one_host = PAGES * DELAY * 1.5 + (PAGES + 1) * LATENCY
    print(f"   {HOSTS} hosts x {PAGES} pages, {LATENCY * 1000:.0f} ms latency, delay {DELAY} s")
    ratio = second_bytes / first_bytes
    lines = [
        (
            first_time < 2 * one_host,
            f"first pass {first_time:.2f} s wall (target < {2 * one_host:.2f} s: hosts in "
            f"parallel; one host alone needs about {one_host:.2f} s)",
        ),
        (
            ratio < 0.05,
            f"second pass {second_time:.2f} s, {second_bytes:,} bytes = {100 * ratio:.1f}% "
            f"of the first {first_bytes:,} (target < 5%: conditional requests, 304s)",
        ),
        (
            huge_peak < 15e6,
            f"50 MB body refused in {huge_time:.2f} s, peak traced memory "
            f"{huge_peak / 1e6:.1f} MB (target < 15 MB: streamed, aborted at the 5 MB cap)",
        ),
    ]
    for ok, text in lines:
        print(f"   [{'OK' if ok else 'MISSED'}] {text}")
