"""The SQLite schema and every write to it (sqlite-utils, WAL mode).

Writes that belong together run in one transaction, so a refresh killed at any moment
leaves either the old or the new state, never half of each. A failed fetch never touches
the last good snapshot or filing.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from .errors import StoreError
from .models import FetchedPage, FilingInfo, FilingRecord, MunicipalityRef, Template, utcnow

DEFAULT_DB = Path("data/kyoryoku.db")

# Fields of FilingInfo whose changes are recorded in the history (evidence/warnings are not).
TRACKED_FIELDS: tuple[str, ...] = tuple(k for k in FilingInfo.contract_keys() if k != "evidence")
_LIST_FIELDS = {
    "methods",
    "emails",
    "phones",
    "faxes",
    "postal_codes",
    "addresses",
    "form_urls",
    "templates",
    "notes",
}

SCHEMA: dict[str, dict[str, Any]] = {
    "sources": {
        "columns": {
            "code": str,
            "name": str,
            "prefecture": str,
            "homepage": str,
            "title": str,
            "configured_url": str,
            "origin": str,  # curated (sources.yaml) or generated (registry)
            "page_url": str,  # the page currently believed to be the 協力確認書 page
            "status": str,
            "status_since": str,
            "discovered_by": str,  # configured, crawl
            "confidence": float,
            "candidates": str,  # JSON list of {"url", "score", "title"}
            "checked_at": str,
            "last_ok_at": str,
            "error": str,
        },
        "pk": "code",
    },
    "snapshots": {
        "columns": {
            "id": int,
            "code": str,
            "url": str,
            "final_url": str,
            "http_status": int,
            "headers": str,
            "encoding": str,
            "sha256": str,
            "size": int,
            "body": bytes,  # zlib-compressed raw bytes, as received
            "fetched_at": str,
        },
        "pk": "id",
    },
    "filings": {
        "columns": {
            "code": str,
            "page_url": str,
            "title": str,
            "updated": str,
            "methods": str,
            "emails": str,
            "phones": str,
            "faxes": str,
            "postal_codes": str,
            "addresses": str,
            "department": str,
            "form_urls": str,
            "templates": str,
            "notes": str,
            "evidence": str,
            "warnings": str,
            "snapshot_id": int,
            "extracted_at": str,
            "changed_at": str,
        },
        "pk": "code",
    },
    "changes": {
        "columns": {
            "id": int,
            "code": str,
            "field": str,
            "old_value": str,
            "new_value": str,
            "changed_at": str,
            "old_snapshot_id": int,
            "new_snapshot_id": int,
        },
        "pk": "id",
    },
    "runs": {
        "columns": {
            "id": int,
            "started_at": str,
            "finished_at": str,
            "summary": str,
        },
        "pk": "id",
    },
}

INDEXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("snapshots", ("code", "fetched_at")),
    ("snapshots", ("sha256",)),
    ("changes", ("code", "changed_at")),
    ("changes", ("changed_at",)),
)


def open_db(path: str | Path = DEFAULT_DB, *, create: bool = True) -> sqlite_utils.Database:
    """Open (and if needed create) the database in WAL mode with the full schema."""
    path = Path(path)
    try:
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
        elif not path.exists():
            raise StoreError(f"database {path} does not exist: run `kyoryoku refresh` first")
        conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
        db = sqlite_utils.Database(conn)
        db.execute("PRAGMA busy_timeout = 30000")
        if db.journal_mode != "wal":
            db.enable_wal()
        ensure_schema(db)
    except (sqlite3.Error, OSError) as exc:
        raise StoreError(f"cannot open database {path}: {exc}") from exc
    return db


def memory_db() -> sqlite_utils.Database:
    """An in-memory database with the schema, for tests and one-off extraction."""
    db = sqlite_utils.Database(memory=True)
    ensure_schema(db)
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create missing tables, columns and indexes; never drops anything."""
    for name, spec in SCHEMA.items():
        table = db[name]
        if not table.exists():
            table.create(spec["columns"], pk=spec["pk"])
        else:
            missing = {c: t for c, t in spec["columns"].items() if c not in table.columns_dict}
            for column, ctype in missing.items():
                table.add_column(column, ctype)
    for table_name, columns in INDEXES:
        db[table_name].create_index(columns, if_not_exists=True)


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """All-or-nothing writes (BEGIN IMMEDIATE so concurrent writers wait instead of failing)."""
    conn = db.conn
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


# --- sources ---------------------------------------------------------------------------


