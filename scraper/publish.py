"""Prepare a database for publication: the `directory` view, Japanese full-text search, indexes.

`prepare(db)` is idempotent and cheap when nothing changed (a fingerprint of the DDL and of the
data is kept in `_kyoryoku_publish`), so `kyoryoku serve` runs it on every start. Triggers on
`filings` keep the search index current while a refresh writes and Datasette keeps serving.

Search uses an FTS5 table with the trigram tokenizer (substring search that works for Japanese,
which has no spaces between words). Trigram cannot find terms shorter than three characters
(郵送, 立川), so `search_clause()` falls back to `instr()` over the same columns for those.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path
from typing import Any

import sqlite_utils

from . import store
from .coverage import COVERAGE_VIEW_SQL
from .errors import StoreError
from .models import METHOD_LABELS
from .reference import write_reference_tables
from .textnorm import normalize

# The kinds of registry entry that receive the form (not prefectures, not designated-city wards).
RECIPIENT_KINDS = ("city", "special_ward", "town", "village")
_KINDS_SQL = ", ".join(f"'{k}'" for k in RECIPIENT_KINDS)

REQUIRED_MUNICIPALITY_COLUMNS = (
    "code",
    "prefecture",
    "name",
    "kana",
    "katakana",
    "romaji",
    "kind",
    "parent_code",
    "lat",
    "lng",
)

# The JSON array columns come from scalar subqueries, not from the LEFT JOIN: SQLite (3.40)
# returns no rows for Datasette's array facet (json_each over a LEFT-JOINed view column).
DIRECTORY_SQL = f"""
CREATE VIEW directory AS
SELECT
  m.code AS code,
  m.prefecture AS prefecture,
  m.name AS name,
  m.kana AS kana,
  m.romaji AS romaji,
  COALESCE(s.status, CASE WHEN f.code IS NULL THEN 'unknown' ELSE 'ok' END) AS status,
  COALESCE((SELECT methods FROM filings x WHERE x.code = m.code), '[]') AS methods,
  COALESCE((SELECT emails FROM filings x WHERE x.code = m.code), '[]') AS emails,
  COALESCE((SELECT phones FROM filings x WHERE x.code = m.code), '[]') AS phones,
  f.department AS department,
  json_extract(f.form_urls, '$[0]') AS form_url,
  COALESCE(f.page_url, s.page_url) AS page_url,
  s.checked_at AS checked_at,
  f.changed_at AS changed_at,
  m.lat AS latitude,
  m.lng AS longitude
FROM municipalities m
LEFT JOIN filings f ON f.code = m.code
LEFT JOIN sources s ON s.code = m.code
WHERE m.kind IN ({_KINDS_SQL})
"""

_METHOD_WORDS = " ".join(
    f"WHEN '{m}' THEN '{label.short} {label.en} {m}'" for m, label in METHOD_LABELS.items()
)


def _json_words(column: str) -> str:
    """SQL: the items of a JSON text array joined by spaces ('' when NULL)."""
    return f"COALESCE((SELECT group_concat(value, ' ') FROM json_each({column})), '')"


SEARCH_SOURCE_SQL = f"""
CREATE VIEW search_source AS
SELECT
  CAST(m.code AS INTEGER) AS fts_rowid,
  m.code AS code,
  lower(
    m.prefecture || ' ' || m.name || ' ' || m.prefecture || m.name || ' '
    || COALESCE(m.kana, '') || ' ' || COALESCE(m.katakana, '') || ' '
    || COALESCE(m.romaji, '') || ' ' || m.code || ' '
    || COALESCE((SELECT group_concat(w.name || ' ' || COALESCE(w.kana, ''), ' ')
                 FROM municipalities w WHERE w.parent_code = m.code AND w.kind = 'ward'), '')
  ) AS names,
  lower(
    COALESCE(f.title, '') || ' ' || COALESCE(f.department, '') || ' '
    || {_json_words("f.addresses")} || ' ' || {_json_words("f.notes")} || ' '
    || {_json_words("f.emails")} || ' ' || {_json_words("f.phones")} || ' '
    || COALESCE((SELECT group_concat(CASE value {_METHOD_WORDS} ELSE value END, ' ')
                 FROM json_each(f.methods)), '')
  ) AS details
FROM municipalities m
LEFT JOIN filings f ON f.code = m.code
WHERE m.kind IN ({_KINDS_SQL})
"""

FTS_SQL = (
    "CREATE VIRTUAL TABLE search_fts USING fts5(code UNINDEXED, names, details, tokenize='trigram')"
)

_REINDEX_ONE = """
  DELETE FROM search_fts WHERE rowid = CAST({ref}.code AS INTEGER);
  INSERT INTO search_fts (rowid, code, names, details)
    SELECT fts_rowid, code, names, details FROM search_source WHERE code = {ref}.code;
