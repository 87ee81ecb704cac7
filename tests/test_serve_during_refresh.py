"""The site keeps answering while a refresh writes to the same database file (issue 7)."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from scraper import store
from scraper.datasette_plugin import make_datasette
from scraper.pipeline import RunSummary, refresh
from tests.simweb import SimWeb

SITES = ["tachikawa", "kawasaki", "funabashi"]


async def _browse_until(ds, done: threading.Event) -> list[int]:
    """Ask the site for pages a visitor would open, again and again, until `done` is set."""
    statuses: list[int] = []
    paths = (
        "/kyoryoku/directory.json?_shape=array&_size=5&prefecture=東京都",
        "/-/plan.json?workplace=立川市&residence=川崎市",
        "/-/coverage.json",
    )
    while not done.is_set():
        for path in paths:
            statuses.append((await ds.client.get(path)).status_code)
        await asyncio.sleep(0.02)
    return statuses


def test_site_answers_while_a_refresh_writes(tmp_path: Path) -> None:
    db_path = tmp_path / "kyoryoku.db"
    store.open_db(db_path).close()
    ds = make_datasette(db_path)  # prepares the empty database for publication
    with SimWeb.from_fixtures(SITES) as web:
        sources = web.sources()
        done = threading.Event()
        summaries: list[RunSummary] = []

        def run_refresh() -> None:
            try:
                db = store.open_db(db_path)
                summaries.append(
                    asyncio.run(refresh(db, sources, delay=0.1, allow_private_hosts=True))
                )
            finally:
                done.set()

        writer = threading.Thread(target=run_refresh)
        writer.start()
        statuses = asyncio.run(_browse_until(ds, done))
        writer.join()

    assert summaries and summaries[0].counts["found"] == len(SITES)
    assert len(statuses) >= 30  # the site was asked many times while the refresh ran
    assert set(statuses) == {200}
    # And what the refresh wrote is visible to the running site without a restart.
    after = asyncio.run(ds.client.get("/kyoryoku/directory.json?_shape=array&code=132021")).json()
    assert after[0]["status"] == "ok" and after[0]["page_url"]
