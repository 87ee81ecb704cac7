"""`kyoryoku coverage`: how many municipalities have a known page, by prefecture and method."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .. import store
from ..coverage import coverage, render_table
from ..reference import write_reference_tables
from .main import db_option, main


@main.command("coverage")
@db_option("The database to read.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def coverage_command(db_path: Path, as_json: bool) -> None:
    """Pages found per prefecture and per method, against all municipalities of Japan."""
    db = store.open_db(db_path, create=False)
    write_reference_tables(db, if_missing=True)
    rows = coverage(db)
    if as_json:
        click.echo(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=2))
    else:
        click.echo(render_table(rows))
