"""The registry of Japan's municipalities (offline, from the japancode package's data).

Minimal first version: load and look up by code. Name/kana/romaji/address lookup comes next.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from .models import Municipality


def check_digit(code5: str) -> str:
    """The 6th digit of a 全国地方公共団体コード (JIS X 0402 weights 6..2, modulus 11)."""
    total = sum(int(d) * w for d, w in zip(code5, (6, 5, 4, 3, 2), strict=True))
    return str((11 - total % 11) % 10)


def is_valid_code(code: str) -> bool:
    return len(code) == 6 and code.isdigit() and check_digit(code[:5]) == code[5]


class Registry:
    """All municipalities, indexed for lookup."""

    def __init__(self, entries: list[Municipality]) -> None:
        self._by_code = {m.code: m for m in entries}

    def get(self, code: str) -> Municipality | None:
        return self._by_code.get(code)

    def all(self) -> list[Municipality]:
        return list(self._by_code.values())


def _kind(name: str) -> str:
    if " " in name:
        return "ward"
    return {"市": "city", "区": "special_ward", "町": "town", "村": "village"}[name[-1]]


@cache
def default_registry() -> Registry:
    raw = json.loads(
        resources.files("japancode").joinpath("data/municipalities.json").read_text("utf-8")
    )
    entries = []
    for row in raw:
        code = row["lgcode"].zfill(6)
        entries.append(
            Municipality(
                code=code,
                prefecture=row["pref"],
                name=row["city"].replace(" ", ""),
                kana=row["citykana"].replace(" ", ""),
                romaji="",
                kind=_kind(row["city"]),
                lat=row.get("lat"),
                lng=row.get("lng"),
            )
        )
    return Registry(entries)
