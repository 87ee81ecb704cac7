"""Planning speed: one worker (the Datasette plan page's latency) and a bulk CSV of workers.

Targets: one plan_for_places() under 20 ms at the median (a page must answer at once), and a
5,000-worker CSV (read, resolve, plan, merge, write) under 10 s on one core.
"""

from __future__ import annotations

import contextlib
import random
import statistics
import time

from scraper import store
from scraper.errors import ScraperError
from scraper.models import FilingInfo
from scraper.municipalities import default_registry
from scraper.rules import plan_for_places
from scraper.rules.workers import checklist_csv, plan_workers, read_workers

EVENTS = ["coe", "change_of_status", "existing_worker", "renewal", "worker_moved", "更新"]


def _db():
    db = store.memory_db()
    for code in ("132021", "132241", "131202", "141003", "141305", "121002"):
        info = FilingInfo(methods=["email", "post"], emails=[f"kyoryoku@{code}.example.lg.jp"])
        store.save_filing(db, code, info, snapshot_id=None)
    return db


def _places(n: int) -> list[str]:
    """Names as users type them: full names, wards, romaji, and some street addresses."""
    rng = random.Random(7)
    entries = [m for m in default_registry().all() if m.kind != "prefecture"]
    out = []
    for _ in range(n):
        m = rng.choice(entries)
        style = rng.random()
        if style < 0.5:
            out.append(m.full_name)
        elif style < 0.8:
            out.append(
                f"{m.full_name}本町{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 9)}"
            )
        else:
            out.append(m.romaji if m.romaji else m.full_name)
    return out


def main() -> None:
    db = _db()
    registry = default_registry()
    places = _places(400)
    timings = []
    planned = 0
    for w, r in zip(places[::2], places[1::2], strict=True):
        started = time.perf_counter()
        with contextlib.suppress(ScraperError):  # an ambiguous romaji name: still an answer
            planned += bool(plan_for_places(db, w, r, "coe", registry=registry).filings)
        timings.append(time.perf_counter() - started)
    p50 = statistics.median(timings) * 1000
    p95 = sorted(timings)[int(len(timings) * 0.95)] * 1000
    print(
        f"   one plan ({planned}/{len(timings)} resolved): p50 {p50:.1f} ms, p95 {p95:.1f} ms "
        "(target p50 < 20 ms)"
    )

    rng = random.Random(11)
    pool = [p for p in _places(600) if _resolves(registry, p)][:300]
    lines = ["worker_id,workplace,residence,event,already_filed"]
    for i in range(5000):
        lines.append(
            f"W{i:05d},{rng.choice(pool)},{rng.choice(pool)},{rng.choice(EVENTS)},"
            f"{rng.choice(pool) if rng.random() < 0.3 else ''}"
        )
    data = ("\n".join(lines) + "\n").encode("cp932", errors="strict")
    started = time.perf_counter()
    checklist = plan_workers(db, read_workers(data), registry=registry)
    text = checklist_csv(checklist)
    elapsed = time.perf_counter() - started
    print(
        f"   5,000 workers (cp932 CSV) → {len(checklist.rows)} municipalities, "
        f"{len(text) // 1024} KiB: {elapsed:.2f} s (target < 10 s)"
    )


def _resolves(registry, place: str) -> bool:
    try:
        registry.resolve(place)
    except ScraperError:
        return False
    return True
