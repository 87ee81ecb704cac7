"""How much of Japan the directory covers: pages found, by prefecture and by method.

Counts every municipality in the registry (designated-city wards excluded: the city is the
recipient), so coverage is measured against all 1,741 and not only against what was crawled.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

import sqlite_utils

from .models import METHODS
from .municipalities import Registry, default_registry

FOUND_STATUSES = ("ok", "no_info")
"""A page counts as found when discovery located it, even if it held nothing extractable."""


@dataclass
class CoverageRow:
    """Coverage of one prefecture (or of Japan, in the total row)."""

    prefecture: str
    municipalities: int = 0
    crawled: int = 0
    found: int = 0
    methods: Counter[str] = field(default_factory=Counter)

    @property
    def share_found(self) -> float:
        return self.found / self.municipalities if self.municipalities else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "prefecture": self.prefecture,
            "municipalities": self.municipalities,
            "crawled": self.crawled,
            "found": self.found,
            "share_found": round(self.share_found, 4),
            "methods": {m: self.methods.get(m, 0) for m in METHODS},
        }


def _crawl_state(db: sqlite_utils.Database) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Each crawled municipality's status, and the methods of those with a filing."""
    statuses: dict[str, str] = {}
    if db["sources"].exists():
        statuses = {r["code"]: r["status"] for r in db.query("select code, status from sources")}
    methods: dict[str, list[str]] = {}
    if db["filings"].exists():
        for row in db.query("select code, methods from filings"):
            methods[row["code"]] = json.loads(row["methods"] or "[]")
    return statuses, methods


def coverage(db: sqlite_utils.Database, registry: Registry | None = None) -> list[CoverageRow]:
    """One row per prefecture in registry order, then a total row named 全国."""
    registry = registry or default_registry()
    statuses, methods = _crawl_state(db)
    rows: dict[str, CoverageRow] = {}
    total = CoverageRow(prefecture="全国")
    for m in registry.all():
        if m.kind == "ward":
            continue
        row = rows.setdefault(m.prefecture, CoverageRow(prefecture=m.prefecture))
        status = statuses.get(m.code)
        found = status in FOUND_STATUSES
        for target in (row, total):
            target.municipalities += 1
            target.crawled += status is not None
            target.found += found
            if found:
                target.methods.update(methods.get(m.code, []))
    return [*rows.values(), total]


def render_table(rows: list[CoverageRow]) -> str:
    """A plain-text table for the terminal."""
    header = (
        f"{'prefecture':<8} {'total':>5} {'crawled':>7} {'found':>5} {'share':>6}  "
        + " ".join(f"{m:>11}" for m in METHODS)
    )
    lines = [header]
    for r in rows:
        share = f"{r.share_found:6.1%}"
        counts = " ".join(f"{r.methods.get(m, 0):>11}" for m in METHODS)
        name = r.prefecture + "\u3000" * max(0, 4 - len(r.prefecture))
        lines.append(f"{name} {r.municipalities:>5} {r.crawled:>7} {r.found:>5} {share}  {counts}")
    return "\n".join(lines)