def upsert_source(db: sqlite_utils.Database, row: dict[str, Any]) -> None:
    """Insert or update a source's configuration/status columns (others are kept)."""
    db["sources"].upsert(row, pk="code", alter=False)


def get_source(db: sqlite_utils.Database, code: str) -> dict[str, Any] | None:
    rows = list(db["sources"].rows_where("code = ?", [code]))
    return rows[0] if rows else None


def set_status(db: sqlite_utils.Database, code: str, status: str, **extra: Any) -> None:
    """Record a source's status; `status_since` only moves when the status changes."""
    now = utcnow()
    current = get_source(db, code) or {}
    row: dict[str, Any] = {"code": code, "status": status, "checked_at": now, **extra}
    if current.get("status") != status:
        row["status_since"] = now
    if status == "ok":
        row["last_ok_at"] = now
        row.setdefault("error", None)
    db["sources"].upsert(row, pk="code", alter=False)


# --- snapshots -------------------------------------------------------------------------


def save_snapshot(db: sqlite_utils.Database, code: str, page: FetchedPage) -> int:
    """Store one fetched page (body compressed) and return its id."""
    table = db["snapshots"]
    table.insert(
        {
            "code": code,
            "url": page.url,
            "final_url": page.final_url,
            "http_status": page.http_status,
            "headers": json.dumps(page.headers, ensure_ascii=False, sort_keys=True),
            "encoding": page.encoding,
            "sha256": page.sha256,
            "size": len(page.body),
            "body": zlib.compress(page.body, 6),
            "fetched_at": page.fetched_at,
        }
    )
    return int(table.last_pk)


def _snapshot_from_row(row: dict[str, Any]) -> FetchedPage:
    return FetchedPage(
        url=row["url"],
        final_url=row["final_url"],
        http_status=row["http_status"],
        headers=json.loads(row["headers"] or "{}"),
        encoding=row["encoding"],
        sha256=row["sha256"] or "",
        body=zlib.decompress(row["body"]) if row["body"] else b"",
        fetched_at=row["fetched_at"],
    )


def load_snapshot(db: sqlite_utils.Database, snapshot_id: int) -> FetchedPage:
    return _snapshot_from_row(db["snapshots"].get(snapshot_id))


def latest_snapshot(
    db: sqlite_utils.Database, code: str, *, ok_only: bool = True
) -> tuple[int, FetchedPage] | None:
    """The newest stored snapshot of a source (by default only a 2xx one)."""
    where = "code = ?" + (" AND http_status BETWEEN 200 AND 299" if ok_only else "")
    rows = list(
        db["snapshots"].rows_where(where, [code], order_by="fetched_at desc, id desc", limit=1)
    )
    return (rows[0]["id"], _snapshot_from_row(rows[0])) if rows else None


# --- filings and their history ---------------------------------------------------------


def _encode(field: str, value: Any) -> Any:
    if field == "templates":
        return json.dumps(
            [t.model_dump() if isinstance(t, Template) else t for t in value], ensure_ascii=False
        )
    if field in _LIST_FIELDS or field in {"evidence", "warnings"}:
        return json.dumps(value, ensure_ascii=False)
    return value


def _decode(field: str, value: Any) -> Any:
    if field in _LIST_FIELDS or field == "warnings":
        return json.loads(value) if value else []
    if field == "evidence":
        return json.loads(value) if value else {}
    return value


def save_filing(
    db: sqlite_utils.Database,
    code: str,
    info: FilingInfo,
    *,
    snapshot_id: int | None,
    at: str | None = None,
) -> list[dict[str, Any]]:
    """Store a municipality's extracted filing info and record each changed field.

    Returns the change rows written (empty on the first extraction and when nothing changed).
    """
    at = at or utcnow()
    existing = db["filings"].get(code) if db["filings"].count_where("code = ?", [code]) else None
    changes: list[dict[str, Any]] = []
    if existing is not None:
        for field in TRACKED_FIELDS:
            old = existing[field]
            new = _encode(field, getattr(info, field))
            if (old or None) != (new or None) and not (
                field in _LIST_FIELDS and _decode(field, old) == _decode(field, new)
            ):
                changes.append(
                    {
                        "code": code,
                        "field": field,
                        "old_value": old,
                        "new_value": new,
                        "changed_at": at,
                        "old_snapshot_id": existing["snapshot_id"],
                        "new_snapshot_id": snapshot_id,
                    }
                )
    row = {f: _encode(f, getattr(info, f)) for f in (*TRACKED_FIELDS, "evidence", "warnings")}
    row.update(
        code=code,
        snapshot_id=snapshot_id,
        extracted_at=at,
        changed_at=at if (existing is None or changes) else existing["changed_at"],
    )
    with transaction(db):
        db["filings"].upsert(row, pk="code", alter=False)
        if changes:
            db["changes"].insert_all(changes)
    return changes


