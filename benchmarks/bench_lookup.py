"""Place lookup speed: names per second and microseconds per address.

Targets (issue 4): at least 10,000 name lookups per second; under 1 ms per address lookup;
the registry loads in well under a second.
"""

from __future__ import annotations

import contextlib
import time

from scraper.errors import PlaceError
from scraper.municipalities import Registry, default_registry

NAME_TARGET_PER_S = 10_000
ADDRESS_TARGET_US = 1_000.0
LOAD_TARGET_S = 0.5


def _timed(registry: Registry, queries: list[str], rounds: int) -> float:
    """Seconds per lookup over `rounds` passes (an ambiguous or unknown answer counts too)."""
    started = time.perf_counter()
    for _ in range(rounds):
        for query in queries:
            with contextlib.suppress(PlaceError):
                registry.resolve(query)
    return (time.perf_counter() - started) / (rounds * len(queries))


def _addresses(registry: Registry) -> list[str]:
    out = []
    for m in registry.all():
        out.append(f"〒100-0001 {m.full_name}本町1丁目2番3号")
        out.append(f"{m.name}大字中山字東123番地の4")
    out += ["北海道虻田郡倶知安町北1条東3丁目", "東京都八丈島八丈町大賀郷2551-2"] * 50
    return out


def main() -> None:
    started = time.perf_counter()
    registry = default_registry()
    load_s = time.perf_counter() - started
    print(f"registry load (first call): {load_s:.3f} s  (target < {LOAD_TARGET_S} s)")

    munis = registry.all()
    kinds = {
        "kanji": [m.name for m in munis],
        "kana": [m.kana for m in munis],
        "romaji": [m.romaji for m in munis],
        "code": [m.code for m in munis],
    }
    for kind, queries in kinds.items():
        per = _timed(registry, queries, rounds=3)
        ok = "ok" if 1 / per >= NAME_TARGET_PER_S else "BELOW TARGET"
        print(f"name lookups ({kind:6}): {1 / per:>9,.0f}/s  (target ≥ {NAME_TARGET_PER_S:,}) {ok}")

    addresses = _addresses(registry)
    per = _timed(registry, addresses, rounds=2)
    ok = "ok" if per * 1e6 < ADDRESS_TARGET_US else "BELOW TARGET"
    print(f"address lookups: {per * 1e6:.1f} µs each over {len(addresses):,} addresses "
          f"(target < {ADDRESS_TARGET_US:.0f} µs) {ok}")  # fmt: skip

    unknown = ["立川氏", "Tachikwa", "よこはめし"] * 20
    per = _timed(registry, unknown, rounds=1)
    print(f"unknown names (with suggestions): {per * 1e3:.1f} ms each (no target; error path)")
