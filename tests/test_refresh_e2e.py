"""End to end over the simulated municipal web (tests/simweb.py): every fixture site crawled
once per module, then checked the way an operator would: pages found, facts stored, robots.txt
and the per-host delay obeyed (from the server's own request log), faults survived."""

from __future__ import annotations

import asyncio
import io
import itertools
import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlite_utils
import yaml
from click.testing import CliRunner
from protego import Protego

from scraper import sources as sources_module
from scraper import store
from scraper.cli import main
from scraper.cli.refresh import Reporter
from scraper.extract import extract_filing
from scraper.fetch import ROBOTS_TOKEN
from scraper.lock import RefreshLock
from scraper.models import Source
from scraper.municipalities import Registry, default_registry
from scraper.pipeline import ProgressEvent, RunSummary, SourceOutcome, refresh
from tests.simweb import SimWeb, SiteSpec, fixture_specs

DELAY = 0.05
# The server stamps a request when its event loop (one for every simulated host) gets to read
# it; a busy loop stamps a request late by up to a few tens of ms, which shrinks that gap and
# widens the next by as much. So single gaps are checked loosely and spans strictly: a span of
# k gaps is at least k delays minus one stamp's lateness. A crawler that ignored the delay
# would fail the span and median checks on every site.
STAMP_LATENESS = 0.045
# Even the middle gap moves with the stamps: two late-then-early stamps in a row pulled it to
# 49.5 ms once on a loaded machine (a crawler ignoring the delay has gaps near 0).
MEDIAN_JITTER = 0.01
FAST_RETRY = {"backoff": 0.05, "retries": 2, "read_timeout": 5, "connect_timeout": 2}

HOSTILE_HOME = """<html><head><title>テスト市</title></head><body>
<ul><li><a href="/big.html">特定技能所属機関の協力確認書</a></li>
<li><a href="/loop-a.html">協力確認書の提出について</a></li>
<li><a href="/away.html">特定技能 協力確認書(外部)</a></li></ul></body></html>"""

# Hostile sites, one per fault, each a real municipality code so the sources validate.
HOSTILE: tuple[SiteSpec, ...] = (
    SiteSpec(
        name="x-garbage",
        code="132241",
        municipality="多摩市",
        prefecture="東京都",
        pages={"/index.html": "<html></html>"},
        faults={"/": {"kind": "garbage", "size": 20000}},
    ),
    SiteSpec(
        name="x-huge",
        code="132080",
        municipality="調布市",
        prefecture="東京都",
        pages={"/index.html": HOSTILE_HOME},
        faults={"/big.html": {"kind": "huge", "size": 50 * 1024 * 1024}},
        redirects={
            "/loop-a.html": {"to": "/loop-b.html"},
            "/loop-b.html": {"to": "/loop-a.html"},
            "/away.html": {"to": "http://{host:tachikawa}/docs/2025040300024/"},
        },
    ),
    SiteSpec(
        name="x-offsite",
        code="132250",
        municipality="稲城市",
        prefecture="東京都",
        pages={"/index.html": HOSTILE_HOME},
        redirects={"/": {"to": "http://{host:x-garbage}/"}},
    ),
    SiteSpec(
        name="x-raw",
        code="132098",
        municipality="町田市",
        prefecture="東京都",
        pages={"/index.html": HOSTILE_HOME},
        faults={"/": {"kind": "raw_garbage"}},
    ),
)


def _run(db: sqlite_utils.Database, sources: list[Source]) -> RunSummary:
    return asyncio.run(
        refresh(db, sources, delay=DELAY, allow_private_hosts=True, fetch_options=FAST_RETRY)
    )


@dataclass
class Crawl:
    web: SimWeb
    db: sqlite_utils.Database
    first: RunSummary
    first_log: list
    second: RunSummary
    second_log: list

    def outcome(self, site: str):
        code = self.web.spec(site).code
        return next(o for o in self.first.outcomes if o.code == code)


@pytest.fixture(scope="module")
def crawl() -> Iterator[Crawl]:
    with SimWeb([*fixture_specs(), *HOSTILE]) as web:
        db = store.memory_db()
        first = _run(db, web.sources())
        first_log = list(web.log)
        web.clear_log()
        second = _run(db, web.sources())
        yield Crawl(web, db, first, first_log, second, list(web.log))


