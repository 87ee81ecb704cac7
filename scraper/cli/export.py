"""`kyoryoku export`: stable JSON, CSV and Atom files for a git-scraping job."""

from __future__ import annotations

from pathlib import Path

import click

from .. import store
from ..export import DEFAULT_OUT, FILES
from ..export import export as export_files
from .main import db_option, main


@main.command()
@db_option("The database to read.")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=DEFAULT_OUT,
    show_default=True,
    help="Directory to write into.",
)
@click.option(
    "--base-url",
    metavar="URL",
    help="Where the Datasette site is served, for the "
    "feed's links (e.g. https://kyoryoku.example.org).",
)
def export(db_path: Path, out_dir: Path, base_url: str | None) -> None:
    """Write filings.json, filings.csv, changes.csv and changes.atom; unchanged files are
    left untouched, so `git status` shows only real changes."""
    db = store.open_db(db_path, create=False)
    written = set(export_files(db, out_dir, base_url=base_url))
    for name in FILES:
        path = out_dir / name
        click.echo(f"{'wrote    ' if path in written else 'unchanged'}  {path}")
    click.echo(f"{len(written)} file(s) changed in {out_dir}")
