"""`kyoryoku refresh`: discover, fetch, extract and store, under the refresh lock."""

from __future__ import annotations

import asyncio
import shutil
import sys
import unicodedata
from pathlib import Path
from typing import TextIO

import click

from .. import store
from ..lock import RefreshLock
from ..models import Source
from ..pipeline import ProgressEvent, RunSummary, SourceOutcome, refresh
from ..sources import DEFAULT_SOURCES, load_sources, select_sources, with_generated
from .main import db_option, main


def build_sources(
    sources_path: Path, only: tuple[str, ...], *, everything: bool = False
) -> tuple[list[Source], set[str]]:
    """The sources to crawl and which of them were generated from the registry (`--all`).

    Everything is validated here, before the lock is taken or anything is fetched.
    """
    sources = load_sources(sources_path)
    generated: set[str] = set()
    if everything:
        sources, generated = with_generated(sources)
    return select_sources(sources, only), generated


class Reporter:
    """One updating line on a terminal; one log line per finished source otherwise."""

    def __init__(self, stream: TextIO, *, live: bool) -> None:
        self.stream = stream
        self.live = live
        self._width = 0
        self._active: dict[str, str] = {}  # code → name, in the order they started

    def __call__(self, event: ProgressEvent) -> None:
        source = event.source
        if event.outcome is None:
            self._active[source.code] = source.name
        else:
            self._active.pop(source.code, None)
        if self.live:
            self._draw(event.done, event.total)
        elif event.outcome is not None:
            self.stream.write(_log_line(event.done, event.total, event.outcome) + "\n")
            self.stream.flush()

    def _draw(self, done: int, total: int) -> None:
        names = "、".join(self._active.values())
        line = f"[{done}/{total}] crawling {len(self._active)}: {names}"
        width = shutil.get_terminal_size((80, 20)).columns - 1
        line = _clip(line, width)
        self.stream.write("\r" + line + " " * max(0, self._width - _cells(line)))
        self._width = _cells(line)
        self.stream.flush()

    def close(self) -> None:
        if self.live and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()


def _cells(text: str) -> int:
    """Terminal columns of a text: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _clip(text: str, width: int) -> str:
    while _cells(text) > width:
        text = text[:-2] + "…"
    return text


def _log_line(done: int, total: int, o: SourceOutcome) -> str:
    where = o.url or ""
    why = f" ({o.reason})" if o.reason else ""
    state = o.status if o.outcome == o.status else f"{o.status} ({o.outcome})"
    return f"[{done}/{total}] {o.code} {o.name}: {state} {where}{why}".rstrip()


MAX_LISTED = 40  # municipalities listed per kind in the text summary; --json has them all


def _report(summary: RunSummary) -> str:
    lines = [summary.summary_line()]
    news = [o for o in summary.outcomes if o.outcome in ("new", "changed")]
    for o in news[:MAX_LISTED]:
        fields = f" ({', '.join(o.changed_fields)})" if o.changed_fields else ""
        lines.append(f"  {o.outcome}: {o.code} {o.name} {o.url}{fields}")
    if len(news) > MAX_LISTED:
        lines.append(f"  … and {len(news) - MAX_LISTED} more new or changed")
    failures = summary.failures
    for o in failures[:MAX_LISTED]:
        lines.append(f"  {o.status}: {o.code} {o.name}: {o.reason}")
    if len(failures) > MAX_LISTED:
        lines.append(f"  … and {len(failures) - MAX_LISTED} more (--json lists every one)")
    return "\n".join(lines)


@main.command("refresh")
@click.option(
    "--sources",
    "sources_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=DEFAULT_SOURCES,
    show_default=True,
    help="The curated list of municipalities (sources.yaml).",
)
@db_option("The SQLite database to update.")
@click.option(
    "--only",
    multiple=True,
    metavar="NAME_OR_CODE",
    help="Refresh only this municipality (name or code; repeatable).",
)
@click.option(
    "--delay",
    type=click.FloatRange(min=0),
    default=1.0,
    show_default=True,
    help="Minimum seconds between two requests to one host (jitter only adds to it).",
)
@click.option(
    "--allow-private-hosts",
    is_flag=True,
    help="Allow loopback and private addresses (tests, local mirrors).",
)
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="Also every other municipality with a homepage in the registry (sources.yaml wins).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the run summary as JSON.")
def refresh_command(
    sources_path: Path,
    db_path: Path,
    only: tuple[str, ...],
    delay: float,
    allow_private_hosts: bool,
    everything: bool,
    as_json: bool,
) -> None:
    """Find, fetch, extract and store each municipality's 協力確認書 page.

    Exits 0 when the run completed, even if some sites failed (see the summary); 2 when it
    could not run (invalid sources file, database not writable, another refresh running).
    After an interrupted run (killed, crashed), a full refresh continues where it stopped:
    municipalities that run already checked are not fetched again.
    """
    sources, generated = build_sources(sources_path, only, everything=everything)
    with RefreshLock(db_path):
        db = store.open_db(db_path)
        reporter = Reporter(sys.stderr, live=sys.stderr.isatty() and not as_json)
        try:
            summary = asyncio.run(
                refresh(
                    db,
                    sources,
                    delay=delay,
                    allow_private_hosts=allow_private_hosts,
                    progress=reporter,
                    generated=generated,
                    resume=not only,
                )
            )
        finally:
            reporter.close()
    if as_json:
        click.echo(summary.to_json())
    else:
        click.echo(_report(summary))
