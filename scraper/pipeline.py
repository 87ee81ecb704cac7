"""The refresh: for each source, find its page, fetch it, extract it, store it; collect failures.

One source's failure never stops the run and never touches what was known before: a failed
fetch only records the status (and since when) and the error, the last good snapshot and
filing stay. Each source's writes happen in one transaction with no `await` inside it, so a
run killed at any moment leaves each source either before or after its update.

Many sites are crawled at once (bounded by `concurrency`); the fetcher's per-host gate keeps
every single site polite. Only the chosen page of a site is held in memory, and only while
that site is processed, so memory stays flat however many sites there are.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import sqlite_utils

from . import store
from .discover import ACCEPT, DEFAULT_BUDGET, Discovery, discover, page_facts, page_score
from .errors import FetchError, HTTPStatusError, StoreError
from .extract import extract_filing
from .fetch import Fetcher
from .models import FetchedPage, Source, utcnow
from .reference import write_reference_tables

GONE_STATUSES = frozenset({404, 410})

# Outcomes of one source in a run (the status written to `sources` is separate).
NEW, CHANGED, UNCHANGED = "new", "changed", "unchanged"
NOT_FOUND, UNREACHABLE, MOVED, ERROR = "not_found", "unreachable", "moved", "error"
RESUMED = "resumed"  # already done by an interrupted run this one continues
RESUME_WITHIN = timedelta(hours=6)  # an interrupted run older than this is not continued


@dataclass
class SourceOutcome:
    """What happened to one source in a run."""

    code: str
    name: str
    outcome: str  # new, changed, unchanged, not_found, unreachable, moved, error, resumed
    status: str  # the status written to `sources`: ok, no_info, not_found, unreachable, moved
    url: str | None = None
    reason: str = ""
    changed_fields: list[str] = field(default_factory=list)
    moved_from: str | None = None  # the old page URL when the page was rediscovered
    pages_fetched: int = 0

    @property
    def found(self) -> bool:
        return self.status in ("ok", "no_info")


@dataclass
class RunSummary:
    """The result of a refresh or reextract run, for people (summary_line) and machines."""

    started_at: str
    finished_at: str = ""
    outcomes: list[SourceOutcome] = field(default_factory=list)
    requests: int = 0
    bytes: int = 0
    not_modified: int = 0
    seconds: float = 0.0
    kind: str = "refresh"

    @property
    def counts(self) -> dict[str, int]:
        by_outcome = Counter(o.outcome for o in self.outcomes)
        return {
            "sources": len(self.outcomes),
            "found": sum(o.found for o in self.outcomes),
            "new": by_outcome[NEW],
            "changed": by_outcome[CHANGED],
            "unchanged": by_outcome[UNCHANGED],
            "no_info": sum(o.status == "no_info" for o in self.outcomes),
            "moved": sum(o.moved_from is not None or o.outcome == MOVED for o in self.outcomes),
            "not_found": by_outcome[NOT_FOUND]
            + by_outcome[MOVED]
            + sum(
                o.outcome == RESUMED and o.status in ("not_found", "moved") for o in self.outcomes
            ),
            "failed": by_outcome[UNREACHABLE]
            + by_outcome[ERROR]
            + sum(o.outcome == RESUMED and o.status == "unreachable" for o in self.outcomes),
            "resumed": by_outcome[RESUMED],
        }

    @property
    def failures(self) -> list[SourceOutcome]:
        return [o for o in self.outcomes if not o.found]

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "seconds": round(self.seconds, 2),
            "counts": self.counts,
            "requests": self.requests,
            "bytes": self.bytes,
            "not_modified": self.not_modified,
            "sources": [asdict(o) for o in self.outcomes],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def summary_line(self) -> str:
        """One line for logs and schedulers."""
        c = self.counts
        parts = [
            f"{c['sources']} sources",
            f"{c['found']} found ({c['new']} new, {c['changed']} changed, "
            f"{c['unchanged']} unchanged, {c['no_info']} without details)",
            f"{c['not_found']} not found",
            f"{c['failed']} failed",
        ]
        if c["resumed"]:
            parts.append(f"{c['resumed']} already done by the interrupted run")
        if self.kind == "refresh":
            parts.append(f"{self.requests} requests, {self.bytes / 1e6:.1f} MB")
        return f"{self.kind}: " + ", ".join(parts) + f" in {self.seconds:.1f} s"


@dataclass(frozen=True)
class ProgressEvent:
    """Reported before (`outcome` None) and after each source."""

    source: Source
    done: int
    total: int
    outcome: SourceOutcome | None = None


Progress = Callable[[ProgressEvent], None]


# --- refresh -----------------------------------------------------------------------------


@dataclass
class _Run:
    db: sqlite_utils.Database
    fetcher: Fetcher
    budget: int
    generated: Collection[str]


async def refresh(
    db: sqlite_utils.Database,
    sources: Sequence[Source],
    *,
    delay: float = 1.0,
    allow_private_hosts: bool = False,
    concurrency: int = 64,
    transport: httpx.AsyncBaseTransport | None = None,
    progress: Progress | None = None,
    budget: int = DEFAULT_BUDGET,
    generated: Collection[str] = (),
    fetch_options: Mapping[str, Any] | None = None,
    resume: bool = False,
) -> RunSummary:
    """Refresh every source; never raises for a site's failure (see each outcome).

    `generated` holds the codes of sources made from the registry rather than sources.yaml;
    `fetch_options` go to fetch.Fetcher as they are (retries, backoff, max_bytes, timeouts).
    With `resume`, a run that follows an interrupted one skips the sources that run already
    checked, so a killed nationwide run continues where it stopped.
    """
    summary = RunSummary(started_at=utcnow())
    started = time.monotonic()
    resume_since = interrupted_since(db) if resume else None
    write_reference_tables(db)
    run_id = _start_run(db, summary)
    semaphore = asyncio.Semaphore(max(1, concurrency))
    total = len(sources)
    done = 0

    async with Fetcher(
        delay=delay,
        allow_private_hosts=allow_private_hosts,
        transport=transport,
        **(fetch_options or {}),
    ) as fetcher:
        run = _Run(db, fetcher, budget, frozenset(generated))

        async def one(source: Source) -> None:
            nonlocal done
            async with semaphore:
                if progress:
                    progress(ProgressEvent(source, done, total))
                outcome = _resumed(db, source, resume_since) or await _refresh_source(run, source)
                summary.outcomes.append(outcome)
                done += 1
                if progress:
                    progress(ProgressEvent(source, done, total, outcome))

        await asyncio.gather(*(one(s) for s in sources))
        stats = fetcher.stats
        summary.requests = stats.requests
        summary.bytes = stats.bytes_received
        summary.not_modified = stats.not_modified

    order = {s.code: i for i, s in enumerate(sources)}
    summary.outcomes.sort(key=lambda o: order.get(o.code, 0))
    _finish(db, summary, run_id, started)
    return summary


def interrupted_since(
    db: sqlite_utils.Database, *, within: timedelta = RESUME_WITHIN
) -> str | None:
    """When the trailing run(s) that never finished started, if recent enough to continue.

    None when the last run finished, or when the interrupted one is older than `within`:
    a run killed yesterday is not continued by today's scheduled run, which starts afresh.
    """
    since = None
    for row in db["runs"].rows_where(order_by="id desc"):
        if row["finished_at"]:
            break
        since = row["started_at"]
    if since is None:
        return None
    started = datetime.strptime(since, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return since if datetime.now(UTC) - started <= within else None


def _resumed(db: sqlite_utils.Database, source: Source, since: str | None) -> SourceOutcome | None:
    """The outcome of a source the interrupted run already checked, or None to refresh it."""
    if since is None:
        return None
    row = store.get_source(db, source.code) or {}
    if not row.get("checked_at") or row["checked_at"] < since or row.get("status") == "unknown":
        return None
    if (row.get("configured_url") or None) != source.url or row.get("homepage") != source.homepage:
        return None  # the configuration changed since: do it again
    return SourceOutcome(
        source.code,
        source.name,
        RESUMED,
        row["status"],
        url=row.get("page_url"),
        reason=f"checked at {row['checked_at']} by the interrupted run",
    )


def _start_run(db: sqlite_utils.Database, summary: RunSummary) -> Any:
    """A `runs` row without finished_at: a run that never finishes shows as interrupted."""
    table = db["runs"]
    with store.transaction(db):
        table.insert({"started_at": summary.started_at, "summary": None})
    return table.last_pk


def _finish(db: sqlite_utils.Database, summary: RunSummary, run_id: Any, started: float) -> None:
    summary.seconds = time.monotonic() - started
    summary.finished_at = utcnow()
    with store.transaction(db):
        db["runs"].update(
            run_id,
            {"finished_at": summary.finished_at, "summary": summary.to_json()},
        )


async def _refresh_source(run: _Run, source: Source) -> SourceOutcome:
    """One source, start to end; unexpected exceptions become an `error` outcome, not a crash."""
    try:
        return await _refresh_source_inner(run, source)
    except (asyncio.CancelledError, KeyboardInterrupt):
        raise
    except sqlite3.Error as exc:  # the database, not the site: the run cannot go on
        raise StoreError(f"cannot write the database: {exc}") from exc
    except Exception as exc:  # a bug or a broken page must not end the whole run
        reason = f"internal error: {type(exc).__name__}: {exc}"
        previous = _previous_status(run.db, source.code)
        with store.transaction(run.db):
            store.set_status(run.db, source.code, previous, error=reason)
        return SourceOutcome(source.code, source.name, ERROR, previous, reason=reason)


def _previous_status(db: sqlite_utils.Database, code: str) -> str:
    row = store.get_source(db, code) or {}
    return row.get("status") or "unreachable"


def _validators(db: sqlite_utils.Database, code: str, url: str) -> tuple[str | None, str | None]:
    """ETag and Last-Modified of the latest snapshot of this very URL (for a conditional GET)."""
    latest = store.latest_snapshot(db, code)
    if latest is None or url not in (latest[1].url, latest[1].final_url):
        return None, None
    headers = {k.lower(): v for k, v in latest[1].headers.items()}
    return headers.get("etag"), headers.get("last-modified")


async def _refresh_source_inner(run: _Run, source: Source) -> SourceOutcome:
    db = run.db
    row = store.get_source(db, source.code) or {}
    _write_config(run, source, row)
    known, discovered_by = _known_page(source, row)
    moved_from: str | None = None
    moved_reason = ""

    if known:
        etag, last_modified = _validators(db, source.code, known)
        try:
            page = await run.fetcher.fetch(known, etag=etag, last_modified=last_modified)
        except HTTPStatusError as exc:
            if exc.status not in GONE_STATUSES:
                return _unreachable(run, source, known, exc)
            moved_from, moved_reason = known, f"{known} answered HTTP {exc.status}"
        except FetchError as exc:
            return _unreachable(run, source, known, exc)
        else:
            if page.not_modified:  # after a redirect, the target holds what we have
                url = page.final_url or known
                return _unchanged(run, source, url, discovered_by, "not modified (304)")
            same = _same_page(page.final_url, known)
            trusted = same and (discovered_by == "configured" or _same_bytes(db, source, page))
            if trusted or _still_the_page(page, source):
                return _store_page(run, source, page, discovered_by, moved_from=None)
            moved_from = known
            moved_reason = (
                f"{known} is no longer about the 協力確認書"
                if same
                else f"{known} now redirects to {page.final_url}, which is not the page"
            )

    discovery = await discover(run.fetcher, source, budget=run.budget)
    if discovery.error is not None:
        return _unreachable(run, source, source.homepage, discovery.error, discovery)
    if discovery.page is None:
        return _not_found(run, source, discovery, moved_from, moved_reason)
    return _store_page(
        run,
        source,
        discovery.page,
        "crawl",
        moved_from=moved_from,
        moved_reason=moved_reason,
        discovery=discovery,
    )


def _known_page(source: Source, row: dict[str, Any]) -> tuple[str | None, str]:
    """The page to fetch first, and how it was found.

    A pinned URL wins until it moves: then the page it moved to (followed or rediscovered)
    is used on later runs, until sources.yaml pins another URL.
    """
    previous = row.get("page_url")
    if source.url and (not previous or row.get("configured_url") != source.url):
        return source.url, "configured"
    if previous:
        configured = source.url is not None and previous == source.url
        return previous, "configured" if configured else (row.get("discovered_by") or "crawl")
    return None, "crawl"


def _same_bytes(db: sqlite_utils.Database, source: Source, page: FetchedPage) -> bool:
    """True when the page is byte for byte the latest snapshot (verified when it was stored)."""
    latest = store.latest_snapshot(db, source.code)
    return latest is not None and latest[1].sha256 == page.sha256


def _same_page(final_url: str, known: str) -> bool:
    return final_url.rstrip("/") == known.rstrip("/")


def _still_the_page(page: FetchedPage, source: Source) -> bool:
    """Whether a page found by crawling still verifies as the target.

    A redirect to such a page is followed; a page that changed into something else (the URL
    reused for other news, a CMS error page served with 200) sends discovery looking again.
    A pinned URL is never second-guessed.
    """
    try:
        facts = page_facts(page.text, page.final_url)
    except Exception:
        return False
    return page_score(facts, source.title) >= ACCEPT


def _write_config(run: _Run, source: Source, row: dict[str, Any]) -> None:
    config = {
        "code": source.code,
        "name": source.name,
        "prefecture": source.prefecture,
        "homepage": source.homepage,
        "title": source.title,
        "configured_url": source.url,
        "origin": "generated" if source.code in run.generated else "curated",
    }
    if not row:
        config["status"] = "unknown"
    if any(row.get(k) != v for k, v in config.items()):
        with store.transaction(run.db):
            store.upsert_source(run.db, config)


def _discovery_columns(discovery: Discovery | None) -> dict[str, Any]:
    if discovery is None:
        return {}
    return {
        "confidence": round(discovery.score, 3),
        "candidates": json.dumps([c.to_dict() for c in discovery.candidates], ensure_ascii=False),
    }


def _store_page(
    run: _Run,
    source: Source,
    page: FetchedPage,
    discovered_by: str,
    *,
    moved_from: str | None,
    moved_reason: str = "",
    discovery: Discovery | None = None,
) -> SourceOutcome:
    """Save a fetched page unless its bytes are unchanged; extract and record changes."""
    db = run.db
    url = page.final_url or page.url
    latest = store.latest_snapshot(db, source.code)
    columns = {"page_url": url, "discovered_by": discovered_by, **_discovery_columns(discovery)}
    pages_fetched = discovery.pages_fetched if discovery else 1
    moved = f"{moved_reason or moved_from + ' is gone'}; found again at {url}" if moved_from else ""
    if latest is not None and latest[1].sha256 == page.sha256 and store.get_filing(db, source.code):
        reason = f"{moved}, same content" if moved else "same content"
        outcome = _unchanged(run, source, url, discovered_by, reason, columns)
        outcome.moved_from, outcome.pages_fetched = moved_from, pages_fetched
        return outcome
    if discovery is None:  # a pinned or known page: how much it still looks like the page
        columns["confidence"] = round(page_score(page_facts(page.text, url), source.title), 3)
    info = extract_filing(page.text, url)
    if info.page_url is None:
        info = info.model_copy(update={"page_url": url})
    status = "ok" if info.has_info() else "no_info"
    with store.transaction(db):
        snapshot_id = store.save_snapshot(db, source.code, page)
        changes = store.save_filing(db, source.code, info, snapshot_id=snapshot_id)
        store.set_status(db, source.code, status, error=None, **columns)
    outcome_kind = NEW if latest is None else (CHANGED if changes else UNCHANGED)
    reason = moved
    if status == "no_info":
        reason = (reason + "; " if reason else "") + "page found but no filing details extracted"
    return SourceOutcome(
        source.code,
        source.name,
        outcome_kind,
        status,
        url=url,
        reason=reason,
        changed_fields=sorted({c["field"] for c in changes}),
        moved_from=moved_from,
        pages_fetched=pages_fetched,
    )


def _unchanged(
    run: _Run,
    source: Source,
    url: str,
    discovered_by: str,
    reason: str,
    columns: dict[str, Any] | None = None,
) -> SourceOutcome:
    info = store.get_filing(run.db, source.code)
    status = "ok" if info is None or info.has_info() else "no_info"
    extra = columns or {"page_url": url, "discovered_by": discovered_by}
    with store.transaction(run.db):
        store.set_status(run.db, source.code, status, error=None, **extra)
    return SourceOutcome(source.code, source.name, UNCHANGED, status, url=url, reason=reason)


def _unreachable(
    run: _Run,
    source: Source,
    url: str,
    error: BaseException | str,
    discovery: Discovery | None = None,
) -> SourceOutcome:
    """Record the failure; the last good snapshot, filing and page_url are left alone."""
    reason = str(error)
    with store.transaction(run.db):
        store.set_status(run.db, source.code, "unreachable", error=reason)
    return SourceOutcome(
        source.code,
        source.name,
        UNREACHABLE,
        "unreachable",
        url=url,
        reason=reason,
        pages_fetched=discovery.pages_fetched if discovery else 1,
    )


def _not_found(
    run: _Run,
    source: Source,
    discovery: Discovery,
    moved_from: str | None,
    moved_reason: str,
) -> SourceOutcome:
    """No page on the site: `moved` when a known page vanished, else `not_found`."""
    status = "moved" if moved_from else "not_found"
    reason = f"{moved_reason}; rediscovery: {discovery.reason}" if moved_from else discovery.reason
    columns = _discovery_columns(discovery)
    if not moved_from:
        columns["discovered_by"] = "crawl"
    with store.transaction(run.db):
        store.set_status(run.db, source.code, status, error=reason, **columns)
    return SourceOutcome(
        source.code,
        source.name,
        MOVED if moved_from else NOT_FOUND,
        status,
        url=None,
        reason=reason,
        moved_from=moved_from,
        pages_fetched=discovery.pages_fetched,
    )


# --- reextract ---------------------------------------------------------------------------


def reextract(db: sqlite_utils.Database) -> RunSummary:
    """Re-run extraction over each source's latest stored page; no network.

    Used after the extractor improves: the history records what the new extraction changed.
    A source's status moves between ok and no_info only; failures stay as they were.
    """
    summary = RunSummary(started_at=utcnow(), kind="reextract")
    started = time.monotonic()
    codes = [r[0] for r in db.execute("SELECT DISTINCT code FROM snapshots ORDER BY code")]
    for code in codes:
        latest = store.latest_snapshot(db, code)
        if latest is None:
            continue
        snapshot_id, page = latest
        row = store.get_source(db, code) or {"code": code}
        url = page.final_url or page.url
        info = extract_filing(page.text, url)
        if info.page_url is None:
            info = info.model_copy(update={"page_url": url})
        status = row.get("status") or "unknown"
        with store.transaction(db):
            previous = store.get_filing(db, code)
            changes = store.save_filing(db, code, info, snapshot_id=snapshot_id)
            if status in ("ok", "no_info", "unknown"):
                new_status = "ok" if info.has_info() else "no_info"
                if new_status != status:
                    store.upsert_source(
                        db, {"code": code, "status": new_status, "status_since": utcnow()}
                    )
                status = new_status
        kind = NEW if previous is None else (CHANGED if changes else UNCHANGED)
        summary.outcomes.append(
            SourceOutcome(
                code,
                row.get("name") or code,
                kind,
                status,
                url=url,
                changed_fields=sorted({c["field"] for c in changes}),
            )
        )
    run_id = _start_run(db, summary)
    _finish(db, summary, run_id, started)
    return summary
