"""`kyoryoku changes`: what changed in the filing information, and when."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import click
import sqlite_utils

from .. import store
from ..errors import ConfigError
from ..export import change_rows, read_snapshot
from ..feed import FIELD_LABELS, change_summary
from ..municipalities import filing_municipality
from .main import db_option, main
from .show import resolve_place

LAST_RUN = "last-run"


def last_run_start(db: sqlite_utils.Database) -> str:
    """When the newest refresh (or reextract) run started: `--since last-run`."""
    rows = list(db["runs"].rows_where(order_by="id desc", limit=1)) if db["runs"].exists() else []
    if not rows or not rows[0]["started_at"]:
        raise ConfigError("--since last-run: no refresh has run on this database yet")
    return str(rows[0]["started_at"])


def parse_since(text: str) -> str:
    """A --since value (YYYY-MM-DD, or an ISO time) as the stored UTC form `…Z`.

    A date means 00:00 UTC of that day; an ISO time without a zone is taken as UTC.
    """
    text = text.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text).strftime("%Y-%m-%dT00:00:00Z")
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ConfigError(
            f"--since {text!r} is not a date: use YYYY-MM-DD, an ISO time "
            f"such as 2025-04-01T09:00:00+09:00, or {LAST_RUN}"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@main.command()
@click.argument("places", nargs=-1, metavar="[NAME_OR_CODE]...")
@click.option(
    "--since",
    "since",
    metavar="DATE",
    help="Only changes at or after DATE: YYYY-MM-DD (00:00 UTC), an ISO time, or "
    f"'{LAST_RUN}' (the changes found by the newest run).",
)
@db_option("The database to read.")
@click.option("--prefecture", "-p", help="Prefecture of the named municipalities, when ambiguous.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list for machines.")
def changes(
    places: tuple[str, ...],
    since: str | None,
    db_path: Path,
    prefecture: str | None,
    as_json: bool,
) -> None:
    """List the changes found by refreshes: when, municipality, field, old → new.

    Give municipalities (name, kana, romaji or code) to see only theirs; a designated-city
    ward means its city, where the form is filed.
    """
    since_at = parse_since(since) if since and since != LAST_RUN else None
    wanted = [filing_municipality(resolve_place(p, prefecture)) for p in places]
    codes = {m.code for m in wanted}
    names = sorted({m.full_name for m in wanted})
    db = store.open_db(db_path, create=False)
    if since == LAST_RUN:
        since_at = last_run_start(db)
    with read_snapshot(db):
        rows = change_rows(db, since=since_at)
    if codes:
        rows = [row for row in rows if row["code"] in codes]
    scope = (f" for {', '.join(names)}" if names else "") + (
        f" since {since_at}" if since_at else ""
    )
    if as_json:
        for row in rows:
            row.pop("id")
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo(f"no changes{scope}" if scope else "no changes recorded yet")
        return
    for row in rows:
        when = row["changed_at"].replace("T", " ")
        place = f"{row['prefecture']}{row['name']} ({row['code']})"
        label = FIELD_LABELS.get(row["field"], row["field"])
        click.echo(f"{when}  {place}  {label}: {change_summary(row)}")
    click.echo(f"{len(rows)} change(s){scope}")
