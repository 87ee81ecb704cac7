"""How much of Japan the directory covers: pages found, by prefecture and by method.

Counts every municipality in the registry (designated-city wards excluded: the city is the
recipient), so coverage is measured against all 1,741 and not only against what was crawled.
One SQL query serves the command line (`kyoryoku coverage`) and the Datasette site (the
`coverage` view and the /-/coverage chart).
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from .models import METHODS

FOUND_STATUSES = ("ok", "no_info")
"""A page counts as found when discovery located it, even if it held nothing extractable."""

_FOUND = "s.status IN ({})".format(", ".join(f"'{s}'" for s in FOUND_STATUSES))
_METHOD_COUNTS = ",\n  ".join(
    f"sum({_FOUND} AND EXISTS (SELECT 1 FROM json_each(f.methods) WHERE value = '{m}')) AS {m}"
    for m in METHODS
)
COVERAGE_SELECT = f"""
SELECT
  m.prefecture AS prefecture,
  count(*) AS municipalities,
  count(s.code) AS crawled,
  sum({_FOUND}) AS found,
  {_METHOD_COUNTS}
FROM municipalities m
LEFT JOIN sources s ON s.code = m.code
LEFT JOIN filings f ON f.code = m.code
WHERE m.kind IN ('city', 'special_ward', 'town', 'village')
GROUP BY m.prefecture
ORDER BY min(m.code)
"""
COVERAGE_VIEW_SQL = f"CREATE VIEW coverage AS {COVERAGE_SELECT}"


@dataclass(frozen=True)
class CoverageRow:
    """Coverage of one prefecture (or of Japan, in the total row named 全国)."""

    prefecture: str
    municipalities: int
    crawled: int
    found: int
    methods: dict[str, int]

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
            "methods": self.methods,
        }


def _count(value: object) -> int:
    """SQLite's sum() is NULL over no rows."""
    return int(value) if isinstance(value, int | float) else 0


def coverage_rows(rows: list[dict[str, object]]) -> list[CoverageRow]:
    """Rows of COVERAGE_SELECT (by prefecture) plus the national total, as CoverageRow."""
    result = [
        CoverageRow(
            prefecture=str(r["prefecture"]),
            municipalities=_count(r["municipalities"]),
            crawled=_count(r["crawled"]),
            found=_count(r["found"]),
            methods={m: _count(r[m]) for m in METHODS},
        )
        for r in rows
    ]
    total = CoverageRow(
        prefecture="全国",
        municipalities=sum(r.municipalities for r in result),
        crawled=sum(r.crawled for r in result),
        found=sum(r.found for r in result),
        methods={m: sum(r.methods[m] for r in result) for m in METHODS},
    )
    return [*result, total]


def coverage(db: sqlite_utils.Database) -> list[CoverageRow]:
    """Coverage per prefecture in code order, then the national total."""
    return coverage_rows(list(db.query(COVERAGE_SELECT)))


def render_table(rows: list[CoverageRow]) -> str:
    """A plain-text table for the terminal."""
    methods = " ".join(f"{m:>11}" for m in METHODS)
    lines = [f"{'prefecture':<8} {'total':>5} {'crawled':>7} {'found':>5} {'share':>6}  {methods}"]
    for r in rows:
        counts = " ".join(f"{r.methods[m]:>11}" for m in METHODS)
        name = r.prefecture + "\u3000" * max(0, 4 - len(r.prefecture))
        figures = f"{r.municipalities:>5} {r.crawled:>7} {r.found:>5} {r.share_found:6.1%}"
        lines.append(f"{name} {figures}  {counts}")
    return "\n".join(lines)
