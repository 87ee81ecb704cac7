"""`kyoryoku municipalities`: search the registry; refresh homepages/coordinates from localgovjp."""

from __future__ import annotations

import json
from pathlib import Path

import click
import httpx

from .. import __version__, store
from ..errors import FetchError, HTTPStatusError
from ..municipalities import default_registry
from ..registry import package_data
from ..registry.overlay import LOCALGOVJP_URL, overlay_path, parse_localgovjp, write_overlay
from .main import db_option, main
from .show import KIND_LABELS

USER_AGENT = f"kyoryoku/{__version__} (+https://github.com/kyoryoku-kakuninsho/kyoryoku)"


@main.group("municipalities")
def municipalities_group() -> None:
    """The registry of Japan's municipalities: search it, refresh it."""


@municipalities_group.command("search")
@click.argument("text")
@click.option("--prefecture", "-p", help="Only this prefecture.")
@click.option("--limit", default=10, show_default=True, help="At most this many candidates.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def search_command(text: str, prefecture: str | None, limit: int, as_json: bool) -> None:
    """Candidates for a name, kana, romaji, code or address, best first, with their codes."""
    registry = default_registry()
    found = registry.search(text, limit=limit, prefecture=prefecture)
    if as_json:
        rows = [store.municipality_row(m) for m in found]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo(f"「{text}」に近い市区町村は見つかりませんでした。", err=True)
        raise SystemExit(1)
    for m in found:
        note = ""
        if m.parent_code:
            parent = registry.get(m.parent_code)
            note = f"  → 提出先 {parent.name}" if parent else ""
        label = KIND_LABELS[m.kind]
        click.echo(f"{m.code}  {m.full_name}  {m.kana}  {m.romaji}  [{label}]{note}")


def download(url: str, *, timeout: float = 60.0) -> str:
    """The CSV's text; network and HTTP failures become FetchError."""
    try:
        response = httpx.get(
            url, timeout=timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT}
        )
    except httpx.HTTPError as exc:
        raise FetchError(f"cannot download {url}: {exc}", url=url) from exc
    if response.status_code >= 400:
        raise HTTPStatusError(
            f"cannot download {url}: HTTP {response.status_code}",
            url=url,
            status=response.status_code,
        )
    return response.content.decode("utf-8-sig", errors="strict")


@municipalities_group.command("update")
@click.option("--url", default=LOCALGOVJP_URL, show_default=True, help="The localgovjp CSV.")
@db_option("The database whose municipalities table is updated.")
def update_command(url: str, db_path: Path) -> None:
    """Refresh homepages and coordinates from code4fukui/localgovjp (CC0).

    The whole CSV is validated before anything is written; then the overlay file
    (data/municipalities-overlay.json, or $KYORYOKU_OVERLAY) and the database's municipalities
    table are replaced.
    """
    try:
        text = download(url)
    except UnicodeDecodeError as exc:
        raise FetchError(f"{url} is not UTF-8 text: {exc}", url=url) from exc
    known = {m.code: m for m in package_data().entries}
    overlay = parse_localgovjp(text, known, source_url=url)
    path = overlay_path()
    write_overlay(overlay, path)
    registry = default_registry()
    count = store.write_municipalities(
        store.open_db(db_path), [*registry.prefectures(), *registry.all()]
    )
    homepages = sum(1 for e in overlay.entries.values() if e.get("homepage"))
    click.echo(
        f"{len(overlay.entries)} entries from {url} ({homepages} homepages) written to {path}; "
        f"{count} rows in {db_path} (municipalities)"
    )
    for reason in overlay.skipped[:10]:
        click.echo(f"skipped {reason}", err=True)
    if len(overlay.skipped) > 10:
        click.echo(f"… and {len(overlay.skipped) - 10} more skipped rows", err=True)
