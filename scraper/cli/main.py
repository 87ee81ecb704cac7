"""The root click group, and the single place ScraperError becomes a clean exit."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from .. import __version__
from ..errors import ScraperError
from ..store import DEFAULT_DB

F = TypeVar("F", bound=Callable[..., Any])


def db_option(help: str = "The SQLite database.") -> Callable[[F], F]:
    """The `--db PATH` option every command that touches the database shares."""
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=DEFAULT_DB,
        show_default=True,
        help=help,
    )


class Group(click.Group):
    """A click group that prints our errors as one line and exits 2, never a traceback."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except ScraperError as exc:
            click.echo(f"kyoryoku: error: {exc}", err=True)
            sys.exit(2)


@click.group(cls=Group)
@click.version_option(__version__, prog_name="kyoryoku")
def main() -> None:
    """Where and how to file the 協力確認書: crawl municipal pages, query, plan, publish."""
