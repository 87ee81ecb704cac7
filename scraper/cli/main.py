"""The root click group, and the single place ScraperError becomes a clean exit."""

from __future__ import annotations

import sys

import click

from .. import __version__
from ..errors import ScraperError


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
