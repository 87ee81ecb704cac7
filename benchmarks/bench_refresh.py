"""Refresh 200 simulated municipal sites: wall time, peak memory, requests, pages found.

The simulated web (tests/simweb.py, 50 ms latency per request) runs in a subprocess so its
pages do not count in this process's memory; the crawl runs here with delay 0.1 s into a
temporary database on disk, as `kyoryoku refresh` would. A second, unchanged run shows what
conditional requests save. Targets (issue 2, issue 7): < 30 s and < 200 MB for the first
run; the second run transfers < 5 % of the first's bytes.
"""

from __future__ import annotations

import asyncio
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

N_SITES = int(os.environ.get("BENCH_REFRESH_SITES", "200"))
LATENCY = 0.05
DELAY = 0.1
TARGET_SECONDS = 30.0
TARGET_MB = 200.0
TARGET_SECOND_RUN_SHARE = 0.05
ROOT = Path(__file__).resolve().parent.parent


def _serve(tmp: Path, n_sites: int) -> tuple[subprocess.Popen[str], dict[str, str | None], Path]:
    """Start the simulated web; return it, each homepage's expected target, the sources file."""
    sources = tmp / "sources.yaml"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.simweb",
            "--generated",
            str(n_sites),
            "--latency",
            str(LATENCY),
            "--write-sources",
            str(sources),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    expected: dict[str, str | None] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("serving"):
            break
        parts = line.split()
        if len(parts) >= 3 and parts[1].startswith("http"):
            expected[parts[1]] = parts[2] if parts[2].startswith("http") else None
    else:
        raise RuntimeError("the simulated web did not start")
    return proc, expected, sources


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main() -> None:
    run(N_SITES, target_seconds=TARGET_SECONDS, target_mb=TARGET_MB)


def run(n_sites: int, *, target_seconds: float, target_mb: float) -> None:
    """Serve `n_sites` generated sites, refresh them twice, print the figures against targets."""
    sys.path.insert(0, str(ROOT))
    from scraper import store
    from scraper.pipeline import refresh
    from scraper.sources import load_sources

    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        proc, expected, sources_path = _serve(tmp, n_sites)
        try:
            sources = load_sources(sources_path)
            db = store.open_db(tmp / "bench.db")
            baseline = _peak_mb()
            started = time.perf_counter()
            first = asyncio.run(refresh(db, sources, delay=DELAY, allow_private_hosts=True))
            seconds = time.perf_counter() - started
            peak = _peak_mb()
            second = asyncio.run(refresh(db, sources, delay=DELAY, allow_private_hosts=True))
        finally:
            proc.terminate()
            proc.wait(10)

    findable = {home: url for home, url in expected.items() if url}
    by_code = {s.code: s.homepage for s in sources}
    found_right = sum(1 for o in first.outcomes if o.url and findable.get(by_code[o.code]) == o.url)
    wrong = [
        (o.name, o.url, findable.get(by_code[o.code]))
        for o in first.outcomes
        if o.found and findable.get(by_code[o.code]) != o.url
    ]
    missed = [
        (o.name, o.status, o.reason[:80])
        for o in first.outcomes
        if findable.get(by_code[o.code]) and not o.found
    ]
    share = second.bytes / first.bytes if first.bytes else 0.0
    ok = "ok" if seconds < target_seconds else "MISSED"
    print(f"sites: {n_sites} (latency {LATENCY * 1000:.0f} ms, delay {DELAY} s)")
    print(f"wall time: {seconds:.1f} s  (target < {target_seconds:.0f} s: {ok})")
    ok = "ok" if peak < target_mb else "MISSED"
    print(
        f"peak memory (ru_maxrss): {peak:.0f} MB, {baseline:.0f} MB before the run "
        f"(target < {target_mb:.0f} MB: {ok})"
    )
    print(
        f"requests: {first.requests} ({first.requests / max(found_right, 1):.1f} per page found), "
        f"{first.bytes / 1e6:.1f} MB"
    )
    print(f"pages found: {found_right} of {len(findable)} findable; {len(wrong)} wrong page")
    print(f"summary: {first.summary_line()}")
    for name, url, want in wrong[:5]:
        print(f"  wrong: {name}: {url} (expected {want})")
    for name, status, reason in missed[:5]:
        print(f"  missed: {name}: {status}: {reason}")
    ok = "ok" if share < TARGET_SECOND_RUN_SHARE else "MISSED"
    print(
        f"second run: {second.requests} requests, {second.bytes / 1e6:.2f} MB = {share:.1%} "
        f"of the first (target < {TARGET_SECOND_RUN_SHARE:.0%}: {ok}); "
        f"{second.not_modified} answered 304"
    )
