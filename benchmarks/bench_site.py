"""The published site at national scale: p50/p95 latency of the plan page and the canned queries.

The database holds the whole registry (1,741 municipalities), synthetic filings for most of them,
and a year of daily history (changes and snapshot rows). Requests go through datasette.client,
in-process, so the figures are the server's own time (no network). Target: p95 < 50 ms.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode

from scraper import publish, store
from scraper.datasette_plugin import make_datasette
from scraper.metadata import DB_NAME
from scraper.models import METHODS, FilingInfo
from scraper.municipalities import default_registry
from scraper.rules import RULES

TARGET_P95_MS = 50.0
REQUESTS = 40
FILED_SHARE = 0.7  # share of municipalities with a known page
CHANGES_PER_DAY = 20
SNAPSHOTS_PER_DAY = 60


def build(path: Path, seed: int = 7) -> dict[str, float]:
    """Write the benchmark database; returns how long each part took (seconds)."""
    rnd = random.Random(seed)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    db = store.open_db(path)
    registry = default_registry()
    store.write_municipalities(db, registry.all())
    store.write_rules(db, RULES)
    recipients = [m for m in registry.all() if m.kind in publish.RECIPIENT_KINDS]
    timings["registry"] = time.perf_counter() - started

    started = time.perf_counter()
    now = datetime(2026, 11, 20, tzinfo=UTC)
    for m in recipients:
        checked = (now - timedelta(days=rnd.randint(0, 200))).strftime("%Y-%m-%dT%H:%M:%SZ")
        filed = rnd.random() < FILED_SHARE
        store.upsert_source(
            db,
            {
                "code": m.code,
                "name": m.name,
                "prefecture": m.prefecture,
                "homepage": m.homepage or f"https://www.example-{m.code}.lg.jp/",
                "status": "ok" if filed else rnd.choice(["not_found", "unreachable", "no_info"]),
                "checked_at": checked,
            },
        )
        if filed:
            domain = f"city-{m.code}.example.lg.jp"
            store.save_filing(
                db,
                m.code,
                FilingInfo(
                    page_url=f"https://{domain}/kurashi/kyoryoku.html",
                    title="特定技能所属機関による協力確認書の提出について",
                    methods=rnd.sample(list(METHODS), rnd.randint(1, 3)),
                    emails=[f"tabunka@{domain}"],
                    phones=[
                        f"0{rnd.randint(11, 99)}-{rnd.randint(100, 999)}-{rnd.randint(1000, 9999)}"
                    ],
                    addresses=[
                        f"{m.prefecture}{m.name}本町{rnd.randint(1, 9)}-{rnd.randint(1, 30)}"
                    ],
                    department=rnd.choice(["市民協働課 多文化共生係", "企画政策課", "国際交流課"]),
                    notes=rnd.sample(["押印不要", "完了メールが提出の証明"], 1),
                ),
                snapshot_id=None,
                at=checked,
            )
    timings["filings"] = time.perf_counter() - started

    # A year of daily history, written in bulk (the store writes it row by row during refreshes).
    started = time.perf_counter()
    filed_codes = [r[0] for r in db.execute("SELECT code FROM filings")]
    changes, snapshots = [], []
    for day in range(365):
        at = (now - timedelta(days=365 - day)).strftime("%Y-%m-%dT%H:%M:%SZ")
        for code in rnd.sample(filed_codes, CHANGES_PER_DAY):
            old, new = rnd.sample(list(METHODS), 2)
            changes.append(
                {
                    "code": code,
                    "field": "methods",
                    "old_value": f'["{old}"]',
                    "new_value": f'["{new}"]',
                    "changed_at": at,
                }
            )
        for code in rnd.sample(filed_codes, SNAPSHOTS_PER_DAY):
            snapshots.append(
                {
                    "code": code,
                    "url": f"https://city-{code}.example.lg.jp/kurashi/kyoryoku.html",
                    "final_url": f"https://city-{code}.example.lg.jp/kurashi/kyoryoku.html",
                    "http_status": 200,
                    "headers": "{}",
                    "sha256": f"{rnd.getrandbits(128):032x}",
                    "size": 20_000,
                    "body": b"",
                    "fetched_at": at,
                }
            )
    with store.transaction(db):
        db["changes"].insert_all(changes, batch_size=2000)
        db["snapshots"].insert_all(snapshots, batch_size=2000)
    timings["history"] = time.perf_counter() - started

    started = time.perf_counter()
    publish.prepare(db)
    timings["prepare (first)"] = time.perf_counter() - started
    started = time.perf_counter()
    publish.prepare(db)
    timings["prepare (up to date)"] = time.perf_counter() - started
    db.close()
    return timings


def urls() -> dict[str, str]:
    q = lambda **p: "?" + urlencode(p)  # noqa: E731
    db = f"/{DB_NAME}"
    return {
        "/-/plan (立川市 + 多摩市)": "/-/plan" + q(workplace="立川市", residence="多摩市"),
        "/-/plan (ward address)": "/-/plan" + q(workplace="横浜市中区山下町1", residence="川崎市"),
        "/-/plan (ambiguous 府中市)": "/-/plan" + q(workplace="府中市"),
        "/-/plan.json": "/-/plan.json" + q(workplace="立川市", residence="多摩市", event="coe"),
        "query municipality": f"{db}/municipality.json" + q(name="たちかわ", prefecture=""),
        "query where_to_file": f"{db}/where_to_file.json"
        + q(workplace="立川市", residence="多摩市"),
        "query where_to_file (html)": f"{db}/where_to_file" + q(workplace="立川市", residence=""),
        "query recently_changed": f"{db}/recently_changed.json",
        "query not_checked": f"{db}/not_checked.json" + q(days="90"),
        "query no_known_page": f"{db}/no_known_page.json" + q(prefecture="東京都"),
        "directory (html, facets)": f"{db}/directory",
        "directory search 立川": f"{db}/directory.json" + q(_search="立川"),
        "directory search 多文化共生": f"{db}/directory.json" + q(_search="多文化共生"),
        "home page": "/",
        "/-/changes.atom": "/-/changes.atom",
    }


# What a correct answer contains, so the figures are not those of an error page.
EXPECT = {
    "/-/plan (立川市 + 多摩市)": 'id="m132241"',
    "/-/plan (ward address)": 'id="m141003"',
    "/-/plan (ambiguous 府中市)": "kyoryoku-candidates",
    "/-/plan.json": '"132021"',
    "directory search 立川": '"132021"',
}


async def measure(ds, path: str, n: int, expect: str = "") -> tuple[float, list[float]]:
    """The first request's time (cold caches) and the times of `n` more."""
    started = time.perf_counter()
    response = await ds.client.get(path)
    first = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, (path, response.status_code, response.text[:300])
    assert expect in response.text, (path, expect)
    times = []
    for _ in range(n):
        started = time.perf_counter()
        await ds.client.get(path)
        times.append((time.perf_counter() - started) * 1000)
    return first, times


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        for part, seconds in build(path).items():
            print(f"   build {part:<22} {seconds * 1000:8.0f} ms")
        ds = make_datasette(path, prepare=False)

        async def run() -> None:
            head = f"{'request':<30} {'first':>7} {'p50 ms':>7} {'p95 ms':>7}"
            print(f"   {head}   target p95 < {TARGET_P95_MS:.0f} ms ({REQUESTS} requests)")
            for name, path_ in urls().items():
                first, times = await measure(ds, path_, REQUESTS, EXPECT.get(name, ""))
                times.sort()
                p50 = statistics.median(times)
                p95 = times[int(len(times) * 0.95) - 1]
                verdict = "ok" if p95 < TARGET_P95_MS else "SLOW"
                print(f"   {name:<30} {first:7.1f} {p50:7.1f} {p95:7.1f}   {verdict}")

        asyncio.run(run())


if __name__ == "__main__":
    main()