def fixture_sites() -> list[str]:
    return [s.name for s in fixture_specs()]


@pytest.mark.parametrize("site", fixture_sites())
def test_target_found_and_stored(crawl: Crawl, site: str) -> None:
    expected_url = crawl.web.expected()[site]
    exp = crawl.web.spec(site).expected
    outcome = crawl.outcome(site)
    if expected_url is None:
        # No page to find (absent, or robots.txt forbids crawling): none chosen, reason given.
        assert not outcome.found and outcome.reason
        row = store.get_source(crawl.db, crawl.web.spec(site).code)
        assert row is not None and row["page_url"] is None
        only = exp.get("only_requests")
        if only:
            assert {r.path for r in crawl.first_log if r.site == site} <= set(only)
        return
    assert outcome.status == "ok", outcome.reason
    assert outcome.url == expected_url
    code = crawl.web.spec(site).code
    row = store.get_source(crawl.db, code)
    assert row is not None and row["page_url"] == expected_url
    latest = store.latest_snapshot(crawl.db, code)
    assert latest is not None and latest[1].final_url == expected_url
    info = store.get_filing(crawl.db, code)
    assert info is not None and info.page_url == expected_url
    # What is stored is what the extractor reads from the stored page, nothing lost on the way.
    assert info == extract_filing(latest[1].text, expected_url)


def sites_with_a_page() -> list[str]:
    return [s.name for s in fixture_specs() if s.expected.get("status", "ok") == "ok"]


@pytest.mark.parametrize("site", sites_with_a_page())
def test_key_facts_as_site_yaml_says(crawl: Crawl, site: str) -> None:
    exp = crawl.web.spec(site).expected
    info = store.get_filing(crawl.db, crawl.web.spec(site).code)
    assert info is not None
    # The facts an employer needs: how to send it, and where.
    assert info.methods == sorted(exp["methods"])
    assert info.emails == sorted(exp.get("emails", []))
    assert set(exp.get("phones", [])) <= set(info.phones)


def test_decoys_are_not_chosen(crawl: Crawl) -> None:
    for site in fixture_sites():
        decoys = {crawl.web.url(site, p) for p in crawl.web.spec(site).expected.get("decoys", [])}
        assert crawl.outcome(site).url not in decoys


def test_robots_txt_obeyed(crawl: Crawl) -> None:
    checked = 0
    for spec in [*fixture_specs(), *HOSTILE]:
        if not spec.robots:
            continue
        robots = Protego.parse(spec.robots)
        for req in [r for r in crawl.first_log + crawl.second_log if r.site == spec.name]:
            assert robots.can_fetch(crawl.web.url(spec.name, req.path), ROBOTS_TOKEN), req.path
            checked += 1
    assert checked > 0


