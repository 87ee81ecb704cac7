"""Refresh a simulated web of all 1,741 municipalities (issue 8).

The same measurement as bench_refresh (one generated site per municipality, 50 ms latency,
delay 0.1 s, a small share broken, slow or without the page), at the nationwide size.
Targets: < 10 minutes on this 2-core machine, < 300 MB, every findable page found.
"""

from __future__ import annotations

from benchmarks.bench_refresh import run

N_MUNICIPALITIES = 1741


def main() -> None:
    run(N_MUNICIPALITIES, target_seconds=600.0, target_mb=300.0)
