"""The refresh pipeline over a small in-memory site (httpx.MockTransport): statuses, history,
conditional requests, moves and failures that never lose the last good data."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import sqlite_utils

from scraper import pipeline, store
from scraper.errors import StoreError
from scraper.models import Source, utcnow
from scraper.pipeline import RunSummary, reextract, refresh
from tests.test_discover import HOST, SITE, TARGET, TITLE

TARGET_PATH = "/sangyo/koyo/kyoryoku.html"
TARGET_URL = HOST + TARGET_PATH


@dataclass
class FakeWeb:
    """A mutable site answering like a real CMS: ETag, 304 on If-None-Match, 404 when gone."""

    pages: dict[str, str] = field(default_factory=lambda: dict(SITE))
    redirects: dict[str, str] = field(default_factory=dict)
    down: bool = False
    log: list[httpx.Request] = field(default_factory=list)

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.log.append(request)
        if self.down:
            raise httpx.ConnectError("connection refused", request=request)
        path = request.url.path
        if path in self.redirects:
            return httpx.Response(301, headers={"location": self.redirects[path]})
        html = self.pages.get(path)
        if html is None:
            return httpx.Response(404, text="<html><body>Not Found</body></html>")
        body = html.encode()
        etag = '"' + hashlib.md5(body).hexdigest() + '"'
        if request.headers.get("if-none-match") == etag:
            return httpx.Response(304, headers={"etag": etag})
        return httpx.Response(
            200, content=body, headers={"content-type": "text/html; charset=UTF-8", "etag": etag}
        )

    def paths(self) -> list[str]:
        return [r.url.path for r in self.log if r.url.path != "/robots.txt"]


def source(url: str | None = None) -> Source:
    return Source(
        code="132021",
        name="立川市",
        prefecture="東京都",
        homepage=f"{HOST}/",
        title=TITLE,
        url=url,
    )


@pytest.fixture
def db() -> sqlite_utils.Database:
    return store.memory_db()


async def run(
    db: sqlite_utils.Database, web: FakeWeb, src: Source | None = None, **options: Any
) -> RunSummary:
    web.log.clear()
    return await refresh(
        db,
        [src or source()],
        delay=0,
        allow_private_hosts=True,
        transport=httpx.MockTransport(web.handler),
        fetch_options={"backoff": 0.01},
        **options,
    )


def snapshots(db: sqlite_utils.Database) -> int:
    return db["snapshots"].count


async def test_first_run_finds_stores_and_records(db: sqlite_utils.Database) -> None:
    web = FakeWeb()
    summary = await run(db, web)
    [outcome] = summary.outcomes
    assert (outcome.outcome, outcome.status, outcome.url) == ("new", "ok", TARGET_URL)
    row = store.get_source(db, "132021")
    assert row is not None
    assert row["page_url"] == TARGET_URL and row["status"] == "ok"
    assert row["discovered_by"] == "crawl" and row["origin"] == "curated"
    assert row["confidence"] >= 0.75
    assert json.loads(row["candidates"])[0]["url"] == TARGET_URL
    assert row["status_since"] and row["last_ok_at"]
    _, page = store.latest_snapshot(db, "132021") or (0, None)
    assert page is not None and page.body == TARGET.encode()
    info = store.get_filing(db, "132021")
    assert info is not None and info.page_url == TARGET_URL
    assert info.has_info()
    run_row = next(iter(db["runs"].rows))
    assert run_row["finished_at"] and json.loads(run_row["summary"])["counts"]["found"] == 1
    assert db["rules"].count > 0
    assert summary.counts["new"] == 1 and summary.requests == len(web.log)


async def test_second_run_is_conditional_and_stores_nothing_new(db: sqlite_utils.Database) -> None:
    web = FakeWeb()
    await run(db, web)
    since = store.get_source(db, "132021")["status_since"]  # type: ignore[index]
    summary = await run(db, web)
    [outcome] = summary.outcomes
    assert outcome.outcome == "unchanged" and outcome.status == "ok"
    # Only the known page is asked for again, with its validator, and answered 304.
    assert web.paths() == [TARGET_PATH]
    assert web.log[-1].headers.get("if-none-match")
    assert summary.not_modified == 1
    assert snapshots(db) == 1
    assert store.get_source(db, "132021")["status_since"] == since  # type: ignore[index]


async def test_changed_page_records_one_change_per_field(db: sqlite_utils.Database) -> None:
    web = FakeWeb()
    await run(db, web)
    web.pages[TARGET_PATH] = TARGET.replace(
        "tabunka@city.sakuragi.example.lg.jp", "kyosei@city.sakuragi.example.lg.jp"
    )
    summary = await run(db, web)
    [outcome] = summary.outcomes
    assert outcome.outcome == "changed"
    assert "emails" in outcome.changed_fields
    assert snapshots(db) == 2
    rows = list(db["changes"].rows_where("field = 'emails'"))
    assert len(rows) == 1 and "kyosei@" in rows[0]["new_value"]


async def test_page_moved_with_redirect_is_followed(db: sqlite_utils.Database) -> None:
    web = FakeWeb()
    await run(db, web)
    new_path = "/soshiki/tabunka/kyoryoku.html"
    web.pages[new_path] = web.pages.pop(TARGET_PATH)
    web.redirects[TARGET_PATH] = new_path
    summary = await run(db, web)
    [outcome] = summary.outcomes
    assert outcome.status == "ok" and outcome.url == HOST + new_path
    assert store.get_source(db, "132021")["page_url"] == HOST + new_path  # type: ignore[index]
    assert "/" not in web.paths()  # no rediscovery needed: the redirect target is the page


async def test_page_gone_is_rediscovered(db: sqlite_utils.Database) -> None:
    web = FakeWeb()
    await run(db, web)
    new_path = "/sangyo/koyo/tokutei_kyoryoku.html"
    web.pages[new_path] = web.pages.pop(TARGET_PATH)
    web.pages["/sangyo/koyo/index.html"] = SITE["/sangyo/koyo/index.html"].replace(
        "kyoryoku.html", "tokutei_kyoryoku.html"
    )
    web.pages["/news/index.html"] = SITE["/news/index.html"].replace(TARGET_PATH, new_path)
    summary = await run(db, web)
    [outcome] = summary.outcomes
    assert outcome.status == "ok"
    assert outcome.url == HOST + new_path
    assert outcome.moved_from == TARGET_URL
    assert summary.counts["moved"] == 1


async def test_page_gone_without_replacement_keeps_last_good_data(
    db: sqlite_utils.Database,
) -> None:
    web = FakeWeb()
    await run(db, web)
    before = store.get_filing(db, "132021")
    del web.pages[TARGET_PATH]
    summary = await run(db, web)
    [outcome] = summary.outcomes
    assert outcome.status == "moved" and outcome.moved_from == TARGET_URL
    assert "HTTP 404" in outcome.reason
    assert store.get_filing(db, "132021") == before
    assert snapshots(db) == 1
    row = store.get_source(db, "132021")
    assert row is not None and row["status"] == "moved" and row["page_url"] == TARGET_URL


async def test_unreachable_site_keeps_last_good_data(db: sqlite_utils.Database) -> None:
    web = FakeWeb()
    await run(db, web)
    before = store.get_filing(db, "132021")
    web.down = True
    summary = await run(db, web)
    [outcome] = summary.outcomes
    assert outcome.outcome == "unreachable" and outcome.status == "unreachable"
    assert "connection refused" in outcome.reason.lower() or outcome.reason
    assert summary.counts["failed"] == 1
    assert store.get_filing(db, "132021") == before
    row = store.get_source(db, "132021")
    assert row is not None
    assert row["status"] == "unreachable" and row["page_url"] == TARGET_URL and row["error"]
    assert snapshots(db) == 1
    # Back up: ok again, and the error is cleared.
    web.down = False
    await run(db, web)
    row = store.get_source(db, "132021")
    assert row is not None and row["status"] == "ok" and row["error"] is None


async def test_never_reachable_site_is_unreachable_not_missing(db: sqlite_utils.Database) -> None:
    web = FakeWeb(down=True)
    summary = await run(db, web)
    assert summary.outcomes[0].status == "unreachable"
    assert store.get_filing(db, "132021") is None


async def test_site_without_the_page_is_not_found(db: sqlite_utils.Database) -> None:
    web = FakeWeb()
    del web.pages[TARGET_PATH]
    summary = await run(db, web)
    [outcome] = summary.outcomes
    assert outcome.status == "not_found" and "no page" in outcome.reason
    row = store.get_source(db, "132021")
    assert row is not None and row["status"] == "not_found" and row["page_url"] is None


async def test_pinned_url_is_fetched_without_crawling(db: sqlite_utils.Database) -> None:
    web = FakeWeb()
    summary = await run(db, web, source(url=TARGET_URL))
    assert summary.outcomes[0].status == "ok"
    assert web.paths() == [TARGET_PATH]
    row = store.get_source(db, "132021")
    assert row is not None and row["discovered_by"] == "configured"
    assert row["confidence"] >= 0.75  # the pinned page is scored too, for review


async def test_garbage_page_gives_a_status_not_a_crash(db: sqlite_utils.Database) -> None:
    web = FakeWeb()
    web.pages = {"/": "\x00\xff" * 100, **{TARGET_PATH: "\x89PNG garbage \x00\x01"}}
    summary = await run(db, web, source(url=TARGET_URL))
    assert summary.outcomes[0].status in ("no_info", "ok")


async def test_an_unexpected_exception_is_one_sources_error(
    db: sqlite_utils.Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(html: str, url: str | None = None) -> None:
        raise RuntimeError("extractor bug")

    monkeypatch.setattr(pipeline, "extract_filing", boom)
    summary = await run(db, FakeWeb())
    [outcome] = summary.outcomes
    assert outcome.outcome == "error" and "extractor bug" in outcome.reason
    assert snapshots(db) == 0  # the transaction never started: nothing half-written


async def test_reextract_uses_stored_pages_only(db: sqlite_utils.Database) -> None:
    web = FakeWeb()
    await run(db, web)
    db["filings"].update("132021", {"emails": "[]"})  # as an older extractor left it
    summary = reextract(db)
    [outcome] = summary.outcomes
    assert outcome.outcome == "changed" and "emails" in outcome.changed_fields
    info = store.get_filing(db, "132021")
    assert info is not None and info.emails
    assert summary.kind == "reextract" and summary.summary_line().startswith("reextract:")


def test_summary_line_and_json() -> None:
    summary = RunSummary(started_at="2026-01-01T00:00:00Z")
    summary.outcomes = [
        pipeline.SourceOutcome("132021", "立川市", "new", "ok", url=TARGET_URL),
        pipeline.SourceOutcome("132241", "多摩市", "unreachable", "unreachable", reason="timeout"),
        pipeline.SourceOutcome("132080", "調布市", "not_found", "not_found"),
    ]
    line = summary.summary_line()
    assert line.startswith("refresh: 3 sources, 1 found (1 new")
    assert "1 not found" in line and "1 failed" in line
    data = json.loads(summary.to_json())
    assert data["counts"]["failed"] == 1
    assert data["sources"][1]["reason"] == "timeout"


async def test_resume_skips_only_what_the_interrupted_run_checked(
    db: sqlite_utils.Database,
) -> None:
    web = FakeWeb()
    before = utcnow()
    await run(db, web)
    # The run that checked it was killed before finishing: its row has no finished_at.
    table = db["runs"]
    table.insert({"started_at": before, "summary": None})
    assert pipeline.interrupted_since(db) == before
    summary = await run(db, web, resume=True)
    [outcome] = summary.outcomes
    assert outcome.outcome == "resumed" and outcome.status == "ok"
    assert web.paths() == []  # nothing fetched again
    assert summary.counts["found"] == 1 and summary.counts["resumed"] == 1
    assert pipeline.interrupted_since(db) is None  # this run finished
    # A changed configuration is refreshed even when resuming.
    table.insert({"started_at": before, "summary": None})
    summary = await run(db, web, source(url=TARGET_URL), resume=True)
    assert summary.outcomes[0].outcome == "unchanged"
    assert web.paths() == [TARGET_PATH]


def test_an_interrupted_run_from_long_ago_is_not_continued(db: sqlite_utils.Database) -> None:
    db["runs"].insert({"started_at": "2000-01-01T00:00:00Z", "summary": None})
    assert pipeline.interrupted_since(db) is None


async def test_known_page_that_became_something_else_is_looked_for_again(
    db: sqlite_utils.Database,
) -> None:
    web = FakeWeb()
    await run(db, web)
    new_path = "/sangyo/koyo/tokutei_kyoryoku.html"
    web.pages[new_path] = web.pages[TARGET_PATH]
    web.pages["/sangyo/koyo/index.html"] = SITE["/sangyo/koyo/index.html"].replace(
        "kyoryoku.html", "tokutei_kyoryoku.html"
    )
    web.pages["/news/index.html"] = SITE["/news/index.html"].replace(TARGET_PATH, new_path)
    # The CMS reused the old address for an unrelated page, answered 200.
    web.pages[TARGET_PATH] = SITE["/kurashi/gino.html"]
    summary = await run(db, web)
    [outcome] = summary.outcomes
    assert outcome.status == "ok" and outcome.url == HOST + new_path
    assert outcome.moved_from == TARGET_URL and "no longer about" in outcome.reason
    # A pinned URL is trusted as it is, whatever it says.
    summary = await run(db, web, source(url=TARGET_URL))
    assert summary.outcomes[0].url == TARGET_URL


async def test_a_database_failure_stops_the_run_with_a_store_error(
    db: sqlite_utils.Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*args: object, **kwargs: object) -> int:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store, "save_snapshot", disk_full)
    with pytest.raises(StoreError, match="disk is full"):
        await run(db, FakeWeb())