def test_per_host_delay_obeyed(crawl: Crawl) -> None:
    busiest = 0
    for log in (crawl.first_log, crawl.second_log):
        by_site: dict[str, list[float]] = {}
        for req in log:
            by_site.setdefault(req.site, []).append(req.monotonic)
        for site, times in by_site.items():
            times.sort()
            gaps = sorted(b - a for a, b in itertools.pairwise(times))
            if not gaps:
                continue
            assert gaps[0] >= DELAY - STAMP_LATENESS, (site, gaps[0])  # never two at once
            for k in range(2, len(times)):
                spans = [b - a for a, b in zip(times, times[k:], strict=False)]
                assert min(spans) >= k * DELAY - STAMP_LATENESS, (site, k, min(spans))
            if len(gaps) >= 3:
                assert gaps[len(gaps) // 2] >= DELAY - MEDIAN_JITTER, (site, gaps)
            busiest = max(busiest, len(times))
    assert busiest >= 4  # the check saw real crawls, not single requests


def test_user_agent_names_the_project(crawl: Crawl) -> None:
    agents = {r.user_agent for r in crawl.first_log}
    assert len(agents) == 1 and "kyoryoku" in (agents.pop() or "")


def test_transient_503_is_retried(crawl: Crawl) -> None:
    retried = 0
    for spec in fixture_specs():
        for path, fault in spec.faults.items():
            if fault["kind"] != "transient":
                continue
            statuses = [r.status for r in crawl.first_log if r.site == spec.name and r.path == path]
            if statuses:
                assert statuses[0] == fault.get("status", 503)
                assert statuses[-1] == 200
                retried += 1
    assert retried >= 1


def test_pinned_url_that_moved_is_followed(crawl: Crawl) -> None:
    moved = [s for s in fixture_specs() if s.expected.get("moved_from") and s.url_hint]
    assert moved
    for spec in moved:
        assert crawl.outcome(spec.name).url == crawl.web.url(spec.name, spec.expected["target"])


def test_hostile_sites_give_a_status_not_a_crash(crawl: Crawl) -> None:
    statuses = {name: crawl.outcome(name).status for name in ("x-garbage", "x-huge", "x-offsite")}
    assert statuses["x-garbage"] == "not_found"  # random bytes: no links, no page
    assert statuses["x-huge"] == "not_found"  # 50 MB, loop and off-site links all skipped
    assert statuses["x-offsite"] == "unreachable"
    assert "off the site" in crawl.outcome("x-offsite").reason
    raw = crawl.outcome("x-raw")
    assert raw.status == "unreachable" and raw.reason
    huge_requests = [r for r in crawl.first_log if r.site == "x-huge"]
    assert any(r.path == "/big.html" for r in huge_requests)
    assert "byte cap" in crawl.outcome("x-huge").reason
    # The loop and the off-site redirect were abandoned, not followed to the other host.
    assert [r.path for r in crawl.first_log if r.site == "x-huge"].count("/loop-a.html") == 1


def test_summary_counts_every_source(crawl: Crawl) -> None:
    counts = crawl.first.counts
    assert counts["sources"] == len(fixture_specs()) + len(HOSTILE)
    findable = sum(1 for url in crawl.web.expected().values() if url)
    assert counts["found"] == findable
    assert counts["found"] + counts["not_found"] + counts["failed"] == counts["sources"]
    assert counts["failed"] >= 2 and counts["not_found"] >= 2  # the hostile homepages
    run_rows = list(crawl.db["runs"].rows)
    assert all(r["finished_at"] for r in run_rows) and len(run_rows) == 2


def test_second_run_is_conditional(crawl: Crawl) -> None:
    for site in fixture_sites():
        target = crawl.web.expected()[site]
        if target is None:
            continue
        path = target.split(str(crawl.web.port), 1)[1]
        page_requests = [r for r in crawl.second_log if r.site == site and r.path == path]
        assert page_requests, site
        assert all(r.if_none_match or r.if_modified_since for r in page_requests)
        assert [r.status for r in page_requests] == [304]
        # Nothing else is asked again (robots.txt aside), not even a pinned URL that moved.
        others = {r.path for r in crawl.second_log if r.site == site} - {path, "/robots.txt"}
        assert not others, (site, others)
    found = [o for o in crawl.second.outcomes if o.found]
    assert found and all(o.outcome == "unchanged" for o in found)
    sites = set(fixture_sites())
    first_bytes = sum(r.bytes_sent for r in crawl.first_log if r.site in sites)
    second_bytes = sum(r.bytes_sent for r in crawl.second_log if r.site in sites)
    assert second_bytes < first_bytes * 0.2


# --- mutations between runs (a web of its own, so the shared crawl stays untouched) -------


@pytest.fixture
def tachikawa() -> Iterator[tuple[SimWeb, sqlite_utils.Database]]:
    with SimWeb.from_fixtures(["tachikawa"]) as web:
        db = store.memory_db()
        first = _run(db, web.sources())
        assert first.outcomes[0].status == "ok"
        yield web, db


def test_unreachable_site_keeps_last_good_data(tachikawa) -> None:
    web, db = tachikawa
    code = web.spec("tachikawa").code
    before = store.get_filing(db, code)
    snapshots = db["snapshots"].count
    web.set_down("tachikawa")
    summary = _run(db, web.sources())
    assert summary.outcomes[0].status == "unreachable"
    assert store.get_filing(db, code) == before
    assert db["snapshots"].count == snapshots
    row = store.get_source(db, code)
    assert row is not None and row["status"] == "unreachable" and row["error"]
    assert row["page_url"] == web.expected()["tachikawa"]


def test_removed_page_is_rediscovered_at_its_new_address(tachikawa) -> None:
    web, db = tachikawa
    old = "/docs/2025040300024/"
    new = "/docs/2025070100005/"
    web.move_page("tachikawa", old, new, redirect=False)
    summary = _run(db, web.sources())
    [outcome] = summary.outcomes
    assert outcome.status == "ok"
    assert outcome.url == web.url("tachikawa", new)
    assert outcome.moved_from == web.url("tachikawa", old)
    assert store.get_source(db, web.spec("tachikawa").code)["page_url"] == outcome.url  # type: ignore[index]


def test_changed_page_is_recorded_as_a_change(tachikawa) -> None:
    web, db = tachikawa
    path = "/docs/2025040300024/"
    html = web.page_source("tachikawa", path).replace("042-528-4367", "042-528-4999")
    web.set_page("tachikawa", path, html)
    summary = _run(db, web.sources())
    [outcome] = summary.outcomes
    assert outcome.outcome == "changed" and "phones" in outcome.changed_fields
    rows = list(db["changes"].rows_where("field = 'phones'"))
    assert len(rows) == 1 and "042-528-4999" in rows[0]["new_value"]


# --- the command ---------------------------------------------------------------------------


def test_cli_refresh_only_one_site(tmp_path: Path) -> None:
    with SimWeb.from_fixtures(["ota", "tachikawa"]) as web:
        sources = tmp_path / "sources.yaml"
        web.write_sources(sources)
        db_path = tmp_path / "k.db"
        args = ["refresh", "--sources", str(sources), "--db", str(db_path), "--delay", "0.05"]
        result = CliRunner().invoke(main, [*args, "--allow-private-hosts", "--only", "立川市"])
        assert result.exit_code == 0, result.output
        assert "1 found" in result.output and "立川市" in result.output
        assert {r.site for r in web.log} == {"tachikawa"}
        result = CliRunner().invoke(main, [*args, "--allow-private-hosts", "--json"])
        assert result.exit_code == 0, result.output
        data = json.loads(result.stdout)
        assert data["counts"]["found"] == 2
        db = store.open_db(db_path, create=False)
        assert {r["code"] for r in db["filings"].rows} == {"132021", "131113"}
        # Without --allow-private-hosts the loopback sites are refused: a status, exit 0.
        result = CliRunner().invoke(main, [*args, "--only", "131113"])
        assert result.exit_code == 0
        assert "unreachable" in result.output and "private" in result.output


def test_cli_refuses_to_run(tmp_path: Path) -> None:
    sources = tmp_path / "sources.yaml"
    sources.write_text('sources:\n  - code: "132022"\n    name: 立川市\n', "utf-8")
    db_path = tmp_path / "k.db"
    result = CliRunner().invoke(main, ["refresh", "--sources", str(sources), "--db", str(db_path)])
    assert result.exit_code == 2
    assert "entry 1" in result.output and "line 2" in result.output
    assert not db_path.exists()  # nothing crawled, nothing created

    root = Path(__file__).resolve().parent.parent / "sources.yaml"
    base = ["refresh", "--sources", str(root), "--db", str(db_path)]
    result = CliRunner().invoke(main, [*base, "--only", "存在しない市"])
    assert result.exit_code == 2 and "存在しない市" in result.output
    result = CliRunner().invoke(main, [*base, "--only", "札幌市"])
    assert result.exit_code == 2 and "not in the sources list" in result.output

    with RefreshLock(db_path):
        result = CliRunner().invoke(main, [*base, "--only", "立川市"])
    assert result.exit_code == 2 and "another refresh" in result.output

    # A database that cannot be created (its folder is a file): a clear error, exit 2.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", "utf-8")
    bad = ["refresh", "--sources", str(root), "--db", str(blocker / "k.db"), "--only", "立川市"]
    result = CliRunner().invoke(main, bad)
    assert result.exit_code == 2 and "not-a-folder" in result.output


def _checked_codes(db_path: Path) -> set[str]:
    """Codes the running refresh has finished, read without writing (the schema may be young)."""
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1)
        try:
            rows = conn.execute("SELECT code FROM sources WHERE checked_at IS NOT NULL")
            return {r[0] for r in rows}
        finally:
            conn.close()
    except sqlite3.Error:
        return set()


