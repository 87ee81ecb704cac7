"""Export for git scraping: stable JSON and CSV files that change only when the data does.

A scheduled job runs `kyoryoku refresh && kyoryoku export` and commits `data/export/`. For
that to produce one commit per real change and none otherwise, every file is deterministic:
rows and lists sorted, JSON keys sorted, no run-dependent fields (`checked_at`), and a file
whose content is unchanged is not rewritten at all (its mtime stays). Files are replaced
atomically, so a reader or a `git add` never sees half a file.

The change-row helpers here are the one reading of the `changes` table, shared by the CSV,
the Atom feed (feed.py) and `kyoryoku changes`.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import tempfile
import typing
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from . import store
from .models import FilingInfo, FilingRecord, MunicipalityRef

DEFAULT_OUT = Path("data/export")
FILES = ("filings.json", "filings.csv", "changes.csv", "changes.atom")
VOLATILE_FIELDS = frozenset({"checked_at"})
"""Fields of the `show` JSON left out of the export: they change on every run."""

LIST_SEPARATOR = " | "
FILING_COLUMNS = ("code", "prefecture", "name", "status", *store.TRACKED_FIELDS, "changed_at")
CHANGE_COLUMNS = (
    "changed_at",
    "code",
    "prefecture",
    "name",
    "field",
    "old_value",
    "new_value",
    "old_snapshot_id",
    "new_snapshot_id",
)


# --- reading -----------------------------------------------------------------------------


@contextmanager
def read_snapshot(db: sqlite_utils.Database) -> Iterator[None]:
    """Several reads that see one consistent state, even while a refresh writes (WAL)."""
    conn = db.conn
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")  # deferred: takes no write lock, pins the snapshot at the first read
    try:
        yield
    finally:
        conn.execute("COMMIT")


def municipality_refs(db: sqlite_utils.Database) -> dict[str, MunicipalityRef]:
    """Name and prefecture of every municipality that has a source, a filing or a change."""
    codes: set[str] = set()
    for table in ("sources", "filings", "changes"):
        if db[table].exists():
            codes.update(r[0] for r in db.execute(f"SELECT DISTINCT code FROM [{table}]"))
    names: dict[str, tuple[str, str]] = {}
    if db["municipalities"].exists():
        for code, name, prefecture in db.execute(
            "SELECT code, name, prefecture FROM municipalities"
        ):
            if code in codes:
                names[code] = (name, prefecture)
    if db["sources"].exists():
        for code, name, prefecture in db.execute("SELECT code, name, prefecture FROM sources"):
            if name:
                names[code] = (name, prefecture or "")
    refs = {}
    for code in sorted(codes):
        name, prefecture = names.get(code, (code, ""))  # unknown code: show the code itself
        refs[code] = MunicipalityRef(code=code, name=name, prefecture=prefecture)
    return refs


def is_list_field(field: str) -> bool:
    """True for the FilingInfo fields that hold lists (stored as JSON text)."""
    spec = FilingInfo.model_fields.get(field)
    return spec is not None and typing.get_origin(spec.annotation) is list


def decode_value(field: str, raw: str | None) -> Any:
    """A stored change value as data: lists for list fields, text (or None) otherwise."""
    is_list = is_list_field(field)
    if raw is None or raw == "":
        return [] if is_list else None
    if is_list:
        try:
            value = json.loads(raw)
        except ValueError:
            return [raw]
        return value if isinstance(value, list) else [value]
    return raw


def value_text(value: Any, separator: str = LIST_SEPARATOR) -> str:
    """One line for a value: list items joined, templates as 'label <url>', empty as ''."""
    if value is None:
        return ""
    if isinstance(value, list):
        return separator.join(value_text(v, separator) for v in value)
    if isinstance(value, dict):  # a template
        label, url = value.get("label", ""), value.get("url", "")
        return f"{label} <{url}>" if label else str(url)
    return str(value)


def change_rows(
    db: sqlite_utils.Database,
    *,
    since: str | None = None,
    newest_first: bool = False,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Changes with municipality names and decoded old/new values, oldest first by default."""
    refs = municipality_refs(db)
    if newest_first:  # the feed: only the newest few of a long history are read
        where, args = ("changed_at >= ?", [since]) if since else (None, [])
        rows = db["changes"].rows_where(
            where, args, order_by="changed_at desc, id desc", limit=limit
        )
    else:
        rows = itertools.islice(store.iter_changes(db, since), limit)
    out = []
    for row in rows:
        ref = refs[row["code"]]
        out.append(
            {
                "id": row["id"],
                "changed_at": row["changed_at"],
                "code": row["code"],
                "name": ref.name,
                "prefecture": ref.prefecture,
                "field": row["field"],
                "old": decode_value(row["field"], row["old_value"]),
                "new": decode_value(row["field"], row["new_value"]),
                "old_snapshot_id": row["old_snapshot_id"],
                "new_snapshot_id": row["new_snapshot_id"],
            }
        )
    return out


def filing_records(db: sqlite_utils.Database) -> list[FilingRecord]:
    """The `show` record of every known municipality, by code."""
    return [store.filing_record(db, ref) for ref in municipality_refs(db).values()]


# --- rendering ---------------------------------------------------------------------------


def stable_record(record: FilingRecord) -> dict[str, Any]:
    """The `show` JSON without volatile fields, every list in a fixed order."""
    data = record.model_dump(mode="json", exclude=set(VOLATILE_FIELDS))
    for key, value in data.items():
        if isinstance(value, list):
            data[key] = sorted(
                value, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False)
            )
    return data


def filings_json(records: list[FilingRecord]) -> str:
    data = [stable_record(r) for r in records]
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def _csv(header: tuple[str, ...], rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def filings_csv(records: list[FilingRecord]) -> str:
    rows = []
    for record in records:
        data = stable_record(record)
        data.update(
            code=record.municipality.code,
            name=record.municipality.name,
            prefecture=record.municipality.prefecture,
        )
        rows.append([value_text(data.get(column)) for column in FILING_COLUMNS])
    return _csv(FILING_COLUMNS, rows)


def changes_csv(changes: list[dict[str, Any]]) -> str:
    rows = [
        [
            value_text(c["old"] if column == "old_value" else c["new"])
            if column in ("old_value", "new_value")
            else value_text(c[column])
            for column in CHANGE_COLUMNS
        ]
        for c in changes
    ]
    return _csv(CHANGE_COLUMNS, rows)


# --- writing -----------------------------------------------------------------------------


def write_if_changed(path: Path, content: str) -> bool:
    """Atomically replace `path` with `content` unless it already holds exactly that."""
    data = content.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def export(
    db: sqlite_utils.Database, out_dir: str | Path = DEFAULT_OUT, *, base_url: str | None = None
) -> list[Path]:
    """Write FILES under `out_dir`; returns the paths actually rewritten (content changed)."""
    from .feed import atom_feed  # feed.py builds on the change helpers above

    out = Path(out_dir)
    with read_snapshot(db):
        records = filing_records(db)
        changes = change_rows(db)
        feed = atom_feed(db, base_url=base_url)
    contents = {
        "filings.json": filings_json(records),
        "filings.csv": filings_csv(records),
        "changes.csv": changes_csv(changes),
        "changes.atom": feed,
    }
    return [out / name for name in FILES if write_if_changed(out / name, contents[name])]
