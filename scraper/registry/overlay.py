"""The overlay: homepages and coordinates from code4fukui/localgovjp, merged over the package data.

`kyoryoku municipalities update` downloads the CC0 CSV (columns pid, pref, cid, city, citykana,
lat, lng, url, phrase, lgcode), validates all of it before writing anything, and writes
data/municipalities-overlay.json atomically. default_registry() merges the overlay when present
(KYORYOKU_OVERLAY overrides its path).
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..errors import InputError
from ..models import Municipality, utcnow
from .codes import is_valid_code

LOCALGOVJP_URL = (
    "https://raw.githubusercontent.com/code4fukui/localgovjp/master/localgovjp-utf8.csv"
)
DEFAULT_OVERLAY = Path("data/municipalities-overlay.json")
OVERLAY_ENV = "KYORYOKU_OVERLAY"
REQUIRED_COLUMNS = ("pref", "city", "lat", "lng", "url", "lgcode")
OVERLAY_FIELDS = ("homepage", "lat", "lng")


def overlay_path() -> Path:
    """Where the overlay lives: $KYORYOKU_OVERLAY, else data/municipalities-overlay.json."""
    return Path(os.environ.get(OVERLAY_ENV) or DEFAULT_OVERLAY)


@dataclass
class Overlay:
    """Per-code corrections (homepage, lat, lng) and where they came from."""

    entries: dict[str, dict[str, Any]]
    source_url: str | None = None
    fetched_at: str | None = None
    skipped: list[str] = field(default_factory=list)  # rows not applied, with the reason

    def to_json(self) -> dict[str, Any]:
        return {
            "source_url": self.source_url,
            "fetched_at": self.fetched_at,
            "entries": dict(sorted(self.entries.items())),
        }


def _float(value: str, *, line: int, column: str, low: float, high: float) -> float | None:
    value = value.strip()
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        message = f"localgovjp CSV line {line}: {column} {value!r} is not a number"
        raise InputError(message) from None
    if not (math.isfinite(number) and low <= number <= high):
        raise InputError(f"localgovjp CSV line {line}: {column} {value!r} is outside Japan")
    return number


def _url(value: str, *, line: int) -> str | None:
    value = value.strip()
    if not value:
        return None
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"localgovjp CSV line {line}: url {value!r} is not an http(s) URL")
    return value


def parse_localgovjp(text: str, known: dict[str, Municipality], *, source_url: str) -> Overlay:
    """Validate the whole CSV and build an Overlay; raises InputError naming the line.

    Rows whose (valid) code the registry does not know, or whose name disagrees with the
    registry's, are skipped and listed in `skipped` rather than trusted.
    """
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(f"localgovjp CSV lacks the column(s) {', '.join(missing)}")
    entries: dict[str, dict[str, Any]] = {}
    skipped: list[str] = []
    for line, row in enumerate(reader, start=2):
        raw = (row.get("lgcode") or "").strip()
        code = raw.zfill(6)
        if not (raw.isdigit() and is_valid_code(code)):
            raise InputError(f"localgovjp CSV line {line}: invalid local government code {raw!r}")
        values = {
            "homepage": _url(row.get("url") or "", line=line),
            "lat": _float(row.get("lat") or "", line=line, column="lat", low=20, high=46),
            "lng": _float(row.get("lng") or "", line=line, column="lng", low=122, high=154),
        }
        entry = known.get(code)
        name = "".join((row.get("city") or row.get("pref") or "").split())
        if entry is None:
            skipped.append(f"line {line}: {code} {name} is not in the registry")
            continue
        if name and name not in (entry.name, entry.full_name):
            skipped.append(f"line {line}: {code} is {entry.full_name} here, not {name}")
            continue
        entries[code] = {k: v for k, v in values.items() if v is not None}
    if not entries:
        raise InputError("localgovjp CSV has no usable rows")
    return Overlay(entries=entries, source_url=source_url, fetched_at=utcnow(), skipped=skipped)


def read_overlay(path: Path) -> Overlay | None:
    """The overlay at `path`, or None when there is none; a corrupt file is an InputError."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise InputError(f"overlay {path} is unreadable: {exc}") from exc
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, dict):
        raise InputError(f"overlay {path} has no 'entries' object")
    return Overlay(
        entries=entries, source_url=data.get("source_url"), fetched_at=data.get("fetched_at")
    )


def write_overlay(overlay: Overlay, path: Path) -> None:
    """Write atomically: a temporary file in the same directory, then os.replace."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(overlay.to_json(), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def apply_overlay(entries: list[Municipality], overlay: Overlay | None) -> list[Municipality]:
    """Entries with the overlay's homepage/lat/lng where it has them."""
    if overlay is None:
        return entries
    out = []
    for m in entries:
        update = {k: v for k, v in overlay.entries.get(m.code, {}).items() if k in OVERLAY_FIELDS}
        out.append(m.model_copy(update=update) if update else m)
    return out