"""
TRIGGERS: dict[str, str] = {
    "search_fts_filings_insert": "AFTER INSERT ON filings BEGIN"
    + _REINDEX_ONE.format(ref="new")
    + "END",
    "search_fts_filings_update": "AFTER UPDATE ON filings BEGIN"
    + _REINDEX_ONE.format(ref="new")
    + "END",
    "search_fts_filings_delete": "AFTER DELETE ON filings BEGIN"
    + _REINDEX_ONE.format(ref="old")
    + "END",
}

INDEXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("municipalities", ("parent_code",)),
    ("municipalities", ("prefecture", "code")),
    ("sources", ("checked_at",)),
    ("sources", ("status",)),
)

VERSION = hashlib.sha256(
    "\n".join(
        [
            DIRECTORY_SQL,
            COVERAGE_VIEW_SQL,
            SEARCH_SOURCE_SQL,
            FTS_SQL,
            *TRIGGERS.values(),
            repr(INDEXES),
        ]
    ).encode()
).hexdigest()[:16]

META_TABLE = "_kyoryoku_publish"


def _fingerprint(db: sqlite_utils.Database) -> str:
    """What the search index depends on: the registry and the filings (sizes and last write)."""
    row = db.execute(
        "SELECT (SELECT count(*) FROM municipalities), (SELECT count(*) FROM filings),"
        " (SELECT max(extracted_at) FROM filings),"
        " (SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
        "  AND name LIKE 'search_fts_%')"
    ).fetchone()
    return f"{VERSION}:{row[0]}:{row[1]}:{row[2]}:{row[3]}"


def _stored_fingerprint(db: sqlite_utils.Database) -> str | None:
    if not db[META_TABLE].exists():
        return None
    rows = list(db[META_TABLE].rows_where("key = 'fingerprint'"))
    return rows[0]["value"] if rows else None


def _ensure_reference_tables(db: sqlite_utils.Database) -> None:
    """The registry and the rules are part of the site: write them if a refresh did not yet."""
    write_reference_tables(db, if_missing=True)
    missing = [
        c for c in REQUIRED_MUNICIPALITY_COLUMNS if c not in db["municipalities"].columns_dict
    ]
    if missing:
        raise StoreError(
            f"the municipalities table lacks column(s) {', '.join(missing)}: "
            "rebuild it with `kyoryoku refresh`"
        )


def prepare(db: sqlite_utils.Database | str | Path) -> bool:
    """Create or refresh the views, the search index, its triggers and the indexes.

    Returns True when something was (re)built, False when the database was already up to date.
    """
    if not isinstance(db, sqlite_utils.Database):
        db = store.open_db(db, create=False)
    else:
        store.ensure_schema(db)
    _ensure_reference_tables(db)
    fingerprint = _fingerprint(db)
    if _stored_fingerprint(db) == fingerprint:
        return False
    try:
        with store.transaction(db):
            _rebuild(db)
            db[META_TABLE].upsert(
                {"key": "fingerprint", "value": _fingerprint(db)}, pk="key", alter=True
            )
    except sqlite3.Error as exc:
        raise StoreError(f"cannot prepare the database for publication: {exc}") from exc
    return True


def _rebuild(db: sqlite_utils.Database) -> None:
    for name in TRIGGERS:
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    for view in ("directory", "coverage", "search_source"):
        db.execute(f"DROP VIEW IF EXISTS {view}")
    db.execute("DROP TABLE IF EXISTS search_fts")
    db.execute(DIRECTORY_SQL)
    db.execute(COVERAGE_VIEW_SQL)
    db.execute(SEARCH_SOURCE_SQL)
    db.execute(FTS_SQL)
    db.execute(
        "INSERT INTO search_fts (rowid, code, names, details)"
        " SELECT fts_rowid, code, names, details FROM search_source"
    )
    for name, body in TRIGGERS.items():
        db.execute(f"CREATE TRIGGER {name} {body}")
    for table, columns in INDEXES:
        db[table].create_index(columns, if_not_exists=True)


# --- search ----------------------------------------------------------------------------------


_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]+")


def search_terms(query: str) -> list[str]:
    """The words of a search box query, normalised like the index (NFKC, lower-case).

    Control characters separate words (a NUL would end the FTS query string early).
    """
    return [t for t in normalize(_CONTROL_RE.sub(" ", query)).lower().split(" ") if t]


def search_clause(query: str, column: str = "code") -> tuple[str, dict[str, Any]]:
    """A WHERE clause keeping rows whose `column` (a municipality code) matches every word.

    Words of three characters or more use the trigram index; shorter ones (郵送, 立川) an
    instr() scan of the same columns, which trigram cannot answer.
    """
    terms = search_terms(query)
    if not terms:
        return "1", {}
    conditions: list[str] = []
    params: dict[str, Any] = {}
    long_terms = [t for t in terms if len(t) >= 3]
    if long_terms:
        params["kyoryoku_match"] = " AND ".join(
            '"' + t.replace('"', '""') + '"' for t in long_terms
        )
        conditions.append("search_fts MATCH :kyoryoku_match")
    for i, term in enumerate(t for t in terms if len(t) < 3):
        params[f"kyoryoku_term{i}"] = term
        conditions.append(
            f"(instr(names, :kyoryoku_term{i}) > 0 OR instr(details, :kyoryoku_term{i}) > 0)"
        )
    where = " AND ".join(conditions)
    return f"{column} IN (SELECT code FROM search_fts WHERE {where})", params
