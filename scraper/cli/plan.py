"""`kyoryoku plan`: where, when and how to file, for one worker or a CSV of workers."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import click

from .. import store
from ..errors import InputError
from ..rules import EVENTS, plan_for_places
from ..rules.plan import Say
from ..rules.render import render_plan
from ..rules.workers import checklist_csv, plan_workers, read_workers
from .main import db_option, main

_EVENT_HELP = ", ".join(e.id for e in EVENTS)


def _open_db(path: Path) -> tuple[Any, Say | None]:
    """The database if it exists; without one the plan still says where and when, not how."""
    if not path.exists():
        return None, Say(
            ja=f"データベース {path} がありません。提出方法を表示するには先に "
            "`kyoryoku refresh` を実行してください。",
            en=f"No database at {path}: run `kyoryoku refresh` first to see how each "
            "municipality accepts the form.",
        )
    return store.open_db(path, create=False), None


def write_atomically(path: Path, text: str, encoding: str) -> None:
    """Write via a temporary file and rename, so a failure never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@main.command("plan")
@click.option("--workplace", metavar="PLACE", help="Where the worker works: name or address.")
@click.option("--residence", metavar="PLACE", help="Where the worker lives: name or address.")
@click.option("--event", metavar="EVENT", help=f"What happened (default coe): {_EVENT_HELP}.")
@click.option(
    "--already-filed",
    "already_filed",
    multiple=True,
    metavar="PLACE",
    help="A municipality your organization has already filed with (repeatable).",
)
@click.option(
    "--csv",
    "csv_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A CSV of workers (worker_id, workplace, residence[, event, already_filed]).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "json"]),
    default="csv",
    show_default=True,
    help="Output format of the --csv checklist.",
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the --csv checklist to this file (atomically, only on success).",
)
@db_option("The database written by `kyoryoku refresh`.")
@click.option("--json", "as_json", is_flag=True, help="Print the plan as JSON.")
@click.option(
    "--lang",
    type=click.Choice(["ja", "en"]),
    default=None,
    help="Language of the texts (default Japanese; JSON without --lang has both).",
)
def plan_command(
    workplace: str | None,
    residence: str | None,
    event: str | None,
    already_filed: tuple[str, ...],
    csv_path: Path | None,
    fmt: str,
    output: Path | None,
    db_path: Path,
    as_json: bool,
    lang: str | None,
) -> None:
    """Which municipalities need the 協力確認書, why, by when, and how each accepts it.

    \b
    kyoryoku plan --workplace 立川市 --residence 東京都府中市 --event coe
    kyoryoku plan --csv workers.csv --output checklist.csv
    """
    if csv_path is not None:
        if workplace or residence or event:
            raise click.UsageError("--csv cannot be combined with --workplace/--residence/--event")
        _plan_csv(csv_path, already_filed, fmt, output, db_path, lang)
        return
    if not workplace:
        raise click.UsageError("give --workplace PLACE (and --residence PLACE), or --csv FILE")
    if output is not None:
        raise click.UsageError("--output goes with --csv")
    db, db_warning = _open_db(db_path)
    result = plan_for_places(db, workplace, residence, event, already_filed)
    if db_warning:
        result.warnings.insert(0, db_warning)
    if as_json:
        click.echo(json.dumps(result.to_json(lang), ensure_ascii=False, indent=2))
    else:
        click.echo(render_plan(result, lang or "ja"), nl=False)


def _plan_csv(
    csv_path: Path,
    already_filed: tuple[str, ...],
    fmt: str,
    output: Path | None,
    db_path: Path,
    lang: str | None,
) -> None:
    try:
        data = csv_path.read_bytes()
    except OSError as exc:
        raise InputError(f"{csv_path}: cannot read: {exc.strerror}") from exc
    workers = read_workers(data, name=str(csv_path))
    db, db_warning = _open_db(db_path)
    checklist = plan_workers(db, workers, already_filed=already_filed, name=str(csv_path))
    if fmt == "json":
        payload = checklist.to_json(lang)
        if db_warning:
            payload["warnings"] = [db_warning.text(lang)]
        text, encoding = json.dumps(payload, ensure_ascii=False, indent=2) + "\n", "utf-8"
    else:
        text, encoding = checklist_csv(checklist, lang or "ja"), "utf-8-sig"  # BOM for Excel
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomically(output, text, encoding)
    nothing = sum(1 for _, p in checklist.plans if not p.filings)
    if db_warning:
        click.echo(db_warning.text(lang or "ja"), err=True)
    click.echo(
        f"workers: {len(checklist.plans)}; municipalities to file with: {len(checklist.rows)}; "
        f"workers with nothing new to file: {nothing}",
        err=True,
    )
