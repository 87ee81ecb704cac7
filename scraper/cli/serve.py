"""`kyoryoku serve`: publish the database with Datasette (directory, search, map, plan page)."""

from __future__ import annotations

from pathlib import Path

import click

from .main import db_option, main


@main.command()
@db_option("Database written by `kyoryoku refresh`.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8001, show_default=True, type=int, help="Port to listen on.")
def serve(db_path: Path, host: str, port: int) -> None:
    """Browse the database in Datasette: directory, search, map and the plan page (/-/plan).

    The database is prepared first (views, search index; quick when up to date), then served
    read-only: a refresh may write to it meanwhile.
    """
    import uvicorn

    from ..datasette_plugin import make_datasette

    ds = make_datasette(db_path)
    url = f"http://{host}:{port}/"
    click.echo(f"kyoryoku: serving {db_path} at {url}  (plan page: {url}-/plan; Ctrl-C stops)")
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on")