def test_killed_refresh_resumes_where_it_stopped(tmp_path: Path) -> None:
    """SIGKILL a `kyoryoku refresh` mid-run; the next run skips what was done, finds the rest."""
    names = ["tachikawa", "ota", "itabashi", "edogawa", "saitama", "yokohama"]
    with SimWeb.from_fixtures(names) as web:
        sources_path = tmp_path / "sources.yaml"
        web.write_sources(sources_path)
        db_path = tmp_path / "k.db"
        command = [sys.executable, "-m", "scraper", "refresh", "--sources", str(sources_path)]
        command += ["--db", str(db_path), "--delay", "0.3", "--allow-private-hosts"]
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            done: set[str] = set()
            while time.monotonic() < deadline and len(done) < 2:
                time.sleep(0.1)
                done = _checked_codes(db_path) or done
            proc.send_signal(signal.SIGKILL)
        finally:
            proc.wait(10)
        assert 2 <= len(done) < len(names), "the run must be killed mid-way"
        killed_at = time.monotonic()
        db = store.open_db(db_path, create=False)
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        checked = {r["code"]: r["checked_at"] for r in db["sources"].rows if r["checked_at"]}
        summary = asyncio.run(
            refresh(db, web.sources(), delay=DELAY, allow_private_hosts=True, resume=True)
        )
        assert summary.counts["resumed"] == len(checked)
        for site in names:
            code = web.spec(site).code
            row = store.get_source(db, code)
            assert row is not None and row["page_url"] == web.expected()[site], site
            if code in checked:  # done before the kill: not asked again
                assert not [r for r in web.requests(site=site) if r.monotonic > killed_at]
                assert row["checked_at"] == checked[code]
        assert [r["finished_at"] is None for r in db["runs"].rows] == [True, False]


