"""The simulated web must never be the bottleneck of the crawl benchmarks that run on it.

Starts the generated 1,741-site web (no latency), then fetches every reachable homepage and
target page as fast as 200 concurrent connections allow, and prints start-up time, requests per
second and the server process's peak memory. Targets: start < 5 s, server < 150 MB, and at
least 500 requests/s, i.e. ten times what a polite crawl at delay 0.1 s over 50 hosts asks of it.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
N_SITES = 1741
CONCURRENCY = 200
TARGET_START_S = 5.0
TARGET_SERVER_MB = 150.0
TARGET_RPS = 500.0


def _peak_mb(pid: int) -> float:
    """Peak resident memory of a process (VmHWM), from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def _fetch_all(urls: list[str]) -> tuple[int, int]:
    """GET every URL, CONCURRENCY at a time; return (answers, failures)."""
    queue: asyncio.Queue[str] = asyncio.Queue()
    for url in urls:
        queue.put_nowait(url)
    answered = failed = 0

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal answered, failed
        while not queue.empty():
            url = queue.get_nowait()
            try:
                await client.get(url)
                answered += 1
            except httpx.HTTPError:
                failed += 1

    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=0)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        await asyncio.gather(*(worker(client) for _ in range(CONCURRENCY)))
    return answered, failed


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from tests.simweb import SimWeb

    started = time.perf_counter()
    with SimWeb.generated(N_SITES, seed=0, latency=0.0) as web:
        start_s = time.perf_counter() - started
        expected = web.expected()
        urls = [web.homepage(name) for name in web.sites if web.site(name).broken is None]
        urls += [url for url in expected.values() if url]
        began = time.perf_counter()
        answered, failed = asyncio.run(_fetch_all(urls))
        wall = time.perf_counter() - began
        server_mb = _peak_mb(web.server_pid)
        logged = len(web.log)
    rps = answered / wall
    print(f"   sites: {N_SITES} ({sum(1 for u in expected.values() if u)} with a findable page)")
    print(f"   start-up: {start_s:.2f} s (target < {TARGET_START_S:.0f} s)")
    print(f"   requests: {answered} answered, {failed} failed, {logged} logged in {wall:.1f} s")
    print(f"   throughput: {rps:.0f} requests/s (target >= {TARGET_RPS:.0f})")
    print(f"   server peak memory: {server_mb:.0f} MB (target < {TARGET_SERVER_MB:.0f} MB)")
    ok = start_s < TARGET_START_S and server_mb < TARGET_SERVER_MB and rps >= TARGET_RPS
    print(f"   {'all targets met' if ok else 'TARGET MISSED'}")