def get_filing(db: sqlite_utils.Database, code: str) -> FilingInfo | None:
    if not db["filings"].count_where("code = ?", [code]):
        return None
    row = db["filings"].get(code)
    fields = {f: _decode(f, row[f]) for f in (*TRACKED_FIELDS, "evidence", "warnings")}
    return FilingInfo(**fields)


def filing_record(db: sqlite_utils.Database, ref: MunicipalityRef) -> FilingRecord:
    """The `show` JSON for a municipality: its filing info (if any) with status and times."""
    info = get_filing(db, ref.code) or FilingInfo()
    source = get_source(db, ref.code) or {}
    changed_at = None
    if db["filings"].count_where("code = ?", [ref.code]):
        changed_at = db["filings"].get(ref.code)["changed_at"]
    return FilingRecord(
        **info.model_dump(),
        municipality=ref,
        status=source.get("status") or "unknown",
        checked_at=source.get("checked_at"),
        changed_at=changed_at,
    )


def iter_changes(db: sqlite_utils.Database, since: str | None = None) -> Iterable[dict[str, Any]]:
    where, args = ("changed_at >= ?", [since]) if since else (None, [])
    return db["changes"].rows_where(where, args, order_by="changed_at, id")


# --- rules -----------------------------------------------------------------------------


def write_rules(db: sqlite_utils.Database, rules: Iterable[Any]) -> None:
    """Replace the `rules` table (id, text_ja, text_en, source) in one transaction.

    `rules` are scraper.rules.Rule objects (anything with those four attributes), so the
    Datasette site shows the same texts the planner cites.
    """
    rows = [
        {"id": r.id, "text_ja": r.text_ja, "text_en": r.text_en, "source": r.source} for r in rules
    ]
    with transaction(db):
        table = db["rules"]
        if not table.exists():
            table.create({"id": str, "text_ja": str, "text_en": str, "source": str}, pk="id")
        table.delete_where()
        table.insert_all(rows, pk="id")


# --- municipalities (the registry) -----------------------------------------------------

MUNICIPALITY_COLUMNS: dict[str, type] = {
    "code": str,
    "prefecture": str,
    "name": str,
    "full_name": str,
    "kana": str,
    "katakana": str,
    "romaji": str,
    "kind": str,  # prefecture, city, special_ward, town, village, ward
    "parent_code": str,  # a designated-city ward's city
    "filing_code": str,  # where the form is filed: the ward's city, else the code itself
    "lat": float,
    "lng": float,
    "homepage": str,
}


def municipality_row(m: Any) -> dict[str, Any]:
    """The `municipalities` row of a registry entry (a scraper.models.Municipality)."""
    from .registry.romaji import katakana

    return {
        "code": m.code,
        "prefecture": m.prefecture,
        "name": m.name,
        "full_name": m.full_name,
        "kana": m.kana,
        "katakana": katakana(m.kana),
        "romaji": m.romaji,
        "kind": m.kind,
        "parent_code": m.parent_code,
        "filing_code": None if m.kind == "prefecture" else (m.parent_code or m.code),
        "lat": m.lat,
        "lng": m.lng,
        "homepage": m.homepage,
    }


def write_municipalities(db: sqlite_utils.Database, municipalities: Iterable[Any]) -> int:
    """Replace the `municipalities` table with the registry, in one transaction.

    Readers see the old table or the new one, never a half-written one. Returns the row count.
    """
    rows = [municipality_row(m) for m in municipalities]
    with transaction(db):
        table = db["municipalities"]
        if not table.exists():
            table.create(MUNICIPALITY_COLUMNS, pk="code")
        else:
            for column, ctype in MUNICIPALITY_COLUMNS.items():
                if column not in table.columns_dict:
                    table.add_column(column, ctype)
        table.delete_where()
        table.insert_all(rows, pk="code")
        table.create_index(["prefecture"], if_not_exists=True)
        table.create_index(["filing_code"], if_not_exists=True)
    return len(rows)


def municipality_rows(
    db: sqlite_utils.Database, *, prefecture: str | None = None
) -> list[dict[str, Any]]:
    """Stored registry rows (optionally of one prefecture), by code; [] before the first write."""
    if not db["municipalities"].exists():
        return []
    where, args = ("prefecture = ?", [prefecture]) if prefecture else (None, [])
    return list(db["municipalities"].rows_where(where, args, order_by="code"))