def test_cli_refresh_all_adds_generated_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--all`: sources.yaml's entries as written, every other municipality from the registry."""
    with SimWeb.from_fixtures(["tachikawa", "saitama", "edogawa"]) as web:
        base = default_registry()
        homes = {s.code: s.homepage for s in web.sources()}
        entries = []
        for code, home in homes.items():
            municipality = base.get(code)
            assert municipality is not None
            entries.append(municipality.model_copy(update={"homepage": home}))
        monkeypatch.setattr(sources_module, "default_registry", lambda: Registry(entries))
        curated = tmp_path / "sources.yaml"
        only_first = {"sources": [web.sources()[0].model_dump(exclude_none=True)]}
        curated.write_text(yaml.safe_dump(only_first, allow_unicode=True), "utf-8")
        db_path = tmp_path / "k.db"
        args = ["refresh", "--sources", str(curated), "--db", str(db_path), "--delay", "0.05"]
        result = CliRunner().invoke(main, [*args, "--allow-private-hosts", "--all", "--json"])
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["counts"]["found"] == 3
        db = store.open_db(db_path, create=False)
        origins = {r["code"]: r["origin"] for r in db["sources"].rows}
        first = web.sources()[0].code
        assert origins[first] == "curated"
        assert sorted(c for c, o in origins.items() if o == "generated") == sorted(
            set(homes) - {first}
        )


def test_progress_is_one_line_on_a_terminal_and_log_lines_otherwise() -> None:
    src = Source(code="131202", name="練馬区", prefecture="東京都", homepage="https://x.jp/")
    done = SourceOutcome("131202", "練馬区", "new", "ok", url="https://x.jp/p.html")
    log = io.StringIO()
    reporter = Reporter(log, live=False)
    reporter(ProgressEvent(src, 0, 2))
    reporter(ProgressEvent(src, 1, 2, done))
    assert log.getvalue() == "[1/2] 131202 練馬区: ok (new) https://x.jp/p.html\n"
    screen = io.StringIO()
    reporter = Reporter(screen, live=True)
    reporter(ProgressEvent(src, 0, 2))
    reporter(ProgressEvent(src, 1, 2, done))
    reporter.close()
    text = screen.getvalue()
    assert "\n" not in text and "[0/2] crawling 1: 練馬区" in text and "[1/2] crawling 0" in text
    assert text.endswith("\r")
